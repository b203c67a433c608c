/**
 * The k6 arguments users pass through: the workload shortcuts perf-gate must see (as the K6_* variables `k6
 * inspect` reads), the flags it neutralises because k6 v2 refuses them or they hide the thresholds' outcomes, and
 * the variables it keeps from k6's process.
 */
import { describe, expect, it } from 'vitest';
import { analyseK6Args, applyWorkloadShortcuts, neutralisedK6Env } from '../../src/io/k6-args.js';

describe('analyseK6Args: the workload shortcuts, in every spelling k6 accepts', () => {
  it.each([
    [['--vus', '5'], { K6_VUS: '5' }],
    [['--vus=5'], { K6_VUS: '5' }],
    [['-u', '5'], { K6_VUS: '5' }],
    [['-u5'], { K6_VUS: '5' }],
    [['-u=5'], { K6_VUS: '5' }],
    [['-u', '2', '--vus', '7'], { K6_VUS: '7' }], // the last one wins, as in pflag
  ])('%j sets vus only (the lower layers keep their execution)', (args, env) => {
    expect(analyseK6Args(args).workloadEnv).toEqual(env);
  });

  it.each([
    [['-d', '30s'], { K6_DURATION: '30s' }],
    [['--duration=1m'], { K6_DURATION: '1m' }],
    [['-i', '100'], { K6_ITERATIONS: '100' }],
    [['--iterations', '100', '-u', '4'], { K6_ITERATIONS: '100', K6_VUS: '4' }],
    [['-s', '10s:5', '--stage', '20s:10,5s:0'], { K6_STAGES: '10s:5,20s:10,5s:0' }],
  ])(
    '%j sets the execution on the command line, which clears duration, iterations and stages below',
    (args, set) => {
      const env = analyseK6Args(args).workloadEnv;
      expect(env).toEqual({ K6_DURATION: null, K6_ITERATIONS: null, K6_STAGES: null, ...set });
    },
  );

  it("does not read other flags' values as shortcuts, and keeps every argument for k6 run", () => {
    const args = ['--tag', 'team=a', '-e', 'X=-d', '--out', 'csv=x.csv', '-q', '--', '-u', '3'];
    const r = analyseK6Args(args);
    expect(r.workloadEnv).toEqual({});
    expect(r.runArgs).toEqual(args);
    expect(r.neutralised).toEqual([]);
  });

  it('passes --config on to k6 inspect, which reads it as k6 run does', () => {
    expect(analyseK6Args(['-c', 'k6.json', '-u', '2']).configArgs).toEqual(['--config', 'k6.json']);
    expect(analyseK6Args(['--config=a.json']).configArgs).toEqual(['--config', 'a.json']);
  });
  it("passes the script's environment given among them (-e K=V) on to k6 inspect", () => {
    expect(analyseK6Args(['-e', 'A=1', '--env=B=2', '-u', '2']).envArgs).toEqual(['-e', 'A=1', '-e', 'B=2']);
  });
});

describe('analyseK6Args: flags k6 v2 refuses or that hide the thresholds are left out, with a reason', () => {
  it.each([
    [['--no-summary'], /--no-summary.*k6 v2 no longer has it/],
    [['--no-summary=true'], /--no-summary=true/],
    [['--summary-mode', 'legacy'], /--summary-mode legacy.*k6 exits 255/],
    [['--summary-mode=legacy'], /--summary-mode=legacy/],
    [['--new-machine-readable-summary'], /leaves out the thresholds' outcomes/],
  ])('%j', (flags, reason) => {
    const r = analyseK6Args(['--tag', 'a=b', ...flags, '-u', '3']);
    expect(r.runArgs).toEqual(['--tag', 'a=b', '-u', '3']);
    expect(r.neutralised).toHaveLength(1);
    expect(r.neutralised[0]).toMatch(reason);
    expect(r.workloadEnv).toEqual({ K6_VUS: '3' });
  });

  it('keeps the summary modes k6 v2 still has', () => {
    for (const args of [['--summary-mode', 'full'], ['--summary-mode=compact']])
      expect(analyseK6Args(args)).toMatchObject({ runArgs: args, neutralised: [] });
  });
});

describe("neutralisedK6Env: variables kept from k6's process", () => {
  it('drops K6_NEW_MACHINE_READABLE_SUMMARY, K6_SUMMARY_MODE=legacy and K6_NO_SUMMARY, and says why', () => {
    const r = neutralisedK6Env({
      PATH: '/bin',
      K6_NEW_MACHINE_READABLE_SUMMARY: 'true',
      K6_SUMMARY_MODE: 'legacy',
      K6_NO_SUMMARY: 'true',
    });
    expect(r.env).toEqual({ PATH: '/bin' });
    expect(r.neutralised).toHaveLength(3);
    expect(r.neutralised.join('\n')).toMatch(/K6_NEW_MACHINE_READABLE_SUMMARY.*thresholds' outcomes/);
  });
  it('leaves everything else alone', () => {
    const env = { K6_SUMMARY_MODE: 'full', K6_VUS: '3' };
    expect(neutralisedK6Env(env)).toEqual({ env, neutralised: [] });
  });
});

describe('applyWorkloadShortcuts (the fallback when k6 inspect cannot resolve the options)', () => {
  const script = { vus: 2, duration: '10s', scenarios: null, thresholds: { x: ['p(95)<1'] } };
  it('lays the shortcuts over the script options as k6 does', () => {
    expect(applyWorkloadShortcuts(script, analyseK6Args(['-i', '9']).workloadEnv)).toEqual({
      ...script,
      duration: null,
      iterations: 9,
      stages: null,
    });
    expect(applyWorkloadShortcuts(script, analyseK6Args(['-u', '4']).workloadEnv)).toEqual({
      ...script,
      vus: 4,
    });
    expect(applyWorkloadShortcuts(script, analyseK6Args(['-s', '5s:3,1s:0']).workloadEnv).stages).toEqual([
      { duration: '5s', target: 3 },
      { duration: '1s', target: 0 },
    ]);
  });
});
