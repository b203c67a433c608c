/** The inputs issue 13 added: a pinned k6 digest, and taking failed-threshold runs as baselines only when asked. */
import { describe, expect, it } from 'vitest';
import { readActionConfig } from '../../src/action/inputs.js';

const config = (inputs: Record<string, string>) =>
  readActionConfig({
    input: (name) => ({ script: 'load.js', ...inputs })[name] ?? '',
    workspace: '/work/repo',
    eventName: 'push',
    ref: 'refs/heads/main',
    defaultBranch: 'main',
    sha: 'abc123',
  });

describe('k6-sha256 and baseline-failed-thresholds', () => {
  it('are off unless set', () => {
    expect(config({}).k6.sha256).toBeUndefined();
    expect(config({}).baseline.acceptFailedThresholds).toBe(false);
  });
  it('take a SHA-256 (any case) and true/false', () => {
    const c = config({ 'k6-sha256': 'AB'.repeat(32), 'baseline-failed-thresholds': 'true' });
    expect(c.k6.sha256).toBe('ab'.repeat(32));
    expect(c.baseline.acceptFailedThresholds).toBe(true);
  });
  it('name the input that is wrong', () => {
    expect(() => config({ 'k6-sha256': 'abc' })).toThrow(/input 'k6-sha256' "abc" is not a SHA-256/);
    expect(() => config({ 'baseline-failed-thresholds': 'yes' })).toThrow(
      /input 'baseline-failed-thresholds' "yes" is not true or false/,
    );
  });
});
