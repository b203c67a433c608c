import { quantileLabel } from '../gate-config.js';
import type { StatisticInput } from './input.js';
import type { SeriesSummary } from '../run-summary.js';
import { Histogram } from '../histogram.js';
import type { Comparison } from '../report.js';
import { estimateLogQuantile } from './quantile-estimate.js';
import { ratioEvidence } from './p-values.js';
import { ratioInterval } from './ratio-interval.js';
import { classify } from './verdict.js';
import { detectableChange } from './resolution.js';

export interface LatencyInput extends StatisticInput {
  q: number;
  /** Candidate runs pooled (repeats, --runs): the run-to-run part of its variance shrinks with them. */
  candidateRuns?: number;
  /**
   * The script's threshold names this statistic of this series: gated even with fewer samples than the tail rule
   * asks (at least `minRequests` per run), its resolution stated in the note.
   */
  named?: boolean;
  /** The matching series of a longer history, time-ordered, for the run-to-run noise alone (ratio-interval.ts). */
  noise?: SeriesSummary[];
}

/**
 * Compares quantile q of a Trend metric: the ratio candidate/baseline of the whole-run quantiles (the baseline's
 * from all its runs pooled), with the ratio interval (ratio-interval.ts) over the candidate's and each baseline
 * run's batch-means estimate of the log quantile. Returns undefined when either side has no samples.
 */
export function compareQuantile(input: LatencyInput): Comparison | undefined {
  const { metric, q, config } = input;
  const minTail = config.minTailSamples;
  const cand = estimateLogQuantile(input.candidate, metric, q, minTail);
  const perRun = input.baseline
    .map((s) => estimateLogQuantile(s, metric, q, minTail))
    .filter((e) => e !== undefined);
  if (!cand || perRun.length === 0) return undefined;
  const pooled = new Histogram(Histogram.fromJSON(input.baseline[0]!.trends[metric]!).alpha);
  for (const s of input.baseline) if (s.trends[metric]) pooled.merge(Histogram.fromJSON(s.trends[metric]!));
  const baselineValue = pooled.quantile(q);
  const candidateValue = Math.exp(cand.log);
  const N = perRun.length;
  const estimate = ratioInterval({
    candidate: cand,
    candidateRuns: input.candidateRuns ?? 1,
    baselineLog: Math.log(baselineValue),
    baselineRuns: perRun,
    noiseRuns: (input.noise ?? [])
      .map((s) => estimateLogQuantile(s, metric, q, minTail))
      .filter((e) => e !== undefined),
    noisePrior: config.runNoisePrior,
    confidence: config.confidence,
  });
  if (!estimate) return undefined;
  const { interval, df, noise } = estimate;
  const stat = quantileLabel(q);
  // Gating needs minRequests samples and minTail samples beyond the quantile, on each side.
  const needed = Math.max(config.minRequests, Math.ceil(minTail / (1 - q)));
  const fewest = Math.min(cand.n, Math.floor(pooled.count / N));
  const enough = fewest >= needed;
  // A statistic the user named is gated with what there is, down to minRequests per run: its resolution says what
  // that can see.
  const namedAnyway = input.named === true && !enough && fewest >= config.minRequests;
  const gated = input.gated && (enough || namedAnyway) && input.direction !== 'unknown';
  const noiseText =
    noise.runs > 0
      ? `run noise from ${noise.runs} ${(input.noise?.length ?? 0) >= 2 ? 'runs of the history (robust)' : 'baseline runs'} and the prior`
      : `run noise assumed ${(Math.sqrt(noise.variance) * 100).toFixed(0)}%`;
  const comparison: Comparison = {
    metric,
    stat,
    series: input.key,
    baseline: baselineValue,
    candidate: candidateValue,
    ratio: candidateValue / baselineValue,
    scale: 'ratio',
    interval,
    tolerance: input.tolerance,
    direction: input.direction,
    verdict: classify(interval, input.tolerance, 'ratio', input.direction),
    gated,
    method: `${cand.method}; ${noiseText}; t(${Number.isFinite(df) ? df.toFixed(1) : '∞'})`,
    samples: { baseline: pooled.count, candidate: cand.n },
    ...ratioEvidence(estimate, input.tolerance, input.direction),
  };
  if (input.gated && !enough) {
    const detectable = detectableChange(comparison);
    comparison.note =
      gated && detectable !== undefined
        ? `gated as the script's threshold names it, with ${fewest} samples per run where ${needed} give 10 beyond ${stat}: it can only catch a change of ${(detectable * 100).toFixed(0)}% or more`
        : `too few samples to gate ${stat}: ${fewest} per run, ${needed} needed (run longer or at a higher rate)`;
  }
  return comparison;
}
