/**
 * Same-runner A/B mode as a sequential design: a first look after `pairs` pairs, then one more pair per look while
 * the answer is open, up to `max-pairs`. The looks split the confidence with the rerun policy's rule
 * (sequential.ts: confidencePerLook over the planned looks); this file holds the order inside the pairs and the
 * one stopping rule, with its two futility tests (couldSettleBy, couldBecomeRegressionBy).
 */
import type { ABStopReason, Comparison, PairedEstimate, Report } from '../report.js';
import { studentTQuantile } from '../stats/student-t.js';
import { suspectedRegression } from './family.js';
import { confidencePerLook, unsettled, worthAnotherRun } from './sequential.js';
import { classify } from './verdict.js';

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
 * Whether an unsettled comparison could still settle by `maxPairs` pairs if its estimate and its spread stayed what
 * they are after `pairsSoFar` pairs. What settles a row ("unchanged", or "improvement") is its bound on the bad side,
 * and that bound is the nominal one at `confidence` on every look (sequential.ts lookAdjusted keeps it; only the
 * regression bound gets the look's share), so the nominal interval is projected and classified like any interval
 * (verdict.ts classify):
 *   - a paired ratio (Comparison.paired: mean m and standard error se of its n log ratios; N = n + maxPairs -
 *     pairsSoFar, the pairs it would have): exp(m ± t(confidence, N-1) · se · √(n/N)), that is the nominal
 *     half-width on the log scale times t(c, N-1) / t(c, n-1) · √(n/N), around the same centre;
 *   - a difference (a rate on the arms' pooled counts): the distance from candidate - baseline to each bound times
 *     √(pairsSoFar / maxPairs), as the counts grow with the pairs (a normal approximation; no t factor);
 *   - anything else (no interval, a ratio without a paired estimate over 2 pairs, no pair yet): true, never futile.
 * True when the projected interval is unchanged or an improvement. At pairsSoFar = maxPairs the projection is the
 * interval itself (projectedInterval, below, holds both projections). O(1): one t quantile.
 * @example a p95 with m = ln 1.02, se = 0.03 over 4 pairs at 99%, now [0.890, 1.169], at 20 pairs [0.986, 1.055]:
 *          still across a 5% tolerance, couldSettleBy(row, 4, 20, 0.99) // false; with m = 0, [0.967, 1.035]: true
 */
export function couldSettleBy(
  c: Comparison,
  pairsSoFar: number,
  maxPairs: number,
  confidence: number,
): boolean {
  const projected = projectedInterval(c, pairsSoFar, maxPairs, confidence, {
    logRatio: ({ meanLogRatio }) => meanLogRatio,
    difference: (estimate) => estimate,
  });
  if (!projected) return true;
  const verdict = classify(projected, c.tolerance, c.scale, c.direction);
  return verdict === 'unchanged' || verdict === 'improvement';
}

/**
 * The interval of `c` projected to `maxPairs` pairs at its current spread, around the centre `at` gives (both
 * projections above): for a paired ratio, exp(at.logRatio(paired) ± t(confidence, N-1) · se · √(n/N)) with
 * N = n + maxPairs - pairsSoFar; for a difference, at.difference(candidate - baseline) with the interval's reaches
 * from candidate - baseline times √(pairsSoFar / maxPairs). Undefined when it cannot be projected: no interval, an
 * unknown direction, no pair yet, a ratio without a paired estimate over at least 2 pairs.
 */
function projectedInterval(
  c: Comparison,
  pairsSoFar: number,
  maxPairs: number,
  confidence: number,
  at: { logRatio: (paired: PairedEstimate) => number; difference: (estimate: number) => number },
): [number, number] | undefined {
  if (!c.interval || c.direction === 'unknown' || pairsSoFar < 1) return undefined;
  const remaining = Math.max(0, maxPairs - pairsSoFar);
  if (c.scale === 'ratio') {
    if (!c.paired || c.paired.pairs < 2) return undefined;
    const { standardError: se, pairs: n } = c.paired;
    const N = n + remaining;
    const half = studentTQuantile(confidence, N - 1) * se * Math.sqrt(n / N);
    const centre = at.logRatio(c.paired);
    return [Math.exp(centre - half), Math.exp(centre + half)];
  }
  const estimate = c.candidate - c.baseline;
  const shrink = Math.sqrt(pairsSoFar / (pairsSoFar + remaining));
  const centre = at.difference(estimate);
  return [centre - (estimate - c.interval[0]) * shrink, centre + (c.interval[1] - estimate) * shrink];
}

/**
 * Whether an unsettled comparison could still become a regression by `maxPairs` pairs if its true change were as bad
 * as its data still allow: its nominal bound on the bad side (at `confidence`, the bound that decides "unchanged"),
 * taken as the estimate and projected to `maxPairs` pairs at its current spread, with the bound that decides a
 * regression at `regressionConfidence` (the look's share, sequential.ts confidencePerLook):
 *   - a paired ratio (Comparison.paired: m, se over n pairs; N = n + maxPairs - pairsSoFar): with the bad bound
 *     b = m + t(confidence, n-1) · se (higher is worse; m - ... when higher is better), the projected interval
 *     exp(b ± t(regressionConfidence, N-1) · se · √(n/N)), classified like any interval (verdict.ts classify);
 *   - a difference (a rate on the arms' pooled counts): the interval moved so that its centre candidate - baseline
 *     sits on its bad bound, each reach times √(pairsSoFar / maxPairs) (a normal approximation, as couldSettleBy);
 *   - anything else (no interval, a ratio without a paired estimate, an unknown direction, no pair): true.
 * True when that projection is a regression. False means: a regression that `maxPairs` pairs could establish at this
 * spread is already excluded at `confidence` (the bad bound lies below the smallest such change), so more pairs
 * could only establish a regression smaller than they can resolve. For a paired ratio whose true log change θ is at
 * least that smallest change, the chance that a look returns false is at most 1 - confidence (the bad bound lies
 * below θ at most that often). O(1): two t quantiles.
 * @example a p95 with m = 0, se = 0.015 over 4 pairs at 99% (bad bound exp(4.5407 · 0.015) = 1.070), up to 20 pairs,
 *          the regression bound at 1 - 0.01/17 (t(·, 19) = 3.8122): projected [1.043, 1.098], not beyond 5%:
 *          couldBecomeRegressionBy(row, 4, 20, 0.99, 1 - 0.01 / 17) // false; with m = ln 1.04: the bad bound 1.113,
 *          projected [1.085, 1.142], a regression: true
 */
export function couldBecomeRegressionBy(
  c: Comparison,
  pairsSoFar: number,
  maxPairs: number,
  confidence: number,
  regressionConfidence: number,
): boolean {
  const worse = c.direction === 'higher-is-worse' ? 1 : -1;
  const projected = projectedInterval(c, pairsSoFar, maxPairs, regressionConfidence, {
    logRatio: ({ meanLogRatio: m, standardError: se, pairs: n }) =>
      m + worse * studentTQuantile(confidence, n - 1) * se,
    difference: () => (c.interval ? c.interval[worse > 0 ? 1 : 0] : 0),
  });
  return projected === undefined || classify(projected, c.tolerance, c.scale, c.direction) === 'regression';
}

/** A gated comparison that keeps an A/B sequence open at a look, and what more pairs could still do for it. */
export interface OpenRow {
  comparison: Comparison;
  /**
   * `suspected`: a regression is suspected (family.ts suspectedRegression: the estimate lies beyond the tolerance);
   * `unsettled`: a gated all-traffic comparison whose interval crosses the tolerance (sequential.ts unsettled).
   */
  why: 'suspected' | 'unsettled';
  /** couldSettleBy at the report's nominal confidence. */
  couldSettle: boolean;
  /** couldBecomeRegressionBy with the report's per-look regression confidence. */
  couldBecomeRegression: boolean;
}

/**
 * The comparisons that keep the answer open at a look after `pairsSoFar` pairs (suspected ones first), each with
 * whether it could still settle, or still become a regression, by `limits.maxPairs`: what abStopping decides on, and
 * what A/B mode logs at each look. The regression confidence is the report's own per-look one
 * (settings.regressionConfidence), else confidencePerLook over abLooks(limits). Pure, O(comparisons).
 */
export function openRows(
  report: Report,
  pairsSoFar: number,
  limits: { firstLook: number; maxPairs: number },
): OpenRow[] {
  const { confidence } = report.settings;
  const regressionConfidence =
    report.settings.regressionConfidence ??
    confidencePerLook(confidence, abLooks(limits.firstLook, limits.maxPairs));
  const row = (c: Comparison, why: OpenRow['why']): OpenRow => ({
    comparison: c,
    why,
    couldSettle: couldSettleBy(c, pairsSoFar, limits.maxPairs, confidence),
    couldBecomeRegression: couldBecomeRegressionBy(
      c,
      pairsSoFar,
      limits.maxPairs,
      confidence,
      regressionConfidence,
    ),
  });
  const suspected = report.comparisons.filter(suspectedRegression);
  return [
    ...suspected.map((c) => row(c, 'suspected')),
    ...report.comparisons
      .filter((c) => unsettled(c) && !suspected.includes(c))
      .map((c) => row(c, 'unsettled')),
  ];
}

/**
 * Whether A/B mode adds another pair after a look at `pairsSoFar` pairs, or stops and why (ABStopReason). Before
 * the first look (pairsSoFar < firstLook): continue. A failing report stops: `regression` when a gated comparison
 * is one, else `broken`. A workload that differs stays different: `workload-differs`. Otherwise the answer is open
 * while a regression is suspected or any gated all-traffic comparison is inconclusive (the `inconclusive` rerun
 * policy's test, sequential.ts worthAnotherRun); not open: `settled`; open at `maxPairs`: `max-pairs`. Open with
 * pairs left: continue, unless more pairs are futile. Only when no regression is suspected (family.ts
 * suspectedRegression, which is never stopped early: more pairs confirm or clear it), over the unsettled gated
 * all-traffic comparisons (openRows): none could settle by `maxPairs` at its current estimate and spread
 * (couldSettleBy): `futile`; else none could become a regression by `maxPairs` even if its change were at its
 * nominal bad bound (couldBecomeRegressionBy): `cleared`. Either way the report's verdict stands (a pass, its
 * unsettled rows stated): with nothing suspected, more pairs could change it only by establishing a regression
 * (settling a row leaves a pass a pass), and `cleared` says no regression that `maxPairs` pairs could establish is
 * left. Both stop only a sequence that has called no regression, so they remove looks that could only have added
 * one: the false-alarm rate cannot rise. Pure, O(comparisons).
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
  if (pairsSoFar >= limits.maxPairs) return { continue: false, reason: 'max-pairs' };
  const rows = openRows(report, pairsSoFar, limits);
  if (rows.some((r) => r.why === 'suspected')) return { continue: true };
  if (!rows.some((r) => r.couldSettle)) return { continue: false, reason: 'futile' };
  if (!rows.some((r) => r.couldBecomeRegression)) return { continue: false, reason: 'cleared' };
  return { continue: true };
}
