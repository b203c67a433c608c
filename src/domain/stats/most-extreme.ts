import { median } from 'simple-statistics';

/**
 * The index of the value farthest from the median of the values: the one a leave-one-out check leaves out (A/B
 * mode: the pair whose log ratio a neighbour's burst may have pushed away from the others). Exactly: argmax_i
 * |x_i - median(x)|, the lowest index among ties. n = 0: undefined (nothing to leave out); n = 1: 0; n = 2: 0 (both
 * are equally far from their median, the first wins the tie). O(n log n) for the median.
 * @example mostExtremeIndex([0.1, 0.12, 0.9, 0.08]) // 2: 0.9 lies 0.79 from the median 0.11
 */
export function mostExtremeIndex(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const centre = median([...values]);
  let best = 0;
  values.forEach((v, i) => {
    if (Math.abs(v - centre) > Math.abs((values[best] as number) - centre)) best = i;
  });
  return best;
}
