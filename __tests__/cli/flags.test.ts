/** The options part of each command's --help, written from the one options spec. */
import { describe, expect, it } from 'vitest';
import { optionsHelp } from '../../src/cli/flags.js';

/** The help as one line: entries wrap at 100 columns. */
const help = (command: Parameters<typeof optionsHelp>[0]) => optionsHelp(command).replace(/\s+/g, ' ');

describe('optionsHelp', () => {
  it("gives each command its own default: capacity's gate id is capacity, run's is default", () => {
    const entry = '--gate-id <id> keeps several gates apart in one baseline directory';
    expect(help('capacity')).toContain(`${entry} (default capacity)`);
    expect(help('run')).toContain(`${entry} (default default)`);
  });
  it("speaks of vegeta's output in the help of vegeta, not of k6's", () => {
    expect(help('vegeta')).toContain("--debug show vegeta's own output and stack traces");
    expect(help('vegeta')).not.toMatch(/k6 runs|k6's own output/);
    expect(help('run')).toContain("--debug show k6's own output and stack traces");
  });
  it('lower-cases the first word of an entry, but not an acronym (A/B, CPU)', () => {
    expect(help('ab')).toContain('--max-pairs <n> A/B mode, the most pairs');
    expect(help('ab')).not.toContain('a/B mode');
  });
  it('offers vegeta no option about k6 thresholds (vegeta has none)', () => {
    expect(help('vegeta')).not.toContain('--baseline-failed-thresholds');
    expect(help('run')).toContain('--baseline-failed-thresholds');
  });
});
