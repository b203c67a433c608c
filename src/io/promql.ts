/**
 * PromQL mode: reads the service's metrics from a Prometheus server's HTTP API (`/api/v1/query_range`) over the
 * run's span, instead of scraping the service. Each query's matrix is turned back into scrapes (one per step) so
 * that the very same reduction (ingest/server-summary.ts) aligns them with the client's windows.
 * The answers are hostile JSON: anything not shaped like a matrix of [time, "value"] pairs is a failure.
 */
import type { PromExposition, PromFamily, PromSample } from '../ingest/prometheus-text.js';
import type { Scrape, ScrapeLog } from '../ingest/server-summary.js';
import { displayTarget } from './server-scraper.js';

/** The default queries: raw series of the common exporters (process_*, go_*, nodejs_*, HTTP server histograms). */
export const DEFAULT_PROMQL: ReadonlyArray<{ query: string; type: PromFamily['type'] }> = [
  { query: 'process_cpu_seconds_total', type: 'counter' },
  { query: 'process_resident_memory_bytes', type: 'gauge' },
  { query: 'go_goroutines', type: 'gauge' },
  { query: 'go_gc_duration_seconds_sum', type: 'summary' },
  { query: 'nodejs_gc_duration_seconds_sum', type: 'histogram' },
  { query: 'nodejs_eventloop_lag_seconds', type: 'gauge' },
  {
    query: '{__name__=~"http_.*(duration|latency)_seconds_bucket|http_.*(duration|latency)_seconds_sum"}',
    type: 'histogram',
  },
];

interface MatrixSeries {
  metric: Record<string, string>;
  values: Array<[number, string]>;
}

function asMatrix(body: unknown): MatrixSeries[] | string {
  const b = body as { status?: unknown; error?: unknown; data?: { resultType?: unknown; result?: unknown } };
  if (b?.status !== 'success')
    return typeof b?.error === 'string' ? b.error.slice(0, 300) : 'not a Prometheus answer';
  if (b.data?.resultType !== 'matrix' || !Array.isArray(b.data.result)) return 'not a matrix';
  const out: MatrixSeries[] = [];
  for (const s of b.data.result as unknown[]) {
    const series = s as { metric?: unknown; values?: unknown };
    if (typeof series.metric !== 'object' || series.metric === null || !Array.isArray(series.values))
      continue;
    const metric: Record<string, string> = {};
    for (const [k, v] of Object.entries(series.metric)) if (typeof v === 'string') metric[k] = v;
    const values = (series.values as unknown[]).filter(
      (p): p is [number, string] => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'string',
    );
    out.push({ metric, values });
  }
  return out;
}

async function queryRange(
  base: string,
  query: string,
  start: number,
  end: number,
  step: number,
): Promise<MatrixSeries[] | string> {
  const url = new URL('api/v1/query_range', base.endsWith('/') ? base : `${base}/`);
  url.search = new URLSearchParams({
    query,
    start: String(start),
    end: String(end),
    step: String(step),
  }).toString();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    const text = await response.text();
    if (text.length > 64 * 1024 * 1024) return 'answer too large';
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return `HTTP ${response.status}: not JSON`;
    }
    return asMatrix(body);
  } catch (e) {
    return (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
  }
}

/**
 * Queries the Prometheus server over [start, end] (Unix seconds) every `step` seconds and returns one scrape log:
 * the default queries plus the user's named queries (each kept as a gauge of that name). A failed query is a
 * failed scrape at every step, never an exception.
 */
export async function queryPrometheus(
  base: string,
  start: number,
  end: number,
  step: number,
  userQueries: Record<string, string> = {},
): Promise<ScrapeLog> {
  const times: number[] = [];
  for (let t = Math.floor(start); t <= Math.ceil(end); t += step) times.push(t);
  const samplesAt = new Map<number, PromSample[]>(times.map((t) => [t, []]));
  const families = new Map<string, PromFamily>();
  const errors: string[] = [];
  const queries = [
    ...DEFAULT_PROMQL.map((q) => ({ ...q, name: undefined as string | undefined })),
    ...Object.entries(userQueries).map(([name, query]) => ({ query, type: 'gauge' as const, name })),
  ];
  for (const q of queries) {
    const matrix = await queryRange(base, q.query, times[0] ?? start, times.at(-1) ?? end, step);
    if (typeof matrix === 'string') {
      errors.push(`${q.name ?? q.query}: ${matrix}`);
      continue;
    }
    for (const series of matrix) {
      const { __name__: metricName, ...labels } = series.metric;
      const name = q.name ?? metricName;
      if (!name) continue;
      const family = q.name ?? name.replace(/_(bucket|sum|count|total)$/, '');
      if (!families.has(family)) families.set(family, { name: family, type: q.name ? 'gauge' : q.type });
      if (q.type === 'counter' && !q.name) families.set(name, { name, type: 'counter' });
      for (const [t, v] of series.values) {
        const value = Number(v.replace(/^\+?Inf$/i, 'Infinity'));
        samplesAt.get(t)?.push({ name, labels, value });
      }
    }
  }
  const allFailed = errors.length === queries.length;
  const scrapes: Scrape[] = times.map((t) => {
    if (allFailed) return { t, error: errors.at(-1) as string };
    const exposition: PromExposition = {
      samples: samplesAt.get(t) ?? [],
      families,
      invalidLines: 0,
      eof: true,
    };
    return { t, exposition };
  });
  return {
    target: `${displayTarget(base)} (PromQL)`,
    source: 'promql',
    intervalSeconds: step,
    scrapes,
    ...(errors.length > 0 && !allFailed ? { queryErrors: errors } : {}),
  };
}
