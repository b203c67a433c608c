import { mean, sampleVariance } from 'simple-statistics';
import type { GateConfig } from '../gate-config.js';
import type { Comparison } from '../report.js';
import type { RunSummary } from '../run-summary.js';
import { studentTQuantile } from '../stats/student-t.js';
import { welchDf } from '../stats/welch-df.js';
import { runNoise } from './run-noise.js';
import { classify } from './verdict.js';

interface RateEstimate {
  perSecond: number;
  logVariance: number;
  df: number;
}

/** Requests per second of a run from its complete windows (the first and last are partial), with batch-means variance. */
function requestRate(run: RunSummary): RateEstimate | undefined {
  const all = run.series[0];
  if (!all) return undefined;
  const full = all.windows.slice(1, -1).map((w) => w.requests / run.windowSeconds);
  const total = all.counters.http_reqs ?? 0;
  const perSecond = total / run.run.durationSeconds;
  if (!(perSecond > 0)) return undefined;
  if (full.length < 4) return { perSecond, logVariance: 0.05 ** 2, df: Infinity };
  const m = mean(full);
  return { perSecond, logVariance: sampleVariance(full) / full.length / (m * m), df: full.length - 1 };
}

/**
 * Compares throughput (http_reqs per second) as a ratio, higher is better, with the same log-scale t interval as
 * latency: window counts give the within-run variance, the history (or the prior) the run-to-run part.
 */
export function compareThroughput(
  baseline: RunSummary[],
  candidate: RunSummary,
  gated: boolean,
  tolerance: number,
  config: GateConfig,
  candidateRuns = 1,
): Comparison | undefined {
  const c = requestRate(candidate);
  const perRun = baseline.map(requestRate).filter((r) => r !== undefined);
  if (!c || perRun.length === 0) return undefined;
  const N = perRun.length;
  const b = perRun.reduce((s, r) => s + r.perSecond, 0) / N;
  const noise = runNoise(
    perRun.map((r) => Math.log(r.perSecond)),
    perRun.map((r) => r.logVariance),
    config.runNoisePrior,
  );
  const bVar = perRun.reduce((s, r) => s + r.logVariance, 0) / N / N;
  const nVar = noise.variance * (1 / candidateRuns + 1 / N);
  const df = welchDf([
    { variance: c.logVariance, df: c.df },
    { variance: bVar, df: perRun.reduce((s, r) => s + r.df, 0) },
    { variance: nVar, df: noise.df },
  ]);
  const half = studentTQuantile(config.confidence, Math.max(1, df)) * Math.sqrt(c.logVariance + bVar + nVar);
  const logRatio = Math.log(c.perSecond / b);
  const interval: [number, number] = [Math.exp(logRatio - half), Math.exp(logRatio + half)];
  return {
    metric: 'http_reqs',
    stat: 'throughput',
    series: {},
    baseline: b,
    candidate: c.perSecond,
    ratio: c.perSecond / b,
    scale: 'ratio',
    interval,
    tolerance,
    direction: 'higher-is-better',
    verdict: classify(interval, tolerance, 'ratio', 'higher-is-better'),
    gated,
    method: 'per-window request counts, batch means',
    samples: {
      baseline: baseline.reduce((s, r) => s + (r.series[0]?.counters.http_reqs ?? 0), 0),
      candidate: candidate.series[0]?.counters.http_reqs ?? 0,
    },
  };
}
