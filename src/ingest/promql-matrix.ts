/**
 * PromQL mode's answers (`/api/v1/query_range` JSON, hostile) reduced into the same accumulator a scraped target
 * uses: each query's matrix is read step by step as if the service had been scraped at that time, so that the very
 * same reduction (server-scrapes.ts, server-summary.ts) aligns them with the client's windows. Anything not shaped
 * like a matrix of [time, "value"] pairs is a failed query; a value is read as the exposition format reads it.
 */
import { parsePromValue, type PromExposition, type PromFamily, type PromSample } from './prometheus-text.js';
import { ServerScrapes } from './server-scrapes.js';

/** One query as asked: the default queries carry their family type, a user's named query is a gauge of that name. */
export interface PromqlQuery {
  query: string;
  type: PromFamily['type'];
  name?: string;
}

/** The default queries: raw series of the common exporters (process_*, go_*, nodejs_*, HTTP server histograms). */
export const DEFAULT_PROMQL: readonly PromqlQuery[] = [
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

/** The queries asked: the defaults, then the user's named ones. */
export function promqlQueries(userQueries: Record<string, string> = {}): PromqlQuery[] {
  return [
    ...DEFAULT_PROMQL,
    ...Object.entries(userQueries).map(([name, query]) => ({ query, type: 'gauge' as const, name })),
  ];
}

/** What the server answered to one query: its JSON body, or why there is none. */
export type PromqlAnswer = { query: PromqlQuery; body: unknown } | { query: PromqlQuery; error: string };

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

/**
 * The accumulator of a PromQL target: one step at each of `times` (Unix seconds). A failed query is recorded in
 * `queryErrors`; when every query failed, every step is a failed scrape.
 */
export function promqlScrapes(
  target: string,
  step: number,
  times: readonly number[],
  answers: readonly PromqlAnswer[],
): ServerScrapes {
  const scrapes = new ServerScrapes(target, 'promql', step);
  const samplesAt = new Map<number, PromSample[]>(times.map((t) => [t, []]));
  const families = new Map<string, PromFamily>();
  const errors: string[] = [];
  for (const answer of answers) {
    const q = answer.query;
    const matrix = 'error' in answer ? answer.error : asMatrix(answer.body);
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
        const value = parsePromValue(v);
        if (value !== undefined) samplesAt.get(t)?.push({ name, labels, value });
      }
    }
  }
  const allFailed = answers.length > 0 && errors.length === answers.length;
  for (const t of times) {
    if (allFailed) {
      scrapes.addFailure(t, errors.at(-1) as string);
      continue;
    }
    const exposition: PromExposition = {
      samples: samplesAt.get(t) ?? [],
      families,
      invalidLines: 0,
      eof: true,
    };
    scrapes.addExposition(t, exposition);
  }
  if (errors.length > 0 && !allFailed) scrapes.queryErrors = errors;
  return scrapes;
}
