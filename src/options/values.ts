/**
 * How option values are written, one rule per kind, for every surface (CLI flags, action inputs, the config file).
 * Each parser takes the text and the label of where it came from (`--tolerance`, `input 'tolerance'`,
 * `perf-gate.config.json: tolerance`), so the same mistake gets the same words everywhere, naming its source.
 */
import { knownStats } from '../domain/gate-config.js';
import { PerfGateError } from '../errors.js';

const bad = (label: string, text: string, what: string, hint: string): PerfGateError =>
  new PerfGateError(`${label} "${text}" ${what}`, hint);

const NEGATIVE = /^\s*-/;

/**
 * The one grammar of amounts, for every option and every config-file rule:
 * - a relative change is `10%`, or a fraction below 1 (`0.1`): a bare number is always a fraction;
 * - a change in percentage points (rates) is `0.1pp`, and only that: a bare `0.1` would be 10% by the rule above,
 *   and `0.1%` reads as relative, so both are refused where points are meant;
 * - a duration has a unit (`30s`, `1m30s`, `500ms`); a bare number is refused (is `5` seconds or milliseconds? k6
 *   itself reads a bare number as milliseconds), except `0`.
 * A tolerance of zero is refused: no interval can show a change to be within it.
 */
const ZERO_TOLERANCE_HINT = 'Write at least 1% (runs on one machine vary by about 3%)';

/**
 * A relative amount: `10%`, or a fraction below 1 (`0.1`). A bare number of 1 or more is refused as ambiguous
 * (is `5` five percent or five hundred?), and so is zero.
 * @example parsePercent('10%', '--tolerance') // 0.1
 */
export function parsePercent(text: string, label: string): number {
  if (NEGATIVE.test(text))
    throw bad(label, text, 'must be positive', 'Write it like 10% (or the fraction 0.1)');
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(text);
  if (!m) throw bad(label, text, 'is not a percentage', 'Write it like 10% (or the fraction 0.1)');
  const value = Number(m[1]);
  if (m[2] !== '%' && value >= 1)
    throw bad(
      label,
      text,
      'is ambiguous',
      `Write ${value}% for ${value} percent (a fraction is below 1, e.g. 0.1)`,
    );
  const fraction = m[2] === '%' ? value / 100 : value;
  if (fraction === 0)
    throw bad(label, text, 'is zero: no interval can show a change within it', ZERO_TOLERANCE_HINT);
  if (fraction > 10) throw bad(label, text, 'is out of range', 'Use a value between 0% and 1000%');
  return fraction;
}

/**
 * An absolute change of a rate, in percentage points: `0.1pp`, and only that (see the grammar above). Returned as
 * a fraction: 0.1 pp -> 0.001.
 * @example parsePoints('0.5pp', '--error-tolerance') // 0.005
 */
export function parsePoints(text: string, label: string): number {
  if (NEGATIVE.test(text)) throw bad(label, text, 'must be positive', 'Write it like 0.1pp');
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(pp|%)?\s*$/.exec(text);
  if (!m) throw bad(label, text, 'is not a number of percentage points', 'Write it like 0.1pp');
  const points = Number(m[1]);
  if (m[2] !== 'pp')
    throw bad(
      label,
      text,
      'does not say its unit',
      `Write ${points}pp for ${points} percentage points (a change of a rate, e.g. from 1% to ${Number((1 + points).toFixed(6))}%)`,
    );
  if (points === 0)
    throw bad(label, text, 'is zero: no interval can show a change within it', 'Write at least 0.01pp');
  if (points >= 100) throw bad(label, text, 'is out of range', 'Use less than 100 percentage points');
  return points / 100;
}

/** A tolerance of a per-metric rule: relative (`20%`, `0.2`) or in percentage points (`0.5pp`), by its unit. */
export interface Tolerance {
  value: number;
  /** `ratio`: a relative change (Trends, throughput, CPU); `difference`: percentage points (Rates). */
  scale: 'ratio' | 'difference';
}

/**
 * A per-metric tolerance, read by the one grammar: `pp` is points, anything else a relative amount.
 * @example parseTolerance('0.5pp', 'c.json: metrics[0].tolerance') // { value: 0.005, scale: 'difference' }
 * @example parseTolerance('0.5', 'c.json: metrics[0].tolerance') // { value: 0.5, scale: 'ratio' }
 */
export function parseTolerance(text: string, label: string): Tolerance {
  return /pp\s*$/.test(text)
    ? { value: parsePoints(text, label), scale: 'difference' }
    : { value: parsePercent(text, label), scale: 'ratio' };
}

/**
 * A one-sided confidence: `0.99` or `99%`, in [0.5, 1).
 * @example parseConfidence('95%', '--confidence') // 0.95
 */
export function parseConfidence(text: string, label: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(text);
  const value = m ? Number(m[1]) / (m[2] === '%' ? 100 : 1) : NaN;
  if (!(value >= 0.5 && value < 1))
    throw bad(label, text, 'is not a confidence in [0.5, 1)', 'Write it like 0.99 or 99%');
  return value;
}

/**
 * A duration with its unit: `30s`, `1m30s`, `500ms`, `2h`, or `0`. In seconds. A bare number other than 0 is
 * refused (see the grammar above).
 * @example parseDuration('1m30s', '--warmup') // 90
 */
export function parseDuration(text: string, label: string): number {
  const trimmed = text.trim();
  if (NEGATIVE.test(trimmed))
    throw bad(label, text, 'must be positive', 'Write it like 30s, 1m30s, 500ms or 0');
  if (/^0+(\.0+)?$/.test(trimmed)) return 0;
  if (/^\d+(\.\d+)?$/.test(trimmed))
    throw bad(label, text, 'has no unit', `Write ${trimmed}s for ${trimmed} seconds (or 500ms, 1m)`);
  const units: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(trimmed); m; m = re.exec(trimmed)) {
    total += Number(m[1]) * (units[m[2] as string] as number);
    matched += m[0].length;
  }
  if (matched === 0 || matched !== trimmed.length)
    throw bad(label, text, 'is not a duration', 'Write it like 30s, 1m30s, 500ms or 0');
  return total;
}

/** Splits command-line arguments given as one text like a shell would for simple cases: spaces, with "double" or 'single' quotes kept together. */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** A whole number of at least `min` and at most `max`. */
export function parseCount(text: string, label: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (NEGATIVE.test(text))
    throw bad(label, text, 'must be positive', `Write a whole number of at least ${min}`);
  if (!/^\s*\d+\s*$/.test(text) || Number(text) < min)
    throw bad(label, text, `is not a whole number of at least ${min}`, `Write it like ${Math.max(min, 5)}`);
  if (Number(text) > max) throw bad(label, text, `is more than ${max}`, `Write at most ${max}`);
  return Number(text);
}

/** One of a fixed set of words. */
export function parseChoice<T extends string>(text: string, label: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(text.trim())) return text.trim() as T;
  throw bad(label, text, `is not ${allowed.join(', ')}`, `Write one of them, e.g. ${allowed[0]}`);
}

/** A name made of letters, digits, `.`, `_` and `-` (it becomes part of a path or an artifact name). */
export function parseName(text: string, label: string): string {
  const name = text.trim();
  // `.` and `..` pass the character test but name the folder itself or its parent as a path part.
  if (/^\.+$/.test(name))
    throw bad(
      label,
      text,
      'is only dots, which as part of a path is the folder itself or its parent',
      'Use e.g. checkout',
    );
  if (/^[A-Za-z0-9._-]+$/.test(name)) return name;
  throw bad(label, text, 'has characters other than letters, digits, . _ -', 'Use e.g. checkout');
}

/** `KEY=VALUE` items into an object. */
export function parseKeyValues(items: readonly string[], label: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const at = item.indexOf('=');
    if (at <= 0) throw bad(label, item, 'is not KEY=VALUE', 'Write it like BASE_URL=http://127.0.0.1:8080');
    out[item.slice(0, at).trim()] = item.slice(at + 1);
  }
  return out;
}

/** `metric` or `metric:stat` items (report-only), e.g. `http_req_duration:p99`. */
export function parseMetricStats(
  items: readonly string[],
  label: string,
): Array<{ metric: string; stat?: string }> {
  return items.map((item) => {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z0-9_.]+))?\s*$/.exec(item);
    if (!m) throw bad(label, item, 'is not a metric or metric:stat', 'Write it like http_req_duration:p99');
    if (m[2] !== undefined && !knownStats().includes(m[2]))
      throw bad(
        label,
        item,
        'names a statistic the gate does not compare',
        `Use one of ${knownStats().join(', ')}`,
      );
    return { metric: m[1] as string, ...(m[2] ? { stat: m[2] } : {}) };
  });
}

/** The closest of `names` to `typo` by edit distance, when it is close enough to be a likely typo. */
export function closest(typo: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(typo, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return bestDistance <= Math.max(2, Math.floor(typo.length / 4)) ? best : undefined;
}

/** Levenshtein distance (insertions, deletions, substitutions), O(|a|·|b|). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
