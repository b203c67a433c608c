import { describe, expect, it } from 'vitest';
import { outcomeOf, saveDecision } from '../../src/domain/outcome.js';
import type { HealthFinding, Report } from '../../src/domain/report.js';
import { report } from '../render/reports.js';

const withVerdict = (verdict: Report['verdict'], over: Partial<Report> = {}) => report({ verdict, ...over });

describe('outcomeOf: one function from a report to the exit code and annotations', () => {
  it.each([
    ['pass', {}, 0],
    ['no-baseline', {}, 0],
    ['inconclusive', {}, 0],
    ['fail', {}, 1],
    ['no-baseline', { onMissingBaseline: 'fail' as const }, 1],
    ['fail', { refresh: true }, 0],
  ] as const)('%s with %j exits %i', (verdict, policy, code) => {
    expect(outcomeOf(withVerdict(verdict), policy).exitCode).toBe(code);
  });

  it('fails an inconclusive report only with on-inconclusive: fail', () => {
    const r = withVerdict('inconclusive');
    r.settings.inconclusivePolicy = 'fail';
    expect(outcomeOf(r)).toMatchObject({ exitCode: 1, failed: true });
    expect(outcomeOf(r).annotations.map((a) => a.level)).toEqual(['warning', 'error']);
  });

  it("still fails the default branch's refresh when k6's own thresholds failed", () => {
    const r = withVerdict('fail', {
      thresholds: [{ metric: 'http_req_failed', expression: 'rate<0.01', ok: false }],
    });
    expect(outcomeOf(r, { refresh: true }).exitCode).toBe(1);
  });

  it('says why a refresh regression does not fail the job', () => {
    const [a] = outcomeOf(withVerdict('fail'), { refresh: true }).annotations;
    expect(a?.level).toBe('warning');
    expect(a?.message).toMatch(/the job does not fail on the default branch/);
  });
});

describe('saveDecision', () => {
  const decide = (
    policy: 'auto' | 'append' | 'replace' | 'never',
    storedRuns: number,
    thresholdsFailed: boolean,
    acceptFailedThresholds = false,
  ) => saveDecision({ policy, storedRuns, thresholdsFailed, acceptFailedThresholds });
  it.each([
    ['auto', 0, false, false, true],
    ['auto', 0, true, false, false],
    ['auto', 2, false, false, false],
    ['append', 2, false, false, true],
    // A run whose thresholds failed is no baseline, whatever the policy, unless baseline-failed-thresholds.
    ['append', 2, true, false, false],
    ['replace', 5, true, false, false],
    ['append', 2, true, true, true],
    ['auto', 0, true, true, true],
    ['replace', 5, false, false, true],
    ['never', 0, false, true, false],
  ] as const)(
    '%s with %i stored runs (thresholds failed: %s, accepted: %s) saves: %s',
    (policy, runs, failed, accept, save) => {
      expect(decide(policy, runs, failed, accept).save).toBe(save);
    },
  );
  it('says why a run is kept out, and says "as asked" only when it was asked for', () => {
    expect(decide('auto', 0, true).note).toMatch(/not stored as the first baseline/);
    expect(decide('append', 0, true).note).toMatch(/not stored as a baseline \(baseline-failed-thresholds/);
    expect(decide('append', 0, true).note).not.toMatch(/as asked/);
    expect(decide('append', 0, true, true).note).toMatch(/baseline-failed-thresholds is set/);
    expect(decide('append', 0, false).note).toBeUndefined();
  });

  const broken: HealthFinding = {
    severity: 'broken',
    check: 'requests-failed',
    what: '100.0% of 40 requests failed',
    see: 'run it by hand: k6 run s.js',
  };
  const warning: HealthFinding = { ...broken, severity: 'warning' };
  it('refuses a broken first run (exit 2 in the cycle), whatever the policy, naming the findings', () => {
    for (const policy of ['auto', 'append', 'replace', 'never'] as const)
      expect(
        saveDecision({
          policy,
          storedRuns: 0,
          thresholdsFailed: false,
          acceptFailedThresholds: true,
          health: [broken],
        }),
      ).toEqual({ save: false, refuse: [broken] });
  });
  it('never stores a broken run over a baseline (a refresh included), and says why', () => {
    const d = saveDecision({
      policy: 'append',
      storedRuns: 3,
      thresholdsFailed: false,
      acceptFailedThresholds: true,
      health: [broken],
    });
    expect(d).toEqual({
      save: false,
      note: 'this run is broken (see its health findings), so it was not stored as a baseline',
    });
  });
  it('stores a run with health warnings only', () => {
    expect(
      saveDecision({
        policy: 'auto',
        storedRuns: 0,
        thresholdsFailed: false,
        acceptFailedThresholds: false,
        health: [warning],
      }),
    ).toEqual({ save: true });
  });
});

describe('outcomeOf a broken run', () => {
  const health: HealthFinding[] = [
    { severity: 'broken', check: 'nothing-ran', what: 'the run made no request', see: 'run it by hand' },
  ];
  it('fails the default branch too: a broken refresh is no regression of the code that landed', () => {
    expect(outcomeOf(withVerdict('fail', { health }), { refresh: true }).exitCode).toBe(1);
  });
});
