import { describe, expect, it } from 'vitest';
import { MIN_BATCHES } from '../../../src/domain/compare/log-estimate.js';
import {
  estimateLogQuantile,
  IID_FALLBACK_INFLATION,
} from '../../../src/domain/compare/quantile-estimate.js';
import { Histogram } from '../../../src/domain/histogram.js';
import type { SeriesSummary } from '../../../src/domain/run-summary.js';
import { normalQuantile } from '../../../src/domain/stats/normal-quantile.js';

const METRIC = 'http_req_duration';

/** One series whose `METRIC` samples came in these time windows (one window a list of values). */
function series(windows: number[][]): SeriesSummary {
  const whole = Histogram.of(windows.flat());
  return {
    key: {},
    trends: { [METRIC]: whole.toJSON() },
    failedTrends: {},
    rates: {},
    counters: {},
    gauges: {},
    windows: windows.map((values, i) => ({
      start: i * 5,
      requests: values.length,
      failed: 0,
      trends: Object.fromEntries(values.length > 0 ? [[METRIC, Histogram.of(values).toJSON()]] : []),
      rates: {},
    })),
  };
}

/** `count` windows of `size` samples each, all of `value` (or of value(i) for the i-th window). */
const windows = (count: number, size: number, value: number | ((i: number) => number) = 10) =>
  Array.from({ length: count }, (_, i) =>
    Array<number>(size).fill(typeof value === 'number' ? value : value(i)),
  );

const ORDER_STATISTICS = `order statistics ×${IID_FALLBACK_INFLATION} variance (too few windows for batch means)`;

describe('estimateLogQuantile: the log of a run quantile and its within-run variance', () => {
  it('estimates nothing without samples or with a quantile that is not positive', () => {
    expect(estimateLogQuantile(series([]), METRIC, 0.5, 10)).toBeUndefined();
    expect(estimateLogQuantile(series([[1, 2]]), 'other', 0.5, 10)).toBeUndefined();
    expect(estimateLogQuantile(series([[0, 0, 0]]), METRIC, 0.5, 10)).toBeUndefined();
  });

  it('uses batch means from exactly MIN_BATCHES = 4 batches: s²/B of the batch log quantiles, B - 1 df', () => {
    expect(MIN_BATCHES).toBe(4);
    // Four windows of 30 (the least a batch holds), medians alternating 10 and 20: batch logs ±ln 2 / 2 around
    // their mean, so s² = 4 (ln 2 / 2)² / 3 and s²/B = (ln 2)² / 12.
    const e = estimateLogQuantile(series(windows(4, 30, (i) => (i % 2 === 0 ? 10 : 20))), METRIC, 0.5, 10)!;
    expect(e.method).toBe('batch means over 4 time batches');
    expect(e.df).toBe(3);
    expect(e.n).toBe(120);
    expect(e.variance / (Math.log(2) ** 2 / 12)).toBeCloseTo(1, 2);
    expect(Math.exp(e.log) / 15).toBeCloseTo(1, 2);
  });

  it('falls back to order statistics with 3 batches, however many samples the windows hold', () => {
    const e = estimateLogQuantile(series(windows(3, 1000)), METRIC, 0.5, 10)!;
    expect(e.method).toBe(ORDER_STATISTICS);
    expect(e.df).toBe(Infinity);
  });

  it('makes a batch at least max(30, minTail / (1 - q)) samples: p95 with minTail 10 needs 200 a batch', () => {
    // Median, minTail 10: max(30, 20) = 30 a batch; four windows of 119 samples in all make only 3 batches.
    expect(
      estimateLogQuantile(series([...windows(3, 30), Array(29).fill(10)]), METRIC, 0.5, 10)!.method,
    ).toBe(ORDER_STATISTICS);
    expect(estimateLogQuantile(series(windows(4, 200)), METRIC, 0.95, 10)!.method).toBe(
      'batch means over 4 time batches',
    );
    expect(estimateLogQuantile(series(windows(4, 199)), METRIC, 0.95, 10)!.method).toBe(ORDER_STATISTICS);
  });

  it('pools consecutive windows into at most 30 batches, and skips windows without the metric', () => {
    // 60 windows of 30 samples: 30 batches of two windows each.
    expect(estimateLogQuantile(series(windows(60, 30)), METRIC, 0.5, 10)!).toMatchObject({
      method: 'batch means over 30 time batches',
      df: 29,
    });
    // Empty windows between four full ones do not count as batches, nor do they stop the four from making one each.
    const gappy = series([[], ...windows(2, 30), [], ...windows(2, 30), []]);
    expect(estimateLogQuantile(gappy, METRIC, 0.5, 10)!.method).toBe('batch means over 4 time batches');
  });

  it('pools consecutive windows in run order: 60 windows alternating 10 and 20 make 30 equal batches', () => {
    // Each batch is two neighbouring windows (30 of 10 and 30 of 20): every batch median is 15, so s² = 0.
    const e = estimateLogQuantile(series(windows(60, 30, (i) => (i % 2 === 0 ? 10 : 20))), METRIC, 0.5, 10)!;
    expect(e.method).toBe('batch means over 30 time batches');
    expect(e.variance).toBe(0);
    expect(Math.exp(e.log) / 15).toBeCloseTo(1, 2);
  });

  it('in the fallback, takes the ranks n·q ± z·√(n q (1 - q)) (z = 1.96) and inflates the variance ×4', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const e = estimateLogQuantile(series([values]), METRIC, 0.5, 10)!;
    const whole = Histogram.of(values);
    const z = normalQuantile(0.975);
    const spread = z * Math.sqrt(100 * 0.5 * 0.5);
    const se =
      (Math.log(whole.quantile((50 + spread) / 99)) - Math.log(whole.quantile((50 - spread) / 99))) / (2 * z);
    expect(e.method).toBe(ORDER_STATISTICS);
    expect(e.variance).toBeCloseTo(se * se * 4, 12);
    expect(e.log).toBeCloseTo(Math.log(whole.quantile(0.5)), 12);
    expect(e.n).toBe(100);
  });

  it('in the fallback, takes a standard error of 1 on the log scale when a rank bound is a zero latency', () => {
    // Half the samples are 0: the lower order statistic is 0, whose log is -∞; se = 1, so the variance is 1 × 4.
    const values = [...Array<number>(50).fill(0), ...Array.from({ length: 50 }, (_, i) => i + 1)];
    const e = estimateLogQuantile(series([values]), METRIC, 0.5, 10)!;
    expect(e.variance).toBe(IID_FALLBACK_INFLATION);
  });

  it('never splits a window: a run with most samples in its last window has too few batches', () => {
    // 1,120 samples would make 5 batches of 224, but the last window alone holds 1,000: one batch, so the fallback.
    const e = estimateLogQuantile(series([...windows(4, 30), Array(1000).fill(10)]), METRIC, 0.5, 10)!;
    expect(e.method).toBe(ORDER_STATISTICS);
  });
});
