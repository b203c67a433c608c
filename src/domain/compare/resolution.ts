/**
 * The resolution of a comparison: the smallest change on the bad side, on the scale of its tolerance, that this
 * comparison would have called a regression. It says what the gate could see when it passes.
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
import type { Comparison, Report } from '../report.js';

export function detectableChange(c: Comparison): number | undefined {
  if (!c.interval || c.direction === 'unknown') return undefined;
  const [lo, hi] = c.interval;
  const t = c.tolerance;
  if (c.scale === 'difference') {
    const d = c.candidate - c.baseline;
    return c.direction === 'higher-is-worse' ? t + Math.max(0, d - lo) : t + Math.max(0, hi - d);
  }
  if (c.ratio === null || !(c.ratio > 0) || !(lo > 0) || !(hi > 0)) return undefined;
  return c.direction === 'higher-is-worse'
    ? (1 + t) * Math.max(1, c.ratio / lo) - 1
    : 1 - 1 / ((1 + t) * Math.max(1, hi / c.ratio));
}

/** The report's resolution: the coarsest detectable change among the gated all-traffic comparisons. */
export function reportResolution(comparisons: readonly Comparison[]): Report['resolution'] {
  let worst: Report['resolution'];
  for (const c of comparisons) {
    if (!c.gated || Object.keys(c.series).length > 0 || c.detectable === undefined) continue;
    // Compared relative to each comparison's own tolerance: points and percents do not mix.
    const coarseness = c.detectable / Math.max(c.tolerance, 1e-9);
    if (!worst || coarseness > worst.detectable / Math.max(worst.tolerance, 1e-9))
      worst = {
        metric: c.metric,
        stat: c.stat,
        detectable: c.detectable,
        tolerance: c.tolerance,
        scale: c.scale,
      };
  }
  return worst;
}
