import { mean, sampleVariance } from 'simple-statistics';

export interface BatchMeansEstimate {
  mean: number;
  /** Variance of the mean: s² / B. */
  varianceOfMean: number;
  /** Degrees of freedom, B - 1. */
  df: number;
  batches: number;
}

/**
 * Batch means: the mean of per-batch statistics and the variance of that mean, s²/B, where s² is the sample
 * variance of the B batch values. When batches are long compared with the correlation time of the process, batch
 * values are nearly independent, so this stays honest under autocorrelation where an iid formula over single
 * observations is over-confident.
 * Complexity O(B).
 * @throws RangeError with fewer than 2 batches.
 * @example batchMeans([1, 2, 3, 4]) // { mean: 2.5, varianceOfMean: 0.41666…, df: 3, batches: 4 }
 */
export function batchMeans(values: readonly number[]): BatchMeansEstimate {
  if (values.length < 2) throw new RangeError('batchMeans needs at least 2 batches');
  const v = [...values];
  return { mean: mean(v), varianceOfMean: sampleVariance(v) / v.length, df: v.length - 1, batches: v.length };
}

/**
 * Lag-1 autocorrelation of a series: Σ(x_t - x̄)(x_{t+1} - x̄) / Σ(x_t - x̄)². Used to check that batch values are
 * nearly independent (below ~0.2). 0 for fewer than 3 values or a constant series.
 * @example lag1Autocorrelation([1, 2, 3, 4, 5]) // 0.4
 */
export function lag1Autocorrelation(values: readonly number[]): number {
  if (values.length < 3) return 0;
  const m = mean([...values]);
  let num = 0;
  let den = 0;
  for (let i = 0; i < values.length; i++) {
    const d = (values[i] as number) - m;
    den += d * d;
    if (i + 1 < values.length) num += d * ((values[i + 1] as number) - m);
  }
  return den === 0 ? 0 : num / den;
}
