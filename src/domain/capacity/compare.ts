/**
 * The capacity gate: the candidate's capacity against the baseline's, with both brackets taken into account.
 * Pure.
 */
import type { CapacityComparison, CapacityEstimate, CapacityRun } from '../capacity-model.js';

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/**
 * The baseline of several stored runs, pooled as for latency: the median of their rates, of their lows and of
 * their highs (an open high anywhere keeps the pooled high open). Undefined for no runs.
 * @example pooledEstimate([{rate:100,low:100,high:110},{rate:90,low:90,high:100},{rate:95,low:95,high:104}]) // {rate:95,low:95,high:104}
 */
export function pooledEstimate(runs: readonly CapacityEstimate[]): CapacityEstimate | undefined {
  if (runs.length === 0) return undefined;
  const highs = runs.map((r) => r.high);
  return {
    rate: median(runs.map((r) => r.rate)),
    low: median(runs.map((r) => r.low)),
    high: highs.some((h) => h === null) ? null : median(highs as number[]),
  };
}

const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;
const width = (e: CapacityEstimate) => (e.high === null || e.low === 0 ? Infinity : e.high / e.low - 1);

/**
 * `regression` when even the most favourable reading of the brackets (candidate at its high, baseline at its
 * low) is a drop beyond `tolerance`; `unchanged` (or `improvement`, when the least favourable reading is a rise
 * beyond it) when even the least favourable reading (candidate at its low, baseline at its high) is within it;
 * otherwise `inconclusive`, with what narrows the brackets.
 */
export function compareCapacity(
  baselines: readonly CapacityRun[],
  candidate: CapacityRun,
  tolerance: number,
): CapacityComparison {
  const cand = candidate.estimate;
  const base = pooledEstimate(baselines.map((b) => b.estimate));
  if (!base)
    return {
      baseline: null,
      candidate: cand,
      change: null,
      changeRange: null,
      tolerance,
      verdict: 'no-baseline',
      reason: `no stored capacity to compare with; this run measured ${cand.rate}/s`,
    };
  const change = base.rate > 0 ? cand.rate / base.rate - 1 : null;
  const lowEnd = base.high === null ? null : cand.low / base.high - 1;
  const highEnd = cand.high === null || base.low === 0 ? null : cand.high / base.low - 1;
  const changeRange: [number, number | null] | null = lowEnd === null ? null : [lowEnd, highEnd];
  const common = { baseline: base, candidate: cand, change, changeRange, tolerance };
  if (highEnd !== null && highEnd < -tolerance)
    return {
      ...common,
      verdict: 'regression',
      reason: `capacity dropped from ${base.rate}/s to ${cand.rate}/s (${change === null ? 'n/a' : pct(change)}); even the brackets' most favourable reading is a drop of ${pct(-highEnd)}, beyond the ${pct(tolerance)} tolerated`,
    };
  if (lowEnd !== null && lowEnd >= -tolerance)
    return {
      ...common,
      verdict: lowEnd > tolerance ? 'improvement' : 'unchanged',
      reason: `capacity ${cand.rate}/s against ${base.rate}/s; even the brackets' least favourable reading (${pct(lowEnd)}) is within the ${pct(tolerance)} tolerated`,
    };
  const wide = Math.max(width(base), width(cand));
  const open = base.high === null || cand.high === null;
  return {
    ...common,
    verdict: 'inconclusive',
    reason: open
      ? `a search reached its highest rate without breaking an objective, so its capacity is only known to be at least ${base.high === null ? base.low : cand.low}/s: raise --to`
      : `the brackets (baseline ${base.low}-${base.high}/s, candidate ${cand.low}-${cand.high}/s, up to ${pct(wide)} wide) are too wide to tell a drop of ${pct(tolerance)}: narrow them with a smaller --capacity-resolution (e.g. ${pct(Math.max(0.01, tolerance / 4))}) or longer --step-duration`,
  };
}
