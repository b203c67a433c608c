/**
 * The resolution of a comparison: the smallest change on the bad side, on the scale of its tolerance, that this
 * comparison would have called a regression. It says what the gate could see when it passes, what the same design
 * could see at best, and what a different design would see.
 *
 * Definition. With the estimate e and the interval's bound on the bad side's far end b (the bound that decides a
 * regression: for higher-is-worse the lower bound), the interval reaches e - b below the estimate. A change is
 * called a regression when that bound clears the tolerance t, i.e. when the estimate is at least t plus that reach:
 *   ratio, higher-is-worse:    detectable = (1 + t) · (e / lo) - 1
 *   ratio, higher-is-better:   detectable = 1 - 1 / ((1 + t) · (hi / e))      (classify mirrors by inversion)
 *   difference, higher-is-worse:  detectable = t + (d - lo)
 *   difference, higher-is-better: detectable = t + (hi - d)
 * Undefined without an interval, a ratio, or a direction. O(1).
 */
import type { Comparison, Report, ResolutionAdvice, VarianceParts } from '../report.js';
import { normalQuantile } from '../stats/normal-quantile.js';

/** The reach of a ratio's bound on the bad side, on the log scale: ln(e / lo) or ln(hi / e), at least 0. */
function logReach(c: Comparison): number | undefined {
  if (!c.interval || c.ratio === null || !(c.ratio > 0)) return undefined;
  const [lo, hi] = c.interval;
  if (!(lo > 0) || !(hi > 0)) return undefined;
  return Math.max(0, c.direction === 'higher-is-worse' ? Math.log(c.ratio / lo) : Math.log(hi / c.ratio));
}

/** The detectable change of a ratio whose bound reaches `reach` (log scale) beyond its estimate (see above). */
function ratioDetectable(reach: number, tolerance: number, direction: Comparison['direction']): number {
  return direction === 'higher-is-worse'
    ? (1 + tolerance) * Math.exp(reach) - 1
    : 1 - 1 / ((1 + tolerance) * Math.exp(reach));
}

export function detectableChange(c: Comparison): number | undefined {
  if (!c.interval || c.direction === 'unknown') return undefined;
  const [lo, hi] = c.interval;
  const t = c.tolerance;
  if (c.scale === 'difference') {
    const d = c.candidate - c.baseline;
    return c.direction === 'higher-is-worse' ? t + Math.max(0, d - lo) : t + Math.max(0, hi - d);
  }
  const reach = logReach(c);
  return reach === undefined ? undefined : ratioDetectable(reach, t, c.direction);
}

/**
 * The variance of the log ratio under another design, from the parts of this one (Comparison.variance): M' candidate
 * runs, runs L times as long, N' baseline runs. Within-run variances shrink with the samples pooled, the run effect
 * with the runs averaged on each side:
 *   v(M', L, N') = v_c · M / (M' L) + v_b · N / (N' L) + σ² (1/M' + 1/N'),   σ² = v_rr / (1/M + 1/N).
 * At (M, 1, N) it is the interval's own variance. O(1).
 * @example designVariance({ candidate: 1, baseline: 1, runToRun: 2, candidateRuns: 1, baselineRuns: 1 }, 1, 4, 1)
 *          // 2.5: the within-run parts / 4, the run-to-run part unchanged
 */
export function designVariance(
  parts: VarianceParts,
  runs: number,
  lengthFactor: number,
  history: number,
): number {
  const M = parts.candidateRuns;
  const N = parts.baselineRuns;
  const sigma2 = parts.runToRun / (1 / M + 1 / N);
  return (
    (parts.candidate * M) / (runs * lengthFactor) +
    (parts.baseline * N) / (history * lengthFactor) +
    sigma2 * (1 / runs + 1 / history)
  );
}

/**
 * The floor and the advice of a ratio comparison with variance parts, at the quantile its bound used:
 * k = reach / √v (reach: logReach; v: the interval's variance), so detectable = f(k · √v) with f = ratioDetectable.
 *   floor   = f(z_c · √v): the same design with the variance known (z_c the normal quantile of the confidence of
 *             the bound that decides a regression): no design can beat it without more data;
 *   advice  = the dominant part of v and its share, and f(k · √v') for v' = designVariance at M' = 3 candidate runs
 *             (or twice as many as now), runs M'/M times as long (the same cost), and twice the baseline runs; k is
 *             kept, a slight overstatement for more runs, whose variance would have more degrees of freedom.
 * Undefined for a comparison without variance parts (rates, A/B pairs) or a zero variance. O(1).
 */
export function resolutionAdvice(
  c: Comparison,
  regressionConfidence: number,
): { floor: number; advice: ResolutionAdvice } | undefined {
  const parts = c.variance;
  const reach = logReach(c);
  if (!parts || reach === undefined || c.direction === 'unknown') return undefined;
  const total = parts.candidate + parts.baseline + parts.runToRun;
  if (!(total > 0)) return undefined;
  const k = reach / Math.sqrt(total);
  const at = (variance: number) => ratioDetectable(k * Math.sqrt(variance), c.tolerance, c.direction);
  const M = parts.candidateRuns;
  const N = parts.baselineRuns;
  const runs = M < 3 ? 3 : 2 * M;
  const shares = [
    ['run-to-run', parts.runToRun],
    ['candidate', parts.candidate],
    ['baseline', parts.baseline],
  ] as const;
  const [dominant, largest] = shares.reduce((a, b) => (b[1] > a[1] ? b : a));
  return {
    floor: ratioDetectable(normalQuantile(regressionConfidence) * Math.sqrt(total), c.tolerance, c.direction),
    advice: {
      dominant,
      share: largest / total,
      runs: { runs, detectable: at(designVariance(parts, runs, 1, N)) },
      longer: { factor: runs / M, detectable: at(designVariance(parts, M, runs / M, N)) },
      history: { runs: 2 * N, detectable: at(designVariance(parts, M, 1, 2 * N)) },
    },
  };
}

/**
 * The report's resolution: the coarsest detectable change among the gated all-traffic comparisons, with its floor
 * and advice when it is a ratio against the history (resolutionAdvice, at `regressionConfidence`: the confidence
 * of the bound that decides a regression on this look).
 */
export function reportResolution(
  comparisons: readonly Comparison[],
  regressionConfidence: number,
): Report['resolution'] {
  let worst: Comparison | undefined;
  const coarseness = (c: Comparison) => (c.detectable ?? 0) / Math.max(c.tolerance, 1e-9);
  for (const c of comparisons) {
    if (!c.gated || Object.keys(c.series).length > 0 || c.detectable === undefined) continue;
    // Compared relative to each comparison's own tolerance: points and percents do not mix.
    if (!worst || coarseness(c) > coarseness(worst)) worst = c;
  }
  if (!worst || worst.detectable === undefined) return undefined;
  const advice = resolutionAdvice(worst, regressionConfidence);
  return {
    metric: worst.metric,
    stat: worst.stat,
    detectable: worst.detectable,
    tolerance: worst.tolerance,
    scale: worst.scale,
    ...(advice ?? {}),
  };
}
