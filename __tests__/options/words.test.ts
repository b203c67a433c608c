/** How refusals name options: the command line's flags (the script is an argument there), the action's inputs. */
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/options/words.js';

describe('wordsFor', () => {
  it('names flags on the command line, the script as its argument', () => {
    const cli = wordsFor('cli');
    expect([cli.label('runs'), cli.name('runs')]).toEqual(['--runs', '--runs']);
    expect([cli.label('script'), cli.name('script')]).toEqual(['the script argument', 'a script']);
  });

  it('names inputs in the action: in full the first time, by name after', () => {
    const action = wordsFor('action');
    expect([action.label('runs'), action.name('runs')]).toEqual(["input 'runs'", "'runs'"]);
    expect([action.label('script'), action.name('script')]).toEqual(["input 'script'", "'script'"]);
  });
});
