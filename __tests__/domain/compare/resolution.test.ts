import { describe, expect, it } from 'vitest';
import { detectableChange, reportResolution } from '../../../src/domain/compare/resolution.js';
import type { Comparison } from '../../../src/domain/report.js';
import { comparison as base } from '../../render/reports.js';

/** The renderer tests' comparison, centred: a p95 ratio of 1 with the interval [0.95, 1.05] and a 10% tolerance. */
const comparison = (over: Partial<Comparison>): Comparison =>
  base({ baseline: 100, candidate: 100, ratio: 1, interval: [0.95, 1.05], ...over });

describe('detectableChange: the smallest change on the bad side this comparison would call a regression', () => {
  it('ratio, higher is worse: (1 + t) · (e / lo) - 1', () => {
    expect(detectableChange(comparison({}))).toBeCloseTo(1.1 / 0.95 - 1, 12);
    expect(detectableChange(comparison({ ratio: 1.2, interval: [1.1, 1.3] }))).toBeCloseTo(
      1.1 * (1.2 / 1.1) - 1,
      12,
    );
    // An estimate below its own lower bound (cannot reach further down): just the tolerance.
    expect(detectableChange(comparison({ ratio: 0.9, interval: [0.95, 1.05] }))).toBeCloseTo(0.1, 12);
  });

  it('ratio, higher is better: 1 - 1 / ((1 + t) · (hi / e))', () => {
    const c = comparison({ direction: 'higher-is-better', interval: [0.9, 1.1] });
    expect(detectableChange(c)).toBeCloseTo(1 - 1 / (1.1 * 1.1), 12);
    const above = comparison({ direction: 'higher-is-better', ratio: 1.2, interval: [0.9, 1.1] });
    expect(detectableChange(above)).toBeCloseTo(1 - 1 / 1.1, 12);
  });

  it('difference: the tolerance plus how far the interval reaches on the good side of the estimate', () => {
    const rate = { scale: 'difference', baseline: 0.01, candidate: 0.01, tolerance: 0.001 } as const;
    expect(detectableChange(comparison({ ...rate, interval: [-0.002, 0.004] }))).toBeCloseTo(0.003, 12);
    expect(
      detectableChange(comparison({ ...rate, interval: [-0.002, 0.004], direction: 'higher-is-better' })),
    ).toBeCloseTo(0.005, 12);
    expect(detectableChange(comparison({ ...rate, interval: [0.002, 0.004] }))).toBeCloseTo(0.001, 12);
    expect(
      detectableChange(comparison({ ...rate, interval: [-0.004, -0.002], direction: 'higher-is-better' })),
    ).toBeCloseTo(0.001, 12);
  });

  it('cannot say without an interval, a direction, or a positive ratio and bounds', () => {
    expect(detectableChange(comparison({ interval: null }))).toBeUndefined();
    expect(detectableChange(comparison({ direction: 'unknown' }))).toBeUndefined();
    expect(detectableChange(comparison({ ratio: null }))).toBeUndefined();
    expect(detectableChange(comparison({ ratio: 0 }))).toBeUndefined();
    expect(detectableChange(comparison({ interval: [0, 1.05] }))).toBeUndefined();
    expect(detectableChange(comparison({ interval: [-1, 1.05] }))).toBeUndefined();
    expect(detectableChange(comparison({ interval: [0.95, 0] }))).toBeUndefined();
    expect(detectableChange(comparison({ ratio: NaN }))).toBeUndefined();
  });
});

describe('reportResolution: the coarsest gated all-traffic comparison, relative to its own tolerance', () => {
  it('takes the coarsest, comparing percents and points by their tolerances', () => {
    const p95 = comparison({ detectable: 0.3 }); // 3 tolerances
    const rate = comparison({
      metric: 'http_req_failed',
      stat: 'rate',
      scale: 'difference',
      tolerance: 0.001,
      detectable: 0.004, // 4 tolerances: coarser, although a smaller number
    });
    expect(reportResolution([p95, rate])).toEqual({
      metric: 'http_req_failed',
      stat: 'rate',
      detectable: 0.004,
      tolerance: 0.001,
      scale: 'difference',
    });
    expect(reportResolution([rate, p95])?.metric).toBe('http_req_failed');
  });

  it('keeps the first of equally coarse comparisons', () => {
    const a = comparison({ stat: 'p50', detectable: 0.3 });
    const b = comparison({ stat: 'p95', detectable: 0.3 });
    expect(reportResolution([a, b])?.stat).toBe('p50');
  });

  it('ignores reported, per-series and undetectable comparisons', () => {
    const base = comparison({ detectable: 0.15 });
    expect(
      reportResolution([
        base,
        comparison({ stat: 'p99', gated: false, detectable: 5 }),
        comparison({ series: { name: 'GET /a' }, detectable: 5 }),
        comparison({ stat: 'p50' }),
      ]),
    ).toEqual({ metric: 'http_req_duration', stat: 'p95', detectable: 0.15, tolerance: 0.1, scale: 'ratio' });
    expect(reportResolution([comparison({ gated: false, detectable: 1 })])).toBeUndefined();
    expect(reportResolution([])).toBeUndefined();
  });

  it('treats a zero tolerance as the coarsest possible', () => {
    const zero = comparison({ tolerance: 0, detectable: 0.01 });
    const other = comparison({ stat: 'p50', detectable: 0.3 });
    expect(reportResolution([other, zero])?.stat).toBe('p95');
  });
});
