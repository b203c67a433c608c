import { Histogram } from '../domain/histogram.js';
import {
  RUN_SUMMARY_SCHEMA_VERSION,
  type MetricInfo,
  type MetricType,
  type RateCounts,
  type RunSummary,
  type SeriesKey,
  type SeriesSummary,
  type WindowStats,
  type WorkloadFingerprint,
} from '../domain/run-summary.js';
import type { MetricDeclaration, Sample, TagInfo } from './sample.js';
import { isWindowedTrend, undeclaredMetricInfo } from '../domain/metric-catalog.js';

/** Per-window histograms are coarser (1%): window statistics vary by far more than that between windows. */
export const WINDOW_ALPHA = 0.01;
/**
 * Windows start at 1 s (short CI tests still get enough of them for batch means) and double in length whenever a
 * run has more than this many, so a long test stays small in memory and on disk. Lengths stay powers of two
 * times the first, aligned to absolute time, so shards coalesce to a common length and merge exactly.
 */
export const MAX_WINDOWS = 240;
/** The default number of request-name series kept; the rest are pooled into one `(other)` series. */
export const DEFAULT_MAX_SERIES = 20;
/** Request-name series tracked while reading, before the cap is applied at the end; beyond this they pool at once. */
const HARD_NAME_LIMIT = 2000;
export const POOLED_NAME = '(other)';

export interface BuilderOptions {
  warmupSeconds: number;
  windowSeconds: number;
  maxSeries: number;
  producerVersion: string;
  k6Version?: string;
  git?: { commit?: string; ref?: string };
  fingerprint: WorkloadFingerprint;
}

interface MetricHandling {
  type: MetricType;
  /** Gets a per-window histogram too (see isWindowedTrend). */
  windowed: boolean;
}

class WindowAcc {
  requests = 0;
  failed = 0;
  readonly trends = new Map<string, Histogram>();
  readonly rates = new Map<string, RateCounts>();
}

class SeriesAcc {
  readonly trends = new Map<string, Histogram>();
  readonly failedTrends = new Map<string, Histogram>();
  readonly rates = new Map<string, RateCounts>();
  readonly counters = new Map<string, number>();
  readonly gauges = new Map<string, number>();
  readonly windows = new Map<number, WindowAcc>();

  constructor(readonly key: SeriesKey) {}

  requests(): number {
    return this.counters.get('http_reqs') ?? 0;
  }

  add(sample: Sample, type: MetricType, windowed: boolean, windowStart: number): void {
    const { metric, value } = sample;
    let window = this.windows.get(windowStart);
    if (window === undefined) {
      window = new WindowAcc();
      this.windows.set(windowStart, window);
    }
    switch (type) {
      case 'trend': {
        // Failed requests' timings are kept apart: a fast 500 must not make a service look faster.
        const failed = sample.tags.expected === false && metric.startsWith('http_req_');
        histogramIn(failed ? this.failedTrends : this.trends, metric).add(value);
        if (!failed && windowed) histogramIn(window.trends, metric, WINDOW_ALPHA).add(value);
        break;
      }
      case 'rate': {
        const hit = value !== 0 ? 1 : 0;
        countIn(this.rates, metric, hit);
        countIn(window.rates, metric, hit);
        if (metric === 'http_req_failed') window.failed += hit;
        break;
      }
      case 'counter':
        this.counters.set(metric, (this.counters.get(metric) ?? 0) + value);
        if (metric === 'http_reqs') window.requests += value;
        break;
      case 'gauge':
        this.gauges.set(metric, Math.max(this.gauges.get(metric) ?? -Infinity, value));
        break;
    }
  }

  /** Re-buckets the windows into windows of `seconds` (a multiple of the current length), aligned to absolute time. */
  coalesce(seconds: number): void {
    const old = [...this.windows.entries()];
    this.windows.clear();
    for (const [start, w] of old) {
      const to = Math.floor(start / seconds) * seconds;
      const mine = this.windows.get(to);
      if (!mine) this.windows.set(to, w);
      else mergeWindow(mine, w);
    }
  }

  mergeFrom(other: SeriesAcc): void {
    for (const [m, h] of other.trends) histogramIn(this.trends, m).merge(h);
    for (const [m, h] of other.failedTrends) histogramIn(this.failedTrends, m).merge(h);
    for (const [m, r] of other.rates) addRate(this.rates, m, r);
    for (const [m, v] of other.counters) this.counters.set(m, (this.counters.get(m) ?? 0) + v);
    for (const [m, v] of other.gauges) this.gauges.set(m, Math.max(this.gauges.get(m) ?? -Infinity, v));
    for (const [start, w] of other.windows) {
      let mine = this.windows.get(start);
      if (!mine) {
        mine = new WindowAcc();
        this.windows.set(start, mine);
      }
      mergeWindow(mine, w);
    }
  }

  toJSON(pooled: boolean): SeriesSummary {
    const windows: WindowStats[] = [...this.windows.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([start, w]) => ({
        start,
        requests: w.requests,
        failed: w.failed,
        trends: mapToObject(w.trends, (h) => h.toJSON()),
        rates: mapToObject(w.rates, (r) => ({ ...r })),
      }));
    return {
      key: this.key,
      ...(pooled ? { pooled: true } : {}),
      trends: mapToObject(this.trends, (h) => h.toJSON()),
      failedTrends: mapToObject(this.failedTrends, (h) => h.toJSON()),
      rates: mapToObject(this.rates, (r) => ({ ...r })),
      counters: mapToObject(this.counters, (v) => v),
      gauges: mapToObject(this.gauges, (v) => v),
      windows,
    };
  }
}

function mergeWindow(into: WindowAcc, w: WindowAcc): void {
  into.requests += w.requests;
  into.failed += w.failed;
  for (const [m, h] of w.trends) histogramIn(into.trends, m, WINDOW_ALPHA).merge(h);
  for (const [m, r] of w.rates) addRate(into.rates, m, r);
}

function histogramIn(map: Map<string, Histogram>, metric: string, alpha?: number): Histogram {
  let h = map.get(metric);
  if (h === undefined) {
    h = new Histogram(alpha);
    map.set(metric, h);
  }
  return h;
}

function countIn(map: Map<string, RateCounts>, metric: string, hit: number): void {
  const r = map.get(metric);
  if (r) {
    r.passes += hit;
    r.total += 1;
  } else map.set(metric, { passes: hit, total: 1 });
}

function addRate(map: Map<string, RateCounts>, metric: string, add: RateCounts): void {
  const r = map.get(metric);
  if (r) {
    r.passes += add.passes;
    r.total += add.total;
  } else map.set(metric, { ...add });
}

function mapToObject<V, T>(map: Map<string, V>, f: (v: V) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of [...map.keys()].sort()) out[k] = f(map.get(k) as V);
  return out;
}

const KNOWN_TYPES = new Set<MetricType>(['trend', 'rate', 'counter', 'gauge']);

/**
 * Accumulates k6 samples into a RunSummary: all traffic, per scenario, per request name; per time window aligned to
 * absolute time (so shards merge); setup/teardown and the warm-up left out. Pure: no I/O, no clock.
 */
export class RunSummaryBuilder {
  readonly metrics = new Map<string, MetricInfo>();
  private readonly ignoredTypes = new Map<string, string>();
  private readonly all = new SeriesAcc({});
  private readonly scenarios = new Map<string, SeriesAcc>();
  /** Request-name series by name, method and group; the final keys are chosen at the end. */
  private readonly names = new Map<
    string,
    { name: string; method?: string; group: string; acc: SeriesAcc }
  >();
  private overflow: SeriesAcc | undefined;
  private readonly handlings = new Map<string, MetricHandling | null>();
  /** Series per distinct tag set (tag sets are shared objects, one per distinct set: see digestTags). */
  private readonly routes = new Map<TagInfo, SeriesAcc[]>();
  private firstTime: number | undefined;
  private minTime = Infinity;
  private maxTime = -Infinity;
  private windowSeconds: number;
  samples = 0;
  excludedSetupTeardown = 0;
  excludedWarmup = 0;

  constructor(private readonly options: BuilderOptions) {
    this.windowSeconds = options.windowSeconds;
  }

  private accumulators(): SeriesAcc[] {
    const out = [this.all, ...this.scenarios.values(), ...[...this.names.values()].map((e) => e.acc)];
    if (this.overflow) out.push(this.overflow);
    return out;
  }

  private widenWindows(): void {
    this.windowSeconds *= 2;
    for (const acc of this.accumulators()) acc.coalesce(this.windowSeconds);
  }

  declare(metric: MetricDeclaration): void {
    if (KNOWN_TYPES.has(metric.type as MetricType)) {
      const contains = metric.contains === 'time' || metric.contains === 'data' ? metric.contains : 'default';
      this.metrics.set(metric.name, {
        type: metric.type as MetricType,
        contains,
        ...(metric.thresholds ? { thresholds: metric.thresholds } : {}),
      });
    } else this.ignoredTypes.set(metric.name, metric.type);
    this.handlings.delete(metric.name);
  }

  /** Metrics of a type perf-gate does not know, ignored (for a debug note). */
  ignoredMetrics(): Array<[string, string]> {
    return [...this.ignoredTypes.entries()];
  }

  /** How samples of a metric are accumulated, looked up once per sample (null: a type perf-gate ignores). */
  private handling(metric: string): MetricHandling | null {
    const known = this.handlings.get(metric);
    if (known !== undefined) return known;
    let info = this.metrics.get(metric);
    if (info === undefined && !this.ignoredTypes.has(metric)) {
      // Undeclared (CSV, or a cut-off declaration): the catalog's built-in, else a Trend, the common custom metric.
      info = undeclaredMetricInfo(metric);
      this.metrics.set(metric, info);
    }
    const handling = info
      ? { type: info.type, windowed: info.type === 'trend' && isWindowedTrend(metric) }
      : null;
    this.handlings.set(metric, handling);
    return handling;
  }

  add(sample: Sample): void {
    const handling = this.handling(sample.metric);
    if (handling === null) return;
    const { type, windowed } = handling;
    const { tags, time } = sample;
    if (tags.setupOrTeardown) {
      this.excludedSetupTeardown++;
      return;
    }
    this.firstTime ??= time;
    // k6 flushes samples slightly out of order: with no warm-up asked for, nothing is compared with the first time
    // seen (a shard that starts with a late sample would otherwise drop the earlier ones after it).
    if (this.options.warmupSeconds > 0 && time < this.firstTime + this.options.warmupSeconds * 1000) {
      this.excludedWarmup++;
      return;
    }
    this.samples++;
    if (time < this.minTime) this.minTime = time;
    if (time > this.maxTime) this.maxTime = time;
    const windowStart = Math.floor(time / 1000 / this.windowSeconds) * this.windowSeconds;
    this.all.add(sample, type, windowed, windowStart);
    if (this.all.windows.size > MAX_WINDOWS) this.widenWindows();
    let routes = this.routes.get(tags);
    if (routes === undefined) {
      routes = this.routesFor(tags);
      // Tag sets that are not shared (the slow parsing path, per-request tag values) must not pile up here.
      if (this.routes.size >= 50_000) this.routes.clear();
      this.routes.set(tags, routes);
    }
    for (const acc of routes) acc.add(sample, type, windowed, windowStart);
  }

  /** The series a tag set's samples go to besides all traffic: its scenario's and its request name's. */
  private routesFor(tags: TagInfo): SeriesAcc[] {
    const out: SeriesAcc[] = [];
    if (tags.scenario !== undefined) {
      let acc = this.scenarios.get(tags.scenario);
      if (!acc) {
        acc = new SeriesAcc({ scenario: tags.scenario });
        this.scenarios.set(tags.scenario, acc);
      }
      out.push(acc);
    }
    if (tags.name !== undefined) out.push(this.nameSeries(tags.name, tags.method, tags.group));
    return out;
  }

  private nameSeries(name: string, method: string | undefined, group: string): SeriesAcc {
    const id = `${name}\u0000${method ?? ''}\u0000${group}`;
    const entry = this.names.get(id);
    if (entry) return entry.acc;
    if (this.names.size >= HARD_NAME_LIMIT) {
      this.overflow ??= new SeriesAcc({ name: POOLED_NAME });
      return this.overflow;
    }
    const acc = new SeriesAcc({});
    this.names.set(id, { name, method, group, acc });
    return acc;
  }

  /** The summary so far. `warnings` collects what the user should know (pooled series, ...). */
  finish(extra: { lines: number; skippedLines: number; truncated: boolean; warnings: string[] }): RunSummary {
    const warnings = [...extra.warnings];
    const series: SeriesSummary[] = [this.all.toJSON(false)];
    if (this.scenarios.size > 1) {
      for (const s of [...this.scenarios.keys()].sort())
        series.push((this.scenarios.get(s) as SeriesAcc).toJSON(false));
    }
    series.push(...this.nameSeriesJSON(warnings));
    // Whole milliseconds, as the ISO strings carry them, so a merge recomputing the span from them agrees.
    const start = Number.isFinite(this.minTime) ? Math.floor(this.minTime) : 0;
    const end = Number.isFinite(this.maxTime) ? Math.floor(this.maxTime) : start;
    return {
      schemaVersion: RUN_SUMMARY_SCHEMA_VERSION,
      producer: { name: 'perf-gate', version: this.options.producerVersion },
      k6: this.options.k6Version ? { version: this.options.k6Version } : {},
      run: {
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        durationSeconds: Math.max(0.001, (end - start) / 1000),
        warmupSeconds: this.options.warmupSeconds,
      },
      ...(this.options.git ? { git: this.options.git } : {}),
      fingerprint: this.options.fingerprint,
      windowSeconds: this.windowSeconds,
      metrics: mapToObject(this.metrics, (m) => m),
      series,
      thresholds: [],
      ingest: {
        lines: extra.lines,
        samples: this.samples,
        skippedLines: extra.skippedLines,
        excludedSetupTeardown: this.excludedSetupTeardown,
        excludedWarmup: this.excludedWarmup,
        truncated: extra.truncated,
        shards: 1,
      },
      warnings,
    };
  }

  /**
   * Request-name series, named by `name` alone unless the same name is used with several methods or groups; the
   * top `maxSeries` by request count are kept and the rest pooled into `(other)`.
   */
  private nameSeriesJSON(warnings: string[]): SeriesSummary[] {
    const byName = new Map<string, { methods: Set<string>; groups: Set<string> }>();
    for (const e of this.names.values()) {
      const s = byName.get(e.name) ?? { methods: new Set(), groups: new Set() };
      s.methods.add(e.method ?? '');
      s.groups.add(e.group);
      byName.set(e.name, s);
    }
    const merged = new Map<string, SeriesAcc>();
    for (const e of this.names.values()) {
      const variety = byName.get(e.name) as { methods: Set<string>; groups: Set<string> };
      const key: SeriesKey = { name: e.name };
      if (variety.methods.size > 1 && e.method) key.method = e.method;
      if (variety.groups.size > 1) key.group = e.group;
      const id = JSON.stringify(key);
      let acc = merged.get(id);
      if (!acc) {
        acc = new SeriesAcc(key);
        merged.set(id, acc);
      }
      acc.mergeFrom(e.acc);
    }
    const ranked = [...merged.values()].sort(
      (a, b) => b.requests() - a.requests() || JSON.stringify(a.key).localeCompare(JSON.stringify(b.key)),
    );
    const kept = ranked.slice(0, this.options.maxSeries);
    const rest = ranked.slice(this.options.maxSeries);
    let pooled = this.overflow;
    if (rest.length > 0 || pooled) {
      pooled ??= new SeriesAcc({ name: POOLED_NAME });
      for (const acc of rest) pooled.mergeFrom(acc);
      warnings.push(
        `${rest.length + (this.overflow ? 1 : 0)} request-name series beyond the top ${this.options.maxSeries} were pooled into "${POOLED_NAME}"; ` +
          'set a `name` tag on requests with dynamic URLs, or raise --max-series',
      );
    }
    const out = kept.map((acc) => acc.toJSON(false));
    if (pooled) out.push(pooled.toJSON(true));
    return out;
  }
}
