import { toolOf, type RunSummary } from '../run-summary.js';

/** The major version of the k6 that produced a run (`v2.2.0` → 2), when it was recorded. */
export function k6Major(run: RunSummary): number | undefined {
  const m = /^v?(\d+)\./.exec(run.k6?.version ?? '');
  return m ? Number(m[1]) : undefined;
}

function show(value: unknown): string {
  return value === undefined ? 'absent' : JSON.stringify(value);
}

/**
 * The differences between two runs' workloads, in words a reader can act on: another k6 major version (k6 v2
 * changed how samples are produced and how shortcut options combine with scenarios, so a v1 baseline does not
 * measure what a v2 run measures), scenarios added or removed and scenario settings changed (executor, rate, VUs,
 * duration...). Empty when the workloads match.
 * @example fingerprintDifferences(a, b) // ['scenario browse: rate 40 -> 80']
 */
export function fingerprintDifferences(baseline: RunSummary, candidate: RunSummary): string[] {
  const a = baseline.fingerprint.scenarios;
  const b = candidate.fingerprint.scenarios;
  const out: string[] = [];
  // Another load generator measures another thing (k6 closed or open model, vegeta open model, other clients).
  if (toolOf(baseline) !== toolOf(candidate))
    out.push(`load generator ${toolOf(baseline)} -> ${toolOf(candidate)}`);
  const before = k6Major(baseline);
  const after = k6Major(candidate);
  if (before !== undefined && after !== undefined && before !== after)
    out.push(`k6 major version ${before} -> ${after} (${baseline.k6.version} -> ${candidate.k6.version})`);
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

/**
 * Whether two runs' workloads differ enough that comparing them needs --force: different scenarios (when both runs
 * know theirs), another load generator (k6 and vegeta), or another k6 major version (when both runs recorded theirs).
 */
export function workloadsDiffer(baseline: RunSummary, candidate: RunSummary): boolean {
  const scenariosDiffer =
    baseline.fingerprint.hash !== candidate.fingerprint.hash &&
    Object.keys(baseline.fingerprint.scenarios).length > 0 &&
    Object.keys(candidate.fingerprint.scenarios).length > 0;
  const before = k6Major(baseline);
  const after = k6Major(candidate);
  if (toolOf(baseline) !== toolOf(candidate)) return true;
  return scenariosDiffer || (before !== undefined && after !== undefined && before !== after);
}
