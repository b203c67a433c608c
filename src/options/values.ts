/**
 * How option values are written, one rule per kind, for every surface (CLI flags, action inputs, the config file).
 * Each parser takes the text and the label of where it came from (`--tolerance`, `input 'tolerance'`,
 * `perf-gate.config.json: tolerance`), so the same mistake gets the same words everywhere, naming its source.
 */
import { PerfGateError } from '../errors.js';

const bad = (label: string, text: string, what: string, hint: string): PerfGateError =>
  new PerfGateError(`${label} "${text}" ${what}`, hint);

const NEGATIVE = /^\s*-/;

/**
 * A relative amount: `10%`, or a fraction below 1 (`0.1`). A bare number of 1 or more is refused as ambiguous
 * (is `5` five percent or five hundred?).
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
  if (fraction > 10) throw bad(label, text, 'is out of range', 'Use a value between 0% and 1000%');
  return fraction;
}

/**
 * An absolute change of a rate, in percentage points: `0.1pp`, `0.1` or `0.1%` (for a difference of two rates a
 * percent can only mean points). Returned as a fraction: 0.1 pp -> 0.001.
 * @example parsePoints('0.5%', '--error-tolerance') // 0.005
 */
export function parsePoints(text: string, label: string): number {
  if (NEGATIVE.test(text)) throw bad(label, text, 'must be positive', 'Write it like 0.1pp');
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(pp|%)?\s*$/.exec(text);
  if (!m) throw bad(label, text, 'is not a number of percentage points', 'Write it like 0.1pp (or 0.1)');
  const points = Number(m[1]);
  if (points >= 100) throw bad(label, text, 'is out of range', 'Use less than 100 percentage points');
  return points / 100;
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
 * A duration as k6 writes them: `30s`, `1m30s`, `500ms`, `2h`, or a bare number of seconds. In seconds.
 * @example parseDuration('1m30s', '--warmup') // 90
 */
export function parseDuration(text: string, label: string): number {
  const trimmed = text.trim();
  if (NEGATIVE.test(trimmed))
    throw bad(label, text, 'must be positive', 'Write it like 30s, 1m30s, 500ms or 0');
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
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

/** A whole number of at least `min`. */
export function parseCount(text: string, label: string, min = 1): number {
  if (NEGATIVE.test(text))
    throw bad(label, text, 'must be positive', `Write a whole number of at least ${min}`);
  if (!/^\s*\d+\s*$/.test(text) || Number(text) < min)
    throw bad(label, text, `is not a whole number of at least ${min}`, `Write it like ${Math.max(min, 5)}`);
  return Number(text);
}

/** One of a fixed set of words. */
export function parseChoice<T extends string>(text: string, label: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(text.trim())) return text.trim() as T;
  throw bad(label, text, `is not ${allowed.join(', ')}`, `Write one of them, e.g. ${allowed[0]}`);
}

/** A name made of letters, digits, `.`, `_` and `-` (it becomes part of a path or an artifact name). */
export function parseName(text: string, label: string): string {
  if (/^[A-Za-z0-9._-]+$/.test(text.trim())) return text.trim();
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
