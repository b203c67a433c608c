import { describe, expect, it } from 'vitest';
import {
  designVariance,
  detectableChange,
  reportResolution,
  resolutionAdvice,
} from '../../../src/domain/compare/resolution.js';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import { seededRandom } from '../../../src/domain/random.js';
import type { Comparison, VarianceParts } from '../../../src/domain/report.js';
import { studentTQuantile } from '../../../src/domain/stats/student-t.js';
import { DEFAULT_SIM, simulateRun } from '../../../eval/simulate.js';
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
    expect(reportResolution([p95, rate], 0.99)).toEqual({
      metric: 'http_req_failed',
      stat: 'rate',
      detectable: 0.004,
      tolerance: 0.001,
      scale: 'difference',
    });
    expect(reportResolution([rate, p95], 0.99)?.metric).toBe('http_req_failed');
  });

  it('keeps the first of equally coarse comparisons', () => {
    const a = comparison({ stat: 'p50', detectable: 0.3 });
    const b = comparison({ stat: 'p95', detectable: 0.3 });
    expect(reportResolution([a, b], 0.99)?.stat).toBe('p50');
  });

  it('ignores reported, per-series and undetectable comparisons', () => {
    const base = comparison({ detectable: 0.15 });
    expect(
      reportResolution(
        [
          base,
          comparison({ stat: 'p99', gated: false, detectable: 5 }),
          comparison({ series: { name: 'GET /a' }, detectable: 5 }),
          comparison({ stat: 'p50' }),
        ],
        0.99,
      ),
    ).toEqual({ metric: 'http_req_duration', stat: 'p95', detectable: 0.15, tolerance: 0.1, scale: 'ratio' });
    expect(reportResolution([comparison({ gated: false, detectable: 1 })], 0.99)).toBeUndefined();
    expect(reportResolution([], 0.99)).toBeUndefined();
  });

  it('treats a zero tolerance as the coarsest possible', () => {
    const zero = comparison({ tolerance: 0, detectable: 0.01 });
    const other = comparison({ stat: 'p50', detectable: 0.3 });
    expect(reportResolution([other, zero], 0.99)?.stat).toBe('p95');
  });
});

// One run against 5: σ² = 0.0009 (3% run effect), within-run 0.0004 (candidate) and 0.0004 / 5 (baseline pooled).
const PARTS: VarianceParts = {
  candidate: 0.0004,
  baseline: 0.00008,
  runToRun: 0.0009 * (1 + 1 / 5),
  candidateRuns: 1,
  baselineRuns: 5,
};
const TOTAL = 0.0004 + 0.00008 + 0.00108;

describe('the variance of another design', () => {
  it('is the interval variance for the same design, and divides each part by what pools it', () => {
    expect(designVariance(PARTS, 1, 1, 5)).toBeCloseTo(TOTAL, 12);
    // 3 candidate runs: v_c / 3 + v_b + σ² (1/3 + 1/5)
    expect(designVariance(PARTS, 3, 1, 5)).toBeCloseTo(0.0004 / 3 + 0.00008 + 0.0009 * (1 / 3 + 1 / 5), 12);
    // 4x longer: the within-run parts / 4, the run-to-run part unchanged
    expect(designVariance(PARTS, 1, 4, 5)).toBeCloseTo(0.0001 + 0.00002 + 0.00108, 12);
    // 10 baseline runs: v_b · 5/10, σ² (1 + 1/10)
    expect(designVariance(PARTS, 1, 1, 10)).toBeCloseTo(0.0004 + 0.00004 + 0.0009 * 1.1, 12);
  });
});

describe('the resolution advice: what dominates, and what a change of design would give', () => {
  // A p95 at +2% whose lower bound sits t(0.99, 20) standard errors below it.
  const t = studentTQuantile(0.99, 20);
  const se = Math.sqrt(TOTAL);
  const c = base({
    ratio: 1.02,
    interval: [1.02 * Math.exp(-t * se), 1.02 * Math.exp(t * se)],
    variance: PARTS,
  });

  it('names the run-to-run noise, and computes what 3 runs, 3x longer runs and 10 baseline runs reach', () => {
    const r = resolutionAdvice(c, 0.99)!;
    expect(detectableChange(c)).toBeCloseTo(1.1 * Math.exp(t * se) - 1, 12);
    expect(r.advice.dominant).toBe('run-to-run');
    expect(r.advice.share).toBeCloseTo(0.00108 / TOTAL, 12);
    const at = (v: number) => 1.1 * Math.exp(t * Math.sqrt(v)) - 1;
    expect(r.advice.runs).toEqual({
      runs: 3,
      detectable: expect.closeTo(at(designVariance(PARTS, 3, 1, 5)), 6),
    });
    // 3x longer (the cost of 3 runs): the within-run parts / 3, the run-to-run part unchanged.
    expect(r.advice.longer).toEqual({ factor: 3, detectable: expect.closeTo(at(0.00048 / 3 + 0.00108), 6) });
    expect(r.advice.history).toEqual({ runs: 10, detectable: expect.closeTo(at(0.00143), 6) });
    // Known values (t(0.99, 20) = 2.528): 21.6% now, 3 runs ≈ 17.6%, 3x longer ≈ 20.2%: the run effect stays.
    expect(detectableChange(c)).toBeCloseTo(0.2155, 3);
    expect(r.advice.runs.detectable).toBeCloseTo(0.1757, 3);
    expect(r.advice.longer.detectable).toBeCloseTo(0.2024, 3);
    // The floor: the normal quantile in place of t(0.99, 20).
    expect(r.floor).toBeCloseTo(1.1 * Math.exp(2.3263478740408408 * se) - 1, 9);
  });

  it('names the within-run noise when requests vary more than runs, where longer runs help too', () => {
    const short = { ...PARTS, candidate: 0.004 };
    const se2 = Math.sqrt(short.candidate + short.baseline + short.runToRun);
    const r = resolutionAdvice(
      base({ ratio: 1, interval: [Math.exp(-t * se2), Math.exp(t * se2)], variance: short }),
      0.99,
    )!;
    expect(r.advice.dominant).toBe('candidate');
    // 3x longer runs take the candidate's part from 0.004 to 0.00133 of 0.00516: about 31.9% -> 23.4%.
    expect(
      detectableChange({ ...c, interval: [Math.exp(-t * se2), Math.exp(t * se2)], ratio: 1 }),
    ).toBeCloseTo(0.319, 3);
    expect(r.advice.longer.detectable).toBeCloseTo(
      1.1 * Math.exp(t * Math.sqrt(0.004 / 3 + 0.00008 / 3 + 0.00108)) - 1,
      12,
    );
  });

  it('gives none for a rate or a comparison without variance parts; M = 3 suggests 6 runs', () => {
    expect(resolutionAdvice(base(), 0.99)).toBeUndefined();
    const three = { ...PARTS, candidateRuns: 3 };
    expect(resolutionAdvice({ ...c, variance: three }, 0.99)!.advice.runs.runs).toBe(6);
  });

  it('is in the report: the coarsest gated all-traffic comparison, with its floor and advice', () => {
    const random = seededRandom(4);
    const history = [0, 1, 2, 3, 4].map((i) =>
      simulateRun({ ...DEFAULT_SIM, requests: 6000 }, random, Date.UTC(2026, 0, 1) + i * 3_600_000),
    );
    const report = compareRuns(
      history,
      simulateRun({ ...DEFAULT_SIM, requests: 6000 }, random),
      DEFAULT_GATE_CONFIG,
    );
    const r = report.resolution!;
    expect(r.advice).toBeDefined();
    expect(r.floor).toBeLessThan(r.detectable);
    expect(reportResolution(report.comparisons, 0.99)).toEqual(r);
    expect(reportResolution([], 0.99)).toBeUndefined();
  });
});
