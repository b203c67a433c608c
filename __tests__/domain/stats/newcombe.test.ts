import { describe, expect, it } from 'vitest';
import { newcombeInterval, newcombePValue } from '../../../src/domain/stats/newcombe.js';
import { normalQuantile } from '../../../src/domain/stats/normal-quantile.js';
import { seededRandom } from '../../../src/domain/random.js';

describe("Newcombe's p-value: the interval inverted", () => {
  it('is the level at which the lower bound meets the threshold (Newcombe 1998, 56/70 vs 48/80)', () => {
    // The two-sided 95% interval is [0.0524, 0.3339]: its lower bound is the one-sided 97.5% bound.
    expect(newcombePValue(48, 80, 56, 70, 0.05243147121804573)).toBeCloseTo(0.025, 6);
  });

  it('agrees with the interval: p < 1 - c exactly when the bound at c clears the threshold', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 300; i++) {
      const n1 = 50 + Math.floor(random() * 5000);
      const n2 = 50 + Math.floor(random() * 2000);
      const x1 = Math.floor(random() * 0.02 * n1);
      const x2 = Math.floor(random() * 0.05 * n2);
      const threshold = random() < 0.5 ? 0 : 0.001;
      const c = 0.9 + random() * 0.099;
      const bound = newcombeInterval(x1, n1, x2, n2, normalQuantile(c))[0];
      const p = newcombePValue(x1, n1, x2, n2, threshold);
      if (Math.abs(bound - threshold) > 1e-9) expect(p < 1 - c).toBe(bound > threshold);
    }
  });

  it('gives no evidence when the estimate is not beyond the threshold, and 0 far beyond it', () => {
    expect(newcombePValue(10, 1000, 1, 1000, 0)).toBe(1);
    expect(newcombePValue(0, 1000, 0, 1000, 0)).toBe(1);
    expect(newcombePValue(0, 1e6, 9e5, 1e6, 0)).toBe(0);
  });
});
