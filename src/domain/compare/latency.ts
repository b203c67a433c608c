import { quantileLabel } from '../gate-config.js';
import type { StatisticInput } from './input.js';
import { Histogram } from '../histogram.js';
import type { Comparison } from '../report.js';
import { studentTQuantile } from '../stats/student-t.js';
import { welchDf } from '../stats/welch-df.js';
import { estimateLogQuantile } from './quantile-estimate.js';
import { runNoise } from './run-noise.js';
import { classify } from './verdict.js';

export interface LatencyInput extends StatisticInput {
  q: number;
  /** Candidate runs pooled (repeats, --runs): the run-to-run part of its variance shrinks with them. */
  candidateRuns?: number;
}

/**
 * Compares quantile q of a Trend metric: the ratio candidate/baseline of the whole-run quantiles (the baseline's
 * from all its runs pooled), with a t interval on the log scale whose variance adds three parts: the candidate's
 * within-run variance, the pooled baseline's (mean per-run variance / N), and the run-to-run variance
 * σ²(1/M + 1/N) for M candidate runs (estimated from the history, or the prior). Returns undefined when either side has no samples.
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
  const baselineVariance = perRun.reduce((s, e) => s + e.variance, 0) / N / N;
  const baselineDf = perRun.reduce((s, e) => s + e.df, 0);
  const noise = runNoise(
    perRun.map((e) => e.log),
    perRun.map((e) => e.variance),
    config.runNoisePrior,
  );
  const noiseVariance = noise.variance * (1 / (input.candidateRuns ?? 1) + 1 / N);
  const variance = cand.variance + baselineVariance + noiseVariance;
  const df = welchDf([
    { variance: cand.variance, df: cand.df },
    { variance: baselineVariance, df: baselineDf },
    { variance: noiseVariance, df: noise.df },
  ]);
  const t = studentTQuantile(config.confidence, Math.max(1, df));
  const logRatio = Math.log(candidateValue) - Math.log(baselineValue);
  const half = t * Math.sqrt(variance);
  const interval: [number, number] = [Math.exp(logRatio - half), Math.exp(logRatio + half)];
  const stat = quantileLabel(q);
  // Gating needs minRequests samples and minTail samples beyond the quantile, on each side.
  const needed = Math.max(config.minRequests, Math.ceil(minTail / (1 - q)));
  const fewest = Math.min(cand.n, Math.floor(pooled.count / N));
  const enough = fewest >= needed;
  const gated = input.gated && enough && input.direction !== 'unknown';
  const note =
    input.gated && !enough
      ? `too few samples to gate ${stat}: ${fewest} per run, ${needed} needed (run longer or at a higher rate)`
      : undefined;
  const noiseText =
    noise.runs > 0
      ? `run noise from ${noise.runs} baseline runs and the prior`
      : `run noise assumed ${(Math.sqrt(noise.variance) * 100).toFixed(0)}%`;
  return {
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
    ...(note ? { note } : {}),
  };
}
