/**
 * Same-runner A/B mode as a sequential design: a first look after `pairs` pairs, then one more pair per look while
 * the answer is open, up to `max-pairs`. The looks split the confidence with the rerun policy's rule
 * (sequential.ts: confidencePerLook over the planned looks); this file holds the order inside the pairs and the
 * one stopping rule.
 */
import type { ABStopReason, Report } from '../report.js';
import { worthAnotherRun } from './sequential.js';

/**
 * The planned looks of an A/B sequence: one at `firstLook` pairs, then one after each added pair up to `maxPairs`,
 * so maxPairs - firstLook + 1. Every look's regression bound is then at confidencePerLook(c, looks).
 * @example abLooks(4, 20) // 17
 */
export function abLooks(firstLook: number, maxPairs: number): number {
  if (!Number.isInteger(firstLook) || !Number.isInteger(maxPairs) || firstLook < 1 || maxPairs < firstLook)
    throw new RangeError(`A/B looks need 1 <= pairs <= max-pairs: ${firstLook}, ${maxPairs}`);
  return maxPairs - firstLook + 1;
}

/**
 * Which version runs first in the pair of index `i` (0-based, the warm-up pair excluded): balanced blocks of four,
 * AB BA BA AB, repeated. In each block both versions run first twice, and their runs sit at positions 1,4,6,7
 * and 2,3,5,8: equal sums (18) and equal sums of squares (102), so a drift of the machine that is linear or
 * quadratic over a block cancels in the block, where the plain alternation AB BA AB BA (1,4,5,8 against 2,3,6,7:
 * squares 106 and 98) cancels only a linear one. Chosen over a seeded random order because it balances by
 * construction in every block, where a random order balances only on average, and needs no seed to replay.
 * @example [0, 1, 2, 3].map(pairOrder) // ['baseline', 'candidate', 'candidate', 'baseline'] first
 */
export function pairOrder(
  i: number,
): readonly ['baseline', 'candidate'] | readonly ['candidate', 'baseline'] {
  const baselineFirst = [true, false, false, true][((i % 4) + 4) % 4];
  return baselineFirst ? (['baseline', 'candidate'] as const) : (['candidate', 'baseline'] as const);
}

/**
 * Whether A/B mode adds another pair after a look at `pairsSoFar` pairs, or stops and why (ABStopReason). Before
 * the first look (pairsSoFar < firstLook): continue. A failing report stops: `regression` when a gated comparison
 * is one, else `broken`. A workload that differs stays different: `workload-differs`. Otherwise the answer is open
 * while a regression is suspected or any gated all-traffic comparison is inconclusive (the `inconclusive` rerun
 * policy's test, sequential.ts worthAnotherRun): open and pairs left, continue; open at `maxPairs`, `max-pairs`;
 * not open, `settled`. Pure, O(comparisons).
 */
export function abStopping(
  report: Report,
  pairsSoFar: number,
  limits: { firstLook: number; maxPairs: number },
): { continue: true } | { continue: false; reason: ABStopReason } {
  if (pairsSoFar < limits.firstLook) return { continue: true };
  if (report.verdict === 'fail')
    return {
      continue: false,
      reason: report.comparisons.some((c) => c.gated && c.verdict === 'regression') ? 'regression' : 'broken',
    };
  if (!report.fingerprint.match && !report.fingerprint.forced)
    return { continue: false, reason: 'workload-differs' };
  // Asked with room for one more look, so that "open" does not depend on the limit.
  const open = worthAnotherRun(report, 0, 1 + 1, 'inconclusive');
  if (!open) return { continue: false, reason: 'settled' };
  return pairsSoFar >= limits.maxPairs ? { continue: false, reason: 'max-pairs' } : { continue: true };
}
