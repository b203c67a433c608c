import { studentTQuantile } from '../stats/student-t.js';
import { welchDf } from '../stats/welch-df.js';
import type { LogEstimate, ValueEstimate } from './log-estimate.js';
import { robustRunNoise, runNoise, type RunNoise } from './run-noise.js';

export interface RatioIntervalInput {
  /** The candidate's estimate, its M runs pooled. */
  candidate: LogEstimate;
  /** M, the candidate runs pooled (`--runs`, repeats): at least 1. */
  candidateRuns: number;
  /** The baseline's value on the log scale (its runs pooled). */
  baselineLog: number;
  /** One estimate per baseline run (N of them): their variances and df make the baseline's, their spread the noise. */
  baselineRuns: readonly LogEstimate[];
  /**
   * A longer history for the run-to-run noise alone, in time order (oldest first): the trusted default-branch runs
   * beyond the base commit's. With 2 or more, σ² comes from them (robustRunNoise); else from `baselineRuns`.
   */
  noiseRuns?: readonly LogEstimate[];
  /** The prior run-to-run noise s0, a coefficient of variation on the log scale (GateConfig.runNoisePrior). */
  noisePrior: number;
  /** One-sided confidence of each bound (GateConfig.confidence). */
  confidence: number;
}

/** The variance of the log ratio in its three parts (their sum is `total`). */
export interface RatioVarianceParts {
  /** v_c: the candidate's within-run variance. */
  candidate: number;
  /** v_b: the pooled baseline's within-run variance. */
  baseline: number;
  /** v_n: the run-to-run noise of both sides, σ²(1/M + 1/N). */
  noise: number;
  total: number;
}

export interface RatioInterval {
  /** [low, high] of candidate / baseline. */
  interval: [number, number];
  /** ln(candidate / baseline): the interval's centre on the log scale. */
  logRatio: number;
  /** Welch–Satterthwaite degrees of freedom of `variance.total` (the t quantile uses at least 1). */
  df: number;
  variance: RatioVarianceParts;
  /** The run-to-run noise σ² behind `variance.noise`, with its df and the baseline runs that estimated it. */
  noise: RunNoise;
  /** M and N: the candidate runs pooled and the baseline runs behind the baseline's value. */
  runs: { candidate: number; baseline: number };
}

/**
 * The interval of a ratio candidate / baseline of one statistic (a latency quantile, throughput, CPU per request)
 * against N baseline runs, on the log scale. With the candidate's estimate (c, v_c, df_c) of its M runs pooled, the
 * baseline's pooled value b and its per-run estimates (b_i, v_i, df_i), i = 1..N:
 *   v_b = (Σ v_i / N) / N                      the mean per-run variance, divided by N runs pooled
 *   df_b = Σ df_i
 *   (σ², df_n) = runNoise(b_i, v_i, s0)         the run-to-run noise, moderated by the prior s0 (run-noise.ts);
 *                or robustRunNoise over `noiseRuns` when a longer history is given (the location stays b)
 *   v_n = σ² (1/M + 1/N)                        each side's run effect, averaged over its runs
 *   df = Welch–Satterthwaite over (v_c, df_c), (v_b, df_b), (v_n, df_n)
 *   interval = exp((c - b) ± t(confidence, max(1, df)) · √(v_c + v_b + v_n))
 * Each bound is one-sided at `confidence`. The parts are returned so a caller can say which dominates and what more
 * runs would buy (M and N only divide v_n; longer runs shrink v_c and v_b).
 * Cannot estimate without a baseline run: undefined for N = 0. At N = 1 the noise is the prior alone.
 * Complexity O(N).
 * @throws RangeError when M is not a whole number of at least 1.
 * @example
 * ratioInterval({
 *   candidate: { log: Math.log(110), variance: 0.0004, df: Infinity }, candidateRuns: 1,
 *   baselineLog: Math.log(100), baselineRuns: [{ log: Math.log(100), variance: 0.0004, df: Infinity }],
 *   noisePrior: 0.03, confidence: 0.975,
 * }) // { interval: [≈0.9893, ≈1.2231], df: ≈20.86, variance: { candidate: 0.0004, baseline: 0.0004, noise: 0.0018, … } }
 */
export function ratioInterval(input: RatioIntervalInput): RatioInterval | undefined {
  const M = input.candidateRuns;
  if (!(Number.isInteger(M) && M >= 1))
    throw new RangeError(`ratioInterval: candidateRuns must be a whole number >= 1, got ${M}`);
  const runs = input.baselineRuns;
  const N = runs.length;
  if (N === 0) return undefined;
  const candidate = input.candidate.variance;
  const baseline = runs.reduce((s, r) => s + r.variance, 0) / N / N;
  const long = input.noiseRuns ?? [];
  const noise =
    long.length >= 2
      ? robustRunNoise(
          long.map((r) => r.log),
          long.map((r) => r.variance),
          input.noisePrior,
        )
      : runNoise(
          runs.map((r) => r.log),
          runs.map((r) => r.variance),
          input.noisePrior,
        );
  const noiseVariance = noise.variance * (1 / M + 1 / N);
  const total = candidate + baseline + noiseVariance;
  const df = welchDf([
    { variance: candidate, df: input.candidate.df },
    { variance: baseline, df: runs.reduce((s, r) => s + r.df, 0) },
    { variance: noiseVariance, df: noise.df },
  ]);
  const logRatio = input.candidate.log - input.baselineLog;
  const half = studentTQuantile(input.confidence, Math.max(1, df)) * Math.sqrt(total);
  return {
    interval: [Math.exp(logRatio - half), Math.exp(logRatio + half)],
    logRatio,
    df,
    variance: { candidate, baseline, noise: noiseVariance, total },
    noise,
    runs: { candidate: M, baseline: N },
  };
}

/**
 * The ratio interval of a statistic whose baseline is the mean of its runs' values (throughput, CPU seconds per
 * request): b = Σ value_i / N, then ratioInterval with baselineLog = ln b. Returns b with the interval; undefined
 * without a baseline run.
 * @throws RangeError as ratioInterval.
 */
export function ratioToRunMean(
  candidate: ValueEstimate,
  baselineRuns: readonly ValueEstimate[],
  candidateRuns: number,
  config: { runNoisePrior: number; confidence: number },
  noiseRuns: readonly LogEstimate[] = [],
): (RatioInterval & { baseline: number }) | undefined {
  const baseline = baselineRuns.reduce((s, r) => s + r.value, 0) / baselineRuns.length;
  const estimate = ratioInterval({
    candidate,
    candidateRuns,
    baselineLog: Math.log(baseline),
    baselineRuns,
    noiseRuns,
    noisePrior: config.runNoisePrior,
    confidence: config.confidence,
  });
  return estimate && { ...estimate, baseline };
}
