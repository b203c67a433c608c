import { studentTQuantile } from '../stats/student-t.js';

/**
 * Bounds for the mean of per-window statistics (batch means over the windows of one step):
 * x̄ ± t_{c, n-1} · s / √n, where x̄ is the mean and s the sample standard deviation (n - 1 denominator) of the n
 * window values and c the confidence: each bound is one-sided at c (a step is judged by one bound or the other). Windows a second or more
 * long are nearly independent for a service in steady state, which is what a step below the knee is; above it
 * the values trend upward and the interval is wide, which is the honest answer there.
 * Undefined for n < 2 (no spread can be estimated).
 * @example windowInterval([1, 3], 0.9) // { mean: 2, low: -1.078, high: 5.078 } (t_{0.9,1} = 3.0777)
 */
export function windowInterval(
  values: readonly number[],
  confidence: number,
): { mean: number; low: number; high: number } | undefined {
  const n = values.length;
  if (n < 2) return undefined;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  const half = studentTQuantile(confidence, n - 1) * Math.sqrt(variance / n);
  return { mean, low: mean - half, high: mean + half };
}
