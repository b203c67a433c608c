/**
 * What the team is told about change points: which ones alert (a shift for the worse beyond the tolerance that
 * arrived recently), which earlier report describes the same change (so an issue is updated, not duplicated), and
 * the one shift a pull request's comment mentions.
 */
import type { ChangePoint, TrendAnalysis } from './change-points.js';
import type { Trend } from './model.js';

/**
 * How recent a change point must be to alert: its first run at the new level among the newest 20 runs. A change
 * found later than that (the trend was just started, or the change was too small to establish sooner) is history
 * shown in the table, not news; within it, an earlier report of the same change (sameChangePoint) is updated.
 */
export const ALERT_WINDOW_RUNS = 20;

/** How far (in runs) a change point may move between analyses and still be the one reported before. */
export const SAME_CHANGE_SLACK = 2;

/**
 * Whether a change point reported earlier (by its statistic and first-after commit) is `cp`: same statistic, and
 * the earlier commit's run lies within `slack` runs of cp's first run at the new level. A change point found with
 * three runs after it can move by a run or two as more runs arrive; it is still the same change.
 */
export function sameChangePoint(
  trend: Trend,
  cp: ChangePoint,
  reported: { statistic: string; commit: string },
  slack = SAME_CHANGE_SLACK,
): boolean {
  if (reported.statistic !== cp.statistic) return false;
  const at = cp.firstAfter.index;
  return trend.entries.some(
    (e, i) =>
      Math.abs(i - at) <= slack && e.commit === reported.commit && e.points[cp.statistic] !== undefined,
  );
}

/** The size of a change as a plain number for ranking: |ln ratio| for ratios, |difference| over the tolerance. */
function severity(cp: ChangePoint, tolerance: number, scale: 'ratio' | 'difference'): number {
  const c = cp.cumulative.change;
  return scale === 'ratio' ? Math.abs(Math.log(c)) / Math.log(1 + tolerance) : Math.abs(c) / tolerance;
}

/**
 * Change points worth a warning: for the worse, cumulatively beyond the tolerance, and recent (the first run at the
 * new level is among the newest `withinRuns` runs of the trend). Most severe first (relative to each tolerance).
 */
export function alertingChangePoints(analysis: TrendAnalysis, withinRuns = ALERT_WINDOW_RUNS): ChangePoint[] {
  const out: Array<{ cp: ChangePoint; severity: number }> = [];
  for (const s of analysis.statistics) {
    for (const cp of s.changePoints) {
      if (!cp.worse || !cp.beyondTolerance) continue;
      if (cp.firstAfter.index < analysis.runs - withinRuns) continue;
      out.push({ cp, severity: severity(cp, s.statistic.tolerance, s.statistic.scale) });
    }
  }
  return out.sort((a, b) => b.severity - a.severity).map((x) => x.cp);
}

/**
 * The shift a pull request should hear about: the most severe alerting change point of the newest `withinRuns`
 * runs of main (default 10), undefined when main did not shift beyond a tolerance lately.
 */
export function recentShift(analysis: TrendAnalysis, withinRuns = 10): ChangePoint | undefined {
  return alertingChangePoints(analysis, withinRuns)[0];
}

/**
 * The alerting change points that are news with the newest run: those the trend without that run did not already
 * alert on (the same change by sameChangePoint, as positions move by a run or two while runs arrive). Each change is
 * announced once, on the run that first establishes it; `before` is the analysis of `trend` minus its newest entry,
 * undefined when there was none.
 */
export function newAlertingChangePoints(
  trend: Trend,
  after: TrendAnalysis,
  before: TrendAnalysis | undefined,
): ChangePoint[] {
  const known = before ? alertingChangePoints(before) : [];
  return alertingChangePoints(after).filter(
    (cp) =>
      !known.some((k) => sameChangePoint(trend, cp, { statistic: k.statistic, commit: k.firstAfter.commit })),
  );
}
