/**
 * One default-branch run as a trend entry: for every gated all-traffic statistic, plus CPU per request, the run's
 * estimate and its within-run standard error, computed by the same estimators the gate uses (no statistic is
 * re-derived here).
 */
import { compareRuns } from '../compare/index.js';
import { cpuPerRequest } from '../compare/server-efficiency.js';
import { dispersion, windowRateCounts } from '../compare/overdispersion.js';
import { estimateLogQuantile } from '../compare/quantile-estimate.js';
import { droppedIterationCounts, isAllTrafficKey } from '../compare/series.js';
import { eventRate, type ThroughputMetric } from '../compare/throughput.js';
import { quantileLabel, type GateConfig } from '../gate-config.js';
import { SERVER_CPU_PER_REQUEST } from '../metric-catalog.js';
import type { Comparison, Report } from '../report.js';
import type { RateCounts, RunSummary, SeriesSummary } from '../run-summary.js';
import { statisticId, type TrendEntry, type TrendPoint, type TrendStatistic } from './model.js';

/**
 * The within-run standard error of a proportion of `passes` in `total`, with the counts' burst dispersion φ ≥ 1:
 *   se = sqrt(φ · p̃ (1 - p̃) / total),   p̃ = (passes + 0.5) / (total + 1),
 * the binomial standard error at a continuity-adjusted proportion, so that a run without any error still carries
 * an uncertainty (about 0.7 / total at zero). Undefined for total 0 (no estimate).
 * @example rateStandardError(0, 1000, 1) // ≈ 0.000707
 */
export function rateStandardError(passes: number, total: number, phi = 1): number | undefined {
  if (!(total > 0)) return undefined;
  const p = (passes + 0.5) / (total + 1);
  return Math.sqrt((Math.max(1, phi) * p * (1 - p)) / total);
}

const round = (x: number, digits: number): number => Number(x.toPrecision(digits));
const point = (estimate: number, se: number): TrendPoint => ({
  estimate: round(estimate, 6),
  se: round(se, 3),
});

function ratePoint(counts: RateCounts | undefined, phi: number): TrendPoint | undefined {
  if (!counts) return undefined;
  const se = rateStandardError(counts.passes, counts.total, phi);
  return se === undefined ? undefined : point(counts.passes / counts.total, se);
}

/** The run's point for one compared statistic, from the estimator the gate used for it; undefined if none applies. */
function pointOf(
  run: RunSummary,
  all: SeriesSummary,
  c: Comparison,
  config: GateConfig,
): TrendPoint | undefined {
  if (c.metric === SERVER_CPU_PER_REQUEST) {
    const targets = run.server?.targets ?? [];
    const target =
      c.series.server === undefined ? targets[0] : targets.find((t) => t.target === c.series.server);
    const e = target ? cpuPerRequest(target, run.windowSeconds) : undefined;
    return e ? point(e.value, Math.sqrt(e.variance)) : undefined;
  }
  if (c.stat === 'throughput') {
    const e = eventRate(run, c.metric as ThroughputMetric);
    return e ? point(e.value, Math.sqrt(e.variance)) : undefined;
  }
  if (c.stat === 'rate') {
    if (c.metric === 'dropped_iterations') return ratePoint(droppedIterationCounts(all), 1);
    return ratePoint(all.rates[c.metric], dispersion(windowRateCounts(all.windows, c.metric)));
  }
  const q = config.quantiles.find((x) => quantileLabel(x) === c.stat);
  if (q === undefined) return undefined;
  const e = estimateLogQuantile(all, c.metric, q, config.minTailSamples);
  return e ? point(Math.exp(e.log), Math.sqrt(e.variance)) : undefined;
}

/** Whether the trend tracks a comparison: a gated all-traffic statistic of known direction, or CPU per request. */
function tracked(c: Comparison): c is Comparison & { direction: TrendStatistic['direction'] } {
  if (c.direction === 'unknown') return false;
  return c.metric === SERVER_CPU_PER_REQUEST || (c.gated && isAllTrafficKey(c.series));
}

export interface TrendEntryInput {
  run: RunSummary;
  config: GateConfig;
  /**
   * The run's report against the history, when it had one: its gated statistics (after the user's rules) are the
   * ones tracked. Without one (the first run), the run is compared with itself only to learn which statistics the
   * gate would gate; the values compared are not used.
   */
  report?: Report;
  /** The commit measured; the run summary's own commit when absent. */
  commit?: string;
  runId?: number;
}

/**
 * The trend entry of one default-branch run and the descriptions of the statistics it carries. Undefined when the
 * run names no commit (a change point must point at commits) or is a capacity search (its steps are not one
 * workload to follow over time).
 */
export function buildTrendEntry(
  input: TrendEntryInput,
): { entry: TrendEntry; statistics: TrendStatistic[] } | undefined {
  const { run, config } = input;
  const commit = input.commit ?? run.git?.commit;
  const all = run.series[0];
  if (!commit || !all || run.capacity) return undefined;
  const comparisons =
    input.report && input.report.comparisons.length > 0
      ? input.report.comparisons
      : compareRuns([run], run, config).comparisons;
  const points: Record<string, TrendPoint> = {};
  const statistics: TrendStatistic[] = [];
  for (const c of comparisons.filter(tracked)) {
    const id = statisticId(c.metric, c.stat, c.series);
    if (points[id]) continue;
    const p = pointOf(run, all, c, config);
    if (!p) continue;
    points[id] = p;
    statistics.push({
      id,
      metric: c.metric,
      stat: c.stat,
      series: c.series,
      scale: c.scale,
      direction: c.direction,
      tolerance: c.tolerance,
      ...(c.unit !== undefined ? { unit: c.unit } : {}),
    });
  }
  return {
    entry: {
      commit,
      date: run.run.start,
      ...(input.runId !== undefined ? { runId: input.runId } : {}),
      points,
    },
    statistics,
  };
}
