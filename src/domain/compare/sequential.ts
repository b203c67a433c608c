/**
 * Repeating the candidate while a regression is suspected (`--max-runs`): a run that cannot tell spends more time
 * only when it has to. Looking at the data after each run is a sequential procedure, and every look is another
 * chance to call a change that sits exactly at the tolerance a regression, so the bound that decides a regression
 * gets the look's share of the confidence. The other bound, which decides "unchanged", keeps the nominal one.
 */
import type { GateConfig } from '../gate-config.js';
import type { Comparison, Report } from '../report.js';

/**
 * When an inconclusive candidate runs again: `suspected` (the default) only when a regression is suspected, that
 * is an inconclusive gated all-traffic comparison whose point estimate lies beyond its tolerance, so the extra time
 * goes to confirming or clearing a likely regression; `inconclusive` whenever the gate is inconclusive, to settle
 * every answer (at the cost of repeating most runs on a noisy runner).
 */
export type RerunPolicy = NonNullable<Report['settings']['rerun']>;

/**
 * The default most runs of a pull request's candidate: three looks catch a +25% p95 in 98-100% of simulated trials
 * where one run catches 77-92%, and an unchanged service rarely runs twice (docs/statistics.md, "Repeats").
 */
export const DEFAULT_MAX_RUNS = 3;
export const RERUN_POLICIES: readonly RerunPolicy[] = ['suspected', 'inconclusive'];
/** What makes another run by default: a suspected regression. */
export const DEFAULT_RERUN_POLICY: RerunPolicy = 'suspected';

/**
 * The confidence of each look when the data may be looked at `looks` times: the Bonferroni split
 *   c_look = 1 - (1 - c) / looks,
 * so that the chance that any of the looks puts a bound on the wrong side of the tolerance stays at most 1 - c
 * (conservative: the looks share their runs, so the real chance is lower). One look: c itself. O(1).
 * @example confidencePerLook(0.99, 3) // 0.99666…: each look's regression bound at 99.67%
 */
export function confidencePerLook(confidence: number, looks: number): number {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1): ${confidence}`);
  if (!Number.isInteger(looks) || looks < 1)
    throw new RangeError(`looks must be a positive integer: ${looks}`);
  return 1 - (1 - confidence) / looks;
}

/** The gate configuration of one look: every bound at `confidencePerLook`. */
export function perLookConfig(config: GateConfig, looks: number): GateConfig {
  return { ...config, confidence: confidencePerLook(config.confidence, looks) };
}

const comparisonId = (c: Comparison): string =>
  JSON.stringify([c.metric, c.stat, Object.entries(c.series).sort()]);

/**
 * One look's comparisons from the same data compared twice: at the nominal confidence (`nominal`) and at the look's
 * share (`perLook`, wider). A false alarm is the error the looks multiply, so a regression is called only where the
 * per-look comparison calls it (its bound on the good side of the tolerance, and for rates its exact test, at the
 * look's share); "unchanged" and "improvement" are claimed at the nominal confidence, as with a single run;
 * anything else is inconclusive. The interval shown joins the two: the bound that decides a regression from the
 * per-look comparison, the other from the nominal one (for higher-is-worse [perLook low, nominal high]), so it
 * reads consistently with the verdict. Both lists must come from the same inputs; O(n).
 * @example a p95 at 1.12 [1.02, 1.23] nominal and [0.99, 1.27] per look: inconclusive, shown as [0.99, 1.23].
 */
export function lookAdjusted(nominal: readonly Comparison[], perLook: readonly Comparison[]): Comparison[] {
  const wide = new Map(perLook.map((c) => [comparisonId(c), c]));
  return nominal.map((n) => {
    const p = wide.get(comparisonId(n));
    if (!p) throw new Error(`no per-look comparison for ${n.metric} ${n.stat}`);
    const interval: Comparison['interval'] =
      !n.interval || !p.interval
        ? n.interval
        : n.direction === 'higher-is-worse'
          ? [p.interval[0], n.interval[1]]
          : [n.interval[0], p.interval[1]];
    const verdict =
      p.verdict === 'regression'
        ? 'regression'
        : n.verdict === 'unchanged' || n.verdict === 'improvement'
          ? n.verdict
          : 'inconclusive';
    const note = verdict === 'unchanged' || verdict === 'improvement' ? n.note : (p.note ?? n.note);
    const adjusted: Comparison = { ...n, interval, verdict };
    if (note) adjusted.note = note;
    else delete adjusted.note;
    return adjusted;
  });
}

import { estimateBeyondTolerance } from './verdict.js';
import { suspectedRegression } from './family.js';

export { estimateBeyondTolerance };

/**
 * Whether one more candidate run could settle something, runs are left, and the policy asks for it (see
 * RerunPolicy): `suspected` runs again while a regression is suspected (the gate is inconclusive for it: a gated
 * all-traffic estimate beyond its tolerance, or a per-series row the family suspects; family.ts); `inconclusive`
 * also while any gated all-traffic comparison is unproven either way, though the gate passes. A
 * workload that differs from the baseline's stays different however often it runs.
 */
export function worthAnotherRun(
  report: Report,
  runsSoFar: number,
  maxRuns: number,
  policy: RerunPolicy = 'suspected',
): boolean {
  const workloadMismatch = !report.fingerprint.match && !report.fingerprint.forced;
  if (report.verdict === 'fail' || workloadMismatch || runsSoFar >= maxRuns) return false;
  const suspected = report.comparisons.some(suspectedRegression);
  if (policy === 'inconclusive') return suspected || report.comparisons.some(unsettled);
  return report.verdict === 'inconclusive' && suspected;
}

/** A gated all-traffic comparison proven neither way: what the `inconclusive` rerun policy runs again for. */
export function unsettled(c: Comparison): boolean {
  return c.gated && Object.keys(c.series).length === 0 && c.verdict === 'inconclusive';
}
