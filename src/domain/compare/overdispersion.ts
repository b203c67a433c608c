import type { WindowStats } from '../run-summary.js';

/**
 * The dispersion factor φ of a rate across time windows: Pearson's χ² of the per-window counts against a constant
 * rate, divided by its degrees of freedom (windows - 1). φ ≈ 1 for independent events; errors that come in bursts
 * give φ > 1, and dividing the counts by φ (effective sample size) keeps binomial intervals honest. Never below 1.
 * @example dispersion([{ hits: 0, total: 100 }, { hits: 10, total: 100 }]) // 10.52...
 */
export function dispersion(counts: ReadonlyArray<{ hits: number; total: number }>): number {
  const used = counts.filter((c) => c.total > 0);
  const hits = used.reduce((s, c) => s + c.hits, 0);
  const total = used.reduce((s, c) => s + c.total, 0);
  if (used.length < 2 || hits === 0 || hits === total) return 1;
  const p = hits / total;
  let chi2 = 0;
  for (const c of used) chi2 += (c.hits - c.total * p) ** 2 / (c.total * p * (1 - p));
  return Math.max(1, chi2 / (used.length - 1));
}

/** Per-window counts of a Rate metric. */
export function windowRateCounts(
  windows: readonly WindowStats[],
  metric: string,
): Array<{ hits: number; total: number }> {
  return windows.map((w) => ({ hits: w.rates[metric]?.passes ?? 0, total: w.rates[metric]?.total ?? 0 }));
}
