/**
 * The one-sided p-values of a ratio comparison (Comparison.pValues), from the same t statistic its interval
 * inverts, so that "the bound at confidence c clears the tolerance" and "p < 1 - c" are one statement.
 */
import type { Comparison, PValues, VarianceParts } from '../report.js';
import type { RatioInterval } from './ratio-interval.js';
import { normalCdf } from '../stats/normal-quantile.js';
import { studentTCdf } from '../stats/student-t.js';

/** P(T > x) for Student's t with df degrees of freedom (at least 1, as the intervals use); df > 1e6: normal. */
function upperTail(x: number, df: number): number {
  const d = Math.max(1, df);
  return d > 1e6 || !Number.isFinite(d) ? normalCdf(-x) : studentTCdf(-x, d);
}

/**
 * The p-values of a ratio estimated on the log scale as `logRatio` with variance `variance` and `df` degrees of
 * freedom (the interval is exp(logRatio ± t(c, max(1, df)) · √variance)). With b = logRatio for higher-is-worse
 * and -logRatio for higher-is-better (the bad side made positive, as classify mirrors a ratio by inversion):
 *   change     = P(T > b / √variance)                    of "no worse than the baseline"
 *   regression = P(T > (b - ln(1 + tolerance)) / √variance)  of "worse by at most the tolerance"
 * Undefined for an unknown direction. With variance 0 a p-value is 0 beyond its edge and 1 otherwise. O(1) beta
 * function evaluations.
 * @example ratioPValues(Math.log(1.2), 0.0025, 20, 0.1, 'higher-is-worse')
 *          // { change: ≈0.00035 (t = 3.65), regression: ≈0.046 (t = 1.74) }
 */
export function ratioPValues(
  logRatio: number,
  variance: number,
  df: number,
  tolerance: number,
  direction: Comparison['direction'],
): PValues | undefined {
  if (direction === 'unknown') return undefined;
  const bad = direction === 'higher-is-worse' ? logRatio : -logRatio;
  const edge = Math.log(1 + tolerance);
  const se = Math.sqrt(variance);
  if (!(se > 0)) return { change: bad > 0 ? 0 : 1, regression: bad > edge ? 0 : 1 };
  return { change: upperTail(bad / se, df), regression: upperTail((bad - edge) / se, df) };
}

/**
 * What a ratio comparison against the history carries besides its interval: its p-values (ratioPValues over the
 * interval's log ratio, total variance and df) and its variance in parts (Comparison.variance).
 */
export function ratioEvidence(
  estimate: RatioInterval,
  tolerance: number,
  direction: Comparison['direction'],
): { pValues?: PValues; variance: VarianceParts } {
  const pValues = ratioPValues(estimate.logRatio, estimate.variance.total, estimate.df, tolerance, direction);
  const variance: VarianceParts = {
    candidate: estimate.variance.candidate,
    baseline: estimate.variance.baseline,
    runToRun: estimate.variance.noise,
    candidateRuns: estimate.runs.candidate,
    baselineRuns: estimate.runs.baseline,
  };
  return pValues ? { pValues, variance } : { variance };
}
