import type { Comparison, GateVerdict } from '../report.js';
import { suspectedRegression } from './family.js';
import type { ThresholdOutcome } from '../run-summary.js';

const isAllTraffic = (c: Comparison): boolean => Object.keys(c.series).length === 0;

/** A change with its sign, as the report's table writes it: `+12.0%`, `-3.5%`; `+0.50 pp` for rates. */
function signed(x: number, digits: number, unit: string): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(digits)}${unit}`;
}

/** A comparison's name: `http_req_duration p95`, with its series' values when not all traffic (`(GET /products)`). */
export const comparisonName = (c: Comparison): string =>
  `${c.metric} ${c.stat}${isAllTraffic(c) ? '' : ` (${Object.values(c.series).join(' ')})`}`;

/** A comparison in a few words: `http_req_duration p95 (GET /products) +12.0%`. */
export function describeComparison(c: Comparison): string {
  const change =
    c.scale === 'ratio' && c.ratio !== null
      ? signed(c.ratio - 1, 1, '%')
      : signed(c.candidate - c.baseline, 2, ' pp');
  return `${comparisonName(c)} ${change}`;
}

/** How far beyond its tolerance a comparison's interval lies, for ordering: the worst first. */
function severity(c: Comparison): number {
  if (!c.interval) return 0;
  const [lo, hi] = c.interval;
  if (c.scale === 'ratio') {
    const worse = c.direction === 'higher-is-worse' ? Math.log(lo) : -Math.log(hi);
    return worse - Math.log(1 + c.tolerance);
  }
  return (c.direction === 'higher-is-worse' ? lo : -hi) - c.tolerance;
}

/**
 * A readable list of comparisons for a one-sentence reason: all traffic before breakdowns, the worst first, at most
 * three named and the rest counted (the table has them all).
 */
export function listComparisons(cs: readonly Comparison[], max = 3): string {
  const ordered = [...cs].sort(
    (a, b) => Number(isAllTraffic(b)) - Number(isAllTraffic(a)) || severity(b) - severity(a),
  );
  const named = ordered.slice(0, max).map(describeComparison).join(', ');
  return ordered.length > max ? `${named} and ${ordered.length - max} more` : named;
}

export function thresholdText(failed: readonly ThresholdOutcome[]): string {
  return `k6's thresholds failed (${failed.map((t) => `${t.metric} ${t.expression}`).join(', ')})`;
}

/**
 * The overall verdict and its one-sentence reason:
 * - `fail`: k6's thresholds failed, or a gated regression is established (its bound lies beyond the tolerance);
 * - `inconclusive`: the workloads differ (not forced), or a regression is suspected: no regression is established,
 *   but a gated all-traffic comparison's estimate lies beyond its tolerance on the bad side, or the family of
 *   per-series rows suspects one of them (family.ts: suspectedRegression), after the rerun policy has run its
 *   course; the reason names it and what would settle it;
 * - `inconclusive` too when no gated statistic was compared at all (everything reported only, or nothing in common):
 *   the reason says what was compared and why it was not gated;
 * - `pass` otherwise. An interval that merely straddles the tolerance while its estimate is within it does not make
 *   the gate yellow: the report's resolution says what the run could have seen (see resolution.ts).
 */
export function decideGate(
  comparisons: readonly Comparison[],
  failedThresholds: readonly ThresholdOutcome[],
  mismatch: boolean,
  differences: readonly string[],
): { verdict: GateVerdict; reason: string } {
  const regressions = comparisons.filter((c) => c.gated && c.verdict === 'regression');
  const unsure = comparisons.filter(suspectedRegression);
  if (failedThresholds.length > 0) {
    const also =
      regressions.length > 0 && !mismatch
        ? `, and ${listComparisons(regressions)} regressed beyond tolerance`
        : '';
    return { verdict: 'fail', reason: `${thresholdText(failedThresholds)}${also}.` };
  }
  if (mismatch) {
    return {
      verdict: 'inconclusive',
      reason: `The workload differs from the baseline's (${differences.join('; ')}), so the runs are not comparable; rerun with --force to compare anyway, or store a new baseline.`,
    };
  }
  if (regressions.length > 0)
    return {
      verdict: 'fail',
      reason: `${listComparisons(regressions)} regressed beyond tolerance.`,
    };
  if (unsure.length > 0) {
    return {
      verdict: 'inconclusive',
      reason: `a regression is suspected but not established: ${listComparisons(unsure)}, beyond the tolerance but within the noise. More runs, longer runs or more A/B pairs would settle it.`,
    };
  }
  const gated = comparisons.filter((c) => c.gated).length;
  if (gated === 0) return { verdict: 'inconclusive', reason: nothingGatedReason(comparisons) };
  return {
    verdict: 'pass',
    reason: `No gated statistic regressed beyond its tolerance (${gated} compared).`,
  };
}

/**
 * Why a gate that compared no gated statistic says nothing: what was compared without being gated (or that nothing
 * was), and what makes a statistic reported only. Such a gate is never a pass: a configuration that gates nothing
 * (every statistic `report-only`, every metric `gate: false`) would otherwise pass any change.
 */
function nothingGatedReason(comparisons: readonly Comparison[]): string {
  const fix =
    'A gate that judges nothing cannot pass: gate at least one statistic (drop it from report-only, or its `gate: false` rule).';
  if (comparisons.length === 0)
    return `no statistic was compared: this run and the baseline share no metric the gate compares. ${fix}`;
  const shown = comparisons.filter(isAllTraffic);
  return (
    `no gated statistic was compared: the ${comparisons.length} compared (${listComparisons(shown.length > 0 ? shown : comparisons)}) ` +
    'are reported only, by the report-only setting, `gate: false` rules, or because the metric is a diagnostic or has no ' +
    `known direction. ${fix}`
  );
}
