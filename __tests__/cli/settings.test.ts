/** The CLI's save policy, built by the request builder from --save-baseline, --add-baseline and --read-only. */
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/flags.js';
import { buildRequest } from '../../src/options/request.js';

const saveOf = (flags: string[]) => {
  const { given, positionals } = parseCommandLine(['load.js', ...flags], 'run');
  return buildRequest(given, undefined, { surface: 'cli', command: 'run', cwd: '/repo', positionals })
    .baseline.save;
};

describe('what run, vegeta and capacity do with this run', () => {
  it.each([
    [[], 'auto'],
    [['--save-baseline'], 'replace'],
    [['--add-baseline'], 'append'],
    [['--read-only'], 'never'],
  ] as const)('%j -> %s', (flags, policy) => {
    expect(saveOf([...flags])).toBe(policy);
  });
  it('refuses flags that contradict each other', () => {
    expect(() => saveOf(['--read-only', '--add-baseline'])).toThrow(
      /--add-baseline and --read-only contradict each other/,
    );
  });
});
