/**
 * The trend of the default branch: one compact entry per default-branch run, newest last, bounded to the newest
 * MAX_TREND_ENTRIES. It travels with the baseline (each run carries it forward, so it outlives artifact expiry) and
 * is what change-point detection reads (change-points.ts). Serialization and validation live in codec.ts.
 */
import type { Comparison } from '../report.js';
import type { SeriesKey } from '../run-summary.js';

/** The newest runs a trend keeps: about 100 KB serialized with 20 statistics a run (see codec.ts). */
export const MAX_TREND_ENTRIES = 200;

/** What one tracked statistic is: the trend keeps one description per statistic, not one per entry. */
export interface TrendStatistic {
  /** `http_req_duration p95`; a series other than all traffic is appended: `server_cpu_seconds_per_request mean {server=api}`. */
  id: string;
  metric: string;
  stat: string;
  series: SeriesKey;
  /** `ratio`: estimates are compared as ratios, on the log scale; `difference`: as differences (rates). */
  scale: 'ratio' | 'difference';
  direction: 'higher-is-worse' | 'higher-is-better';
  /** The gate's tolerance for this statistic (relative for ratios, absolute for differences). */
  tolerance: number;
  unit?: Comparison['unit'];
}

/** One statistic in one run: its estimate and how uncertain that estimate is within the run. */
export interface TrendPoint {
  /** In the statistic's unit (ms, a fraction 0..1, per second, CPU seconds). */
  estimate: number;
  /**
   * The within-run standard error: of ln(estimate) for a ratio statistic (batch means over the run's time windows,
   * as the gate computes it), of the estimate itself for a difference statistic (a rate, burst dispersion included).
   */
  se: number;
}

export interface TrendEntry {
  /** The default-branch commit the run measured (full sha). */
  commit: string;
  /** ISO 8601 start of the run. */
  date: string;
  /** The workflow run that produced it (absent for the CLI). */
  runId?: number;
  points: Record<string, TrendPoint>;
}

export interface Trend {
  /** Every statistic some entry carries, by id (the newest entry's description wins). */
  statistics: Record<string, TrendStatistic>;
  /** Oldest first. */
  entries: TrendEntry[];
}

export const emptyTrend = (): Trend => ({ statistics: {}, entries: [] });

/** The id of a statistic: metric and stat, then the series' tags when it is not all traffic. */
export function statisticId(metric: string, stat: string, series: SeriesKey): string {
  const tags = Object.entries(series)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`);
  return tags.length === 0 ? `${metric} ${stat}` : `${metric} ${stat} {${tags.join(',')}}`;
}

/**
 * The trend with `entry` appended (the run's statistics described by `statistics`), keeping the newest `max`
 * entries. A re-run of the same workflow run (same run id, or the same commit and date) replaces its earlier entry
 * instead of counting twice. Statistics no kept entry carries are dropped. Pure: `trend` is not modified.
 */
export function appendTrend(
  trend: Trend,
  entry: TrendEntry,
  statistics: readonly TrendStatistic[],
  max = MAX_TREND_ENTRIES,
): Trend {
  const same = (e: TrendEntry) => sameRun(e, entry);
  const entries = [...trend.entries.filter((e) => !same(e)), entry].slice(-Math.max(1, max));
  const described: Record<string, TrendStatistic> = { ...trend.statistics };
  for (const s of statistics) described[s.id] = s;
  return keepDescribed(described, entries);
}

/** Whether two entries are one run: the same workflow run id, or the same commit and start. */
function sameRun(a: TrendEntry, b: TrendEntry): boolean {
  return (b.runId !== undefined && a.runId === b.runId) || (a.commit === b.commit && a.date === b.date);
}

/** The trend of `entries` with the descriptions some kept entry still uses. */
function keepDescribed(described: Record<string, TrendStatistic>, entries: TrendEntry[]): Trend {
  const used = new Set(entries.flatMap((e) => Object.keys(e.points)));
  return {
    statistics: Object.fromEntries(Object.entries(described).filter(([id]) => used.has(id))),
    entries,
  };
}

/**
 * Two trends of the same branch as one: every run of either once (a run in both keeps `newer`'s entry), ordered by
 * start (then commit, so the order never depends on which trend came first), the newest `max` kept. Two overlapping
 * pushes each carry the trend they read plus their own entry; the second to store merges the first's back in
 * (pipeline/baseline-cycle.ts), so neither entry is lost. A description in `newer` wins. Pure.
 */
export function mergeTrends(older: Trend, newer: Trend, max = MAX_TREND_ENTRIES): Trend {
  const fromOlder = older.entries.filter((e) => !newer.entries.some((n) => sameRun(e, n)));
  const startOf = (e: TrendEntry) => {
    const t = Date.parse(e.date);
    return Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
  };
  const entries = [...fromOlder, ...newer.entries]
    .sort((a, b) => Math.sign(startOf(a) - startOf(b) || 0) || a.commit.localeCompare(b.commit))
    .slice(-Math.max(1, max));
  return keepDescribed({ ...older.statistics, ...newer.statistics }, entries);
}

/** One statistic's points in trend order, with the index of the entry each came from (runs without it skipped). */
export function statisticSeries(
  trend: Trend,
  id: string,
): Array<{ index: number; entry: TrendEntry; point: TrendPoint }> {
  const out: Array<{ index: number; entry: TrendEntry; point: TrendPoint }> = [];
  trend.entries.forEach((entry, index) => {
    const point = entry.points[id];
    if (point) out.push({ index, entry, point });
  });
  return out;
}
