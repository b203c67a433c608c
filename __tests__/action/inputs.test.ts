/** The action's inputs for repeated runs: defaults per event, and errors that name the input. */
import { describe, expect, it } from 'vitest';
import { readActionConfig, type ActionEnvironment } from '../../src/action/inputs.js';

function env(
  inputs: Record<string, string>,
  event: 'pull_request' | 'push' = 'pull_request',
): ActionEnvironment {
  return {
    input: (name) => inputs[name] ?? '',
    workspace: '/work/repo',
    eventName: event,
    ref: event === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge',
    defaultBranch: 'main',
    sha: 'abc123',
  };
}

/** What the inputs build: the run counts of the candidate, and the config's own fields. */
const readCounts = (e: ActionEnvironment) => {
  const c = readActionConfig(e);
  const run = c.request?.mode === 'history' ? c.request.run : undefined;
  return { refresh: c.refresh, runs: run?.runs, maxRuns: run?.maxRuns, rerun: run?.rerun };
};

describe('runs, max-runs and rerun', () => {
  it('lets a pull request run the script up to 3 times on a suspected regression, by default', () => {
    const c = readCounts(env({ script: 'load.js' }));
    expect(c).toMatchObject({ runs: 1, maxRuns: 3, rerun: 'suspected' });
  });

  it('runs the default-branch refresh and results once', () => {
    expect(readCounts(env({ script: 'load.js' }, 'push'))).toMatchObject({ refresh: true, maxRuns: 1 });
    expect(readCounts(env({ results: 'out.json' }))).toMatchObject({ runs: 1, maxRuns: 1 });
  });

  it('takes explicit values, at least as many as runs', () => {
    expect(readCounts(env({ script: 'a.js', runs: '2' }))).toMatchObject({ runs: 2, maxRuns: 3 });
    expect(readCounts(env({ script: 'a.js', runs: '4' }))).toMatchObject({ runs: 4, maxRuns: 4 });
    expect(readCounts(env({ script: 'a.js', 'max-runs': '1' }))).toMatchObject({ maxRuns: 1 });
    expect(readCounts(env({ script: 'a.js', rerun: 'inconclusive' }))).toMatchObject({
      rerun: 'inconclusive',
    });
  });

  it('names the input that is wrong', () => {
    expect(() => readActionConfig(env({ script: 'a.js', runs: '3', 'max-runs': '2' }))).toThrow(
      /input 'max-runs' \(2\) is below input 'runs' \(3\)/,
    );
    expect(() => readActionConfig(env({ results: 'out.json', runs: '2' }))).toThrow(
      /input 'runs' and input 'max-runs' repeat a script/,
    );
    expect(() => readActionConfig(env({ script: 'a.js', 'max-runs': 'many' }))).toThrow(/input 'max-runs'/);
    expect(() => readActionConfig(env({ script: 'a.js', rerun: 'always' }))).toThrow(
      /input 'rerun' "always" is not suspected, inconclusive/,
    );
  });
});
