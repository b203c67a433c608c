/**
 * The decision rules the evaluation compares: perf-gate's default procedure, and the two rules peers use, applied
 * to the same runs. Each answers one question per trial: would this rule have failed the pull request?
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { compareRuns } from '../src/domain/compare/index.js';
import { poolRepeatedRuns } from '../src/domain/merge.js';
import { worthAnotherRun, type RerunPolicy } from '../src/domain/compare/sequential.js';
import { Histogram } from '../src/domain/histogram.js';
import type { GateConfig } from '../src/domain/gate-config.js';
import type { GateVerdict, Report } from '../src/domain/report.js';

/** A report's resolution: which comparison was the coarsest, and what it could have caught. */
export type Resolution = NonNullable<Report['resolution']>;
import type { RunSummary } from '../src/domain/run-summary.js';
import { studentTQuantile } from '../src/domain/stats/student-t.js';

/** perf-gate's procedures: the default, and the settings a user can change. */
export type Procedure =
  'perf-gate' | 'perf-gate --max-runs 1' | 'perf-gate --runs 3' | 'perf-gate --rerun inconclusive';
export const PROCEDURES: Procedure[] = [
  'perf-gate',
  'perf-gate --max-runs 1',
  'perf-gate --runs 3',
  'perf-gate --rerun inconclusive',
];

export type RuleName =
  Exclude<Procedure, 'perf-gate --rerun inconclusive'> | 'p95 ratio > 1.10' | 't-test on per-run values';
export const RULES: RuleName[] = [
  'perf-gate',
  'perf-gate --max-runs 1',
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

/** The default most runs (`--max-runs 3`). */
const DEFAULT_LOOKS = 3;

/**
 * perf-gate as the pipeline runs it with `--max-runs` = looks: the candidate's runs one by one, each look calling
 * a regression at its share of the confidence (compareRuns applies it), while the rerun policy asks for another
 * run (and `candidates` has one). The last verdict, and the runs it took.
 */
function sequentialVerdict(
  history: readonly RunSummary[],
  candidates: readonly RunSummary[],
  config: GateConfig,
  policy: RerunPolicy,
  looks: number,
): Outcome & { wantsAnother: boolean } {
  for (let runs = 1; ; runs++) {
    const report = compareRuns([...history], poolRepeatedRuns(candidates.slice(0, runs)), config, {
      // As the pipeline: the stored runs are the noise's history too (here the same runs as the location's).
      noiseHistory: [...history],
      candidateRuns: runs,
      looks,
      rerun: policy,
    });
    const wantsAnother = worthAnotherRun(report, runs, looks, policy);
    if (!wantsAnother || runs >= candidates.length)
      return { verdict: report.verdict, runs, wantsAnother, resolution: report.resolution };
  }
}

/**
 * Whether perf-gate's default procedure would run the candidate again after these runs: how the real corpus makes
 * only the runs the default asks for.
 */
export function defaultWantsAnotherRun(
  history: readonly RunSummary[],
  candidates: readonly RunSummary[],
  config: GateConfig,
): boolean {
  return sequentialVerdict(history, candidates, config, 'suspected', DEFAULT_LOOKS).wantsAnother;
}

/** One procedure's gate verdict on a trial, and how many candidate runs it used. */
export interface Outcome {
  verdict: GateVerdict;
  runs: number;
  /** The report's resolution: the coarsest detectable change among the gated all-traffic comparisons. */
  resolution?: Resolution;
}

/** What every rule decided on one trial, and each perf-gate procedure's gate verdict (those it had runs for). */
export interface Decision {
  alarms: Record<RuleName, boolean>;
  outcomes: Partial<Record<Procedure, Outcome>>;
}

/**
 * Whether each rule fails the candidate against the history (oldest first). `candidates` are repeated runs of the
 * candidate (made one after another): the peers' rules and `--max-runs 1` see the first only; `--runs 3` pools
 * three; the default and `--rerun inconclusive` take them one at a time, up to three, as their policy asks (the
 * default needs only the runs it asks for: see defaultWantsAnotherRun).
 */
export function decide(
  history: readonly RunSummary[],
  candidates: readonly RunSummary[],
  config: GateConfig,
  w: Watched,
): Decision {
  const [candidate] = candidates as [RunSummary];
  const three = candidates.slice(0, DEFAULT_LOOKS);
  const outcomes: Partial<Record<Procedure, Outcome>> = {
    'perf-gate': sequentialVerdict(history, three, config, 'suspected', DEFAULT_LOOKS),
    'perf-gate --max-runs 1': sequentialVerdict(history, [candidate], config, 'suspected', 1),
  };
  if (three.length === DEFAULT_LOOKS) {
    const pooled = compareRuns([...history], poolRepeatedRuns(three), config, {
      candidateRuns: 3,
      noiseHistory: [...history],
    });
    outcomes['perf-gate --runs 3'] = {
      verdict: pooled.verdict,
      runs: 3,
      resolution: pooled.resolution,
    };
    outcomes['perf-gate --rerun inconclusive'] = sequentialVerdict(
      history,
      three,
      config,
      'inconclusive',
      DEFAULT_LOOKS,
    );
  }
  const fails = (p: Procedure) => outcomes[p]?.verdict === 'fail';
  return {
    alarms: {
      'perf-gate': fails('perf-gate'),
      'perf-gate --max-runs 1': fails('perf-gate --max-runs 1'),
      'perf-gate --runs 3': fails('perf-gate --runs 3'),
      'p95 ratio > 1.10': ratioRule(history, candidate, w),
      't-test on per-run values': tTestRule(history, candidate, w),
    },
    outcomes,
  };
}
