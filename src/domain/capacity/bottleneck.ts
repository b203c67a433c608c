/**
 * The bottleneck of a capacity search: what the service's own metrics say ran out between the last rate that met
 * every objective and the first that did not, in the guides' triage order (application CPU, database, downstream
 * and locks, GC, then queueing in front of the service or the network). Needs the steps' server view
 * (`server-metrics`); without it there is nothing to name. Pure.
 */
import { GC_SATURATED_SHARE } from '../saturation-panel.js';
import { CAPACITY_RATE_UNIT, type Bottleneck, type CapacityStep } from '../capacity-model.js';
import { KEEP_UP } from './step.js';

/** Busy at this share of the usable cores or more: the CPU is the limit. */
export const CPU_BUSY_SHARE = 0.85;
/** Event-loop lag this long or longer (ms) at the breaking rate: JavaScript had no time left. */
export const EVENT_LOOP_SATURATED_MS = 50;
/** The handlers' p95 grew by this factor between the two rates: the time is spent inside the service. */
export const HANDLER_GROWTH = 1.5;

const ms = (x: number): string => `${Number(x.toPrecision(3))} ms`;

/**
 * The first resource in triage order that the breaking step shows saturated, judged against the last good step
 * (`good`, when one met the objectives). Undefined when the breaking step has no server view, or none stands out.
 */
export function bottleneckOf(
  good: CapacityStep | undefined,
  bad: CapacityStep | undefined,
): Bottleneck | undefined {
  const b = bad?.server;
  if (!bad || !b) return undefined;
  const g = good?.server;
  const at = `at ${bad.offered}/s`;
  if (b.coresUsed !== undefined && b.coresUsable && b.coresUsed >= CPU_BUSY_SHARE * b.coresUsable)
    return {
      resource: 'application CPU',
      evidence: `${at} the service used ${b.coresUsed.toFixed(2)} of its ${b.coresUsable} usable core(s)`,
    };
  if (b.eventLoopLagMaxMs !== undefined && b.eventLoopLagMaxMs >= EVENT_LOOP_SATURATED_MS)
    return {
      resource: 'application CPU (event loop)',
      evidence: `${at} the event loop lagged up to ${ms(b.eventLoopLagMaxMs)}${g?.eventLoopLagMaxMs !== undefined ? ` (${ms(g.eventLoopLagMaxMs)} at ${good?.offered}/s)` : ''}`,
    };
  if (b.poolWaits !== undefined && b.poolWaits > (g?.poolWaits ?? 0))
    return {
      resource: 'database connections',
      evidence: `${at} ${b.poolWaits} request(s) waited for a pooled database connection`,
    };
  const handlerGrew =
    b.handlerP95Ms !== undefined &&
    g?.handlerP95Ms !== undefined &&
    b.handlerP95Ms >= HANDLER_GROWTH * g.handlerP95Ms;
  if (b.gcTimeShare !== undefined && b.gcTimeShare >= GC_SATURATED_SHARE)
    return {
      resource: 'GC',
      evidence: `${at} garbage collection took ${(b.gcTimeShare * 100).toFixed(0)}% of the time`,
    };
  if (handlerGrew)
    return {
      resource: 'inside the service, not its CPU (a lock, a pool or a downstream call)',
      evidence: `the handlers' own p95 went from ${ms(g?.handlerP95Ms as number)} at ${good?.offered}/s to ${ms(b.handlerP95Ms as number)} ${at}${b.coresUsed !== undefined ? `, with ${b.coresUsed.toFixed(2)} core(s) used` : ''}`,
    };
  // The handlers kept their pace while the client waited longer or was served less: requests queued before them.
  const clientGrew = good?.p95 != null && bad.p95 != null && bad.p95 >= HANDLER_GROWTH * good.p95;
  const fellBehind = bad.achieved < KEEP_UP * bad.offered;
  if ((clientGrew || fellBehind) && b.handlerP95Ms !== undefined && g?.handlerP95Ms !== undefined) {
    const client = clientGrew
      ? `the client's p95 went from ${ms(good?.p95 as number)} to ${ms(bad.p95 as number)}`
      : `${Number(bad.achieved.toPrecision(3))} of the ${bad.offered} ${CAPACITY_RATE_UNIT} offered completed`;
    return {
      resource: 'queueing in front of the handlers (a concurrency limit, the accept backlog, or the network)',
      evidence: `${at} ${client} while the handlers' own p95 stayed at ${ms(b.handlerP95Ms)}`,
    };
  }
  return undefined;
}
