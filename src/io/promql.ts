/**
 * PromQL mode: reads the service's metrics from a Prometheus server's HTTP API (`/api/v1/query_range`) over the
 * run's span, instead of scraping the service. This adapter only asks and reads (bounded while streaming); the
 * answers are reduced by ingest/promql-matrix.ts.
 */
import type { PromqlAnswer, PromqlQuery } from '../ingest/promql-matrix.js';
import { readBoundedText } from './bounded-body.js';

const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

async function queryRange(
  base: string,
  query: PromqlQuery,
  start: number,
  end: number,
  step: number,
): Promise<PromqlAnswer> {
  const url = new URL('api/v1/query_range', base.endsWith('/') ? base : `${base}/`);
  url.search = new URLSearchParams({
    query: query.query,
    start: String(start),
    end: String(end),
    step: String(step),
  }).toString();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    const text = await readBoundedText(response, MAX_ANSWER_BYTES);
    if (text === undefined) return { query, error: 'answer too large' };
    try {
      return { query, body: JSON.parse(text) as unknown };
    } catch {
      return { query, error: `HTTP ${response.status}: not JSON` };
    }
  } catch (e) {
    return { query, error: (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name };
  }
}

/** The steps asked for over [start, end] (Unix seconds): whole seconds, `step` apart. */
export function promqlSteps(start: number, end: number, step: number): number[] {
  const times: number[] = [];
  for (let t = Math.floor(start); t <= Math.ceil(end); t += step) times.push(t);
  return times;
}

/** Asks the Prometheus server each query over the steps' span, one after another; a failure is an answer too. */
export async function queryPrometheus(
  base: string,
  times: readonly number[],
  step: number,
  queries: readonly PromqlQuery[],
): Promise<PromqlAnswer[]> {
  const answers: PromqlAnswer[] = [];
  for (const q of queries) answers.push(await queryRange(base, q, times[0] ?? 0, times.at(-1) ?? 0, step));
  return answers;
}
