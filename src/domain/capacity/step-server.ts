/**
 * What one capacity step's scrapes said about the service (`server-metrics`), reduced to the figures that name a
 * bottleneck (bottleneck.ts). Pure.
 */
import type { StepServerView } from '../capacity-model.js';
import type { RunSummary } from '../run-summary.js';
import { serverLatencyQuantile } from '../compare/saturation.js';
import { DB_WAIT_COUNTERS } from '../saturation-panel.js';

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
