/**
 * The trend on disk (`perf-gate-trend.json` beside the baseline), versioned. Columnar to stay small: the statistics
 * are described once, and each entry holds one `[estimate, se]` pair (or null) per statistic, in the same order:
 *
 *   { "schemaVersion": 1,
 *     "statistics": [{ "id": "http_req_duration p95", "metric": "http_req_duration", "stat": "p95", "series": {},
 *                      "scale": "ratio", "direction": "higher-is-worse", "tolerance": 0.1, "unit": "ms" }, ...],
 *     "entries": [{ "commit": "<sha>", "date": "<ISO 8601>", "runId": 42, "values": [[123.456, 0.0213], null] }] }
 *
 * Everything read back is hostile (an artifact another run wrote): parseTrend checks every field and refuses the
 * whole trend with a reason the caller turns into a warning; it never throws.
 */
import { MAX_TREND_ENTRIES, type Trend, type TrendEntry, type TrendStatistic } from './model.js';

export const TREND_SCHEMA_VERSION = 1;

interface TrendFile {
  schemaVersion: typeof TREND_SCHEMA_VERSION;
  statistics: TrendStatistic[];
  entries: Array<{
    commit: string;
    date: string;
    runId?: number;
    values: Array<[number, number] | null>;
  }>;
}

/** The trend as the JSON value written to disk. */
export function serializeTrend(trend: Trend): TrendFile {
  const statistics = Object.values(trend.statistics).sort((a, b) => a.id.localeCompare(b.id));
  return {
    schemaVersion: TREND_SCHEMA_VERSION,
    statistics,
    entries: trend.entries.map((e) => ({
      commit: e.commit,
      date: e.date,
      ...(e.runId !== undefined ? { runId: e.runId } : {}),
      values: statistics.map((s) => {
        const p = e.points[s.id];
        return p ? [p.estimate, p.se] : null;
      }),
    })),
  };
}

export type TrendParse = { ok: true; trend: Trend } | { ok: false; reason: string };

/** Caps on hostile input: far above what perf-gate writes, low enough that a crafted file cannot cost much. */
const MAX_STATISTICS = 500;
const MAX_TEXT = 300;
const UNITS = new Set(['ms', 'seconds', 'bytes', 'fraction', 'per-second', '']);

class Invalid extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown, where: string): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > MAX_TEXT)
    throw new Invalid(`${where} is not a string of 1 to ${MAX_TEXT} characters`);
  return v;
}

function finite(v: unknown, where: string, min: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min)
    throw new Invalid(`${where} is not a finite number of at least ${min}`);
  return v;
}

function statistic(v: unknown, where: string): TrendStatistic {
  if (!isObject(v)) throw new Invalid(`${where} is not an object`);
  const series = v.series;
  if (!isObject(series) || Object.keys(series).length > 10)
    throw new Invalid(`${where}.series is not an object of tags`);
  for (const [k, tag] of Object.entries(series)) {
    text(k, `${where}.series key`);
    text(tag, `${where}.series.${k}`);
  }
  if (v.scale !== 'ratio' && v.scale !== 'difference')
    throw new Invalid(`${where}.scale is not ratio or difference`);
  if (v.direction !== 'higher-is-worse' && v.direction !== 'higher-is-better')
    throw new Invalid(`${where}.direction is not higher-is-worse or higher-is-better`);
  if (v.unit !== undefined && !UNITS.has(v.unit as string))
    throw new Invalid(`${where}.unit is not a known unit`);
  return {
    id: text(v.id, `${where}.id`),
    metric: text(v.metric, `${where}.metric`),
    stat: text(v.stat, `${where}.stat`),
    series: series as Record<string, string>,
    scale: v.scale,
    direction: v.direction,
    tolerance: finite(v.tolerance, `${where}.tolerance`, 0),
    ...(v.unit !== undefined ? { unit: v.unit as TrendStatistic['unit'] } : {}),
  };
}

function entry(v: unknown, where: string, statistics: TrendStatistic[]): TrendEntry {
  if (!isObject(v)) throw new Invalid(`${where} is not an object`);
  if (typeof v.commit !== 'string' || !/^[0-9a-f]{7,64}$/i.test(v.commit))
    throw new Invalid(`${where}.commit is not a commit sha`);
  if (typeof v.date !== 'string' || v.date.length > 40 || !Number.isFinite(Date.parse(v.date)))
    throw new Invalid(`${where}.date is not a date`);
  if (v.runId !== undefined && (!Number.isSafeInteger(v.runId) || (v.runId as number) < 0))
    throw new Invalid(`${where}.runId is not a run id`);
  if (!Array.isArray(v.values) || v.values.length !== statistics.length)
    throw new Invalid(`${where}.values does not hold one value per statistic (${statistics.length})`);
  const points: TrendEntry['points'] = {};
  v.values.forEach((value, i) => {
    if (value === null) return;
    const at = `${where}.values[${i}]`;
    if (!Array.isArray(value) || value.length !== 2) throw new Invalid(`${at} is not [estimate, se]`);
    const s = statistics[i] as TrendStatistic;
    // A ratio is taken on the log scale, so its estimate must be positive; a rate is a proportion.
    const estimate = finite(value[0], `${at}[0]`, s.scale === 'ratio' ? Number.MIN_VALUE : 0);
    if (s.scale === 'difference' && estimate > 1) throw new Invalid(`${at}[0] is a rate above 1`);
    points[s.id] = { estimate, se: finite(value[1], `${at}[1]`, 0) };
  });
  return {
    commit: v.commit.toLowerCase(),
    date: v.date,
    ...(v.runId !== undefined ? { runId: v.runId as number } : {}),
    points,
  };
}

/**
 * Reads a trend from its parsed JSON. Refused, with the reason, when it is not a trend, was written by a newer
 * perf-gate (another schema version), or has any field out of shape (non-finite numbers included). A file longer than
 * the bound keeps its newest MAX_TREND_ENTRIES entries.
 */
export function parseTrend(json: unknown): TrendParse {
  try {
    if (!isObject(json)) throw new Invalid('it is not a JSON object');
    const version = json.schemaVersion;
    if (version !== TREND_SCHEMA_VERSION)
      throw new Invalid(
        typeof version === 'number' && version > TREND_SCHEMA_VERSION
          ? `it was written by a newer perf-gate (trend version ${version}; this one reads version ${TREND_SCHEMA_VERSION})`
          : `its schemaVersion is ${JSON.stringify(version)?.slice(0, 20)}, not ${TREND_SCHEMA_VERSION}`,
      );
    if (!Array.isArray(json.statistics) || json.statistics.length > MAX_STATISTICS)
      throw new Invalid(`statistics is not a list of at most ${MAX_STATISTICS}`);
    const statistics = json.statistics.map((s, i) => statistic(s, `statistics[${i}]`));
    if (new Set(statistics.map((s) => s.id)).size !== statistics.length)
      throw new Invalid('statistics has a repeated id');
    if (!Array.isArray(json.entries)) throw new Invalid('entries is not a list');
    const kept = json.entries.slice(-MAX_TREND_ENTRIES);
    const offset = json.entries.length - kept.length;
    const entries = kept.map((e, i) => entry(e, `entries[${offset + i}]`, statistics));
    return { ok: true, trend: { statistics: Object.fromEntries(statistics.map((s) => [s.id, s])), entries } };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, reason: `not a usable perf-gate trend: ${err.message}` };
    throw err;
  }
}
