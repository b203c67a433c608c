import { mean, sampleVariance } from 'simple-statistics';

/** One side's estimate of a statistic on the log scale, with the variance of that estimate and its df. */
export interface LogEstimate {
  /** Natural log of the statistic (a quantile, a rate per second, CPU seconds per request). */
  log: number;
  /** Variance of `log` within the run (batch means). */
  variance: number;
  /** Degrees of freedom of `variance` (Infinity when it is assumed rather than estimated). */
  df: number;
}

/** A LogEstimate that also carries its value (log = ln value). */
export interface ValueEstimate extends LogEstimate {
  value: number;
}

/** Batch means need this many batches for a usable t quantile; below it a variance is assumed instead. */
export const MIN_BATCHES = 4;
/** The coefficient of variation assumed for a run's statistic when it has too few batches to estimate one. */
export const ASSUMED_CV = 0.05;

/**
 * The log-scale estimate of a positive statistic of one run (events per second, CPU seconds per request) from B
 * batch values x_j of it (per-window rates, per-batch ratios), by batch means and the delta method:
 *   log = ln value,  variance = s²(x) / (B · x̄²),  df = B - 1,
 * where s² is the sample variance (B - 1) and x̄ the mean of the batch values. With fewer than MIN_BATCHES batches
 * the coefficient of variation is assumed to be ASSUMED_CV: variance = ASSUMED_CV², df = ∞.
 * Complexity O(B).
 * @example valueEstimate(10, [9, 10, 11, 10]) // { value: 10, log: ≈2.302585, variance: ≈0.0016667, df: 3 }
 */
export function valueEstimate(value: number, batches: readonly number[]): ValueEstimate {
  const log = Math.log(value);
  if (batches.length < MIN_BATCHES) return { value, log, variance: ASSUMED_CV ** 2, df: Infinity };
  const m = mean([...batches]);
  return {
    value,
    log,
    variance: sampleVariance([...batches]) / batches.length / (m * m),
    df: batches.length - 1,
  };
}
