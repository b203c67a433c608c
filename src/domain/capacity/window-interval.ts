import { studentTQuantile } from '../stats/student-t.js';

/**
 * A two-sided interval for the mean of per-window statistics (batch means over the windows of one step):
 * x̄ ± t_{(1+c)/2, n-1} · s / √n, where x̄ is the mean and s the sample standard deviation (n - 1 denominator) of
 * the n window values and c the confidence. Each bound is then one-sided at (1+c)/2. Windows a second or more
 * long are nearly independent for a service in steady state, which is what a step below the knee is; above it
 * the values trend upward and the interval is wide, which is the honest answer there.
 * Undefined for n < 2 (no spread can be estimated).
 * @example windowInterval([1, 3], 0.9) // { mean: 2, low: -4.31, high: 8.31 } (t_{0.95,1} = 6.314)
 */
export function windowInterval(
  values: readonly number[],
  confidence: number,
): { mean: number; low: number; high: number } | undefined {
  const n = values.length;
  if (n < 2) return undefined;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  const half = studentTQuantile((1 + confidence) / 2, n - 1) * Math.sqrt(variance / n);
  return { mean, low: mean - half, high: mean + half };
}
