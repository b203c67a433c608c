import { describe, expect, it } from 'vitest';
import { levelCovariance, levelDifference, segmentLevel } from '../../../src/domain/trend/levels.js';

const model = (autocorrelation: number) => ({ variance: 1, autocorrelation, df: 10, runs: 0 });

describe('segmentLevel', () => {
  it('is the weighted mean with the variance of the AR(1) double sum', () => {
    expect(segmentLevel([0, 0.1], [0, 0], model(0), 0, 2)).toMatchObject({ level: 0.05, variance: 0.5 });
    // Σ a_s a_t φ^|s-t| = 0.25 + 0.25 + 2 · 0.25 · 0.5
    expect(segmentLevel([0, 0.1], [0, 0], model(0.5), 0, 2)!.variance).toBeCloseTo(0.75, 12);
    // Within-run variance counts with the squared weights; a tighter run weighs more.
    const l = segmentLevel([1, 3], [1, 0], model(0), 0, 2)!;
    expect(l.weights).toEqual([1 / 3, 2 / 3]);
    expect(l.level).toBeCloseTo(7 / 3, 12);
    expect(l.variance).toBeCloseTo(1 / 9 + (1 / 9 + 4 / 9), 12);
  });

  it('is undefined for an empty segment and exact for one point', () => {
    expect(segmentLevel([], [], model(0), 0, 0)).toBeUndefined();
    expect(segmentLevel([4], [0.5], model(0.5), 0, 1)).toMatchObject({ level: 4, variance: 1.5 });
  });
});

describe('levelCovariance and levelDifference', () => {
  it('share only the run effect: Var(y1 - y0) = 2τ²(1 - φ) for single runs', () => {
    const a = segmentLevel([0, 1], [0, 0], model(0.5), 0, 1)!;
    const b = segmentLevel([0, 1], [0, 0], model(0.5), 1, 2)!;
    expect(levelCovariance(a, b, model(0.5))).toBeCloseTo(0.5, 12);
    expect(levelDifference(a, b, model(0.5))).toEqual({ difference: 1, variance: 1 });
    expect(levelCovariance(a, b, model(0))).toBe(0);
  });

  it('decays with the gap between segments: φ^3 three runs apart', () => {
    const y = [0, 0, 0, 0];
    const a = segmentLevel(y, [0, 0, 0, 0], model(0.5), 0, 1)!;
    const b = segmentLevel(y, [0, 0, 0, 0], model(0.5), 3, 4)!;
    expect(levelCovariance(a, b, model(0.5))).toBeCloseTo(0.125, 12);
  });

  it('is the double sum τ² Σ_s Σ_t a_s b_t φ^(t-s) for segments of several runs away from the start', () => {
    // A = runs 2..4, B = runs 6..8 of a series with uneven within-run variances (uneven weights).
    const noise = { variance: 2, autocorrelation: 0.6, df: 10, runs: 0 };
    const y = Array(9).fill(0);
    const w = [1, 1, 0.5, 1, 2, 1, 0.3, 1, 3];
    const a = segmentLevel(y, w, noise, 2, 5)!;
    const b = segmentLevel(y, w, noise, 6, 9)!;
    let sum = 0;
    a.weights.forEach((as, i) => b.weights.forEach((bt, j) => (sum += as * bt * 0.6 ** (6 + j - (2 + i)))));
    expect(levelCovariance(a, b, noise)).toBeCloseTo(2 * sum, 12);
  });
});
