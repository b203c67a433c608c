/**
 * The Welch–Satterthwaite degrees of freedom of a sum of independent variance components v_i with df_i:
 * (Σ v_i)² / Σ (v_i² / df_i). Components with infinite df (known variances) add no term.
 * Complexity O(k).
 * @example welchDf([{ variance: 1, df: 9 }, { variance: 1, df: 9 }]) // 18
 */
export function welchDf(components: ReadonlyArray<{ variance: number; df: number }>): number {
  let total = 0;
  let den = 0;
  for (const c of components) {
    total += c.variance;
    if (Number.isFinite(c.df) && c.df > 0) den += (c.variance * c.variance) / c.df;
  }
  if (den === 0) return Infinity;
  return (total * total) / den;
}
