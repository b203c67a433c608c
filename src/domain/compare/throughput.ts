import type { GateConfig } from '../gate-config.js';
import type { Comparison } from '../report.js';
import type { RunSummary, WindowStats } from '../run-summary.js';
import { HTTP_REQS, ITERATIONS, metricMeaning } from '../metric-catalog.js';
import { valueEstimate, type ValueEstimate } from './log-estimate.js';
import { ratioEvidence } from './p-values.js';
import { ratioToRunMean } from './ratio-interval.js';
import { classify } from './verdict.js';

/** The counters whose rate is a throughput, and their count in one window. */
export type ThroughputMetric = typeof HTTP_REQS | typeof ITERATIONS;
const perWindow: Record<ThroughputMetric, (w: WindowStats) => number | undefined> = {
  [HTTP_REQS]: (w) => w.requests,
  [ITERATIONS]: (w) => w.iterations,
};

/** Events per second of a run from its complete windows (the first and last are partial), with batch-means variance. */
export function eventRate(run: RunSummary, metric: ThroughputMetric): ValueEstimate | undefined {
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
  return valueEstimate(perSecond, full);
}

/**
 * Compares throughput (http_reqs or iterations per second) as a ratio with the ratio interval (ratio-interval.ts):
 * window counts give each run's within-run variance, the history (or the prior) the run-to-run part; the baseline's
 * value is the mean of its runs' rates, and the direction (higher is better) comes from the metric catalog.
 */
export function compareThroughput(
  baseline: RunSummary[],
  candidate: RunSummary,
  gated: boolean,
  tolerance: number,
  config: GateConfig,
  candidateRuns = 1,
  metric: ThroughputMetric = HTTP_REQS,
  noiseHistory: RunSummary[] = [],
): Comparison | undefined {
  const c = eventRate(candidate, metric);
  const perRun = baseline.map((r) => eventRate(r, metric)).filter((r) => r !== undefined);
  if (!c || perRun.length === 0) return undefined;
  const noiseRuns = noiseHistory.map((r) => eventRate(r, metric)).filter((r) => r !== undefined);
  const estimate = ratioToRunMean(c, perRun, candidateRuns, config, noiseRuns);
  if (!estimate) return undefined;
  const { interval, baseline: b } = estimate;
  const direction = metricMeaning(metric, undefined, []).direction ?? 'unknown';
  return {
    metric,
    stat: 'throughput',
    series: {},
    baseline: b,
    candidate: c.value,
    ratio: c.value / b,
    scale: 'ratio',
    interval,
    tolerance,
    direction,
    verdict: classify(interval, tolerance, 'ratio', direction),
    gated,
    method: `per-window ${metric === HTTP_REQS ? 'request' : 'iteration'} counts, batch means`,
    samples: {
      baseline: baseline.reduce((s, r) => s + (r.series[0]?.counters[metric] ?? 0), 0),
      candidate: candidate.series[0]?.counters[metric] ?? 0,
    },
    ...ratioEvidence(estimate, tolerance, direction),
  };
}
