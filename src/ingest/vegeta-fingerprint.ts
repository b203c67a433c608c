import { createHash } from 'node:crypto';
import type { WorkloadFingerprint } from '../domain/run-summary.js';

/** What defines a vegeta attack's workload, as `perf-gate vegeta` starts it. */
export interface VegetaWorkload {
  /** As given, normalised to requests per second (`100/s`, `6000/1m` -> 100). */
  ratePerSecond: number;
  durationSeconds: number;
  /** The targets file's content: its hash is the fingerprint's script hash, and the workload's `targets`. */
  targets: string;
  /** Extra `vegeta attack` flags, in order (they can change the workload: -max-workers, -keepalive, ...). */
  extraArgs?: readonly string[];
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The workload fingerprint of a vegeta attack: one scenario `vegeta` holding the tool, the rate, the duration, a
 * hash of the targets and any extra attack flags. Two attacks with another rate, duration or target list differ
 * (--force to compare them). Results read from a file (`vegeta encode` output) carry no attack settings: their
 * scenario holds the tool alone, and the comparison refuses only a change of tool for them.
 */
export function vegetaFingerprint(workload: VegetaWorkload | undefined): WorkloadFingerprint {
  const scenario: Record<string, unknown> = { executor: 'vegeta' };
  if (workload) {
    scenario.rate = workload.ratePerSecond;
    scenario.duration = `${workload.durationSeconds}s`;
    scenario.targets = sha256(workload.targets).slice(0, 16);
    if (workload.extraArgs && workload.extraArgs.length > 0) scenario.args = [...workload.extraArgs];
  }
  const stable = JSON.stringify(Object.entries(scenario).sort(([x], [y]) => (x < y ? -1 : 1)));
  return {
    ...(workload ? { scriptHash: sha256(workload.targets) } : {}),
    scenarios: workload ? { vegeta: scenario } : {},
    hash: sha256(`vegeta:${stable}`).slice(0, 16),
  };
}
