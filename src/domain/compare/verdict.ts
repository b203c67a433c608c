import type { Comparison, ComparisonVerdict } from '../report.js';

/**
 * The three-way verdict (plus inconclusive) of one comparison, from the interval of the change and the tolerance.
 * For a ratio (latency, throughput) the interval is of candidate/baseline and the tolerance relative; for a rate
 * it is of candidate - baseline and the tolerance absolute. With `worse` the side where higher is worse:
 *   regression   the whole interval is beyond the tolerance on the bad side;
 *   improvement  the whole interval is beyond the tolerance on the good side;
 *   unchanged    the interval stays on the good side of the bad tolerance edge;
 *   inconclusive the interval straddles the bad tolerance edge: neither "worse than tolerated" nor "within it"
 *                can be claimed at the chosen confidence.
 */
export function classify(
  interval: [number, number],
  tolerance: number,
  scale: 'ratio' | 'difference',
  direction: 'higher-is-worse' | 'higher-is-better' | 'unknown',
): ComparisonVerdict {
  const neutral = scale === 'ratio' ? 1 : 0;
  if (direction === 'unknown') {
    // Nothing says which side is bad: "unchanged" when the interval stays within the tolerance on both sides.
    const within =
      scale === 'ratio'
        ? (x: number) => Math.abs(Math.log(x)) <= Math.log(1 + tolerance)
        : (x: number) => Math.abs(x) <= tolerance;
    return within(interval[0]) && within(interval[1]) ? 'unchanged' : 'inconclusive';
  }
  // Mirror higher-is-better onto higher-is-worse: for ratios by inversion, for differences by negation.
  const [lo, hi] =
    direction === 'higher-is-worse'
      ? interval
      : scale === 'ratio'
        ? [1 / interval[1], 1 / interval[0]]
        : [-interval[1], -interval[0]];
  const badEdge = neutral + tolerance;
  const goodEdge = neutral - tolerance;
  if (lo > badEdge) return 'regression';
  if (hi < goodEdge) return 'improvement';
  if (hi <= badEdge) return 'unchanged';
  return 'inconclusive';
}

/**
 * Whether a change lies on the bad side of its tolerance: a ratio beyond 1 + tolerance (1 - tolerance when higher
 * is better), a difference beyond +tolerance (-tolerance). Undefined directions are never beyond.
 */
export function changeBeyondTolerance(
  change: number,
  scale: 'ratio' | 'difference',
  tolerance: number,
  direction: 'higher-is-worse' | 'higher-is-better' | 'unknown',
): boolean {
  if (direction === 'unknown') return false;
  if (scale === 'difference')
    return direction === 'higher-is-worse' ? change > tolerance : -change > tolerance;
  return direction === 'higher-is-worse' ? change > 1 + tolerance : change < 1 - tolerance;
}

/** Whether a comparison's point estimate lies on the bad side of its tolerance (its interval may still straddle it). */
export function estimateBeyondTolerance(c: Comparison): boolean {
  if (c.scale === 'difference')
    return changeBeyondTolerance(c.candidate - c.baseline, 'difference', c.tolerance, c.direction);
  if (c.ratio === null) return false;
  return changeBeyondTolerance(c.ratio, 'ratio', c.tolerance, c.direction);
}
