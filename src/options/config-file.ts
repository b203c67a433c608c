/**
 * The gate config file (perf-gate.config.json, .yml or .yaml), read by both entry points: any option marked
 * `config` in the spec, by its kebab-case name, and per-metric rules. Pure: text in, values out; every error names
 * the file, the key and what to write.
 *
 * ```json
 * {
 *   "tolerance": "5%",
 *   "report-only": ["http_req_duration:p99"],
 *   "metrics": [
 *     { "metric": "cache_hits", "better": "higher" },
 *     { "metric": "http_req_duration", "series": { "name": "GET /search" }, "stats": ["p95"], "tolerance": "20%" },
 *     { "metric": "token_errors", "tolerance": "0.5pp" },
 *     { "metric": "iteration_duration", "gate": false }
 *   ]
 * }
 * ```
 */
import { parse as parseYaml } from 'yaml';
import { knownStats, scaleOfStat, type MetricRule } from '../domain/gate-config.js';
import { BUILTIN_METRICS } from '../domain/metric-catalog.js';
import { PerfGateError } from '../errors.js';
import { readGiven, type OptionValues, type RawValues } from './read.js';
import { OPTIONS, type OptionKey, type OptionSpec } from './spec.js';
import { closest, parseTolerance, type Tolerance } from './values.js';

export const CONFIG_FILE_NAMES = ['perf-gate.config.json', 'perf-gate.config.yml', 'perf-gate.config.yaml'];

export interface GateFileConfig {
  file: string;
  values: OptionValues;
  rules: MetricRule[];
  /** Each top-level key as written (a string as it is, anything else as JSON): what a change to the file shows. */
  written: Record<string, string>;
}

const CONFIG_OPTIONS = new Map(
  (Object.entries(OPTIONS) as Array<[OptionKey, OptionSpec]>)
    .filter(([, o]) => o.config)
    .map(([k, o]) => [o.name, k]),
);
const RULE_KEYS = ['metric', 'stats', 'series', 'gate', 'tolerance', 'better'];

function unknownKey(file: string, key: string, known: readonly string[], where = ''): PerfGateError {
  const suggestion = closest(key, known);
  return new PerfGateError(
    `${file}: unknown key "${key}"${where}`,
    suggestion ? `Did you mean "${suggestion}"? ` : `Known keys: ${known.join(', ')}`,
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A rule's tolerance must be on the scale its statistics are compared on: percentage points for a rate, a relative
 * change for the rest. Known here when the rule names its stats or the metric is a k6 built-in; for a custom metric
 * without stats, the comparison checks it once the run says the metric's type (domain/gate-config.ts ruleFor).
 */
function checkedScale(t: Tolerance, at: string, metric: string, stats: string[] | undefined): Tolerance {
  const builtin = BUILTIN_METRICS[metric];
  const expected = stats?.length
    ? stats.map(scaleOfStat)
    : builtin
      ? [builtin.type === 'rate' ? ('difference' as const) : ('ratio' as const)]
      : [];
  if (expected.every((scale) => scale === t.scale)) return t;
  throw new PerfGateError(
    t.scale === 'difference'
      ? `${at}.tolerance is in percentage points, but ${metric}${stats?.length ? `:${stats.join(',')}` : ''} is compared as a relative change`
      : `${at}.tolerance is a relative change, but ${metric}${stats?.length ? `:${stats.join(',')}` : ''} is a rate, compared in percentage points`,
    t.scale === 'difference'
      ? 'Write it like "tolerance": "20%" (or split the rule by its "stats")'
      : 'Write it like "tolerance": "0.5pp"',
  );
}

function ruleFrom(file: string, item: unknown, i: number): MetricRule[] {
  const at = `${file}: metrics[${i}]`;
  if (!isRecord(item))
    throw new PerfGateError(`${at} is not an object`, 'Write it like { "metric": "checks", "gate": false }');
  for (const key of Object.keys(item))
    if (!RULE_KEYS.includes(key)) throw unknownKey(file, key, RULE_KEYS, ` in metrics[${i}]`);
  const { metric, stats, series, gate, tolerance, better } = item;
  if (typeof metric !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(metric))
    throw new PerfGateError(
      `${at}.metric is missing or not a k6 metric name`,
      'Write it like "metric": "http_req_duration"',
    );
  if (stats !== undefined && (!Array.isArray(stats) || !stats.every((s) => typeof s === 'string')))
    throw new PerfGateError(
      `${at}.stats is not a list of statistics`,
      'Write it like "stats": ["p95", "p99"] or ["rate"]',
    );
  const known = knownStats();
  const unknown = (stats as string[] | undefined)?.find((s) => !known.includes(s));
  if (unknown !== undefined)
    throw new PerfGateError(
      `${at}.stats "${unknown.slice(0, 40)}" is not a statistic the gate compares`,
      `Use ${known.join(', ')}${closest(unknown, known) ? ` (did you mean "${closest(unknown, known)}"?)` : ''}`,
    );
  if (
    series !== undefined &&
    (!isRecord(series) || !Object.values(series).every((v) => typeof v === 'string'))
  )
    throw new PerfGateError(
      `${at}.series is not a tag filter`,
      'Write it like "series": { "name": "GET /products" }',
    );
  if (gate !== undefined && typeof gate !== 'boolean')
    throw new PerfGateError(
      `${at}.gate is not true or false`,
      'Write "gate": false to report a metric without gating it',
    );
  if (better !== undefined && better !== 'higher' && better !== 'lower')
    throw new PerfGateError(
      `${at}.better "${String(better)}" is not higher or lower`,
      'Write "better": "lower" for errors and durations',
    );
  const parsedTolerance =
    tolerance === undefined
      ? undefined
      : checkedScale(
          parseTolerance(String(tolerance), `${at}.tolerance`),
          at,
          metric,
          stats as string[] | undefined,
        );
  const base: MetricRule = {
    metric,
    ...(series ? { series: series as Record<string, string> } : {}),
    ...(gate !== undefined ? { gated: gate } : {}),
    ...(parsedTolerance ? { tolerance: parsedTolerance.value, toleranceScale: parsedTolerance.scale } : {}),
    ...(better
      ? { direction: better === 'lower' ? ('higher-is-worse' as const) : ('higher-is-better' as const) }
      : {}),
  };
  return stats ? (stats as string[]).map((stat) => ({ ...base, stat })) : [base];
}

/** Parses a config file's text (JSON, or YAML by the file's extension). */
export function parseGateFileConfig(file: string, text: string): GateFileConfig {
  let doc: unknown;
  try {
    doc = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    throw new PerfGateError(
      `${file} is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(err as Error).message.split('\n')[0]}`,
      'Fix the syntax',
    );
  }
  if (doc === null || doc === undefined) return { file, values: {}, rules: [], written: {} };
  if (!isRecord(doc))
    throw new PerfGateError(`${file} is not an object of settings`, 'Write it like { "tolerance": "5%" }');
  const raw: RawValues = {};
  let rules: MetricRule[] = [];
  const known = [...CONFIG_OPTIONS.keys(), 'metrics'];
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'metrics') {
      if (!Array.isArray(value))
        throw new PerfGateError(
          `${file}: metrics is not a list`,
          'Write it like "metrics": [{ "metric": "checks", "gate": false }]',
        );
      rules = value.flatMap((item, i) => ruleFrom(file, item, i));
      continue;
    }
    const optionKey = CONFIG_OPTIONS.get(key);
    if (!optionKey) throw unknownKey(file, key, known);
    raw[optionKey] =
      typeof value === 'boolean'
        ? value
        : Array.isArray(value)
          ? value.map(String)
          : String(value as string | number);
  }
  const written = Object.fromEntries(
    Object.entries(doc).map(([key, value]) => [
      key,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  );
  return { file, values: readGiven(raw, { kind: 'config', file }), rules, written };
}
