/**
 * The Report: the comparison's result. A public, versioned contract (schemas/report.schema.json); users script
 * against it, renderers turn it into Markdown and terminal text. A regression is data here, never an exception.
 * About 310 lines: it is the whole contract, each field documented where it is declared, so one file says it.
 */
import type { SeriesKey, ThresholdOutcome } from './run-summary.js';
import type { BaselineBasis, PooledCommit } from './baseline-by-commit.js';
import type { SaturationPanel } from './saturation-panel.js';
import type { CapacityReport } from './capacity-model.js';

/**
 * 2: the gate is inconclusive only when a regression is suspected (see compare/gate-verdict.ts); comparisons carry
 * `suspected` and `detectable`, the report its `resolution`. Version 1 reports read the same way, without those
 * fields (docs/statistics.md, "Reading version 1 reports").
 */
export const REPORT_SCHEMA_VERSION = 2;

export type GateVerdict = 'pass' | 'fail' | 'inconclusive' | 'no-baseline';
export type ComparisonVerdict = 'regression' | 'unchanged' | 'improvement' | 'inconclusive';

export interface Comparison {
  /** k6 metric name, e.g. `http_req_duration`, `http_req_failed`, `http_reqs`, `order_duration`. */
  metric: string;
  /** `p50`, `p95`, `p99`, `rate` (error rate), `throughput` (per second), `count`, ... */
  stat: string;
  /** Tag key/values; `{}` means all traffic of that metric. */
  series: SeriesKey;
  /** The unit of baseline and candidate: `ms`, `bytes`, `fraction` (0..1, rates), `per-second`, or `` (plain). */
  unit?: 'ms' | 'seconds' | 'bytes' | 'fraction' | 'per-second' | '';
  /** In the metric's unit (ms for time, a fraction 0..1 for rates, per second for throughput). */
  baseline: number;
  candidate: number;
  /** candidate / baseline; null when baseline is 0. */
  ratio: number | null;
  /** 'ratio': interval and tolerance are about the ratio; 'difference': about candidate - baseline (rates). */
  scale: 'ratio' | 'difference';
  /** [low, high] of the ratio, or of the difference for rates; null when it could not be estimated. */
  interval: [number, number] | null;
  /** The tolerance applied: relative (0.05 = 5%) for ratios, absolute (0.001 = 0.1 pp) for differences. */
  tolerance: number;
  /**
   * Whether higher values are worse (latency, errors) or better (throughput, checks); `unknown` for a custom metric
   * that no rule, threshold or declaration gives a direction (reported, never gated; see domain/metric-catalog.ts).
   */
  direction: 'higher-is-worse' | 'higher-is-better' | 'unknown';
  /** The metric only explains another (HTTP sub-timings, iteration duration): never gated, never marked. */
  diagnostic?: boolean;
  verdict: ComparisonVerdict;
  /** Whether this comparison can fail the gate. */
  gated: boolean;
  /** How the interval was computed, e.g. `window batch means (12 windows), t-interval`. */
  method: string;
  samples: { baseline: number; candidate: number };
  /** Why it is not gated or inconclusive, in one sentence, when that needs saying. */
  note?: string;
  /**
   * Not established, but the estimate lies beyond the tolerance on the bad side: a regression is suspected (the
   * rerun policy runs again on it; for a gated all-traffic comparison the gate is inconclusive).
   */
  suspected?: boolean;
  /** The smallest change on the bad side (on the tolerance's scale) this comparison would have called a regression. */
  detectable?: number;
  /**
   * A/B mode: the compared pair (1-based, in run order) a regression rested on alone. Without that pair the paired
   * interval no longer calls it, so the row is inconclusive and suspected instead (compare/paired.ts compareAB).
   */
  hangsOnPair?: number;
  /**
   * A/B mode, a ratio on paired intervals: the estimate its nominal interval is built from, so the stopping rule can
   * project what more pairs would give (compare/ab-stopping.ts): the mean of the per-pair log ratios d_i, its
   * standard error sd(d) / √n, and n, the pairs that have the statistic (compare/paired.ts).
   */
  paired?: PairedEstimate;
  /**
   * One-sided p-values of the same test the interval inverts (they do not depend on the confidence): `change`, of
   * "no worse than the baseline"; `regression`, of "worse by at most the tolerance". A bound at confidence c lies
   * beyond no change (beyond the tolerance) exactly when the p-value is below 1 - c. The family control of the
   * per-series rows (compare/family.ts) reads them; absent when the direction is unknown or nothing was estimated.
   */
  pValues?: PValues;
  /**
   * For a ratio against the history (ratio-interval.ts): the variance of its log ratio in parts, so the report can
   * say which dominates and what more or longer runs would give (resolution.ts). Absent for rates and A/B pairs.
   */
  variance?: VarianceParts;
}

/** See Comparison.variance: on the log scale; the three parts add up to the interval's variance. */
export interface VarianceParts {
  /** The candidate's within-run variance, its M runs pooled. */
  candidate: number;
  /** The baseline's within-run variance, its N runs pooled. */
  baseline: number;
  /** The run-to-run noise of both sides, σ²(1/M + 1/N). */
  runToRun: number;
  /** M: candidate runs pooled. */
  candidateRuns: number;
  /** N: baseline runs behind the baseline's value. */
  baselineRuns: number;
}

/**
 * The computed advice of a resolution: the dominant part of the variance and its share, and the `detectable` that
 * 3 (or twice as many) candidate runs, runs as much longer (the same cost), and twice the baseline runs would give.
 */
export interface ResolutionAdvice {
  dominant: 'run-to-run' | 'candidate' | 'baseline';
  /** The dominant part's share of the variance (0..1). */
  share: number;
  runs: { runs: number; detectable: number };
  longer: { factor: number; detectable: number };
  history: { runs: number; detectable: number };
}

/** See Comparison.paired: on the log scale, the nominal interval is exp(meanLogRatio ± t(confidence, pairs - 1) · standardError). */
export interface PairedEstimate {
  meanLogRatio: number;
  standardError: number;
  pairs: number;
}

/** See Comparison.pValues. */
export interface PValues {
  change: number;
  regression: number;
}

/** The run-health check's findings (domain/run-health.ts): a broken run is never a baseline and never a pass. */
export type HealthSeverity = 'broken' | 'warning';

export type HealthCheck =
  | 'requests-failed'
  | 'script-exceptions'
  | 'nothing-ran'
  | 'iterations-dropped'
  | 'run-short'
  | 'metric-missing';

export interface HealthFinding {
  severity: HealthSeverity;
  check: HealthCheck;
  /** What is wrong, in one sentence with its figures. */
  what: string;
  /** How to see it for oneself (run the script by hand, the first error's message and place). */
  see: string;
}

export interface BaselineProvenance {
  /** How many default-branch runs were pooled into the baseline and the noise estimate. */
  runs: number;
  commit?: string;
  ref?: string;
  /** ISO 8601 time of the newest pooled baseline run. */
  start?: string;
  /** Where it came from: a local directory or a workflow run. */
  source?: string;
  runId?: number;
  url?: string;
  /**
   * The commit the baseline was chosen for: a pull request's base commit (`pull_request.base.sha`), or locally the
   * merge base of HEAD and the default branch. Absent when the newest runs were taken (a push, the default branch).
   */
  baseCommit?: string;
  /** With `baseCommit`: how the runs were chosen (see domain/baseline-by-commit.ts). */
  basis?: BaselineBasis;
  /** With `baseCommit`: the commits pooled, nearest to the base first, with their run counts and distances. */
  commits?: PooledCommit[];
  /** With `baseCommit`: commits between the nearest pooled commit and the base commit (0: at it), when an ancestor. */
  distance?: number;
}

/**
 * Why A/B mode stopped adding pairs: `regression` (a gated regression is established), `settled` (no regression
 * is suspected and every gated all-traffic comparison is unchanged or improved), `broken` (the gate fails for
 * another reason: a broken run, k6's thresholds), `workload-differs` (more pairs cannot change that), `futile` (no
 * regression is suspected and no unsettled gated all-traffic comparison could settle by `maxPairs` at its current
 * estimate and spread: compare/ab-stopping.ts couldSettleBy), `cleared` (no regression is suspected and no
 * unsettled gated all-traffic comparison could become a regression by `maxPairs` even at its nominal bad bound:
 * couldBecomeRegressionBy), `max-pairs` (the answer was still open at the last planned look).
 */
export type ABStopReason =
  'regression' | 'settled' | 'broken' | 'workload-differs' | 'futile' | 'cleared' | 'max-pairs';

/** The sequence of pairs A/B mode ran (docs/statistics.md, "Same-runner A/B mode"). */
export interface ABSequence {
  /** Pairs compared (the warm-up pair excluded). */
  pairs: number;
  /** Pairs run first and discarded: both versions warm up before any pair counts (1). */
  warmupPairs: number;
  /** The first look: the pairs run before the first comparison (`pairs`). */
  firstLook: number;
  /** The most pairs (`max-pairs`). */
  maxPairs: number;
  /** The planned looks, maxPairs - firstLook + 1: each look's regression bound gets its share of the confidence. */
  looks: number;
  /** The order inside the pairs: balanced blocks of four, AB BA BA AB, repeated. */
  order: 'AB BA BA AB';
  stopped: ABStopReason;
  /**
   * The statistics whose per-pair values `perPair` lists (absent in reports written before it, and for a statistic
   * the report has no comparison of): `latency`, the gated all-traffic latency quantile the pair ratios are of
   * (compare/ab-pairs.ts perPairStatistics); `cpuPerRequest`, the scraped target, when server metrics were scraped.
   */
  perPairStatistics?: {
    latency?: { metric: string; stat: string; tolerance: number };
    errorRate?: { metric: string; tolerance: number };
    cpuPerRequest?: { series: SeriesKey; tolerance: number };
  };
  /** Every compared pair in run order, the warm-up pair excluded: at most `maxPairs` (compare/ab-pairs.ts). */
  perPair?: ABPairResult[];
  /** The baseline version is this commit, checked out and started on this runner by perf-gate (`start`). */
  base?: { commit: string };
}

/** One compared pair of A/B mode: which version ran first, and how the candidate's arm compared with the baseline's. */
export interface ABPairResult {
  /** 1-based among the compared pairs, in run order (the warm-up pair excluded). */
  pair: number;
  /** `AB`: the baseline ran first; `BA`: the candidate did. */
  order: 'AB' | 'BA';
  /** candidate / baseline of `perPairStatistics.latency` in this pair; null when an arm has no value of it. */
  latency: number | null;
  /** candidate - baseline of the error rate in this pair, a fraction (0.01 = 1 pp); null without requests. */
  errorRate: number | null;
  /** candidate / baseline of CPU seconds per request in this pair; absent when not scraped, null without a value. */
  cpuPerRequest?: number | null;
  /** Why the pair was judged disturbed, when it was; absent otherwise. */
  disturbed?: {
    /** The comparisons (`http_req_duration p95`) whose regression rested on this pair alone (Comparison.hangsOnPair). */
    regressionOnlyWith?: string[];
    /** k6 was short of CPU in an arm (compare/saturation.ts generatorStarvation), `candidate arm: k6 used 95% of ...`. */
    k6ShortOfCpu?: string[];
  };
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  verdict: GateVerdict;
  /** One sentence: why this verdict. */
  reason: string;
  comparisons: Comparison[];
  /**
   * What the gate could see: the coarsest `detectable` among the gated all-traffic comparisons. When it is much
   * coarser than the tolerance, its `advice` says which design change would sharpen it, and by how much.
   */
  resolution?: {
    metric: string;
    stat: string;
    detectable: number;
    tolerance: number;
    scale: 'ratio' | 'difference';
    /**
     * The floor of this design: what `detectable` would be with the variance known (a normal quantile in place of
     * the t quantile of its estimated variance). More runs of history bring `detectable` towards it.
     */
    floor?: number;
    /** Which part of the variance dominates, and what changing the design would give (resolution.ts). */
    advice?: ResolutionAdvice;
  };
  /** k6's own threshold outcomes, reported separately from the baseline verdict. */
  thresholds: ThresholdOutcome[];
  baseline: BaselineProvenance | null;
  candidate: {
    commit?: string;
    ref?: string;
    start?: string;
    durationSeconds: number;
    k6Version?: string;
    /** The load generator when it is not k6 (`vegeta`); absent means k6. */
    tool?: string;
  };
  fingerprint: { match: boolean; forced: boolean; differences: string[] };
  settings: {
    confidence: number;
    inconclusivePolicy: 'warn' | 'fail' | 'pass';
    /** Noise from run-to-run variation, when a history was available. */
    noiseRuns: number;
    /** Candidate runs pooled (`--runs`, or the repeats `--max-runs` made while the verdict was inconclusive). */
    candidateRuns?: number;
    /** With `--max-runs`: how many times the data could be looked at (docs/statistics.md, "Repeats"). */
    looks?: number;
    /** With `looks`: the most candidate runs that could be made (`max-runs`), for "N runs pooled of at most M". */
    maxRuns?: number;
    /**
     * With `looks`: the one-sided confidence of the bound that decides a regression on each look,
     * 1 - (1 - confidence) / looks; the bound that decides "unchanged" stays at `confidence`.
     */
    regressionConfidence?: number;
    /** With `looks`: what made another run (`suspected` regression, or any `inconclusive` verdict). */
    rerun?: 'suspected' | 'inconclusive';
  };
  warnings: string[];
  /**
   * The candidate's run-health findings, broken ones first (absent when it is healthy, and in reports written before
   * the check): a broken finding makes the verdict `fail`, and its reason leads with it.
   */
  health?: HealthFinding[];
  /**
   * What the gate noticed about how the test was run, with what to do (docs/statistics.md, "Pitfalls"): a
   * closed-model test, a warm-up left in or taken out, a VU budget reached, thresholds to consider.
   */
  notes?: string[];
  /** The service's own metrics and the load generator's CPU, when the run scraped them (`server-metrics`). */
  saturation?: SaturationPanel;
  /** Set when a pull-request label accepted a failing result (the verdict became pass). */
  override?: { label: string; by?: string; verdict: 'fail' };
  /** Same-runner A/B mode: how many pairs ran, in which order, and why it stopped adding pairs (ab-stopping.ts). */
  ab?: ABSequence;
  /** Capacity mode (`perf-gate capacity`, `mode: capacity`): the maximum sustained rate, both runs' steps. */
  capacity?: CapacityReport;
}
