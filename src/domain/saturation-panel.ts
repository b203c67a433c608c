/**
 * The saturation panel of a report: per scraped target, what the service spent (CPU, memory, GC, goroutines or
 * event-loop lag), its own latency per route, and the first saturated resource in the guides' triage order
 * (application CPU, database, downstream services, GC, network / load generator).
 */
import type { RunSummary } from './run-summary.js';
import type { ServerRouteHistogram, ServerTargetSummary } from './server-summary.js';

export interface PanelRoute {
  route: string;
  count: number;
  /** Milliseconds, by bucket interpolation; `resolution` is the bucket width around p95 (ms). */
  p50?: number;
  p95?: number;
  resolutionP95?: number;
  /** The same route's p95 in the newest baseline run that has it (ms), beside the client's comparison. */
  baselineP95?: number;
}

export interface PanelTarget {
  target: string;
  scrapes: number;
  failures: number;
  cpuPerRequestMs?: number;
  baselineCpuPerRequestMs?: number;
  coresUsed?: number;
  rssBytes?: number;
  memoryGrowthBytes?: number;
  gcTimeShare?: number;
  goroutinesMax?: number;
  eventLoopLagMaxMs?: number;
  routes: PanelRoute[];
}

export interface SaturationPanel {
  targets: PanelTarget[];
  /** The first resource found saturated in triage order, with why; absent when none is. */
  firstSaturated?: string;
  /** k6's own share of CPU (its CPU seconds / wall / allowed CPUs) and its run-queue wait share. */
  generator?: { cpuShare: number; cpusAllowed?: number; runQueueWaitShare?: number };
}

/** GC pauses above this share of wall time mean the service spends its time collecting. */
export const GC_SATURATED_SHARE = 0.1;
/** go_sql_* pool waits (database/sql) above zero mean requests queued for a connection. */
export const DB_WAIT_COUNTERS = ['go_sql_wait_count_total', 'db_client_connections_wait_count_total'];

const routeId = (r: ServerRouteHistogram): string =>
  `${r.metric} ${JSON.stringify(Object.entries(r.route).sort())}`;

function baselineRoute(
  baseline: ServerTargetSummary | undefined,
  r: ServerRouteHistogram,
): { baselineP95?: number } {
  const b = baseline?.routes.find((x) => routeId(x) === routeId(r))?.quantiles.p95;
  return b === undefined ? {} : { baselineP95: b * 1000 };
}

function panelTarget(t: ServerTargetSummary, baseline?: ServerTargetSummary): PanelTarget {
  const e = t.efficiency;
  const ms = (s: number | undefined) => (s === undefined ? undefined : s * 1000);
  return {
    target: t.target,
    scrapes: t.scrapes,
    failures: t.failures,
    cpuPerRequestMs: ms(e.cpuSecondsPerRequest),
    baselineCpuPerRequestMs: ms(baseline?.efficiency.cpuSecondsPerRequest),
    coresUsed: e.coresUsed,
    rssBytes: t.gauges.process_resident_memory_bytes?.last,
    memoryGrowthBytes: e.memoryGrowthBytes,
    gcTimeShare: e.gcTimeShare,
    goroutinesMax: e.goroutinesMax,
    eventLoopLagMaxMs: ms(e.eventLoopLagMaxSeconds),
    routes: t.routes
      .map((r) => ({
        ...baselineRoute(baseline, r),
        route: Object.entries(r.route)
          .map(([k, v]) => `${k}=${v}`)
          .join(' '),
        count: r.count,
        p50: ms(r.quantiles.p50),
        p95: ms(r.quantiles.p95),
        resolutionP95: ms(r.resolution.p95),
      }))
      .sort((a, b) => b.count - a.count),
  };
}

/**
 * The panel, or undefined when the run scraped no server. The signals come from the comparison (CPU per request
 * regressed; the load generator measurably fell behind; a client-only regression the server did not see).
 */
export function saturationPanel(
  candidate: RunSummary,
  history: readonly RunSummary[],
  signals: {
    cpuRegressed: boolean;
    /** What shows the load generator fell behind (compare/saturation.ts generatorFellBehind), if anything. */
    generatorFellBehind?: string;
    diverged: boolean;
  },
): SaturationPanel | undefined {
  const targets = candidate.server?.targets ?? [];
  if (targets.length === 0 && !candidate.generator) return undefined;
  const panelTargets = targets.map((t) =>
    panelTarget(
      t,
      history.map((r) => r.server?.targets.find((b) => b.target === t.target)).find((b) => b !== undefined),
    ),
  );
  const triage: Array<[boolean, string]> = [
    [signals.cpuRegressed, 'application CPU: CPU seconds per request regressed'],
    [
      targets.some((t) => DB_WAIT_COUNTERS.some((n) => (t.counters[n] ?? 0) > 0)),
      'database: requests waited for a pooled connection',
    ],
    [
      targets.some((t) => (t.efficiency.gcTimeShare ?? 0) >= GC_SATURATED_SHARE),
      `GC: pauses took ${GC_SATURATED_SHARE * 100}% or more of the time`,
    ],
    [signals.generatorFellBehind !== undefined, `load generator: ${signals.generatorFellBehind ?? ''}`],
    [signals.diverged, 'network or load generator: the client saw latency the server did not'],
  ];
  const first = triage.find(([hit]) => hit)?.[1];
  const g = candidate.generator;
  return {
    targets: panelTargets,
    ...(first ? { firstSaturated: first } : {}),
    ...(g && g.wallSeconds > 0
      ? {
          generator: {
            cpuShare: Number((g.cpuSeconds / g.wallSeconds / (g.cpusAllowed ?? 1)).toFixed(4)),
            ...(g.cpusAllowed ? { cpusAllowed: g.cpusAllowed } : {}),
            ...(g.runQueueWaitShare !== undefined ? { runQueueWaitShare: g.runQueueWaitShare } : {}),
          },
        }
      : {}),
  };
}
