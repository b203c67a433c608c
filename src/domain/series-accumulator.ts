/**
 * The one accumulator of a series (all traffic, a scenario, a request name): histograms per Trend, counts per Rate,
 * counter totals, gauge maxima, and the same per time window. Ingestion adds samples to it; merging shards and
 * pooling repeated runs fold serialized series into it (fromJSON, merge, toJSON). Both paths therefore add up
 * exactly the same way, which is what makes a merge of shards equal to the summary of the whole run.
 */
import { Histogram } from './histogram.js';
import { HTTP_REQS } from './metric-catalog.js';
import type { MetricType, RateCounts, SeriesKey, SeriesSummary } from './run-summary.js';

/** Per-window histograms are coarser (1%): window statistics vary by far more than that between windows. */
export const WINDOW_ALPHA = 0.01;

class WindowAccumulator {
  requests = 0;
  failed = 0;
  iterations = 0;
  readonly trends = new Map<string, Histogram>();
  readonly rates = new Map<string, RateCounts>();

  merge(other: WindowAccumulator): void {
    this.requests += other.requests;
    this.failed += other.failed;
    this.iterations += other.iterations;
    for (const [m, h] of other.trends) histogramIn(this.trends, m, h.alpha).merge(h);
    for (const [m, r] of other.rates) addRate(this.rates, m, r);
  }
}

/** How one sample is accumulated (decided once per metric by the caller, from the metric catalog). */
export interface SampleRouting {
  type: MetricType;
  /** Trends only: also kept per time window. */
  windowed: boolean;
  /** A request timing of a failed request: kept apart, so a fast error cannot make a service look faster. */
  failedRequest: boolean;
  /** http_reqs: counted per window as requests. */
  requests: boolean;
  /** iterations: counted per window (the throughput of a script without HTTP requests). */
  iterations?: boolean;
  /** http_req_failed: counted per window as failures. */
  failures: boolean;
}

export class SeriesAccumulator {
  readonly trends = new Map<string, Histogram>();
  readonly failedTrends = new Map<string, Histogram>();
  readonly rates = new Map<string, RateCounts>();
  readonly counters = new Map<string, number>();
  readonly gauges = new Map<string, number>();
  readonly windows = new Map<number, WindowAccumulator>();
  pooled = false;

  constructor(readonly key: SeriesKey) {}

  requests(): number {
    return this.counters.get(HTTP_REQS) ?? 0;
  }

  private window(start: number): WindowAccumulator {
    let window = this.windows.get(start);
    if (window === undefined) {
      window = new WindowAccumulator();
      this.windows.set(start, window);
    }
    return window;
  }

  add(metric: string, value: number, routing: SampleRouting, windowStart: number): void {
    const window = this.window(windowStart);
    switch (routing.type) {
      case 'trend':
        histogramIn(routing.failedRequest ? this.failedTrends : this.trends, metric).add(value);
        if (!routing.failedRequest && routing.windowed)
          histogramIn(window.trends, metric, WINDOW_ALPHA).add(value);
        break;
      case 'rate': {
        const hit = value !== 0 ? 1 : 0;
        addRate(this.rates, metric, { passes: hit, total: 1 });
        addRate(window.rates, metric, { passes: hit, total: 1 });
        if (routing.failures) window.failed += hit;
        break;
      }
      case 'counter':
        this.counters.set(metric, (this.counters.get(metric) ?? 0) + value);
        if (routing.requests) window.requests += value;
        else if (routing.iterations) window.iterations += value;
        break;
      case 'gauge':
        this.gauges.set(metric, Math.max(this.gauges.get(metric) ?? -Infinity, value));
        break;
    }
  }

  /** Re-buckets the windows into windows of `seconds` (a multiple of the current length), aligned to absolute time. */
  coalesce(seconds: number): this {
    const old = [...this.windows.entries()];
    this.windows.clear();
    for (const [start, w] of old) this.window(Math.floor(start / seconds) * seconds).merge(w);
    return this;
  }

  /** Adds another accumulator of the same series: histograms and counts add, gauges take the maximum. */
  merge(other: SeriesAccumulator): this {
    for (const [m, h] of other.trends) histogramIn(this.trends, m, h.alpha).merge(h);
    for (const [m, h] of other.failedTrends) histogramIn(this.failedTrends, m, h.alpha).merge(h);
    for (const [m, r] of other.rates) addRate(this.rates, m, r);
    for (const [m, v] of other.counters) this.counters.set(m, (this.counters.get(m) ?? 0) + v);
    for (const [m, v] of other.gauges) this.gauges.set(m, Math.max(this.gauges.get(m) ?? -Infinity, v));
    for (const [start, w] of other.windows) this.window(start).merge(w);
    this.pooled ||= other.pooled;
    return this;
  }

  toJSON(): SeriesSummary {
    return {
      key: this.key,
      ...(this.pooled ? { pooled: true } : {}),
      trends: mapToObject(this.trends, (h) => h.toJSON()),
      failedTrends: mapToObject(this.failedTrends, (h) => h.toJSON()),
      rates: mapToObject(this.rates, (r) => ({ ...r })),
      counters: mapToObject(this.counters, (v) => v),
      gauges: mapToObject(this.gauges, (v) => v),
      windows: [...this.windows.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([start, w]) => ({
          start,
          requests: w.requests,
          failed: w.failed,
          ...(w.iterations > 0 ? { iterations: w.iterations } : {}),
          trends: mapToObject(w.trends, (h) => h.toJSON()),
          rates: mapToObject(w.rates, (r) => ({ ...r })),
        })),
    };
  }

  static fromJSON(series: SeriesSummary): SeriesAccumulator {
    const acc = new SeriesAccumulator(series.key);
    acc.pooled = series.pooled === true;
    for (const [m, h] of Object.entries(series.trends)) acc.trends.set(m, Histogram.fromJSON(h));
    for (const [m, h] of Object.entries(series.failedTrends)) acc.failedTrends.set(m, Histogram.fromJSON(h));
    for (const [m, r] of Object.entries(series.rates)) acc.rates.set(m, { ...r });
    for (const [m, v] of Object.entries(series.counters)) acc.counters.set(m, v);
    for (const [m, v] of Object.entries(series.gauges)) acc.gauges.set(m, v);
    for (const w of series.windows) {
      const window = acc.window(w.start);
      window.requests += w.requests;
      window.failed += w.failed;
      window.iterations += w.iterations ?? 0;
      for (const [m, h] of Object.entries(w.trends)) window.trends.set(m, Histogram.fromJSON(h));
      for (const [m, r] of Object.entries(w.rates)) window.rates.set(m, { ...r });
    }
    return acc;
  }
}

function histogramIn(map: Map<string, Histogram>, metric: string, alpha?: number): Histogram {
  let h = map.get(metric);
  if (h === undefined) {
    h = new Histogram(alpha);
    map.set(metric, h);
  }
  return h;
}

function addRate(map: Map<string, RateCounts>, metric: string, add: RateCounts): void {
  const r = map.get(metric);
  if (r) {
    r.passes += add.passes;
    r.total += add.total;
  } else map.set(metric, { ...add });
}

/** A Map as a plain object with its keys sorted (stable JSON). */
export function mapToObject<V, T>(map: Map<string, V>, f: (v: V) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of [...map.keys()].sort()) out[k] = f(map.get(k) as V);
  return out;
}
