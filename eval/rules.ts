/**
 * The decision rules the evaluation compares: perf-gate's default procedure, and the two rules peers use, applied
 * to the same runs. Each answers one question per trial: would this rule have failed the pull request?
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { compareRuns } from '../src/domain/compare/index.js';
import { Histogram } from '../src/domain/histogram.js';
import type { GateConfig } from '../src/domain/gate-config.js';
import type { RunSummary } from '../src/domain/run-summary.js';
import { studentTQuantile } from '../src/domain/stats/student-t.js';

export type RuleName = 'perf-gate' | 'p95 ratio > 1.10' | 't-test on per-run values';
export const RULES: RuleName[] = ['perf-gate', 'p95 ratio > 1.10', 't-test on per-run values'];

/** The all-traffic p95 of http_req_duration in one run. */
export function p95(run: RunSummary): number {
  return Histogram.fromJSON(run.series[0]!.trends.http_req_duration!).quantile(0.95);
}

/** The all-traffic error rate (http_req_failed) of one run. */
export function errorRate(run: RunSummary): number {
  const r = run.series[0]!.rates.http_req_failed;
  return r && r.total > 0 ? r.passes / r.total : 0;
}

/**
 * github-action-benchmark's rule: alert when the candidate's value exceeds the previous (latest) baseline's by more
 * than the ratio, here 1.10, for p95 latency and for the error rate (a baseline with no errors alarms on any).
 */
function ratioRule(history: readonly RunSummary[], candidate: RunSummary): boolean {
  const latest = history.at(-1)!;
  const e0 = errorRate(latest);
  const e1 = errorRate(candidate);
  return p95(candidate) / p95(latest) > 1.1 || (e0 === 0 ? e1 > 0 : e1 / e0 > 1.1);
}

/**
 * Bencher's t-test threshold: the candidate alarms when it is above the upper 99% prediction boundary of the
 * history's per-run values, mean + t(0.99, n-1) · sd · sqrt(1 + 1/n), for p95 latency and for the error rate.
 */
function tTestRule(history: readonly RunSummary[], candidate: RunSummary): boolean {
  const above = (values: number[], x: number) => {
    const n = values.length;
    const sd = sampleStandardDeviation(values);
    return x > mean(values) + studentTQuantile(0.99, n - 1) * sd * Math.sqrt(1 + 1 / n);
  };
  return (
    above(
      history.map((r) => Math.log(p95(r))),
      Math.log(p95(candidate)),
    ) ||
    above(
      history.map((r) => errorRate(r)),
      errorRate(candidate),
    )
  );
}

/** Whether each rule fails the candidate against the history (oldest first). */
export function decide(
  history: readonly RunSummary[],
  candidate: RunSummary,
  config: GateConfig,
): Record<RuleName, boolean> {
  return {
    'perf-gate': compareRuns([...history], candidate, config).verdict === 'fail',
    'p95 ratio > 1.10': ratioRule(history, candidate),
    't-test on per-run values': tTestRule(history, candidate),
  };
}
