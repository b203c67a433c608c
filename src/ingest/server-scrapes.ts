/**
 * The accumulator of one server-metrics target: each scrape (a Prometheus text body, or one PromQL step) is reduced
 * the moment it arrives to the points the server section needs (counters, summed gauges, route histogram buckets),
 * and the parsed exposition is dropped. Memory grows with kept series × scrapes, and the kept series are capped
 * (MAX_SERIES_PER_TARGET, with a warning), so a long run against a service with a huge exposition stays bounded.
 * ingest/server-summary.ts turns the accumulated points into the RunSummary's server section at the end of the run.
 */
import { familyOf, parsePromValue, parsePrometheusText, type PromExposition } from './prometheus-text.js';

/** Distinct series kept per target (counter label sets, summed gauges, route histogram buckets). */
export const MAX_SERIES_PER_TARGET = 2000;
const MAX_COUNTERS = 200;
const MAX_GAUGES = 200;
const MAX_ROUTES = 50;

/** The counters followed window by window (the rest are totals only). */
export const WINDOW_COUNTERS = [
  'process_cpu_seconds_total',
  'go_gc_duration_seconds_sum',
  'nodejs_gc_duration_seconds_sum',
] as const;
/** Gauges the efficiency figures read: kept even past the series cap, like WINDOW_COUNTERS. */
const EFFICIENCY_GAUGES = ['process_resident_memory_bytes', 'go_goroutines', 'nodejs_eventloop_lag_seconds'];
const ESSENTIAL = new Set<string>([...WINDOW_COUNTERS, ...EFFICIENCY_GAUGES]);

export const labelId = (labels: Record<string, string>): string =>
  JSON.stringify(Object.entries(labels).sort());

/** A series' points as one flat array [t0, v0, t1, v1, ...] (packed doubles: 16 bytes a point). */
export type FlatPoints = number[];

export interface RouteBuckets {
  labels: Record<string, string>;
  byLe: Map<number, FlatPoints>;
}

function isCounterSample(exposition: PromExposition, name: string): boolean {
  const family = familyOf(exposition, name);
  if (!family) return name.endsWith('_total');
  if (family.type === 'counter') return true;
  if (family.type === 'histogram' || family.type === 'summary')
    return name.endsWith('_sum') || name.endsWith('_count');
  return family.type === 'untyped' && name.endsWith('_total');
}

/** Histograms that time HTTP requests, whatever the framework calls them. */
function isRouteHistogram(name: string): boolean {
  return /http|request|response/i.test(name) && !/size|bytes/i.test(name);
}

/**
 * A bucket's `le` label as a number, read as the format writes values: `+Inf` is the last bucket; a bound too large
 * for a double (`1e999`) or NaN is no bound (it would pose as, and overwrite, the +Inf bucket).
 */
function bucketBound(le: string | undefined): number | undefined {
  const bound = le === undefined ? undefined : parsePromValue(le);
  return bound === undefined || Number.isNaN(bound) ? undefined : bound;
}

export class ServerScrapes {
  /** Scrapes attempted (answered or failed). */
  scrapes = 0;
  failures = 0;
  /** The failure with the latest time (the last one in time order). */
  lastError: { t: number; error: string } | undefined;
  /** The first and last time a scrape answered with samples: they bound the covered span. */
  firstAnswered: number | undefined;
  lastAnswered: number | undefined;
  readonly counters = new Map<string, Map<string, FlatPoints>>();
  readonly gauges = new Map<string, FlatPoints>();
  readonly histograms = new Map<string, Map<string, RouteBuckets>>();
  /** Whether a series was dropped because the target had MAX_SERIES_PER_TARGET already. */
  seriesCapped = false;
  private series = 0;
  /** PromQL mode: the queries that failed while others answered. */
  queryErrors: string[] = [];

  constructor(
    readonly target: string,
    readonly source: 'scrape' | 'promql',
    readonly intervalSeconds: number,
    private readonly maxSeries = MAX_SERIES_PER_TARGET,
    /** The target's role (`server-metrics: name=url`), kept on its summary to pair it across runs. */
    readonly name?: string,
  ) {}

  /** One scrape's body, read at time t (Unix seconds): parsed, reduced, and dropped. */
  addText(t: number, text: string): void {
    this.addExposition(t, parsePrometheusText(text));
  }

  addFailure(t: number, error: string): void {
    this.scrapes++;
    this.failures++;
    if (this.lastError === undefined || t >= this.lastError.t) this.lastError = { t, error };
  }

  /** One answered scrape (or PromQL step). A scrape without samples counts but bounds nothing. */
  addExposition(t: number, exposition: PromExposition): void {
    this.scrapes++;
    if (exposition.samples.length === 0) return;
    this.firstAnswered = Math.min(this.firstAnswered ?? t, t);
    this.lastAnswered = Math.max(this.lastAnswered ?? t, t);
    const gaugeSums = new Map<string, number>();
    for (const s of exposition.samples) {
      // NaN (no observation yet) and ±Inf samples carry no amount to sum or difference.
      if (!Number.isFinite(s.value)) continue;
      const family = familyOf(exposition, s.name);
      if (
        family?.type === 'histogram' &&
        s.name === `${family.name}_bucket` &&
        isRouteHistogram(family.name)
      ) {
        const le = bucketBound(s.labels.le);
        if (le === undefined) continue;
        const { le: _le, ...route } = s.labels;
        this.addBucket(family.name, route, le, t, s.value);
      } else if (isCounterSample(exposition, s.name)) {
        this.addCounter(s.name, s.labels, t, s.value);
      } else if (family?.type === 'gauge' || (!family && !s.name.endsWith('_total'))) {
        gaugeSums.set(s.name, (gaugeSums.get(s.name) ?? 0) + s.value);
      }
    }
    for (const [name, v] of gaugeSums) {
      let points = this.gauges.get(name);
      if (!points) {
        if (this.gauges.size >= MAX_GAUGES || !this.admit(name)) continue;
        points = [];
        this.gauges.set(name, points);
      }
      points.push(t, v);
    }
  }

  /** Whether one more series may be kept; the essential ones always are (and still count). */
  private admit(name: string): boolean {
    if (this.series >= this.maxSeries && !ESSENTIAL.has(name)) {
      this.seriesCapped = true;
      return false;
    }
    this.series++;
    return true;
  }

  private addCounter(name: string, labels: Record<string, string>, t: number, value: number): void {
    const bySeries = this.counters.get(name);
    if (!bySeries && this.counters.size >= MAX_COUNTERS) return;
    const id = labelId(labels);
    const points = bySeries?.get(id);
    if (points) {
      points.push(t, value);
      return;
    }
    if (!this.admit(name)) return;
    if (bySeries) bySeries.set(id, [t, value]);
    else this.counters.set(name, new Map([[id, [t, value]]]));
  }

  private addBucket(
    metric: string,
    route: Record<string, string>,
    le: number,
    t: number,
    value: number,
  ): void {
    let byRoute = this.histograms.get(metric);
    if (!byRoute) {
      byRoute = new Map();
      this.histograms.set(metric, byRoute);
    }
    const id = labelId(route);
    let entry = byRoute.get(id);
    if (!entry) {
      if (byRoute.size >= MAX_ROUTES) return;
      entry = { labels: route, byLe: new Map() };
      byRoute.set(id, entry);
    }
    let points = entry.byLe.get(le);
    if (!points) {
      if (!this.admit(metric)) return;
      points = [];
      entry.byLe.set(le, points);
    }
    points.push(t, value);
  }
}
