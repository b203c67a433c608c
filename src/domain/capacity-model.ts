/**
 * The capacity model: what a capacity search stores in a RunSummary (`capacity`, schemas/run-summary.schema.json)
 * and what its gate puts in the Report (`capacity`, schemas/report.schema.json). Types only, so that the core model
 * (run-summary.ts, report.ts) names them without importing the capacity feature (domain/capacity/), whose logic
 * produces them: the search (search.ts), the steps (step.ts, step-server.ts), what ran out (bottleneck.ts), the
 * result (result.ts) and the comparison (compare.ts, report.ts).
 */

/**
 * The unit of every rate of a capacity search, offered and achieved: iterations of the driven function per second.
 * The wrapper offers iterations (constant-arrival-rate); an iteration may make several requests, so a request rate
 * beside it would read as more than was offered ("offered 40/s, achieved 79.2/s").
 */
export const CAPACITY_RATE_UNIT = 'iterations/s';

/** The search's settings (capacity/search.ts). */
export interface SearchSettings {
  /** First offered rate, iterations per second. */
  from: number;
  /** Highest offered rate. */
  to: number;
  /** Each staircase step multiplies the rate by this (> 1). */
  factor: number;
  /** Stop bisecting when high / low - 1 is at most this. */
  resolution: number;
  /** Steps at most (staircase and bisection together). */
  maxSteps: number;
}

/** Requests per second: `rate` is the highest rate shown sustainable, [low, high] the bracket the search ended in. */
export interface CapacityEstimate {
  rate: number;
  low: number;
  /** The lowest rate that broke an objective; null when none did up to `to` (capacity is at least `low`). */
  high: number | null;
}

/** One objective at one step (capacity/step.ts). */
export interface SloAtStep {
  slo: string;
  /** The statistic over the whole measured step (pooled histogram or pooled counts). */
  value: number | null;
  /** Interval from the per-window values (stats/mean-interval.ts); null with fewer than 2 windows. */
  low: number | null;
  high: number | null;
  limit: number;
  /** (limit - value) / limit: the headroom left, negative when the objective is broken. */
  margin: number | null;
  /** `met`: the whole interval is within the limit; `broken`: the whole interval is beyond it; else `unclear`. */
  verdict: 'met' | 'broken' | 'unclear';
}

export type StepVerdict = 'met' | 'broken' | 'generator-limited';

/** What one step's scrapes said about the service (its first scraped target). */
export interface StepServerView {
  target: string;
  /** Cores the process used on average (CPU seconds / wall seconds). */
  coresUsed?: number;
  /** Cores it can use: GOMAXPROCS for a Go service, 1 for Node.js (JavaScript runs on one thread). */
  coresUsable?: number;
  /** The handlers' own p95 over all routes (their histogram, by bucket interpolation), ms. */
  handlerP95Ms?: number;
  eventLoopLagMaxMs?: number;
  gcTimeShare?: number;
  /** Requests that waited for a pooled database connection (go_sql_wait_count_total and the like). */
  poolWaits?: number;
}

/** What ran out first (capacity/bottleneck.ts). */
export interface Bottleneck {
  /** The resource, in the words of the capacity table: `application CPU`, `database`, ... */
  resource: string;
  /** The figures that name it, one sentence. */
  evidence: string;
}

/** One step of the search: the offered rate, what k6 and the service did, and the verdict (capacity/step.ts). */
export interface CapacityStep {
  /** Iterations per second asked of k6 (constant-arrival-rate). */
  offered: number;
  /**
   * Iterations completed per second over the measured part of the step, in the offered rate's unit (summaries
   * stored before 2026-12 hold requests per second here).
   */
  achieved: number;
  /** Seconds measured (after warm-up). */
  seconds: number;
  requests: number;
  errorRate: number | null;
  /** http_req_duration of successful requests, ms; null without any. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  /** Iterations k6 could not start for lack of a free VU (k6's dropped_iterations). */
  dropped: number;
  slos: SloAtStep[];
  verdict: StepVerdict;
  /** One sentence: why this verdict. */
  reason: string;
  /** What the service's own metrics said during the step, when they were scraped. */
  server?: StepServerView;
}

/** The result of one capacity search (capacity/result.ts): stored in a RunSummary's `capacity`. */
export interface CapacityRun {
  /** The objectives, as written. */
  slos: string[];
  /** The script's function that was driven. */
  exec: string;
  settings: SearchSettings & { stepSeconds: number; warmupSeconds: number };
  estimate: CapacityEstimate;
  /** What failed at the lowest failing rate: objectives as written, or `throughput` (achieved < offered). */
  brokeFirst: string[];
  /** Each objective at the rate reported (null when no rate met them). */
  margins: SloAtStep[] | null;
  /** The offered rate at which the load generator could not keep up, when that ended the search. */
  generatorLimited: number | null;
  /** What the service's own metrics show ran out at the breaking rate (with `server-metrics`), when one stood out. */
  bottleneck?: Bottleneck;
  /** In the order they were run. */
  steps: CapacityStep[];
}

export type CapacityVerdict = 'regression' | 'unchanged' | 'improvement' | 'inconclusive' | 'no-baseline';

/** The candidate's capacity against the baseline's (capacity/compare.ts). */
export interface CapacityComparison {
  baseline: CapacityEstimate | null;
  candidate: CapacityEstimate;
  /** candidate.rate / baseline.rate - 1; null without a baseline or when the baseline's rate is 0. */
  change: number | null;
  /**
   * The change the brackets allow: [candidate.low / baseline.high - 1, candidate.high / baseline.low - 1];
   * an upper end of null is unbounded (a bracket open above, or a baseline low of 0).
   */
  changeRange: [number, number | null] | null;
  /** The drop tolerated, e.g. 0.1. */
  tolerance: number;
  verdict: CapacityVerdict;
  /** One sentence: why this verdict (and, when inconclusive, how to narrow the brackets). */
  reason: string;
}

/** The Report's `capacity` section (capacity/report.ts). */
export interface CapacityReport extends CapacityComparison {
  /** The objectives, as written. */
  slos: string[];
  /** What broke first in the candidate's search (objectives as written, or `throughput`). */
  brokeFirst: string[];
  /** The candidate's objectives at its reported rate: value, interval, margin. */
  margins: SloAtStep[] | null;
  /** The rate at which the candidate's load generator could not keep up, when that ended its search. */
  generatorLimited: number | null;
  /** What ran out at the candidate's breaking rate, by the service's own metrics (with `server-metrics`). */
  bottleneck?: Bottleneck;
  /** Every step, the newest baseline run's and the candidate's. */
  steps: { baseline: CapacityStep[]; candidate: CapacityStep[] };
}
