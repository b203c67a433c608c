import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/domain/random.js';
import { estimateTrendNoise, MIN_NOISE_RUNS } from '../../../src/domain/trend/noise.js';
import { simulateNull } from '../../../src/domain/trend/split-test.js';

describe('estimateTrendNoise', () => {
  it('is the prior alone for n = 0, 1, 2, 3', () => {
    for (let n = 0; n < MIN_NOISE_RUNS; n++) {
      expect(estimateTrendNoise(Array(n).fill(1), Array(n).fill(0), 0.03, 0.3)).toEqual({
        variance: 0.0009,
        autocorrelation: 0.3,
        df: 10,
        runs: 0,
      });
    }
  });

  it('counts the data from exactly MIN_NOISE_RUNS = 4 values: one lag, the prior φ, 0.37 · 3 degrees of freedom', () => {
    // With 4 values only the lag-1 differences have 3 terms, so φ cannot be fitted: it stays the prior's, while
    // the variance of a noiseless series is moderated toward 0 with d = 0.37 (4 - 1).
    expect(MIN_NOISE_RUNS).toBe(4);
    const d = 0.37 * 3;
    const noise = estimateTrendNoise([5, 5, 5, 5], [0, 0, 0, 0], 0.03, 0.3);
    expect(noise.runs).toBe(4);
    expect(noise.df).toBeCloseTo(10 + d, 12);
    expect(noise.variance).toBeCloseTo((10 * 0.0009) / (10 + d), 12);
    expect(noise.autocorrelation).toBeCloseTo(0.3, 12);
  });

  it('moderates a noiseless series toward the prior with 0.37 (n - 1) degrees of freedom', () => {
    const n = 11;
    const d = 0.37 * (n - 1);
    const noise = estimateTrendNoise(Array(n).fill(2), Array(n).fill(0), 0.03, 0.3);
    expect(noise.variance).toBeCloseTo((10 * 0.0009) / (10 + d), 12);
    expect(noise.autocorrelation).toBeCloseTo((10 * 0.3) / (10 + d), 12);
    expect(noise.df).toBeCloseTo(10 + d, 12);
    expect(noise.runs).toBe(n);
  });

  it('recovers τ and φ of a long AR(1) series net of the within-run variance, despite a step and an outlier', () => {
    const w = Array(3000).fill(0.02 ** 2);
    const y = simulateNull(w, { variance: 0.05 ** 2, autocorrelation: 0.6, df: 0, runs: 0 }, seededRandom(4));
    y[100] = (y[100] as number) + 2;
    for (let t = 1500; t < y.length; t++) y[t] = (y[t] as number) + 0.3;
    const noise = estimateTrendNoise(y, w, 0.03, 0.3);
    expect(Math.sqrt(noise.variance)).toBeGreaterThan(0.045);
    expect(Math.sqrt(noise.variance)).toBeLessThan(0.055);
    expect(noise.autocorrelation).toBeGreaterThan(0.45);
    expect(noise.autocorrelation).toBeLessThan(0.75);
  });

  it('leaves out the differences across a break: a step there changes nothing, where without it the step passes for noise', () => {
    const w = Array(60).fill(0.03 ** 2);
    const flat = simulateNull(
      w,
      { variance: 0.03 ** 2, autocorrelation: 0.5, df: 0, runs: 0 },
      seededRandom(9),
    );
    const stepped = flat.map((v, t) => (t >= 30 ? v + Math.log(1.15) : v));
    expect(estimateTrendNoise(stepped, w, 0.03, 0.3, [30])).toEqual(
      estimateTrendNoise(flat, w, 0.03, 0.3, [30]),
    );
    expect(estimateTrendNoise(stepped, w, 0.03, 0.3).variance).toBeGreaterThan(
      estimateTrendNoise(stepped, w, 0.03, 0.3, [30]).variance,
    );
  });

  it("counts only the lag-1 differences kept as the data's degrees of freedom, and is the prior with fewer than 3", () => {
    const n = 11;
    const noise = estimateTrendNoise(Array(n).fill(2), Array(n).fill(0), 0.03, 0.3, [5]);
    expect(noise.df).toBeCloseTo(10 + 0.37 * (n - 2), 12);
    expect(estimateTrendNoise([1, 2, 3, 4], [0, 0, 0, 0], 0.03, 0.3, [1, 3])).toEqual({
      variance: 0.0009,
      autocorrelation: 0.3,
      df: 10,
      runs: 0,
    });
  });

  it('recovers τ and φ across the range of φ: no autocorrelation, some, and strong', () => {
    const w = Array(3000).fill(0.02 ** 2);
    for (const phi of [0, 0.3, 0.9]) {
      const y = simulateNull(
        w,
        { variance: 0.05 ** 2, autocorrelation: phi, df: 0, runs: 0 },
        seededRandom(4),
      );
      const noise = estimateTrendNoise(y, w, 0.03, 0.3);
      expect(Math.abs(Math.sqrt(noise.variance) - 0.05)).toBeLessThan(0.005);
      expect(Math.abs(noise.autocorrelation - phi)).toBeLessThan(0.1);
    }
  });
});
