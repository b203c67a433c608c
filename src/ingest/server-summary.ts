/**
 * Turns one target's accumulated scrapes (server-scrapes.ts, filled scrape by scrape while the run goes) into the
 * RunSummary's server section (domain/server-summary.ts) once the client's windows are known: counters are made
 * monotone (a decrease is a restart, PromQL's rate() rule), interpolated linearly at the client's window boundaries
 * and differenced, so that a window's CPU seconds and its client requests cover the same absolute time.
 *
 * About 280 lines: the counter, gauge, histogram and efficiency reductions share the window alignment; split, each
 * would repeat it.
 */
import type { WindowStats } from '../domain/run-summary.js';
import type {
  GaugeStats,
  ServerEfficiency,
  ServerRouteHistogram,
  ServerTargetSummary,
  ServerWindow,
} from '../domain/server-summary.js';
import type { PromExposition } from './prometheus-text.js';
import { labelId, ServerScrapes, WINDOW_COUNTERS, type FlatPoints } from './server-scrapes.js';

export interface Scrape {
  /** When the answer was read, Unix seconds (the middle of the request). */
  t: number;
  exposition?: PromExposition;
  error?: string;
}

/** A target's scrapes given all at once (fixtures, tests): summarizeServerTarget feeds them to the accumulator. */
export interface ScrapeLog {
  target: string;
  /** The target's role (`server-metrics: name=url`), kept on its summary to pair it across runs. */
  name?: string;
  source: 'scrape' | 'promql';
  intervalSeconds: number;
  scrapes: Scrape[];
  /** PromQL mode: the queries that failed while others answered. */
  queryErrors?: string[];
}

const GC_SUMS = ['go_gc_duration_seconds_sum', 'nodejs_gc_duration_seconds_sum'];

type Points = Array<[number, number]>;

/** A counter's points with every decrease treated as a restart from zero: the result never decreases. */
export function monotone(points: Points): Points {
  let offset = 0;
  let previous: number | undefined;
  return points.map(([t, v]) => {
    if (previous !== undefined && v < previous) offset += previous;
    previous = v;
    return [t, v + offset];
  });
}

/**
 * The value of a cumulative series at time t: linear between the scrapes around it, the first or last value
 * outside them (no increase is invented before the first scrape or after the last).
 * @example valueAt([[0, 0], [2, 10]], 1) // 5
 */
export function valueAt(points: Points, t: number): number {
  if (points.length === 0) return 0;
  const first = points[0] as [number, number];
  if (t <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [t1, v1] = points[i] as [number, number];
    if (t <= t1) {
      const [t0, v0] = points[i - 1] as [number, number];
      return t1 === t0 ? v1 : v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
    }
  }
  return (points.at(-1) as [number, number])[1];
}

/**
 * The q-quantile of a cumulative histogram by linear interpolation inside the bucket holding rank q·count (as
 * PromQL's histogram_quantile): the lowest bucket interpolates from 0 (or from its bound when it is ≤ 0), a rank in
 * the +Inf bucket answers the highest finite bound. Also returns the bucket's width, the most the answer can be off.
 * Undefined for an empty histogram or q outside [0, 1].
 * @example bucketQuantile([[0.1, 50], [0.2, 100], [Infinity, 100]], 0.5) // { value: 0.1, width: 0.1 }
 */
export function bucketQuantile(
  buckets: ReadonlyArray<readonly [number, number]>,
  q: number,
): { value: number; width: number } | undefined {
  const total = buckets.at(-1)?.[1] ?? 0;
  if (!(total > 0) || !(q >= 0 && q <= 1)) return undefined;
  const rank = q * total;
  let prevBound = 0;
  let prevCum = 0;
  for (let i = 0; i < buckets.length; i++) {
    const [bound, cum] = buckets[i] as [number, number];
    if (cum >= rank && cum > prevCum) {
      if (bound === Infinity) {
        const finite = i > 0 ? (buckets[i - 1] as [number, number])[0] : 0;
        return { value: finite, width: Infinity };
      }
      const low = i === 0 ? (bound > 0 ? 0 : bound) : prevBound;
      return { value: low + ((bound - low) * (rank - prevCum)) / (cum - prevCum), width: bound - low };
    }
    prevBound = bound;
    prevCum = cum;
  }
  return undefined;
}

/** Flat points [t0, v0, t1, v1, ...] as pairs in time order (scrapes may answer out of order). */
function pairs(flat: FlatPoints): Points {
  const out: Points = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] as number, flat[i + 1] as number]);
  return out.sort((a, b) => a[0] - b[0]);
}

/** A counter's increase between two times, summed over its label sets. */
function increase(bySeries: Map<string, FlatPoints>, from: number, to: number): number {
  let sum = 0;
  for (const points of bySeries.values()) {
    const m = monotone(pairs(points));
    sum += valueAt(m, to) - valueAt(m, from);
  }
  return sum;
}

const round = (x: number): number => Number(x.toPrecision(12));

function routeHistogram(
  metric: string,
  labels: Record<string, string>,
  byLe: Map<number, FlatPoints>,
  from: number,
  to: number,
): ServerRouteHistogram {
  const bounds = [...byLe.keys()].sort((a, b) => a - b);
  const buckets = bounds.map((le): [number, number] => {
    const m = monotone(pairs(byLe.get(le) as FlatPoints));
    return [le, Math.max(0, valueAt(m, to) - valueAt(m, from))];
  });
  // Interpolation can break monotonicity between buckets by rounding: make it cumulative again.
  for (let i = 1; i < buckets.length; i++)
    (buckets[i] as [number, number])[1] = Math.max(
      (buckets[i] as [number, number])[1],
      (buckets[i - 1] as [number, number])[1],
    );
  const count = buckets.at(-1)?.[1] ?? 0;
  const quantiles: ServerRouteHistogram['quantiles'] = {};
  const resolution: ServerRouteHistogram['resolution'] = {};
  for (const [key, q] of [
    ['p50', 0.5],
    ['p95', 0.95],
    ['p99', 0.99],
  ] as const) {
    const r = bucketQuantile(buckets, q);
    if (!r) continue;
    quantiles[key] = round(r.value);
    if (Number.isFinite(r.width)) resolution[key] = round(r.width);
  }
  return {
    metric,
    route: labels,
    buckets: buckets.map(([le, c]) => [Number.isFinite(le) ? le : null, round(c)]),
    count: round(count),
    sum: 0,
    quantiles,
    resolution,
  };
}

function gaugeStats(points: Points, from: number, to: number): GaugeStats | undefined {
  const inside = points.filter(([t]) => t >= from && t <= to).map(([, v]) => v);
  if (inside.length === 0) return undefined;
  return {
    mean: round(inside.reduce((s, v) => s + v, 0) / inside.length),
    max: Math.max(...inside),
    first: inside[0] as number,
    last: inside.at(-1) as number,
  };
}

/**
 * The server section for one target from its scrape log (every scrape kept): fed through the accumulator, as the
 * live scraper feeds it scrape by scrape.
 */
export function summarizeServerTarget(
  log: ScrapeLog,
  clientWindows: readonly WindowStats[],
  windowSeconds: number,
): ServerTargetSummary {
  const acc = new ServerScrapes(log.target, log.source, log.intervalSeconds, undefined, log.name);
  for (const s of log.scrapes) {
    if (s.exposition) acc.addExposition(s.t, s.exposition);
    else acc.addFailure(s.t, s.error ?? 'failed');
  }
  acc.queryErrors = log.queryErrors ?? [];
  return summarizeServerScrapes(acc, clientWindows, windowSeconds);
}

/**
 * The server section for one target. `clientWindows` are the all-traffic windows of the run (their starts and
 * requests); a window counts only when scrapes exist at or before its start and at or after its end.
 */
export function summarizeServerScrapes(
  acc: ServerScrapes,
  clientWindows: readonly WindowStats[],
  windowSeconds: number,
): ServerTargetSummary {
  const base = {
    target: acc.target,
    ...(acc.name !== undefined ? { name: acc.name } : {}),
    source: acc.source,
    intervalSeconds: acc.intervalSeconds,
    scrapes: acc.scrapes,
    failures: acc.failures,
    ...(acc.lastError ? { lastError: acc.lastError.error } : {}),
  };
  // Scrapes with samples bound the covered span (a PromQL step before the server had data has none).
  const firstT = acc.firstAnswered;
  const lastT = acc.lastAnswered;
  const covered =
    firstT === undefined || lastT === undefined
      ? []
      : clientWindows.filter((w) => w.start >= firstT && w.start + windowSeconds <= lastT);
  if (covered.length === 0)
    return { ...base, windows: [], counters: {}, gauges: {}, routes: [], efficiency: {} };
  const { counters, gauges, histograms } = acc;
  const from = (covered[0] as WindowStats).start;
  const to = (covered.at(-1) as WindowStats).start + windowSeconds;

  const windows: ServerWindow[] = covered.map((w) => {
    const perWindow: Record<string, number> = {};
    for (const name of WINDOW_COUNTERS) {
      const series = counters.get(name);
      if (series) perWindow[name] = round(increase(series, w.start, w.start + windowSeconds));
    }
    return { start: w.start, requests: w.requests, counters: perWindow };
  });
  const totals: Record<string, number> = {};
  for (const [name, series] of counters) totals[name] = round(increase(series, from, to));
  const gaugeOut: Record<string, GaugeStats> = {};
  for (const [name, points] of gauges) {
    const stats = gaugeStats(pairs(points), from, to);
    if (stats) gaugeOut[name] = stats;
  }
  const routes: ServerRouteHistogram[] = [];
  for (const [metric, byRoute] of histograms)
    for (const { labels, byLe } of byRoute.values()) {
      const h = routeHistogram(metric, labels, byLe, from, to);
      const sums = counters.get(`${metric}_sum`);
      if (sums) h.sum = round(increaseMatching(sums, labels, from, to));
      if (h.count > 0) routes.push(h);
    }

  const wall = to - from;
  const requests = covered.reduce((s, w) => s + w.requests, 0);
  const efficiency: ServerEfficiency = {};
  const cpu = totals.process_cpu_seconds_total;
  if (cpu !== undefined) {
    if (requests > 0) efficiency.cpuSecondsPerRequest = round(cpu / requests);
    efficiency.coresUsed = round(cpu / wall);
  }
  const rss = gaugeOut.process_resident_memory_bytes;
  if (rss) efficiency.memoryGrowthBytes = rss.last - rss.first;
  const gc = GC_SUMS.filter((n) => totals[n] !== undefined).reduce((s, n) => s + (totals[n] as number), 0);
  if (GC_SUMS.some((n) => totals[n] !== undefined)) efficiency.gcTimeShare = round(gc / wall);
  if (gaugeOut.go_goroutines) efficiency.goroutinesMax = gaugeOut.go_goroutines.max;
  if (gaugeOut.nodejs_eventloop_lag_seconds)
    efficiency.eventLoopLagMaxSeconds = gaugeOut.nodejs_eventloop_lag_seconds.max;
  return { ...base, windows, counters: totals, gauges: gaugeOut, routes, efficiency };
}

/** The increase of the `_sum` series whose labels equal a route's. */
function increaseMatching(
  bySeries: Map<string, FlatPoints>,
  labels: Record<string, string>,
  from: number,
  to: number,
): number {
  const points = bySeries.get(labelId(labels));
  if (!points) return 0;
  const m = monotone(pairs(points));
  return valueAt(m, to) - valueAt(m, from);
}
