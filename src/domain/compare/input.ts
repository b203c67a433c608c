import type { GateConfig } from '../gate-config.js';
import type { Comparison } from '../report.js';
import type { SeriesKey, SeriesSummary } from '../run-summary.js';

/** What every per-series comparison of one statistic takes (latency quantiles, rates). */
export interface StatisticInput {
  metric: string;
  key: SeriesKey;
  /** The matching series of each baseline run, newest first. */
  baseline: SeriesSummary[];
  candidate: SeriesSummary;
  gated: boolean;
  tolerance: number;
  /** Which way is worse, from the metric catalog; `unknown` is reported, never gated. */
  direction: Comparison['direction'];
  config: GateConfig;
}
