import { mean, sampleStandardDeviation } from 'simple-statistics';
import { studentTQuantile } from './student-t.js';

/**
 * The t interval of a mean of n nearly independent values (per-window statistics of a capacity step, per-pair log
 * ratios of A/B mode): x̄ ± t_{c, n-1} · s / √n, where x̄ is the mean and s the sample standard deviation (n - 1
 * denominator) of the values and c the confidence: each bound is one-sided at c.
 * Undefined for n < 2 (no spread can be estimated). Complexity O(n).
 * @example meanInterval([1, 3], 0.9) // { mean: 2, low: -1.078, high: 5.078 } (t_{0.9,1} = 3.0777)
 */
export function meanInterval(
  values: readonly number[],
  confidence: number,
): { mean: number; low: number; high: number } | undefined {
  const n = values.length;
  if (n < 2) return undefined;
  const x = [...values];
  const m = mean(x);
  const half = (studentTQuantile(confidence, n - 1) * sampleStandardDeviation(x)) / Math.sqrt(n);
  return { mean: m, low: m - half, high: m + half };
}
