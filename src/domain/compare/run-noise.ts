import { mean, sampleVariance } from 'simple-statistics';

/** Run-to-run variation of one statistic (on the log scale), from the baseline history or the prior. */
export interface RunNoise {
  /** Variance of a run's log statistic around the long-run value, beyond the within-run noise. */
  variance: number;
  /** Degrees of freedom (Infinity when the prior is used). */
  df: number;
  /** Runs it was estimated from; 0 when the prior was used. */
  runs: number;
}

/** A floor for the estimated run-to-run standard deviation: three runs agreeing by chance prove little. */
const MIN_RUN_SD = 0.01;

/**
 * Estimates run-to-run noise from per-run estimates of the same statistic on the default branch: the sample
 * variance of the per-run log values minus their mean within-run variance (what remains is the run effect),
 * floored at 1%. With fewer than 3 runs the prior coefficient of variation is used instead.
 * @example runNoise([Math.log(10), Math.log(10.5), Math.log(9.8)], [0.0001, 0.0001, 0.0001], 0.03)
 */
export function runNoise(
  perRunLogs: readonly number[],
  perRunVariances: readonly number[],
  prior: number,
): RunNoise {
  if (perRunLogs.length < 3) return { variance: prior * prior, df: Infinity, runs: 0 };
  const between = sampleVariance([...perRunLogs]) - mean([...perRunVariances]);
  return {
    variance: Math.max(MIN_RUN_SD * MIN_RUN_SD, between),
    df: perRunLogs.length - 1,
    runs: perRunLogs.length,
  };
}
