/**
 * Open or closed load model, from the scenarios' executors in the workload fingerprint. It decides what the
 * throughput of a run means (see docs/statistics.md, "Which statistics are gated under which executor"):
 * - closed (VU-based: constant-vus, ramping-vus, per-vu-iterations, shared-iterations, externally-controlled, and
 *   the implicit scenario of `vus`/`duration`/`iterations`/`stages`): a slower service receives fewer requests, so
 *   throughput is a signal (gated) and the latency percentiles understate what users would wait (coordinated
 *   omission);
 * - open (constant-arrival-rate, ramping-arrival-rate): the script fixes the rate, so throughput is reported, and
 *   `dropped_iterations` is what says the generator or its VU budget could not keep up (gated).
 */
import type { WorkloadFingerprint } from './run-summary.js';

export type LoadModel = 'open' | 'closed' | 'mixed' | 'unknown';

const OPEN = new Set(['constant-arrival-rate', 'ramping-arrival-rate']);
const CLOSED = new Set([
  'constant-vus',
  'ramping-vus',
  'per-vu-iterations',
  'shared-iterations',
  'externally-controlled',
]);

/** A scenario's executor; the implicit scenario of k6's shortcut options has none and is VU-based. */
function executorOf(scenario: Record<string, unknown>): string {
  return typeof scenario.executor === 'string' ? scenario.executor : 'constant-vus';
}

export function loadModelOf(fingerprint: WorkloadFingerprint): LoadModel {
  const executors = Object.values(fingerprint.scenarios).map(executorOf);
  if (executors.length === 0) return 'unknown';
  const open = executors.filter((e) => OPEN.has(e)).length;
  const closed = executors.filter((e) => CLOSED.has(e)).length;
  if (open === executors.length) return 'open';
  if (closed === executors.length) return 'closed';
  return open + closed === executors.length ? 'mixed' : 'unknown';
}

/** The scenarios by executor, for the report's note: `constant-vus (default), ramping-vus (browse)`. */
export function executorsText(fingerprint: WorkloadFingerprint): string {
  return Object.entries(fingerprint.scenarios)
    .map(([name, s]) => `${executorOf(s)} (${name})`)
    .join(', ');
}

/** The largest `maxVUs` (or `preAllocatedVUs`) an open-model scenario may use, when the script says. */
export function vuBudgetOf(fingerprint: WorkloadFingerprint): number | undefined {
  let budget: number | undefined;
  for (const s of Object.values(fingerprint.scenarios)) {
    if (!OPEN.has(executorOf(s))) continue;
    const max = Number(s.maxVUs ?? s.preAllocatedVUs);
    if (Number.isFinite(max) && max > 0) budget = (budget ?? 0) + max;
  }
  return budget;
}
