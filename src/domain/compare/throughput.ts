import { mean, sampleVariance } from 'simple-statistics';
import type { GateConfig } from '../gate-config.js';
import type { Comparison } from '../report.js';
import type { RunSummary, WindowStats } from '../run-summary.js';
import { studentTQuantile } from '../stats/student-t.js';
import { welchDf } from '../stats/welch-df.js';
import { runNoise } from './run-noise.js';
import { classify } from './verdict.js';

interface RateEstimate {
  perSecond: number;
  logVariance: number;
  df: number;
}

/** The counters whose rate is a throughput, and their count in one window. */
export type ThroughputMetric = 'http_reqs' | 'iterations';
const perWindow: Record<ThroughputMetric, (w: WindowStats) => number | undefined> = {
  http_reqs: (w) => w.requests,
  iterations: (w) => w.iterations,
};

/** Events per second of a run from its complete windows (the first and last are partial), with batch-means variance. */
function eventRate(run: RunSummary, metric: ThroughputMetric): RateEstimate | undefined {
  const all = run.series[0];
  if (!all) return undefined;
  const counts = all.windows.slice(1, -1).map(perWindow[metric]);
  // Summaries from before per-window iterations were recorded: the whole-run rate with the fallback variance.
  const full = counts.every((c) => c !== undefined)
    ? counts.map((c) => (c as number) / run.windowSeconds)
    : [];
  const total = all.counters[metric] ?? 0;
  const perSecond = total / run.run.durationSeconds;
  if (!(perSecond > 0)) return undefined;
  if (full.length < 4) return { perSecond, logVariance: 0.05 ** 2, df: Infinity };
  const m = mean(full);
  return { perSecond, logVariance: sampleVariance(full) / full.length / (m * m), df: full.length - 1 };
}

/**
 * Compares throughput (http_reqs or iterations per second) as a ratio, higher is better, with the same log-scale t
 * interval as latency: window counts give the within-run variance, the history (or the prior) the run-to-run part.
 */
export function compareThroughput(
  baseline: RunSummary[],
  candidate: RunSummary,
  gated: boolean,
  tolerance: number,
  config: GateConfig,
  candidateRuns = 1,
  metric: ThroughputMetric = 'http_reqs',
): Comparison | undefined {
  const c = eventRate(candidate, metric);
  const perRun = baseline.map((r) => eventRate(r, metric)).filter((r) => r !== undefined);
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
    metric,
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
    method: `per-window ${metric === 'http_reqs' ? 'request' : 'iteration'} counts, batch means`,
    samples: {
      baseline: baseline.reduce((s, r) => s + (r.series[0]?.counters[metric] ?? 0), 0),
      candidate: candidate.series[0]?.counters[metric] ?? 0,
    },
  };
}
