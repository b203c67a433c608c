/**
 * What one capacity step's scrapes said about the service (`server-metrics`), reduced to the figures that name a
 * bottleneck (bottleneck.ts). Pure.
 */
import type { RunSummary } from '../run-summary.js';
import { serverLatencyQuantile } from '../compare/saturation.js';
import { DB_WAIT_COUNTERS } from '../saturation-panel.js';

/** What one step's scrapes said about the service (its first scraped target). */
export interface StepServerView {
  target: string;
  /** Cores the process used on average (CPU seconds / wall seconds). */
  coresUsed?: number;
  /** Cores it can use: GOMAXPROCS for a Go service, 1 for Node.js (JavaScript runs on one thread). */
  coresUsable?: number;
  /** The handlers' own p95 over all routes (their histogram, by bucket interpolation), ms. */
  handlerP95Ms?: number;
  eventLoopLagMaxMs?: number;
  gcTimeShare?: number;
  /** Requests that waited for a pooled database connection (go_sql_wait_count_total and the like). */
  poolWaits?: number;
}

/** The server view of a step's run, or undefined when it scraped nothing usable. */
export function stepServerView(run: RunSummary): StepServerView | undefined {
  const t = run.server?.targets.find((x) => x.scrapes > x.failures);
  if (!t) return undefined;
  const e = t.efficiency;
  const gomaxprocs = t.gauges.go_sched_gomaxprocs_threads?.max;
  const node = Object.keys(t.gauges).some((g) => g.startsWith('nodejs_'));
  const handlerP95 = serverLatencyQuantile(t.routes, 'p95');
  const waits = DB_WAIT_COUNTERS.reduce((s, n) => s + (t.counters[n] ?? 0), 0);
  return {
    target: t.target,
    ...(e.coresUsed !== undefined ? { coresUsed: e.coresUsed } : {}),
    ...(gomaxprocs ? { coresUsable: gomaxprocs } : node ? { coresUsable: 1 } : {}),
    ...(handlerP95 !== undefined ? { handlerP95Ms: handlerP95 * 1000 } : {}),
    ...(e.eventLoopLagMaxSeconds !== undefined ? { eventLoopLagMaxMs: e.eventLoopLagMaxSeconds * 1000 } : {}),
    ...(e.gcTimeShare !== undefined ? { gcTimeShare: e.gcTimeShare } : {}),
    ...(waits > 0 ? { poolWaits: waits } : {}),
  };
}
