/** The progress line of a live k6 run, printed every ~10 s where no terminal is attached (CI logs, pipes). */
import { parseDuration } from '../options/values.js';

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** `k6 running: 20 s of 60, 3,412 requests, p95 so far 41 ms` (samples instead of requests without HTTP). */
export function progressLine(
  seconds: number,
  planned: number | undefined,
  p: { samples: number; requests?: number; p95Ms?: number },
): string {
  const when = `${seconds.toFixed(0)} s${planned ? ` of ${Math.round(planned)}` : ''}`;
  const what =
    p.requests !== undefined
      ? `${formatCount(p.requests)} requests${p.p95Ms !== undefined ? `, p95 so far ${p.p95Ms >= 100 ? p95Round(p.p95Ms) : p.p95Ms.toPrecision(2)} ms` : ''}`
      : `${formatCount(p.samples)} samples`;
  return `k6 running: ${when}, ${what}`;
}

const p95Round = (ms: number) => Math.round(ms).toString();

/**
 * How long the scenarios k6 resolved will run, in seconds: the latest end of any scenario (startTime plus its
 * duration, its stages, or its maxDuration). Undefined when the options do not say (iterations without a limit).
 */
export function plannedSeconds(k6Options: unknown): number | undefined {
  const scenarios = (k6Options as { scenarios?: Record<string, Record<string, unknown>> } | null)?.scenarios;
  if (!scenarios || typeof scenarios !== 'object') return undefined;
  const seconds = (v: unknown): number | undefined => {
    if (typeof v !== 'string' && typeof v !== 'number') return undefined;
    try {
      return parseDuration(String(v), 'duration');
    } catch {
      return undefined;
    }
  };
  let end: number | undefined;
  for (const s of Object.values(scenarios)) {
    const stages = Array.isArray(s.stages) ? (s.stages as Array<{ duration?: unknown }>) : undefined;
    const length =
      seconds(s.duration) ??
      (stages ? stages.reduce((sum, st) => sum + (seconds(st.duration) ?? 0), 0) : undefined) ??
      seconds(s.maxDuration);
    if (length === undefined) continue;
    end = Math.max(end ?? 0, (seconds(s.startTime) ?? 0) + length);
  }
  return end;
}
