/** The one ratio interval (latency quantiles, throughput, CPU per request) against hand-computed values. */
import { describe, expect, it } from 'vitest';
import { PRIOR_DF } from '../../../src/domain/compare/run-noise.js';
import {
  ratioInterval,
  ratioToRunMean,
  type RatioIntervalInput,
} from '../../../src/domain/compare/ratio-interval.js';
import type { LogEstimate } from '../../../src/domain/compare/log-estimate.js';

// Reference quantiles, R: qnorm(0.975), qt(0.975, 10), qt(0.975, 11).
const Z_975 = 1.959963984540054;
const T_975_10 = 2.2281388519649385;
const T_975_11 = 2.200985160082949;

const run = (value: number, variance: number, df = Infinity): LogEstimate => ({
  log: Math.log(value),
  variance,
  df,
});

const input = (over: Partial<RatioIntervalInput>): RatioIntervalInput => ({
  candidate: run(110, 0),
  candidateRuns: 1,
  baselineLog: Math.log(100),
  baselineRuns: [run(100, 0)],
  noisePrior: 0.03,
  confidence: 0.975,
  ...over,
});

/** ln(high / low): twice the half-width on the log scale. */
const logWidth = (r: { interval: [number, number] }): number => Math.log(r.interval[1] / r.interval[0]);

describe('ratioInterval', () => {
  it('cannot estimate without a baseline run (N = 0)', () => {
    expect(ratioInterval(input({ baselineRuns: [] }))).toBeUndefined();
  });

  it('rejects fewer than one candidate run, or a fraction of one', () => {
    expect(() => ratioInterval(input({ candidateRuns: 0 }))).toThrow(RangeError);
    expect(() => ratioInterval(input({ candidateRuns: 1.5 }))).toThrow(RangeError);
  });

  it('pins the width to the within-run variances: the pooled baseline is the mean per-run variance / N', () => {
    // No run noise (prior 0, three identical baseline runs), known variances (df = ∞): a normal interval.
    // v_c = 0.0004, v_b = (3 × 0.0009 / 3) / 3 = 0.0003, so the log width is 2 · z · √0.0007 = 0.10371.
    const r = ratioInterval(
      input({
        candidate: run(110, 0.0004),
        baselineRuns: [run(100, 0.0009), run(100, 0.0009), run(100, 0.0009)],
        noisePrior: 0,
      }),
    );
    expect(r?.variance.baseline).toBeCloseTo(0.0003, 15);
    expect(r?.variance.noise).toBe(0);
    expect(r?.df).toBe(Infinity);
    expect(logWidth(r!)).toBeCloseTo(2 * Z_975 * Math.sqrt(0.0007), 7);
    expect(r?.logRatio).toBeCloseTo(Math.log(1.1), 12);
    // Centred on the log ratio: √(low · high) is the ratio of the estimates.
    expect(Math.sqrt(r!.interval[0] * r!.interval[1])).toBeCloseTo(1.1, 12);
  });

  it('N = 1: the run noise is the prior alone, σ² = s0², with its PRIOR_DF degrees of freedom', () => {
    // v_n = 0.0009 × (1/M + 1/1); the other parts are 0, so df is the noise's own.
    const one = ratioInterval(input({ candidateRuns: 1 }))!;
    expect(one.noise).toEqual({ variance: 0.0009, df: PRIOR_DF, runs: 0 });
    expect(one.variance.noise).toBeCloseTo(0.0018, 15);
    expect(one.df).toBe(10);
    expect(logWidth(one)).toBeCloseTo(2 * T_975_10 * Math.sqrt(0.0018), 7);
    const two = ratioInterval(input({ candidateRuns: 2 }))!;
    expect(two.variance.noise).toBeCloseTo(0.00135, 15);
    expect(logWidth(two)).toBeCloseTo(2 * T_975_10 * Math.sqrt(0.00135), 7);
  });

  it('N = 2: the history moderates the prior, and M and N divide the noise', () => {
    // Per-run logs ln 100 and ln 106: s² = (ln 1.06)² / 2 = 0.0016976..., minus the mean within-run variance (0);
    // σ² = (10 × 0.0009 + 1 × s²) / 11, df = 11.
    const s2 = Math.log(1.06) ** 2 / 2;
    const sigma2 = (10 * 0.0009 + s2) / 11;
    expect(sigma2).toBeCloseTo(0.00097251, 8);
    const baselineRuns = [run(100, 0), run(106, 0)];
    const one = ratioInterval(input({ baselineRuns, candidateRuns: 1 }))!;
    expect(one.noise.df).toBe(11);
    expect(one.noise.runs).toBe(2);
    expect(one.variance.noise).toBeCloseTo(sigma2 * 1.5, 15);
    expect(logWidth(one)).toBeCloseTo(2 * T_975_11 * Math.sqrt(sigma2 * 1.5), 7);
    const two = ratioInterval(input({ baselineRuns, candidateRuns: 2 }))!;
    expect(two.variance.noise).toBeCloseTo(sigma2, 15);
    expect(logWidth(two)).toBeCloseTo(2 * T_975_11 * Math.sqrt(sigma2), 7);
  });

  it('adds the three parts and takes Welch–Satterthwaite degrees of freedom over them', () => {
    // v_c = 0.0004 (df 9), v_b = (0.0004 + 0.0002) / 2 / 2 = 0.00015 (df 9 + 9), v_n = σ²(1 + 1/2) with the history
    // of two equal runs: s² = 0 - 0.0003 floored at 0, σ² = 10 × 0.0009 / 11.
    const r = ratioInterval(
      input({ candidate: run(110, 0.0004, 9), baselineRuns: [run(100, 0.0004, 9), run(100, 0.0002, 9)] }),
    )!;
    const vn = ((10 * 0.0009) / 11) * 1.5;
    const total = 0.0004 + 0.00015 + vn;
    expect(r.variance.total).toBeCloseTo(total, 15);
    expect(r.variance.candidate + r.variance.baseline + r.variance.noise).toBe(r.variance.total);
    const df = total ** 2 / (0.0004 ** 2 / 9 + 0.00015 ** 2 / 18 + vn ** 2 / 11);
    expect(r.df).toBeCloseTo(df, 9);
  });

  it('is symmetric on the log scale: swapping the sides inverts the interval', () => {
    const a = ratioInterval(input({ candidate: run(110, 0.0004), baselineLog: Math.log(100) }))!;
    const b = ratioInterval(input({ candidate: run(100, 0.0004), baselineLog: Math.log(110) }))!;
    expect(b.interval[0]).toBeCloseTo(1 / a.interval[1], 12);
    expect(b.interval[1]).toBeCloseTo(1 / a.interval[0], 12);
  });

  it("ratioToRunMean: the baseline is the mean of its runs' values (throughput, CPU per request)", () => {
    const value = (v: number, variance: number) => ({ value: v, log: Math.log(v), variance, df: 9 });
    const runs = [value(100, 0.0004), value(104, 0.0002)];
    const r = ratioToRunMean(value(110, 0.0003), runs, 2, { runNoisePrior: 0.03, confidence: 0.99 })!;
    expect(r.baseline).toBe(102);
    const direct = ratioInterval({
      candidate: value(110, 0.0003),
      candidateRuns: 2,
      baselineLog: Math.log(102),
      baselineRuns: runs,
      noisePrior: 0.03,
      confidence: 0.99,
    })!;
    expect(r.interval).toEqual(direct.interval);
    expect(
      ratioToRunMean(value(110, 0.0003), [], 1, { runNoisePrior: 0.03, confidence: 0.99 }),
    ).toBeUndefined();
  });
});
