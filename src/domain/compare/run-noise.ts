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

/**
 * The most trusted default-branch runs the run-to-run noise is estimated from (robustRunNoise), and so the most a
 * store keeps: 30 runs give the noise about 20 degrees of freedom (against 4 from five runs), which brings the
 * resolution within about 10% of its floor (docs/statistics.md); more would cost downloads for little.
 */
export const NOISE_HISTORY_RUNS = 30;

/** Differences beyond this many robust standard deviations are clipped (Huber): one odd runner cannot dominate. */
export const CLIP_SDS = 2.5;
/** The median of |Z| for a standard normal Z: 1.4826 · median|d| estimates the standard deviation of d. */
const MEDIAN_ABS_NORMAL = 0.6744897501960817;

/**
 * Run-to-run noise from a long history of K runs in time order (oldest first), robust to drift and outliers, and
 * moderated by the prior like runNoise. From the successive differences d_i = x_{i+1} - x_i of the per-run logs
 * (a slow drift barely moves them; a run effect of variance σ² gives Var(d_i) = 2σ² + v_i + v_{i+1}):
 *   r      = median|d_i| / 0.6745                          a robust standard deviation of the differences
 *   d'_i   = d_i clipped to ±CLIP_SDS · r                  (Huber: an outlying run cannot dominate)
 *   s²     = max(0, Σ d'_i² / (2 (K - 1)) - mean(v_i))      the mean squared successive difference, halved
 *   df_s   = 2 (K - 1)² / (3K - 4)                          the von Neumann estimator's effective df (K = 5: 2.9)
 *   variance = (d0 · s0² + df_s · s²) / (d0 + df_s),  df = d0 + df_s
 * It serves a history longer than the base commit's runs (the location stays theirs): with K = 30 runs, 19.6 df
 * against the 4 of five runs' sample variance. Fewer than 2 runs: the prior alone. Complexity O(K log K).
 * @example robustRunNoise([0, 0.03, 0, 0.03, 0], [0, 0, 0, 0, 0], 0.03)
 *          // d = ±0.03 (all alike, none clipped): s² = 4 · 0.0009 / 8 = 0.00045; df_s = 32 / 11
 */
export function robustRunNoise(
  timeOrderedLogs: readonly number[],
  perRunVariances: readonly number[],
  prior: number,
): RunNoise {
  const K = timeOrderedLogs.length;
  const priorVariance = prior * prior;
  if (K < 2) return { variance: priorVariance, df: PRIOR_DF, runs: 0 };
  const d = timeOrderedLogs.slice(1).map((x, i) => x - timeOrderedLogs[i]!);
  const sorted = d.map(Math.abs).sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const medianAbs = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const clip = (CLIP_SDS * medianAbs) / MEDIAN_ABS_NORMAL;
  const mssd = d.reduce((s, x) => s + Math.min(Math.abs(x), clip) ** 2, 0) / (2 * (K - 1));
  const between = Math.max(0, mssd - mean([...perRunVariances]));
  const dfs = (2 * (K - 1) ** 2) / (3 * K - 4);
  return {
    variance: (PRIOR_DF * priorVariance + dfs * between) / (PRIOR_DF + dfs),
    df: PRIOR_DF + dfs,
    runs: K,
  };
}
