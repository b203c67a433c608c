/**
 * The per-series rows as one family. A report gates p50 and p95 and the error rate of every endpoint and scenario:
 * a dozen rows or more, each with fewer samples than all traffic. Judged one by one at 99%, an unchanged service
 * would show a "suspected" endpoint on one run in ten; so the gated per-series rows are judged together, and the
 * chance that any of them is wrongly called suspected (or a regression) stays at most 1 - confidence.
 *
 * The family: every gated comparison of a series other than all traffic (per endpoint, per scenario, per server
 * target), all metrics and statistics together, because the false-alarm rate a user cares about is the gate's, not
 * one statistic's. All-traffic rows stay outside it: there are few of them and each keeps its own 99% (as before).
 * The control: Holm's step-down over the family (stats/holm.ts), valid whatever the dependence between the rows
 * (endpoints share the run effect, p50 and p95 of one endpoint move together). It reads only each row's one-sided
 * p-values (Comparison.pValues), so it does not care how an interval was made: history-based ratio intervals,
 * Newcombe intervals, or A/B mode's paired intervals alike.
 */
import type { Comparison } from '../report.js';
import { holmRejections } from '../stats/holm.js';
import { estimateBeyondTolerance } from './verdict.js';

const isAllTraffic = (c: Comparison): boolean => Object.keys(c.series).length === 0;

/** Whether a comparison belongs to the family: gated, of a breakdown series, with a direction. */
export function inFamily(c: Comparison): boolean {
  return c.gated && !isAllTraffic(c) && c.direction !== 'unknown';
}

/** The levels of the family's two tests. */
export interface FamilyLevels {
  /** Family-wise level of "got worse" (suspicion): 1 - confidence. */
  alpha: number;
  /** Family-wise level of "worse beyond the tolerance" (a regression): 1 - the look's regression confidence. */
  regressionAlpha: number;
}

/**
 * The family's rows judged together; other rows are returned as they are. With the m rows of the family, Holm at
 * `regressionAlpha` over their `pValues.regression` and at `alpha` over their `pValues.change` (a row without
 * p-values counts with p = 1):
 *   - a row that called a regression on its own stays one only if Holm rejects its regression hypothesis; else it
 *     becomes inconclusive, with a note saying so;
 *   - an inconclusive row is `suspected` when its estimate lies beyond its tolerance on the bad side AND Holm
 *     rejects "no worse" for it: a real move, beyond the tolerance, that the family's noise does not explain.
 * The family can only withdraw claims a row makes alone, never add a regression. m = 0: nothing to do. O(m log m).
 * @example two endpoints with p95 +40% (change p 0.0004, regression p 0.02) and +3% (0.3, 0.9) at alpha 0.01: Holm
 *          rejects "no worse" for the first (0.0004 ≤ 0.005): it is suspected; the second is not.
 */
export function controlFamily(comparisons: readonly Comparison[], levels: FamilyLevels): Comparison[] {
  const members = comparisons.map((c, i) => ({ c, i })).filter(({ c }) => inFamily(c));
  const m = members.length;
  const worse = holmRejections(
    members.map(({ c }) => c.pValues?.change ?? 1),
    levels.alpha,
  );
  const regressed = holmRejections(
    members.map(({ c }) => c.pValues?.regression ?? 1),
    levels.regressionAlpha,
  );
  const out = [...comparisons];
  members.forEach(({ c, i }, k) => {
    const judged: Comparison = { ...c };
    if (judged.verdict === 'regression' && !regressed[k]) {
      judged.verdict = 'inconclusive';
      judged.note = `beyond the tolerance on its own, but not once the ${m} gated per-series rows are judged together (Holm)`;
    }
    if (judged.verdict === 'inconclusive' && estimateBeyondTolerance(judged) && worse[k])
      judged.suspected = true;
    else delete judged.suspected;
    out[i] = judged;
  });
  return out;
}

/**
 * Whether a comparison makes the gate suspect a regression (and the rerun policy run again): gated, inconclusive,
 * and for all traffic its estimate beyond the tolerance; for a per-series row, suspected by the family (above).
 */
export function suspectedRegression(c: Comparison): boolean {
  if (!c.gated || c.verdict !== 'inconclusive' || c.direction === 'unknown') return false;
  return isAllTraffic(c) ? estimateBeyondTolerance(c) : c.suspected === true;
}
