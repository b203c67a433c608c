/**
 * How the evaluation tallies what the job shows: the gate verdicts of a procedure over trials, and the resolution
 * of A/A reports. Shared by the simulated and the real corpus.
 */
import type { Outcome, Resolution } from './rules.js';

/**
 * The A/A reports' resolutions, grouped by the comparison that was the coarsest (a report's resolution is the one
 * comparison furthest from its own tolerance; percents and points do not mix): `http_req_duration p95 in 180:
 * median 14.2%, 90th percentile 21.0%; http_req_failed rate in 20: median 0.12 pp, ...`.
 */
export function resolutionText(values: readonly Resolution[]): string {
  if (values.length === 0) return 'n/a';
  const groups = new Map<string, Resolution[]>();
  for (const r of values) {
    const key = `${r.metric} ${r.stat}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([key, rs]) => {
      const sorted = rs.map((r) => r.detectable).sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
      const unit = (x: number) =>
        rs[0]?.scale === 'difference' ? `${(100 * x).toFixed(2)} pp` : `${(100 * x).toFixed(1)}%`;
      return `${key} in ${rs.length}: median ${unit(at(0.5))}, 90th percentile ${unit(at(0.9))}`;
    })
    .join('; ');
}

/**
 * How often the gate said pass, inconclusive (the job passes with a warning by default) or fail: a missed
 * regression that ends inconclusive was flagged, one that ends pass was not.
 */
export class VerdictSplit {
  private readonly counts = { pass: 0, inconclusive: 0, fail: 0 };
  private n = 0;
  private runs = 0;
  add(outcome: Outcome | undefined): void {
    if (!outcome) return;
    const { verdict } = outcome;
    if (verdict === 'pass' || verdict === 'inconclusive' || verdict === 'fail') this.counts[verdict]++;
    this.n++;
    this.runs += outcome.runs;
  }
  text(): string {
    const share = (k: number) => `${Math.round((100 * k) / Math.max(1, this.n))}%`;
    const { pass, inconclusive, fail } = this.counts;
    const runs = (this.runs / Math.max(1, this.n)).toFixed(2);
    return `pass ${share(pass)} · inconclusive ${share(inconclusive)} · fail ${share(fail)} (${runs} runs)`;
  }
}
