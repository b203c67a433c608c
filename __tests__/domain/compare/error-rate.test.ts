import { describe, expect, it } from 'vitest';
import { compareRate } from '../../../src/domain/compare/error-rate.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import type { Comparison } from '../../../src/domain/report.js';
import type { SeriesSummary } from '../../../src/domain/run-summary.js';
import { errorIncreasePValue } from '../../../src/domain/stats/binomial-test.js';
import { newcombePValue } from '../../../src/domain/stats/newcombe.js';

/** One series whose only Rate is `metric`, with `passes` of `total` (no time windows: no burst dispersion). */
const series = (passes: number, total: number, metric = 'http_req_failed'): SeriesSummary => ({
  key: {},
  trends: {},
  failedTrends: {},
  rates: { [metric]: { passes, total } },
  counters: {},
  gauges: {},
  windows: [],
});

const compare = (
  baseline: SeriesSummary[],
  candidate: SeriesSummary,
  over: { metric?: string; direction?: Comparison['direction']; gated?: boolean } = {},
) =>
  compareRate({
    metric: over.metric ?? 'http_req_failed',
    key: {},
    baseline,
    candidate,
    gated: over.gated ?? true,
    tolerance: 0.001,
    direction: over.direction ?? 'higher-is-worse',
    config: DEFAULT_GATE_CONFIG,
  });

describe('compareRate: a difference in proportions against an absolute tolerance', () => {
  it('calls an error rate going from 0.1% to 1% a regression, with the rates, the difference and the counts', () => {
    const c = compare([series(10, 10_000)], series(100, 10_000))!;
    expect(c).toMatchObject({
      metric: 'http_req_failed',
      stat: 'rate',
      baseline: 0.001,
      candidate: 0.01,
      scale: 'difference',
      verdict: 'regression',
      gated: true,
      samples: { baseline: 10_000, candidate: 10_000 },
      method: 'Newcombe hybrid score interval; exact binomial test',
    });
    expect(c.ratio).toBeCloseTo(10, 12);
    expect(c.interval![0]).toBeGreaterThan(0.001);
    expect(c.interval![0]).toBeLessThan(0.009);
    expect(c.interval![1]).toBeGreaterThan(0.009);
    expect(c.note).toBeUndefined();
  });

  it('calls 0.10% -> 0.12% over a million requests each unchanged: the whole interval is within 0.1 pp', () => {
    const c = compare([series(1000, 1_000_000)], series(1200, 1_000_000))!;
    expect(c.verdict).toBe('unchanged');
    expect(c.interval![0]).toBeGreaterThan(0);
    expect(c.interval![1]).toBeLessThan(0.001);
  });

  it('pools the baseline runs: their passes and totals add up', () => {
    const c = compare([series(5, 5000), series(15, 5000)], series(10, 10_000))!;
    expect(c.baseline).toBe(0.002);
    expect(c.samples).toEqual({ baseline: 10_000, candidate: 10_000 });
  });

  it('reads checks the other way round: a drop in the pass rate is the regression', () => {
    const drop = compare([series(9990, 10_000, 'checks')], series(9000, 10_000, 'checks'), {
      metric: 'checks',
      direction: 'higher-is-better',
    })!;
    expect(drop.verdict).toBe('regression');
    const rise = compare([series(9000, 10_000, 'checks')], series(9990, 10_000, 'checks'), {
      metric: 'checks',
      direction: 'higher-is-better',
    })!;
    expect(rise.verdict).toBe('improvement');
  });

  it('keeps small counts honest: an interval beyond the tolerance is not enough when the exact test is not', () => {
    // 0 errors in 200 against 4 in 100: Newcombe's interval is above 0.1 pp, the exact binomial test's p = 0.012.
    const c = compare([series(0, 200)], series(4, 100))!;
    expect(c.interval![0]).toBeGreaterThan(0.001);
    expect(c.verdict).toBe('inconclusive');
    expect(c.note).toBe('too few events to be sure (exact binomial test p = 0.012)');
    expect(c.ratio).toBeNull();
  });

  it('reports, does not gate, a series with fewer requests per run than minRequests (100)', () => {
    const few = compare([series(0, 1000)], series(20, 99))!;
    expect(few.gated).toBe(false);
    expect(few.note).toBe('too few samples to gate: 99 per run, 100 needed (run longer or at a higher rate)');
    // Per baseline run, not pooled: two runs of 60 do not make 100.
    const pooled = compare([series(0, 60), series(0, 60)], series(0, 1000))!;
    expect(pooled.gated).toBe(false);
    expect(pooled.note).toMatch(/^too few samples to gate: 60 per run, 100 needed/);
    expect(compare([series(0, 100)], series(0, 100))!.gated).toBe(true);
    // Not gated by a rule: no note about samples.
    expect(compare([series(0, 1000)], series(20, 99), { gated: false })!.note).toBeUndefined();
  });

  it('divides the counts by the burst dispersion of the baseline windows too', () => {
    // The same totals, but the baseline's errors all came in one of ten windows: a burst, not a steady rate.
    const bursty = series(100, 10_000);
    bursty.windows = Array.from({ length: 10 }, (_, i) => ({
      start: i * 5,
      requests: 1000,
      failed: i === 0 ? 100 : 0,
      trends: {},
      rates: { http_req_failed: { passes: i === 0 ? 100 : 0, total: 1000 } },
    }));
    const steady = compare([series(100, 10_000)], series(200, 10_000))!;
    const burst = compare([bursty], series(200, 10_000))!;
    expect(burst.method).toMatch(
      /^Newcombe hybrid score interval \(burst dispersion \d+\.\d\); exact binomial test$/,
    );
    expect(burst.interval![1] - burst.interval![0]).toBeGreaterThan(
      2 * (steady.interval![1] - steady.interval![0]),
    );
  });

  it('carries the p-values the Holm step reads: change = max(N(0), B), regression = max(N(tolerance), B)', () => {
    // N(e): Newcombe's p-value of "the bad share grew by at most e"; B: the exact binomial test of "it did not grow".
    // Both on the bad events: the failures of http_req_failed, the failed checks of `checks` (10 and 30 of 10,000).
    const exact = errorIncreasePValue(10, 10_000, 30, 10_000);
    const expected = {
      change: Math.max(newcombePValue(10, 10_000, 30, 10_000, 0), exact),
      regression: Math.max(newcombePValue(10, 10_000, 30, 10_000, 0.001), exact),
    };
    expect(expected.change).toBeLessThan(expected.regression);
    expect(compare([series(10, 10_000)], series(30, 10_000))!.pValues).toEqual(expected);
    const checks = compare([series(9990, 10_000, 'checks')], series(9970, 10_000, 'checks'), {
      metric: 'checks',
      direction: 'higher-is-better',
    })!;
    expect(checks.pValues).toEqual(expected);
  });

  it('never gates a rate of unknown direction, nor gives it p-values', () => {
    const c = compare([series(10, 10_000)], series(100, 10_000), { direction: 'unknown' })!;
    expect(c.gated).toBe(false);
    expect(c.verdict).toBe('inconclusive');
    expect(c.pValues).toBeUndefined();
  });

  it('compares nothing when either side has no such rate or no events at all', () => {
    expect(compare([series(1, 100)], series(0, 0))).toBeUndefined();
    expect(compare([series(0, 0)], series(1, 100))).toBeUndefined();
    expect(compare([series(1, 100, 'other')], series(1, 100))).toBeUndefined();
    expect(compare([series(1, 100)], series(1, 100, 'other'))).toBeUndefined();
    expect(compare([], series(1, 100))).toBeUndefined();
  });
});
