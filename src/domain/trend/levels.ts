/**
 * The level of a run of consecutive points (a segment between change points) and how uncertain it is under the
 * trend's noise model (noise.ts): within-run variances w_t plus an AR(1) run effect (τ², φ).
 */
import type { TrendNoise } from './noise.js';

/** A segment's weighted mean, its variance, and the weights (for covariances with other segments). */
export interface SegmentLevel {
  /** First and one-past-last index of the segment, in the statistic's own point order. */
  start: number;
  end: number;
  /** Σ a_t y_t with a_t ∝ 1 / (w_t + τ²). */
  level: number;
  /** Var(level) = Σ a_t² w_t + τ² Σ_s Σ_t a_s a_t φ^|s-t|. */
  variance: number;
  weights: number[];
}

/** The precision weight of a point: a run with a tighter estimate counts more, but never more than 1/τ² allows. */
export const pointWeight = (w: number, noise: TrendNoise): number => 1 / Math.max(w + noise.variance, 1e-18);

/**
 * The level of y[start..end) and its variance under the model. The AR(1) double sum is computed in O(L) with the
 * recursion r_t = φ (r_{t-1} + a_{t-1}), Σ_s<t a_s φ^(t-s) = r_t. Undefined for an empty segment.
 * @example segmentLevel([0, 0.1], [0, 0], { variance: 1, autocorrelation: 0, df: 10, runs: 0 }, 0, 2)
 *          // level 0.05, variance 0.5
 */
export function segmentLevel(
  y: readonly number[],
  w: readonly number[],
  noise: TrendNoise,
  start: number,
  end: number,
): SegmentLevel | undefined {
  if (end <= start) return undefined;
  const raw: number[] = [];
  for (let t = start; t < end; t++) raw.push(pointWeight(w[t] as number, noise));
  const total = raw.reduce((s, x) => s + x, 0);
  const a = raw.map((x) => x / total);
  const phi = noise.autocorrelation;
  let level = 0;
  let within = 0;
  let ar = 0;
  let r = 0;
  for (let i = 0; i < a.length; i++) {
    const ai = a[i] as number;
    if (i > 0) r = phi * (r + (a[i - 1] as number));
    level += ai * (y[start + i] as number);
    within += ai * ai * (w[start + i] as number);
    ar += ai * (ai + 2 * r);
  }
  return { start, end, level, variance: within + noise.variance * ar, weights: a };
}

/**
 * Cov(level of A, level of B) for a segment A wholly before B: only the run effect is shared (within-run noise is
 * independent between runs), τ² Σ_{s∈A} Σ_{t∈B} a_s b_t φ^(t-s), which factorizes through A's last index p:
 * τ² (Σ_s a_s φ^(p-s)) (Σ_t b_t φ^(t-p)).
 */
export function levelCovariance(a: SegmentLevel, b: SegmentLevel, noise: TrendNoise): number {
  const phi = noise.autocorrelation;
  if (phi === 0 || noise.variance === 0) return 0;
  const p = a.end - 1;
  let left = 0;
  a.weights.forEach((x, i) => (left += x * phi ** (p - (a.start + i))));
  let right = 0;
  b.weights.forEach((x, i) => (right += x * phi ** (b.start + i - p)));
  return noise.variance * left * right;
}

/** The difference of two levels (B after A) and its variance: Var(B) + Var(A) - 2 Cov(A, B). */
export function levelDifference(
  a: SegmentLevel,
  b: SegmentLevel,
  noise: TrendNoise,
): { difference: number; variance: number } {
  return {
    difference: b.level - a.level,
    variance: Math.max(0, a.variance + b.variance - 2 * levelCovariance(a, b, noise)),
  };
}
