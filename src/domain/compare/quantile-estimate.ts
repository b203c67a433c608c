import { Histogram } from '../histogram.js';
import type { SeriesSummary } from '../run-summary.js';
import { batchMeans } from '../stats/batch-means.js';
import { normalQuantile } from '../stats/normal-quantile.js';
import { MIN_BATCHES, type LogEstimate } from './log-estimate.js';

/** The log of one run's quantile (type 7), with the variance of that estimate inside the run. */
export interface LogQuantileEstimate extends LogEstimate {
  /** Samples behind the quantile. */
  n: number;
  /** How the variance was obtained, for the report. */
  method: string;
}

const MAX_BATCHES = 30;
/**
 * When a run has too few windows for batch means, the iid order-statistic variance is multiplied by this:
 * the variance inflation of an AR(1) process with rho ≈ 0.6, a conservative guess for request latencies.
 */
export const IID_FALLBACK_INFLATION = 4;

/**
 * Estimates log Q(q) of a Trend metric in one run, and its within-run variance by batch means: consecutive time
 * windows are pooled into B batches of at least `minTail / (1 - q)` samples each, so every batch sees enough of the
 * tail; the variance of the whole-run log quantile is taken as s²/B of the batch log quantiles. This stays honest
 * when latencies are autocorrelated (queues, GC pauses), where an iid bootstrap over requests is over-confident.
 * Returns undefined when the metric has no samples.
 */
export function estimateLogQuantile(
  series: SeriesSummary,
  metric: string,
  q: number,
  minTail: number,
): LogQuantileEstimate | undefined {
  const json = series.trends[metric];
  if (!json || json.count === 0) return undefined;
  const whole = Histogram.fromJSON(json);
  const value = whole.quantile(q);
  if (!(value > 0)) return undefined;
  const n = whole.count;
  const perBatch = Math.max(30, Math.ceil(minTail / (1 - q)));
  const windows = series.windows.filter((w) => (w.trends[metric]?.count ?? 0) > 0);
  const windowed = windows.reduce((s, w) => s + (w.trends[metric]?.count ?? 0), 0);
  const batches = Math.min(MAX_BATCHES, windows.length, Math.floor(windowed / perBatch));
  if (batches >= MIN_BATCHES) {
    const target = windowed / batches;
    const logs: number[] = [];
    let current: Histogram | undefined;
    let filled = 0;
    // A batch closes once the windows so far hold the next multiple of the target. Never more than `batches`:
    // only the last window (every window holds samples) can reach `batches` · target = windowed.
    for (const w of windows) {
      const h = Histogram.fromJSON(w.trends[metric]!);
      current = current ? current.merge(h) : h;
      filled += h.count;
      if (filled >= target * (logs.length + 1)) {
        logs.push(Math.log(current.quantile(q)));
        current = undefined;
      }
    }
    if (current) logs.push(Math.log(current.quantile(q)));
    const valid = logs.filter(Number.isFinite);
    if (valid.length >= MIN_BATCHES) {
      const bm = batchMeans(valid);
      return {
        log: Math.log(value),
        variance: bm.varianceOfMean,
        df: bm.df,
        n,
        method: `batch means over ${valid.length} time batches`,
      };
    }
  }
  // Too few windows: the order-statistic (binomial) interval of an iid sample, inflated for autocorrelation.
  const z = normalQuantile(0.975);
  const spread = z * Math.sqrt(n * q * (1 - q));
  // Both bounds clamped to [0, 1]: at small n the order statistic's rank q·n ± spread can leave the sample.
  const rankShare = (rank: number) => Math.min(1, Math.max(0, rank / Math.max(1, n - 1)));
  const lo = whole.quantile(rankShare(n * q - spread));
  const hi = whole.quantile(rankShare(n * q + spread));
  const se = lo > 0 && hi > 0 ? (Math.log(hi) - Math.log(lo)) / (2 * z) : 1;
  return {
    log: Math.log(value),
    variance: se * se * IID_FALLBACK_INFLATION,
    df: Infinity,
    n,
    method: `order statistics ×${IID_FALLBACK_INFLATION} variance (too few windows for batch means)`,
  };
}
