/**
 * What each metric means: the one place that says whether a metric is a Trend or a Rate, which way is worse,
 * whether it gates by default, and whether it only explains another metric. Nothing else in perf-gate guesses a
 * metric's meaning; a metric's name alone never decides (a custom Rate called `token_errors` or `cache_hits` says
 * nothing reliable about its direction).
 *
 * k6's built-ins are listed here with the meaning k6 documents. A custom metric's direction comes, in order, from
 * the user's rule (a config file or flag), the script's own thresholds (`rate<x`, `p(95)<x`, `value<x` mean lower
 * is better; `>` means higher is better), and for a Trend k6 declared as time (`new Trend(name, true)`), from being
 * a duration; otherwise it is reported, not gated, and the report says how to gate it.
 *
 * Long because it is a table: every built-in of k6 (HTTP, gRPC, WebSockets, browser, execution, data) in one place.
 */
import type { MetricInfo, MetricType } from './run-summary.js';

export type Direction = 'higher-is-worse' | 'higher-is-better';

/** The names of k6's built-ins that perf-gate's code reads by name (everything else it reads from this table). */
export const HTTP_REQ_DURATION = 'http_req_duration';
export const HTTP_REQ_FAILED = 'http_req_failed';
export const CHECKS = 'checks';
export const HTTP_REQS = 'http_reqs';
export const ITERATIONS = 'iterations';
export const DROPPED_ITERATIONS = 'dropped_iterations';
export const ITERATION_DURATION = 'iteration_duration';
export const VUS = 'vus';
export const DATA_SENT = 'data_sent';
export const DATA_RECEIVED = 'data_received';

/**
 * - `primary`: the user-facing outcome (request duration, failures, checks, custom metrics): gated by default.
 * - `diagnostic`: explains a primary metric (HTTP sub-timings, iteration and group durations): reported for all
 *   traffic, never gated, never marked as a regression or an improvement.
 * - `load`: what the generator offered or achieved (requests, iterations, dropped iterations, VUs, data).
 */
export type MetricRole = 'primary' | 'diagnostic' | 'load';

export interface CatalogEntry extends MetricInfo {
  direction?: Direction;
  role: MetricRole;
  /** Gated when nothing else is said (a rule overrides it). */
  gated: boolean;
  /** Trends only: keeps a histogram per time window (what the intervals are built from). */
  windowed?: boolean;
  /** Display order among metrics (lower first). */
  rank: number;
  /**
   * What the metric measures, where a saturated load generator bears on it differently (compare/saturation.ts):
   * - `request-latency`: the time of one request as the client saw it, which the service's own request histograms
   *   time too (so the two can be held against each other);
   * - `outcome`: whether a request failed or a check held: a starved generator is slow, it does not fail requests;
   * - `server`: measured by the service itself, the server's truth.
   * Absent: measured by the client in time or volume (timings, throughput, dropped iterations, custom metrics).
   */
  measures?: 'request-latency' | 'outcome' | 'server';
}

const trend = (
  contains: MetricInfo['contains'],
  rest: Omit<CatalogEntry, 'type' | 'contains'>,
): CatalogEntry => ({
  type: 'trend',
  contains,
  ...rest,
});
const latency = (rank: number): CatalogEntry =>
  trend('time', { direction: 'higher-is-worse', role: 'primary', gated: true, windowed: true, rank });
const requestLatency = (): CatalogEntry => ({ ...latency(0), measures: 'request-latency' });
const timing = (rank = 50): CatalogEntry =>
  trend('time', { direction: 'higher-is-worse', role: 'diagnostic', gated: false, rank });
const failures = (rank: number): CatalogEntry => ({
  type: 'rate',
  contains: 'default',
  direction: 'higher-is-worse',
  role: 'primary',
  gated: true,
  rank,
  measures: 'outcome',
});
const counter = (contains: MetricInfo['contains'], direction?: Direction): CatalogEntry => ({
  type: 'counter',
  contains,
  ...(direction ? { direction } : {}),
  role: 'load',
  gated: false,
  rank: 60,
});
const gauge: CatalogEntry = { type: 'gauge', contains: 'default', role: 'load', gated: false, rank: 70 };

/** k6's built-in metrics (k6 v0.5x to v2: HTTP, gRPC, WebSockets, browser, execution, data). */
export const BUILTIN_METRICS: Readonly<Record<string, CatalogEntry>> = {
  [HTTP_REQ_DURATION]: requestLatency(),
  [HTTP_REQ_FAILED]: failures(1),
  [CHECKS]: {
    type: 'rate',
    contains: 'default',
    direction: 'higher-is-better',
    role: 'primary',
    gated: true,
    rank: 2,
    measures: 'outcome',
  },
  [HTTP_REQS]: counter('default', 'higher-is-better'),
  [ITERATIONS]: counter('default', 'higher-is-better'),
  [DROPPED_ITERATIONS]: counter('default', 'higher-is-worse'),
  [DATA_SENT]: counter('data'),
  [DATA_RECEIVED]: counter('data'),
  [VUS]: gauge,
  vus_max: gauge,
  http_req_blocked: timing(),
  http_req_connecting: timing(),
  http_req_tls_handshaking: timing(),
  http_req_sending: timing(),
  http_req_waiting: timing(),
  http_req_receiving: timing(),
  [ITERATION_DURATION]: timing(55),
  group_duration: timing(55),
  grpc_req_duration: requestLatency(),
  grpc_streams: counter('default'),
  grpc_streams_msgs_sent: counter('default'),
  grpc_streams_msgs_received: counter('default'),
  ws_session_duration: timing(55),
  ws_connecting: timing(),
  ws_ping: latency(3),
  ws_sessions: counter('default'),
  ws_msgs_sent: counter('default'),
  ws_msgs_received: counter('default'),
  browser_http_req_duration: latency(3),
  browser_http_req_failed: failures(3),
  browser_data_sent: counter('data'),
  browser_data_received: counter('data'),
  // Core Web Vitals (k6 browser): lower is better for all of them; CLS is a unitless score.
  browser_web_vital_lcp: latency(3),
  browser_web_vital_inp: latency(3),
  browser_web_vital_fid: latency(3),
  browser_web_vital_fcp: latency(3),
  browser_web_vital_ttfb: latency(3),
  browser_web_vital_cls: trend('default', {
    direction: 'higher-is-worse',
    role: 'primary',
    gated: true,
    windowed: true,
    rank: 3,
  }),
};

/** CPU seconds the service spent per client request, from its process_cpu_seconds_total (the server section). */
export const SERVER_CPU_PER_REQUEST = 'server_cpu_seconds_per_request';
/** The Prometheus counter of a process's CPU seconds (user + system) that CPU per request is derived from. */
export const PROCESS_CPU_SECONDS = 'process_cpu_seconds_total';

/**
 * Metrics perf-gate derives from the service's own Prometheus metrics (RunSummary.server). CPU per request is the
 * least noisy signal there is (a noisy neighbour slows requests, it does not make them cost more CPU): gated.
 */
export const SERVER_METRICS: Readonly<Record<string, CatalogEntry>> = {
  [SERVER_CPU_PER_REQUEST]: {
    type: 'gauge',
    contains: 'default',
    direction: 'higher-is-worse',
    role: 'primary',
    gated: true,
    rank: 4,
    measures: 'server',
  },
};

const known = (metric: string): CatalogEntry | undefined => BUILTIN_METRICS[metric] ?? SERVER_METRICS[metric];

/** A metric with no catalog entry and no rule or threshold to say which way is worse is shown at this rank. */
const CUSTOM_RANK = 10;

export function isBuiltin(metric: string): boolean {
  return Object.hasOwn(BUILTIN_METRICS, metric);
}

/**
 * How ingestion stores a metric k6 did not declare (CSV output declares no types): the built-in's type, else a
 * Trend (the common custom metric).
 */
export function undeclaredMetricInfo(metric: string): MetricInfo {
  const entry = BUILTIN_METRICS[metric];
  return entry ? { type: entry.type, contains: entry.contains } : { type: 'trend', contains: 'default' };
}

const REQUEST_TIMINGS = new Set([
  HTTP_REQ_DURATION,
  'http_req_blocked',
  'http_req_connecting',
  'http_req_tls_handshaking',
  'http_req_sending',
  'http_req_waiting',
  'http_req_receiving',
]);

/** k6's timings of one HTTP request: those of failed requests are kept apart (see run-summary.ts, failedTrends). */
export function isRequestTiming(metric: string): boolean {
  return REQUEST_TIMINGS.has(metric);
}

/** Whether a Trend keeps per-window histograms: the gated built-in latencies and every custom Trend. */
export function isWindowedTrend(metric: string): boolean {
  const entry = BUILTIN_METRICS[metric];
  return entry ? entry.windowed === true : true;
}

/**
 * Whether a saturated load generator distorts the metric: everything the client measures in time or volume, not
 * the outcomes of requests (failures, checks) nor what the service measured itself. Custom metrics count as the
 * client's.
 */
export function isClientSide(metric: string): boolean {
  const measures = known(metric)?.measures;
  return measures !== 'outcome' && measures !== 'server';
}

/** Whether the metric times one request as the client saw it, as the service's own request histograms do. */
export function isRequestLatency(metric: string): boolean {
  return known(metric)?.measures === 'request-latency';
}

/**
 * The unit of a comparison's values: per second for a throughput, a fraction for a difference of rates, else what
 * the metric contains (ms for time, bytes for data; the catalog's entry, or the run's declaration for a custom
 * metric), and no unit otherwise.
 */
export function comparisonUnit(
  metric: string,
  info: MetricInfo | undefined,
  stat: string,
  scale: 'ratio' | 'difference',
): 'ms' | 'seconds' | 'bytes' | 'fraction' | 'per-second' | '' {
  if (stat === 'throughput') return 'per-second';
  // The service's CPU per request is in CPU seconds (k6's times are in ms).
  if (metric === SERVER_CPU_PER_REQUEST) return 'seconds';
  if (scale === 'difference') return 'fraction';
  const contains = known(metric)?.contains ?? info?.contains;
  return contains === 'time' ? 'ms' : contains === 'data' ? 'bytes' : '';
}

/** Display rank of a metric (built-ins by their catalog rank, custom metrics after the primary built-ins). */
export function metricRank(metric: string): number {
  return known(metric)?.rank ?? CUSTOM_RANK;
}

/**
 * The direction a k6 threshold expression implies: `p(95)<500`, `rate<0.01`, `value<=3`, `avg<200` say lower is
 * better; `rate>0.95`, `count>=10` say higher is better. Undefined for anything else (e.g. `==`, `!=`).
 * @example thresholdDirection('rate<0.5') // 'higher-is-worse'
 */
export function thresholdDirection(expression: string): Direction | undefined {
  const m = /^\s*[a-z]+(?:\(\s*[\d.]+\s*\))?\s*(<=?|>=?)/i.exec(expression);
  if (!m) return undefined;
  return m[1]?.startsWith('<') ? 'higher-is-worse' : 'higher-is-better';
}

/** A threshold as the script wrote it: `metric{tag:filter}` and one expression. */
export interface ThresholdDefinition {
  metric: string;
  expression: string;
}

/** The metric a threshold's target names, without its tag filter: `http_req_duration{name:a}` -> `http_req_duration`. */
export function thresholdMetric(target: string): string {
  return thresholdTarget(target).metric;
}

/**
 * A threshold's target split into its metric and its tag filter (k6's `metric{tag:value,tag:value}`; a value may
 * hold spaces and slashes, and quotes around it are dropped).
 * @example thresholdTarget('http_req_duration{name:GET /a}') // { metric: 'http_req_duration', tags: { name: 'GET /a' } }
 */
export function thresholdTarget(target: string): { metric: string; tags: Record<string, string> } {
  const brace = target.indexOf('{');
  const metric = (brace < 0 ? target : target.slice(0, brace)).trim();
  const tags: Record<string, string> = {};
  if (brace < 0) return { metric, tags };
  const close = target.lastIndexOf('}');
  for (const pair of target.slice(brace + 1, close > brace ? close : undefined).split(',')) {
    const colon = pair.indexOf(':');
    const key = pair.slice(0, colon).trim();
    if (colon < 0 || !key) continue;
    tags[key] = pair
      .slice(colon + 1)
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2');
  }
  return { metric, tags };
}

/**
 * The statistic a threshold expression is about, as the comparison names it: `p(99)<300` -> `p99` (quantile 0.99),
 * `p(99.9)<500` -> `p99.9`, `med<100` -> `p50`, `rate<0.01` -> `rate`. Undefined for what the comparison does not
 * estimate against a baseline (avg, min, max, count, value): k6 itself still checks those thresholds.
 * @example thresholdStat('p(99) < 300') // { stat: 'p99', q: 0.99 }
 */
export function thresholdStat(expression: string): { stat: string; q?: number } | undefined {
  const m = /^\s*(p\(\s*([\d.]+)\s*\)|med|rate)\s*[<>=!]/i.exec(expression);
  if (!m) return undefined;
  const name = (m[1] ?? '').toLowerCase();
  if (name === 'rate') return { stat: 'rate' };
  const q = name === 'med' ? 0.5 : Number((Number(m[2]) / 100).toPrecision(12));
  if (!(q > 0 && q < 1)) return undefined;
  return { stat: `p${Number((q * 100).toFixed(3))}`, q };
}

/**
 * The direction the script's thresholds give a metric: the one they agree on; undefined when there are none, or
 * when they disagree (a band such as `rate>0.1` and `rate<0.9` says nothing about which way is worse).
 */
export function directionFromThresholds(
  metric: string,
  thresholds: readonly ThresholdDefinition[],
): Direction | undefined {
  const found = new Set<Direction>();
  for (const t of thresholds) {
    if (thresholdMetric(t.metric) !== metric) continue;
    const d = thresholdDirection(t.expression);
    if (d) found.add(d);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** What the gate knows about one metric of a run: its catalog entry, or what was learnt for a custom metric. */
export interface MetricMeaning {
  type: MetricType;
  direction?: Direction;
  role: MetricRole;
  /** Gated by default; only ever with a direction (nothing else says which change is a regression). */
  gated: boolean;
  /** Where the direction came from, for the report's notes. */
  source: 'catalog' | 'rule' | 'threshold' | 'duration' | 'unknown';
}

/**
 * The meaning of a metric for the comparison. `ruleDirection` is the user's explicit rule, when there is one;
 * `thresholds` are the script's. Built-ins keep their catalog entry unless a rule turns their direction around.
 */
export function metricMeaning(
  metric: string,
  info: MetricInfo | undefined,
  thresholds: readonly ThresholdDefinition[],
  ruleDirection?: Direction,
): MetricMeaning {
  const entry = known(metric);
  if (entry) {
    return {
      type: entry.type,
      ...((ruleDirection ?? entry.direction) ? { direction: ruleDirection ?? entry.direction } : {}),
      role: entry.role,
      gated: entry.gated,
      source: ruleDirection ? 'rule' : 'catalog',
    };
  }
  const type = info?.type ?? 'trend';
  if (ruleDirection) return { type, direction: ruleDirection, role: 'primary', gated: true, source: 'rule' };
  const fromThresholds = directionFromThresholds(metric, thresholds);
  if (fromThresholds)
    return { type, direction: fromThresholds, role: 'primary', gated: true, source: 'threshold' };
  // k6 declares a Trend as time with `new Trend(name, true)`: a duration, where longer is worse.
  if (type === 'trend' && info?.contains === 'time')
    return { type, direction: 'higher-is-worse', role: 'primary', gated: true, source: 'duration' };
  return { type, role: 'primary', gated: false, source: 'unknown' };
}

/** The note on a custom metric that cannot be gated because nothing says which way is worse. */
export function unknownDirectionNote(metric: string, stat: string): string {
  return (
    `reported only: nothing says whether a higher ${metric} is worse; add a k6 threshold (e.g. ` +
    `'${stat === 'rate' ? 'rate<0.01' : 'p(95)<500'}') or a rule with a direction in perf-gate.config.json to gate it`
  );
}
