import { createHash } from 'node:crypto';
import type { WorkloadFingerprint } from '../domain/run-summary.js';

/** Scenario fields that do not change the workload: where it runs, how it is labelled, which slice a shard runs. */
const NOT_WORKLOAD = new Set(['env', 'tags', 'exec', 'gracefulStop', 'gracefulRampDown']);

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The shortcut options, which define one implicit scenario (and, when set, replace the script's scenarios). */
const SHORTCUTS = ['vus', 'duration', 'iterations', 'stages'];
const isSet = (v: unknown) => v !== null && v !== undefined;

/**
 * The workload fingerprint: the scenarios as k6 resolved them (`k6 inspect --execution-requirements`, which
 * consolidates the script, the K6_* environment and the shortcut flags passed to k6: executor, rates, VUs,
 * durations, stages); without env, tags and the execution segment, which do not change what load is offered. The
 * hash covers the scenarios only: a script edit that keeps the workload (a new check, a comment) is reported, not
 * refused.
 *
 * When duration, iterations or stages are set, k6 runs one implicit scenario made from the shortcut options (they
 * replace the script's scenarios; k6 v2 also turns `vus` alone into `iterations` = `vus`), and the fingerprint is
 * those options, as it was before k6 resolved them (`k6 inspect` without --execution-requirements shows the same),
 * so baselines recorded then still match.
 */
export function computeFingerprint(
  scriptContent: string | undefined,
  k6Options: unknown,
): WorkloadFingerprint {
  const options = (k6Options && typeof k6Options === 'object' ? k6Options : {}) as Record<string, unknown>;
  const scenarios: Record<string, Record<string, unknown>> = {};
  const declared = options.scenarios as Record<string, Record<string, unknown>> | null | undefined;
  const shortcut = ['duration', 'iterations', 'stages'].some((k) => isSet(options[k]));
  if (!shortcut && declared && Object.keys(declared).length > 0) {
    for (const [name, def] of Object.entries(declared)) {
      scenarios[name] = Object.fromEntries(
        Object.entries(def ?? {}).filter(([k, v]) => !NOT_WORKLOAD.has(k) && isSet(v)),
      );
    }
  } else {
    const implicit = Object.fromEntries(SHORTCUTS.map((k) => [k, options[k]]).filter(([, v]) => isSet(v)));
    if (Object.keys(implicit).length > 0) scenarios.default = implicit;
  }
  return {
    ...(scriptContent !== undefined ? { scriptHash: sha256(scriptContent) } : {}),
    scenarios,
    hash: sha256(stableJson(scenarios)).slice(0, 16),
  };
}
