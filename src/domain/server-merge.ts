/**
 * Merging the server section (RunSummary.server) with the runs it belongs to.
 * - Shards of one test ran at the same time against the same service: the service's CPU is counted once, so each
 *   target's windows take the merged client requests of the same window (the shard with the most windows wins).
 * - Repeated runs (one after another): every target's windows, counters and scrapes add up; gauges keep the
 *   mean of means and the extremes; routes keep the newest run's histograms.
 * Efficiency figures are recomputed from the merged windows where they are ratios over windows.
 */
import { PROCESS_CPU_SECONDS } from './metric-catalog.js';
import type { WindowStats } from './run-summary.js';
import type { ServerSection, ServerTargetSummary } from './server-summary.js';

function recompute(t: ServerTargetSummary, windowSeconds: number): ServerTargetSummary {
  const cpu = t.windows.reduce((s, w) => s + (w.counters[PROCESS_CPU_SECONDS] ?? 0), 0);
  const requests = t.windows.reduce((s, w) => s + w.requests, 0);
  const hasCpu = t.windows.some((w) => w.counters[PROCESS_CPU_SECONDS] !== undefined);
  const efficiency = { ...t.efficiency };
  // hasCpu implies at least one window.
  if (hasCpu) {
    if (requests > 0) efficiency.cpuSecondsPerRequest = cpu / requests;
    efficiency.coresUsed = cpu / (t.windows.length * windowSeconds);
  }
  return { ...t, efficiency };
}

/** The server section of concurrent shards, with client requests of the merged all-traffic windows. */
export function mergeShardServers(
  sections: ReadonlyArray<ServerSection | undefined>,
  mergedWindows: readonly WindowStats[],
  windowSeconds: number,
): ServerSection | undefined {
  const present = sections.filter((s): s is ServerSection => s !== undefined);
  if (present.length === 0) return undefined;
  const byStart = new Map(mergedWindows.map((w) => [w.start, w.requests]));
  const best = new Map<string, ServerTargetSummary>();
  for (const s of present)
    for (const t of s.targets) {
      const mine = best.get(t.target);
      if (!mine || t.windows.length > mine.windows.length) best.set(t.target, t);
    }
  const targets = [...best.values()].map((t) =>
    recompute(
      {
        ...t,
        // Shards may have coalesced to longer windows: only windows whose start the merged client has are kept.
        windows: t.windows
          .filter((w) => byStart.has(w.start))
          .map((w) => ({ ...w, requests: byStart.get(w.start) as number })),
      },
      windowSeconds,
    ),
  );
  return { schemaVersion: 1, targets };
}

/** The server section of repeated runs, pooled (see the module comment). */
export function poolServerSections(
  sections: ReadonlyArray<ServerSection | undefined>,
  windowSeconds: number,
): ServerSection | undefined {
  const present = sections.filter((s): s is ServerSection => s !== undefined);
  if (present.length === 0) return undefined;
  const pooled = new Map<string, { target: ServerTargetSummary; runs: number }>();
  for (const s of present)
    for (const t of s.targets) {
      const mine = pooled.get(t.target);
      if (!mine) {
        pooled.set(t.target, { target: structuredClone(t), runs: 1 });
        continue;
      }
      const m = mine.target;
      mine.runs++;
      m.scrapes += t.scrapes;
      m.failures += t.failures;
      if (t.lastError) m.lastError = t.lastError;
      m.windows = [...m.windows, ...t.windows].sort((a, b) => a.start - b.start);
      for (const [k, v] of Object.entries(t.counters)) m.counters[k] = (m.counters[k] ?? 0) + v;
      for (const [k, g] of Object.entries(t.gauges)) {
        const was = m.gauges[k];
        m.gauges[k] = was
          ? {
              mean: was.mean + (g.mean - was.mean) / mine.runs,
              max: Math.max(was.max, g.max),
              first: was.first,
              last: g.last,
            }
          : g;
      }
      if (t.routes.length > 0) m.routes = t.routes;
      const e = t.efficiency;
      m.efficiency = {
        ...m.efficiency,
        ...(e.memoryGrowthBytes !== undefined
          ? { memoryGrowthBytes: Math.max(m.efficiency.memoryGrowthBytes ?? -Infinity, e.memoryGrowthBytes) }
          : {}),
        ...(e.gcTimeShare !== undefined
          ? {
              gcTimeShare:
                (m.efficiency.gcTimeShare ?? e.gcTimeShare) +
                (e.gcTimeShare - (m.efficiency.gcTimeShare ?? e.gcTimeShare)) / mine.runs,
            }
          : {}),
        ...(e.goroutinesMax !== undefined
          ? { goroutinesMax: Math.max(m.efficiency.goroutinesMax ?? 0, e.goroutinesMax) }
          : {}),
        ...(e.eventLoopLagMaxSeconds !== undefined
          ? {
              eventLoopLagMaxSeconds: Math.max(
                m.efficiency.eventLoopLagMaxSeconds ?? 0,
                e.eventLoopLagMaxSeconds,
              ),
            }
          : {}),
      };
    }
  return {
    schemaVersion: 1,
    targets: [...pooled.values()].map(({ target }) => recompute(target, windowSeconds)),
  };
}
