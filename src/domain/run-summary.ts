/**
 * The RunSummary: one k6 run reduced to what the comparison needs. It is the baseline format (a public,
 * versioned contract): small enough to store as an artifact, exact to merge across shards.
 * The JSON Schema lives in schemas/run-summary.schema.json; readers validate and migrate (see ingest/).
 */
import type { HistogramJSON } from './histogram.js';
import type { ServerSection } from './server-summary.js';
import type { CapacityRun } from './capacity-model.js';

export const RUN_SUMMARY_SCHEMA_VERSION = 1;

export type MetricType = 'trend' | 'rate' | 'counter' | 'gauge';

export interface MetricInfo {
  type: MetricType;
  /** k6's `contains`: 'time' (ms), 'data' (bytes) or 'default'. */
  contains: 'time' | 'data' | 'default';
  /** The script's threshold expressions on the metric itself (no tag filter), when k6 declared them. */
  thresholds?: string[];
}

/**
 * The tags that identify a series. `{}` is all traffic; `{ scenario: 'browse' }` one scenario;
 * `{ name: 'GET /products', method: 'GET' }` one request name (group/method only where they differ).
 * The pooled remainder of a capped cardinality is `{ name: '(other)' }` with `pooled: true` on the series.
 */
export type SeriesKey = Record<string, string>;

export interface RateCounts {
  /** Samples with a non-zero value (for http_req_failed: the FAILED requests). */
  passes: number;
  total: number;
}

/** One time window, aligned to absolute time (start is a multiple of windowSeconds since the Unix epoch). */
export interface WindowStats {
  /** Window start, Unix seconds. */
  start: number;
  /** http_reqs in the window. */
  requests: number;
  /** Requests counted as failed by http_req_failed in the window. */
  failed: number;
  /** k6 iterations completed in the window (absent when none, and in summaries before it was recorded). */
  iterations?: number;
  /** Per Trend metric: the window's histogram (successful requests only for http_req_* metrics). */
  trends: Record<string, HistogramJSON>;
  /** Per Rate metric: the window's counts. */
  rates: Record<string, RateCounts>;
}

export interface SeriesSummary {
  key: SeriesKey;
  /** True for the pooled remainder of series beyond the cardinality cap. */
  pooled?: boolean;
  /**
   * Trend metrics. For http_req_* trends these hold successful requests only (expected_response=true),
   * so errors cannot make a service look faster; failed requests' latencies are in `failedTrends`.
   */
  trends: Record<string, HistogramJSON>;
  failedTrends: Record<string, HistogramJSON>;
  rates: Record<string, RateCounts>;
  /** Counter totals (rate per second = total / run.durationSeconds). */
  counters: Record<string, number>;
  /** Gauges: the maximum seen. */
  gauges: Record<string, number>;
  windows: WindowStats[];
}

export interface ThresholdOutcome {
  /** The metric as written in the script, with its tag filter, e.g. `http_req_duration{name:login}`. */
  metric: string;
  /** The expression, e.g. `p(95)<500`. */
  expression: string;
  ok: boolean;
}

/** What defines the workload: two runs with different fingerprints are not comparable without --force. */
export interface WorkloadFingerprint {
  /** sha256 of the script content (hex), when the script is known. */
  scriptHash?: string;
  /** Normalized scenario definitions: executor, rates, VUs, durations (from k6's options). */
  scenarios: Record<string, Record<string, unknown>>;
  /** A stable hash over scriptHash and scenarios. */
  hash: string;
}

/**
 * The load generator that produced a run, when it is not k6 (absent: k6, as in every summary written before vegeta
 * was supported). vegeta is an open-model generator: it sends on schedule whatever the latency.
 */
export interface LoadTool {
  name: 'vegeta';
  version?: string;
}

/** The load generator's name for a run: `k6` unless the summary records another. */
export const toolOf = (run: { tool?: LoadTool }): string => run.tool?.name ?? 'k6';

/** The load generator (k6) itself during the run, from Linux /proc: was it short of CPU? */
export interface GeneratorStats {
  /** k6's CPU seconds (user + system) over the sampled span. */
  cpuSeconds: number;
  wallSeconds: number;
  /** CPUs k6 was allowed to run on (its affinity). */
  cpusAllowed?: number;
  /** Share of its threads' runnable time spent waiting on a run queue for a CPU (schedstat). */
  runQueueWaitShare?: number;
}

/**
 * What the load generator said about the run itself, beside its samples, for the run-health check
 * (domain/run-health.ts). Optional (added with the health check, still schema version 1): absent in older summaries
 * and for results read from files, whose health is judged from their samples alone.
 */
export interface RunExecution {
  /** Uncaught script exceptions k6 logged inside iterations (k6 logs each and starts the next iteration). */
  exceptions: number;
  /** The first exception's message, with its stack (`ReferenceError: x is not defined at ... (script.js:42)`). */
  firstException?: string;
  /**
   * Seconds the scenarios were scheduled to run (fixed durations and stages, from `k6 inspect`); absent when the
   * workload ends by itself (iteration-based executors).
   */
  scheduledSeconds?: number;
  /** How to repeat the run by hand to see what went wrong, e.g. `k6 run examples/shop.js`. */
  command?: string;
}

export interface RunSummary {
  schemaVersion: typeof RUN_SUMMARY_SCHEMA_VERSION;
  producer: { name: 'perf-gate'; version: string };
  k6: { version?: string };
  /** Optional (added with vegeta support): the load generator when it is not k6. */
  tool?: LoadTool;
  run: {
    /** ISO 8601 UTC. */
    start: string;
    end: string;
    /** Measured span after warm-up exclusion, seconds. */
    durationSeconds: number;
    warmupSeconds: number;
  };
  git?: { commit?: string; ref?: string };
  fingerprint: WorkloadFingerprint;
  windowSeconds: number;
  metrics: Record<string, MetricInfo>;
  /** series[0] is always all traffic (key {}). */
  series: SeriesSummary[];
  thresholds: ThresholdOutcome[];
  /** Facts about the ingestion itself, and warnings to show the user. */
  ingest: {
    lines: number;
    samples: number;
    skippedLines: number;
    excludedSetupTeardown: number;
    excludedWarmup: number;
    truncated: boolean;
    /** Number of shards merged into this summary (1 for a single run). */
    shards: number;
  };
  warnings: string[];
  /** What the service's own Prometheus metrics said during the run (`server-metrics`); absent otherwise. */
  server?: ServerSection;
  /** k6's own CPU during a live run (Linux only); absent for results read from files. */
  generator?: GeneratorStats;
  /** What the load generator said about the run (live runs); absent in older summaries. */
  execution?: RunExecution;
  /**
   * Capacity mode only: the search for the maximum sustained rate (domain/capacity-model.ts). The rest of the
   * summary is the step at the rate reported.
   */
  capacity?: CapacityRun;
}
