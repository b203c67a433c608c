/**
 * The RunSummaryBuilder: routes each k6 sample to its series (all traffic, its scenario, its request name) and
 * applies the series cap when the run ends. The adding itself is the series accumulator's (domain/). About 280 lines
 * because naming the request series (by name, and by method or group only where one name has several) needs the
 * routing state that collected them.
 */
import {
  RUN_SUMMARY_SCHEMA_VERSION,
  type MetricInfo,
  type MetricType,
  type RunSummary,
  type SeriesKey,
  type SeriesSummary,
  type WorkloadFingerprint,
  type LoadTool,
} from '../domain/run-summary.js';
import {
  SeriesAccumulator as SeriesAcc,
  mapToObject,
  type SampleRouting,
} from '../domain/series-accumulator.js';
import type { MetricDeclaration, Sample, TagInfo } from './sample.js';
import {
  HTTP_REQ_DURATION,
  HTTP_REQ_FAILED,
  HTTP_REQS,
  ITERATIONS,
  isRequestTiming,
  isWindowedTrend,
  undeclaredMetricInfo,
} from '../domain/metric-catalog.js';

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
  /** The load generator, when it is not k6 (recorded so a k6 baseline is never silently compared with it). */
  tool?: LoadTool;
}

/** How a metric's samples are accumulated: as they are, and (request timings) when the request failed. */
interface MetricHandling {
  ok: SampleRouting;
  failed: SampleRouting;
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

  /** Requests and the request duration's p95 so far, for progress lines (nothing for a test without HTTP). */
  soFar(): { requests?: number; p95Ms?: number } {
    const requests = this.all.counters.get(HTTP_REQS);
    const duration = this.all.trends.get(HTTP_REQ_DURATION);
    return {
      ...(requests !== undefined ? { requests } : {}),
      ...(duration && duration.count > 0 ? { p95Ms: duration.quantile(0.95) } : {}),
    };
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
    let handling: MetricHandling | null = null;
    if (info) {
      const ok: SampleRouting = {
        type: info.type,
        windowed: info.type === 'trend' && isWindowedTrend(metric),
        failedRequest: false,
        requests: metric === HTTP_REQS,
        iterations: metric === ITERATIONS,
        failures: metric === HTTP_REQ_FAILED,
      };
      // Failed requests' timings are kept apart: a fast 500 must not make a service look faster.
      handling = {
        ok,
        failed: info.type === 'trend' && isRequestTiming(metric) ? { ...ok, failedRequest: true } : ok,
      };
    }
    this.handlings.set(metric, handling);
    return handling;
  }

  add(sample: Sample): void {
    const handling = this.handling(sample.metric);
    if (handling === null) return;
    const { tags, time } = sample;
    const routing = tags.expected === false ? handling.failed : handling.ok;
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
    this.all.add(sample.metric, sample.value, routing, windowStart);
    if (this.all.windows.size > MAX_WINDOWS) this.widenWindows();
    let routes = this.routes.get(tags);
    if (routes === undefined) {
      routes = this.routesFor(tags);
      // Tag sets that are not shared (the slow parsing path, per-request tag values) must not pile up here.
      if (this.routes.size >= 50_000) this.routes.clear();
      this.routes.set(tags, routes);
    }
    for (const acc of routes) acc.add(sample.metric, sample.value, routing, windowStart);
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
    const series: SeriesSummary[] = [this.all.toJSON()];
    if (this.scenarios.size > 1) {
      for (const s of [...this.scenarios.keys()].sort())
        series.push((this.scenarios.get(s) as SeriesAcc).toJSON());
    }
    series.push(...this.nameSeriesJSON(warnings));
    // Whole milliseconds, as the ISO strings carry them, so a merge recomputing the span from them agrees.
    const start = Number.isFinite(this.minTime) ? Math.floor(this.minTime) : 0;
    const end = Number.isFinite(this.maxTime) ? Math.floor(this.maxTime) : start;
    return {
      schemaVersion: RUN_SUMMARY_SCHEMA_VERSION,
      producer: { name: 'perf-gate', version: this.options.producerVersion },
      k6: this.options.k6Version ? { version: this.options.k6Version } : {},
      ...(this.options.tool ? { tool: this.options.tool } : {}),
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
      acc.merge(e.acc);
    }
    const ranked = [...merged.values()].sort(
      (a, b) => b.requests() - a.requests() || JSON.stringify(a.key).localeCompare(JSON.stringify(b.key)),
    );
    const kept = ranked.slice(0, this.options.maxSeries);
    const rest = ranked.slice(this.options.maxSeries);
    let pooled = this.overflow;
    if (rest.length > 0 || pooled) {
      pooled ??= new SeriesAcc({ name: POOLED_NAME });
      for (const acc of rest) pooled.merge(acc);
      warnings.push(
        `${rest.length + (this.overflow ? 1 : 0)} request-name series beyond the top ${this.options.maxSeries} were pooled into "${POOLED_NAME}"; ` +
          'set a `name` tag on requests with dynamic URLs, or raise --max-series',
      );
    }
    const out = kept.map((acc) => acc.toJSON());
    if (pooled) {
      pooled.pooled = true;
      out.push(pooled.toJSON());
    }
    return out;
  }
}
