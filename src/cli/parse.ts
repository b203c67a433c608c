import { PerfGateError } from '../errors.js';

/**
 * Parses a duration as k6 writes them: `30s`, `1m30s`, `500ms`, `2h`, or a bare number of seconds.
 * @example parseDuration('1m30s', '--warmup') // 90
 */
export function parseDuration(text: string, flag: string): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const units: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(trimmed); m; m = re.exec(trimmed)) {
    total += Number(m[1]) * (units[m[2] as string] as number);
    matched += m[0].length;
  }
  if (matched === 0 || matched !== trimmed.length) {
    throw new PerfGateError(`${flag} "${text}" is not a duration`, 'Write it like 30s, 1m30s, 500ms or 0');
  }
  return total;
}

/**
 * Parses a relative tolerance: `5%`, `5` (percent) or `0.05` (a fraction below 1).
 * @example parsePercent('5%', '--tolerance') // 0.05
 */
export function parsePercent(text: string, flag: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!m) throw new PerfGateError(`${flag} "${text}" is not a percentage`, 'Write it like 5% or 0.05');
  const value = Number(m[1]);
  const fraction = m[2] === '%' || value >= 1 ? value / 100 : value;
  if (!(fraction > 0 && fraction < 10))
    throw new PerfGateError(`${flag} ${text} is out of range`, 'Use a value between 0% and 1000%');
  return fraction;
}

/** Parses repeated `KEY=VALUE` flags into an object, naming the flag when one is malformed. */
export function parseKeyValues(items: readonly string[], flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const at = item.indexOf('=');
    if (at <= 0)
      throw new PerfGateError(
        `${flag} "${item}" is not KEY=VALUE`,
        `Write it like ${flag} BASE_URL=http://127.0.0.1:8080`,
      );
    out[item.slice(0, at)] = item.slice(at + 1);
  }
  return out;
}

/** Parses a positive whole number flag. */
export function parseCount(text: string, flag: string, min = 1): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min) {
    throw new PerfGateError(
      `${flag} "${text}" is not a whole number >= ${min}`,
      `Write it like ${flag} ${Math.max(min, 5)}`,
    );
  }
  return Number(text);
}

/** One of a fixed set of words (`fallback` when the flag is absent), e.g. `--rerun suspected`. */
export function parseChoice<T extends string>(
  text: string | undefined,
  flag: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if (text === undefined) return fallback;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new PerfGateError(
    `${flag} "${text}" is not ${allowed.join(' or ')}`,
    `Write it like ${flag} ${fallback}`,
  );
}
