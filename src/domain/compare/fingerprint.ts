import type { RunSummary } from '../run-summary.js';

function show(value: unknown): string {
  return value === undefined ? 'absent' : JSON.stringify(value);
}

/**
 * The differences between two runs' workloads, in words a reader can act on: scenarios added or removed and
 * scenario settings changed (executor, rate, VUs, duration...). Empty when the workloads match.
 * @example fingerprintDifferences(a, b) // ['scenario browse: rate 40 -> 80']
 */
export function fingerprintDifferences(baseline: RunSummary, candidate: RunSummary): string[] {
  const a = baseline.fingerprint.scenarios;
  const b = candidate.fingerprint.scenarios;
  const out: string[] = [];
  for (const name of Object.keys(a)) if (!(name in b)) out.push(`scenario ${name} was removed`);
  for (const name of Object.keys(b)) if (!(name in a)) out.push(`scenario ${name} was added`);
  for (const name of Object.keys(a)) {
    const before = a[name];
    const after = b[name];
    if (!before || !after) continue;
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
        out.push(`scenario ${name}: ${field} ${show(before[field])} -> ${show(after[field])}`);
    }
  }
  return out;
}
