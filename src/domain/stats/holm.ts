/**
 * Holm's step-down procedure (Holm 1979): which of m hypotheses to reject so that the chance of rejecting any true
 * one stays at most `alpha`, whatever their dependence.
 *
 * Definition: sort the p-values p_(1) ≤ … ≤ p_(m); reject H_(1) … H_(k) for the largest k with
 * p_(j) ≤ alpha / (m - j + 1) for every j ≤ k (stop at the first j where it fails). Ties keep their input order.
 * Uniformly more powerful than Bonferroni (alpha / m for all), with the same family-wise guarantee.
 * m = 0 rejects nothing; m = 1 is the single test at alpha. A p-value that is NaN never rejects.
 * Complexity O(m log m).
 * @throws RangeError when alpha is not in (0, 1).
 * @example holmRejections([0.001, 0.04, 0.03], 0.05) // [true, false, false]: 0.001 ≤ 0.05/3, 0.03 > 0.05/2
 * @example holmRejections([0.001, 0.02, 0.03], 0.1)  // [true, true, true]: 0.033, 0.05, 0.1
 */
export function holmRejections(pValues: readonly number[], alpha: number): boolean[] {
  if (!(alpha > 0 && alpha < 1))
    throw new RangeError(`holmRejections: alpha must be in (0, 1), got ${alpha}`);
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p: Number.isNaN(p) ? Infinity : p, i })).sort((a, b) => a.p - b.p);
  const rejected = new Array<boolean>(m).fill(false);
  for (let j = 0; j < m; j++) {
    const { p, i } = order[j]!;
    if (!(p <= alpha / (m - j))) break;
    rejected[i] = true;
  }
  return rejected;
}
