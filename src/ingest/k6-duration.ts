/**
 * Durations in k6's options as k6 itself reads them: a Go duration string (`30s`, `1m30s`, `1.5s`, `500ms`,
 * `1h0m0s`, k6's `2d`), which is how `k6 inspect` prints every duration it resolved; and a bare number (or numeric
 * string), which k6 takes as milliseconds (`duration: 15` is 15 ms to k6, not 15 s). Pure.
 */

const UNIT_SECONDS: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  μs: 1e-6,
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
};

/**
 * Seconds of a duration from k6's options; undefined for anything else (absent, negative, not a duration).
 * @example k6DurationSeconds('1m30s') // 90
 * @example k6DurationSeconds(1500) // 1.5 (k6 reads a number as milliseconds)
 */
export function k6DurationSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value / 1000 : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) / 1000;
  const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h|d)/gy;
  let total = 0;
  let matched = 0;
  for (let m = part.exec(text); m; m = part.exec(text)) {
    total += Number(m[1]) * (UNIT_SECONDS[m[2] as string] as number);
    matched += m[0].length;
  }
  return matched > 0 && matched === text.length ? total : undefined;
}

type Scenario = Record<string, unknown>;

/** A scenario's fixed length: its duration, else the sum of its stages; undefined when it ends by itself. */
function fixedLength(s: Scenario): number | undefined {
  const stages = Array.isArray(s.stages) ? (s.stages as Array<{ duration?: unknown }>) : undefined;
  return (
    k6DurationSeconds(s.duration) ??
    (stages ? stages.reduce((sum, st) => sum + (k6DurationSeconds(st.duration) ?? 0), 0) : undefined)
  );
}

/** The latest startTime + length over the scenarios that have a length. */
function latestEnd(k6Options: unknown, lengthOf: (s: Scenario) => number | undefined): number | undefined {
  const scenarios = (k6Options as { scenarios?: Record<string, Scenario> } | null)?.scenarios;
  if (!scenarios || typeof scenarios !== 'object') return undefined;
  let end: number | undefined;
  for (const s of Object.values(scenarios)) {
    if (!s || typeof s !== 'object') continue;
    const length = lengthOf(s);
    if (length === undefined) continue;
    end = Math.max(end ?? 0, (k6DurationSeconds(s.startTime) ?? 0) + length);
  }
  return end;
}

/**
 * How long the scenarios k6 resolved will run, in seconds: the latest end of any scenario (startTime plus its
 * duration, its stages, or its maxDuration). Undefined when the options do not say (iterations without a limit).
 */
export const plannedSeconds = (k6Options: unknown): number | undefined =>
  latestEnd(k6Options, (s) => fixedLength(s) ?? k6DurationSeconds(s.maxDuration));

/**
 * How long the scenarios k6 resolved must run, in seconds: the latest end of any scenario with a fixed length
 * (startTime plus its duration or its stages). A scenario that ends by itself (shared or per-VU iterations, whose
 * maxDuration is only a limit) sets none; undefined when no scenario has a fixed length. A run whose samples span
 * much less than this stopped early (domain/run-health.ts).
 */
export const scheduledSeconds = (k6Options: unknown): number | undefined => latestEnd(k6Options, fixedLength);
