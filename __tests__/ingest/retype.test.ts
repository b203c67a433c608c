/**
 * Custom metrics read from CSV (all Trends) take the types k6's end-of-test summary names, in handleSummary's
 * layout (`{type, contains, values}`); real-fixtures.test.ts checks the `--summary-export` layout on captured runs.
 */
import { describe, expect, it } from 'vitest';
import { Histogram } from '../../src/domain/histogram.js';
import type { RunSummary } from '../../src/domain/run-summary.js';
import { retypeCustomMetrics } from '../../src/ingest/retype.js';
import { summaryAt } from '../support/summaries.js';

/** A run read from CSV: the custom metric `m` is a Trend of the samples 0, 0, 1, 3 (in one window too). */
function fromCsv(): RunSummary {
  const s = summaryAt('2026-01-01T00:00:00Z');
  const h = Histogram.of([0, 0, 1, 3]).toJSON();
  const series = s.series[0]!;
  return {
    ...s,
    metrics: { ...s.metrics, m: { type: 'trend', contains: 'default' } },
    series: [
      {
        ...series,
        trends: { ...series.trends, m: h },
        windows: [{ start: 0, requests: 4, failed: 0, trends: { m: h }, rates: {} }],
      },
    ],
  };
}
const named = (type: string, contains = 'default') => ({ metrics: { m: { type, contains, values: {} } } });

describe('retypeCustomMetrics with the types handleSummary names', () => {
  it('leaves the run as it is without a summary, or with one whose metrics are missing or not an object', () => {
    const run = fromCsv();
    for (const summary of [undefined, null, {}, { metrics: null }, { metrics: 'm' }])
      expect(retypeCustomMetrics(run, summary)).toBe(run);
  });

  it('makes a rate of non-zero samples, per series and per window', () => {
    const s = retypeCustomMetrics(fromCsv(), named('rate'));
    expect(s.metrics.m).toEqual({ type: 'rate', contains: 'default' });
    expect(s.series[0]!.rates.m).toEqual({ passes: 2, total: 4 });
    expect(s.series[0]!.trends.m).toBeUndefined();
    expect(s.series[0]!.windows[0]!.rates.m).toEqual({ passes: 2, total: 4 });
  });

  it('makes a counter of the sum and a gauge of the maximum', () => {
    expect(retypeCustomMetrics(fromCsv(), named('counter')).series[0]!.counters.m).toBe(4);
    expect(retypeCustomMetrics(fromCsv(), named('gauge')).series[0]!.gauges.m).toBe(3);
  });

  it('keeps a trend its histogram, taking the unit the summary names', () => {
    const before = fromCsv();
    const s = retypeCustomMetrics(before, named('trend', 'time'));
    expect(s.metrics.m).toEqual({ type: 'trend', contains: 'time' });
    expect(s.series).toEqual(before.series);
  });
});
