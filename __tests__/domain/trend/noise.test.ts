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
});
