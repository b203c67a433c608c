/**
 * The `server` section of a RunSummary: what the service's own Prometheus metrics said during the run (scraped
 * directly with `server-metrics`, or queried from a Prometheus server with `prometheus`). Optional and additive:
 * runs without it compare exactly as before. Versioned on its own (`schemaVersion`) so that it can grow.
 */

export const SERVER_SECTION_VERSION = 1;

/** One client time window (same absolute start as the client's WindowStats) seen from the server. */
export interface ServerWindow {
  /** Window start, Unix seconds (a client window's start). */
  start: number;
  /** The client's requests in the window (http_reqs), the denominator of the per-request figures. */
  requests: number;
  /** Counter increases in the window, per counter name summed over its labels (resets handled). */
  counters: Record<string, number>;
}

/** Mean and maximum of a gauge (summed over its labels) over the scrapes inside the measured span. */
export interface GaugeStats {
  mean: number;
  max: number;
  first: number;
  last: number;
}

/** A server latency histogram of one route over the run: the increase of its cumulative buckets. */
export interface ServerRouteHistogram {
  /** The histogram's family, e.g. `http_request_duration_seconds`. */
  metric: string;
  /** The labels that identify the route (every label but `le`, `status`/`code`-like ones kept as given). */
  route: Record<string, string>;
  /** [upper bound, cumulative count] pairs in increasing bound order; the last bound is +Infinity (written null). */
  buckets: Array<[number | null, number]>;
  count: number;
  sum: number;
  /** Quantiles by linear interpolation inside the bucket that holds the rank (PromQL's histogram_quantile), seconds. */
  quantiles: { p50?: number; p95?: number; p99?: number };
  /** The width of the bucket each quantile fell in: its error is at most this (seconds). */
  resolution: { p50?: number; p95?: number; p99?: number };
}

/** Efficiency figures derived from the well-known process, Go and Node.js metric names. */
export interface ServerEfficiency {
  /** process_cpu_seconds_total increase / client requests, over the windows the scrapes cover. */
  cpuSecondsPerRequest?: number;
  /** Cores used on average: CPU seconds / wall seconds over the covered windows. */
  coresUsed?: number;
  /** process_resident_memory_bytes last - first over the run. */
  memoryGrowthBytes?: number;
  /** Share of wall time spent in GC pauses (go_gc_duration_seconds_sum or nodejs_gc_duration_seconds_sum increase / wall seconds). */
  gcTimeShare?: number;
  /** go_goroutines: maximum seen. */
  goroutinesMax?: number;
  /** nodejs_eventloop_lag_seconds: maximum seen. */
  eventLoopLagMaxSeconds?: number;
}

export interface ServerTargetSummary {
  /** The scraped URL (without credentials or query string) or the Prometheus server's URL. */
  target: string;
  /**
   * The target's role, stable across runs (`server-metrics: api=http://127.0.0.1:8080/metrics`): how it is paired
   * with the baseline's targets when there are several (compare/server-pairing.ts). Absent: unnamed.
   */
  name?: string;
  source: 'scrape' | 'promql';
  /** Seconds between scrapes (or the query step). */
  intervalSeconds: number;
  scrapes: number;
  failures: number;
  /** The last failure's message, when there were failures. */
  lastError?: string;
  /** Client windows fully covered by scrapes. */
  windows: ServerWindow[];
  /** Counter increases over the covered windows, summed over labels. */
  counters: Record<string, number>;
  gauges: Record<string, GaugeStats>;
  routes: ServerRouteHistogram[];
  efficiency: ServerEfficiency;
}

export interface ServerSection {
  schemaVersion: typeof SERVER_SECTION_VERSION;
  targets: ServerTargetSummary[];
}
