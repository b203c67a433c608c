/**
 * How the evaluation tallies what the job shows: the gate verdicts of a procedure over trials, and the resolution
 * of A/A reports. Shared by the simulated and the real corpus.
 */
import type { Outcome } from './rules.js';

/** `median 14.2%, 90th percentile 21.0% (n)` of the resolutions seen, for the A/A rows. */
export function resolutionText(values: number[]): string {
  if (values.length === 0) return 'n/a';
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  const p = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `median ${p(at(0.5))}, 90th percentile ${p(at(0.9))} (${values.length})`;
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
