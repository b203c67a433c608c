/**
 * The decision rules the evaluation compares: perf-gate's default procedure, and the two rules peers use, applied
 * to the same runs. Each answers one question per trial: would this rule have failed the pull request?
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { compareRuns } from '../src/domain/compare/index.js';
import { poolRepeatedRuns } from '../src/domain/merge.js';
import { Histogram } from '../src/domain/histogram.js';
import type { GateConfig } from '../src/domain/gate-config.js';
import type { GateVerdict } from '../src/domain/report.js';
import type { RunSummary } from '../src/domain/run-summary.js';
import { studentTQuantile } from '../src/domain/stats/student-t.js';

export type RuleName = 'perf-gate' | 'perf-gate --runs 3' | 'p95 ratio > 1.10' | 't-test on per-run values';
export const RULES: RuleName[] = [
  'perf-gate',
  'perf-gate --runs 3',
  'p95 ratio > 1.10',
  't-test on per-run values',
];

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
 * What the peers' rules watch: the all-traffic p95 latency, or (for the error-rate scenario) the error rate. They
 * are given the one statistic the change is about, which favours them: perf-gate watches everything at once.
 */
export type Watched = 'p95' | 'error rate';
const watched = (w: Watched) => (run: RunSummary) => (w === 'p95' ? p95(run) : errorRate(run));

/**
 * github-action-benchmark's rule: alert when the candidate's value exceeds the previous (latest) baseline's by more
 * than the ratio, here 1.10 (for an error rate of 0 in the baseline: any error).
 */
function ratioRule(history: readonly RunSummary[], candidate: RunSummary, w: Watched): boolean {
  const value = watched(w);
  const before = value(history.at(-1)!);
  return before === 0 ? value(candidate) > 0 : value(candidate) / before > 1.1;
}

/**
 * Bencher's t-test threshold: the candidate alarms when it is above the upper 99% prediction boundary of the
 * history's per-run values, mean + t(0.99, n-1) · sd · sqrt(1 + 1/n), for p95 latency and for the error rate.
 */
function tTestRule(history: readonly RunSummary[], candidate: RunSummary, w: Watched): boolean {
  // Latency on the log scale (ratios), as perf-gate does; error rates as they are.
  const value = (run: RunSummary) => (w === 'p95' ? Math.log(p95(run)) : errorRate(run));
  const values = history.map(value);
  const n = values.length;
  const sd = sampleStandardDeviation(values);
  return value(candidate) > mean(values) + studentTQuantile(0.99, n - 1) * sd * Math.sqrt(1 + 1 / n);
}

/** What every rule decided on one trial, and perf-gate's full gate verdicts (with one run, and with three pooled). */
export interface Decision {
  alarms: Record<RuleName, boolean>;
  verdicts: { oneRun: GateVerdict; threeRuns?: GateVerdict };
}

/**
 * Whether each rule fails the candidate against the history (oldest first). `candidates` are repeated runs of the
 * candidate: perf-gate's default and the peers' rules see the first only; `perf-gate --runs 3` pools three.
 */
export function decide(
  history: readonly RunSummary[],
  candidates: readonly RunSummary[],
  config: GateConfig,
  w: Watched,
): Decision {
  const [candidate] = candidates as [RunSummary];
  const repeated = candidates.slice(0, 3);
  const oneRun = compareRuns([...history], candidate, config).verdict;
  const threeRuns =
    repeated.length === 3
      ? compareRuns([...history], poolRepeatedRuns(repeated), config, { candidateRuns: 3 }).verdict
      : undefined;
  return {
    alarms: {
      'perf-gate': oneRun === 'fail',
      'perf-gate --runs 3': threeRuns === 'fail',
      'p95 ratio > 1.10': ratioRule(history, candidate, w),
      't-test on per-run values': tTestRule(history, candidate, w),
    },
    verdicts: { oneRun, ...(threeRuns ? { threeRuns } : {}) },
  };
}
