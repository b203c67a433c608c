/** The action's vegeta inputs: a targets file with rate and duration runs vegeta; errors name the inputs. */
import { describe, expect, it } from 'vitest';
import { readActionConfig, type ActionEnvironment } from '../../src/action/inputs.js';
import { PerfGateError } from '../../src/errors.js';

const env = (inputs: Record<string, string>): ActionEnvironment => ({
  input: (name) => inputs[name] ?? '',
  workspace: '/work/repo',
  eventName: 'pull_request',
  ref: 'refs/pull/7/merge',
  defaultBranch: 'main',
  sha: 'abc123',
});

describe('vegeta inputs', () => {
  it('reads the attack, with reruns as for a script', () => {
    const c = readActionConfig(
      env({
        'vegeta-targets': 'load/targets.txt',
        'vegeta-rate': '100/s',
        'vegeta-duration': '30s',
        'vegeta-args': '-max-workers=20 -timeout=5s',
        'vegeta-path': '/opt/vegeta',
      }),
    );
    const run = c.request?.mode === 'history' ? c.request.run : undefined;
    expect(run?.vegeta).toEqual({
      targets: 'load/targets.txt',
      rate: '100/s',
      ratePerSecond: 100,
      durationSeconds: 30,
      extraArgs: ['-max-workers=20', '-timeout=5s'],
    });
    expect(c.vegetaPath).toBe('/opt/vegeta');
    expect(run?.script).toBeUndefined();
    expect(run?.maxRuns).toBe(3);
  });

  it('names what is missing or contradictory', () => {
    const message = (inputs: Record<string, string>) => {
      try {
        readActionConfig(env(inputs));
      } catch (err) {
        expect(err).toBeInstanceOf(PerfGateError);
        return (err as Error).message;
      }
      return 'no error';
    };
    expect(message({ 'vegeta-targets': 't.txt', 'vegeta-rate': '10/s' })).toBe(
      "input 'vegeta-targets' needs 'vegeta-rate' and 'vegeta-duration'",
    );
    expect(message({ script: 'a.js', 'vegeta-rate': '10/s' })).toMatch(
      /'vegeta-rate' or 'vegeta-duration' is set without/,
    );
    expect(
      message({ script: 'a.js', 'vegeta-targets': 't.txt', 'vegeta-rate': '10/s', 'vegeta-duration': '5s' }),
    ).toBe("inputs 'script' and 'vegeta-targets' are both set");
    expect(message({})).toMatch(/neither input 'script' nor 'results' nor 'vegeta-targets' is set/);
    expect(message({ 'vegeta-targets': 't.txt', 'vegeta-rate': '10/s', 'vegeta-duration': 'soon' })).toMatch(
      /vegeta-duration/,
    );
    expect(message({ 'vegeta-targets': 't.txt', 'vegeta-rate': 'fast', 'vegeta-duration': '5s' })).toBe(
      `input 'vegeta-rate' "fast" is not a rate perf-gate can gate`,
    );
    expect(
      message({
        'vegeta-targets': 't.txt',
        'vegeta-rate': '10/s',
        'vegeta-duration': '5s',
        'vegeta-args': '-rate=5',
      }),
    ).toBe('the extra vegeta flag -rate=5 is set by perf-gate');
  });
});
