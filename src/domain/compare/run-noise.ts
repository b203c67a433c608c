import { mean, sampleVariance } from 'simple-statistics';

/** Run-to-run variation of one statistic (on the log scale), from the baseline history moderated by the prior. */
export interface RunNoise {
  /** Variance of a run's log statistic around the long-run value, beyond the within-run noise. */
  variance: number;
  /** Degrees of freedom of that variance. */
  df: number;
  /** Baseline runs that contributed to it; 0 when it is the prior alone. */
  runs: number;
}

/**
 * How much the prior weighs, in degrees of freedom: as much as the sample variance of 11 runs. Three runs that
 * happen to agree then cannot shrink the noise to nothing, and three that happen to disagree cannot blow the interval
 * up through a t quantile with 2 degrees of freedom (t(0.99, 2) = 6.96, the width a plain estimate would give).
 */
export const PRIOR_DF = 10;

/**
 * Estimates run-to-run noise of one statistic, by empirical-Bayes moderation of a variance (Smyth 2004, the
 * "moderated t"): with the prior standard deviation s0 (a coefficient of variation, on the log scale) worth d0 =
 * PRIOR_DF degrees of freedom, and the history's estimate s² with d = N - 1 degrees of freedom,
 *   variance = (d0 · s0² + d · s²) / (d0 + d),   df = d0 + d,
 * where s² is the sample variance (n - 1) of the N per-run log values minus their mean within-run variance (what
 * remains is the run effect; floored at 0). Fewer than 2 runs: the prior alone, with d0 degrees of freedom.
 * Complexity O(N).
 * @example runNoise([Math.log(10), Math.log(10.5), Math.log(9.8)], [0.0001, 0.0001, 0.0001], 0.03)
 *          // { variance: ≈0.000943, df: 12, runs: 3 }
 */
export function runNoise(
  perRunLogs: readonly number[],
  perRunVariances: readonly number[],
  prior: number,
): RunNoise {
  const priorVariance = prior * prior;
  if (perRunLogs.length < 2) return { variance: priorVariance, df: PRIOR_DF, runs: 0 };
  const d = perRunLogs.length - 1;
  const between = Math.max(0, sampleVariance([...perRunLogs]) - mean([...perRunVariances]));
  return {
    variance: (PRIOR_DF * priorVariance + d * between) / (PRIOR_DF + d),
    df: PRIOR_DF + d,
    runs: perRunLogs.length,
  };
}
