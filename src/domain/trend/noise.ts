/**
 * The noise of one statistic along the default branch's runs, beyond each run's own (within-run) uncertainty: a
 * run effect u_t that is AR(1) over consecutive runs (a runner pool's load drifts over hours, so neighbouring runs
 * resemble each other), y_t = level_t + u_t + e_t with Var(e_t) = w_t (the entry's se²), Var(u_t) = τ²,
 * Corr(u_t, u_{t+k}) = φ^k.
 */
import { mad, mean } from 'simple-statistics';
import { PRIOR_DF } from '../compare/run-noise.js';

export interface TrendNoise {
  /** τ²: variance of the run effect (log scale for ratio statistics). */
  variance: number;
  /** φ: lag-1 autocorrelation of the run effect, in [0, MAX_AUTOCORRELATION]. */
  autocorrelation: number;
  /** Degrees of freedom of `variance` (the prior's PRIOR_DF plus the data's). */
  df: number;
  /** Runs that informed it; 0 when it is the prior alone. */
  runs: number;
}

/** Lags used to separate τ² from φ, and the grid φ is fitted on. */
const MAX_LAG = 4;
export const MAX_AUTOCORRELATION = 0.9;
const PHI_GRID = Array.from({ length: 19 }, (_, i) => i * 0.05);
/** MAD's Gaussian consistency factor, and its efficiency (how many degrees of freedom n values are worth). */
const MAD_SCALE = 1.482602218505602;
const MAD_EFFICIENCY = 0.37;
/** The fewest runs from which the data say anything (three lag-1 differences). */
export const MIN_NOISE_RUNS = 4;

/**
 * Estimates τ² and φ from a statistic's values y (in run order) and within-run variances w, robustly, so that level
 * shifts (a few large differences) and one-off outlier runs (two) barely move it:
 *
 * 1. For lag k = 1..4 (with at least 3 differences), the robust variance of the k-lag differences,
 *    v_k = (1.4826 · MAD(y_{t+k} - y_t))², minus their within-run part mean(w_t + w_{t+k}), estimates
 *    g_k = 2τ²(1 - φ^k) (the lag-difference method of DeCAFS, Romano et al. 2022). A difference that straddles one
 *    of `breaks` (t < b ≤ t + k: the first runs of new levels) is left out: a step is not run-to-run noise. MAD
 *    alone resists a few straddling differences, but they are k of every n - k at lag k, so they raise the long
 *    lags more than the short ones, which the fit reads as a large τ² with φ near 0.9: a null model that wanders
 *    enough to hide the very step that inflated it.
 * 2. φ on a grid 0, 0.05, ..., 0.9 and τ² ≥ 0 by least squares of g_k against 2τ²(1 - φ^k) (closed form per φ).
 *    With only lag 1 available, φ is not identified and stays at the prior.
 * 3. Both are moderated toward the prior as the gate moderates run-to-run noise (run-noise.ts): with the prior worth
 *    d0 = PRIOR_DF degrees of freedom and the data d = 0.37 m (MAD's efficiency; m lag-1 differences, n - 1
 *    without breaks),
 *    τ² = (d0 τ0² + d τ̂²) / (d0 + d), φ = (d0 φ0 + d φ̂) / (d0 + d).
 *
 * Fewer than MIN_NOISE_RUNS values (n = 0..3), or fewer than 3 lag-1 differences between the breaks: the prior
 * alone (`runs: 0`). Complexity O(n · (log n + breaks)).
 * @example estimateTrendNoise([], [], 0.03, 0.3) // { variance: 0.0009, autocorrelation: 0.3, df: 10, runs: 0 }
 */
export function estimateTrendNoise(
  y: readonly number[],
  w: readonly number[],
  priorSd: number,
  priorAutocorrelation: number,
  breaks: readonly number[] = [],
): TrendNoise {
  const prior: TrendNoise = {
    variance: priorSd * priorSd,
    autocorrelation: priorAutocorrelation,
    df: PRIOR_DF,
    runs: 0,
  };
  const n = y.length;
  if (n < MIN_NOISE_RUNS) return prior;
  const g: Array<{ lag: number; value: number }> = [];
  let lagOneDifferences = 0;
  for (let k = 1; k <= MAX_LAG; k++) {
    const diffs: number[] = [];
    const within: number[] = [];
    for (let t = 0; t + k < n; t++) {
      if (breaks.some((b) => t < b && b <= t + k)) continue;
      diffs.push((y[t + k] as number) - (y[t] as number));
      within.push((w[t] as number) + (w[t + k] as number));
    }
    if (diffs.length < 3) break;
    if (k === 1) lagOneDifferences = diffs.length;
    const v = (MAD_SCALE * mad(diffs)) ** 2;
    g.push({ lag: k, value: v - mean(within) });
  }
  if (g.length === 0) return prior;
  let fit = { tau2: 0, phi: priorAutocorrelation, ss: Infinity };
  const grid = g.length >= 2 ? PHI_GRID : [priorAutocorrelation];
  for (const phi of grid) {
    const c = g.map(({ lag }) => 2 * (1 - phi ** lag));
    const cc = c.reduce((s, x) => s + x * x, 0);
    const tau2 = Math.max(0, g.reduce((s, { value }, i) => s + value * (c[i] as number), 0) / cc);
    const ss = g.reduce((s, { value }, i) => s + (value - tau2 * (c[i] as number)) ** 2, 0);
    if (ss < fit.ss - 1e-18) fit = { tau2, phi, ss };
  }
  const d = MAD_EFFICIENCY * lagOneDifferences;
  const blend = (p: number, x: number) => (PRIOR_DF * p + d * x) / (PRIOR_DF + d);
  return {
    variance: blend(prior.variance, fit.tau2),
    autocorrelation: Math.min(MAX_AUTOCORRELATION, blend(priorAutocorrelation, fit.phi)),
    df: PRIOR_DF + d,
    runs: n,
  };
}
