/**
 * The comparisons of one series (all traffic, a scenario, a request name): every Trend's quantiles and every Rate,
 * each gated or reported as the metric catalog and the user's rules say.
 */
import { quantileLabel, ruleDirection, ruleFor, type GateConfig } from '../gate-config.js';
import {
  DROPPED_ITERATIONS,
  ITERATIONS,
  metricMeaning,
  unknownDirectionNote,
  type MetricMeaning,
  type ThresholdDefinition,
} from '../metric-catalog.js';
import type { Comparison } from '../report.js';
import type { RateCounts, RunSummary, SeriesKey, SeriesSummary } from '../run-summary.js';
import { compareRate } from './error-rate.js';
import { compareQuantile } from './latency.js';
import { isNamed, namedQuantiles, namedStatistics, type NamedStatistic } from './threshold-rules.js';

export const isAllTrafficKey = (key: SeriesKey): boolean => Object.keys(key).length === 0;

/** The script's thresholds as declared: from k6's end-of-test summary and from its metric declarations. */
export function scriptThresholds(run: RunSummary): ThresholdDefinition[] {
  const out: ThresholdDefinition[] = run.thresholds.map((t) => ({
    metric: t.metric,
    expression: t.expression,
  }));
  for (const [metric, info] of Object.entries(run.metrics))
    for (const expression of info.thresholds ?? []) out.push({ metric, expression });
  return out;
}

/** What every comparison of one candidate needs to know besides the series itself. */
export interface SeriesContext {
  candidateRun: RunSummary;
  thresholds: readonly ThresholdDefinition[];
  /** The statistics the script's thresholds name (threshold-rules.ts); their rules are in `config.rules` too. */
  named: readonly NamedStatistic[];
  config: GateConfig;
  candidateRuns: number;
}

/**
 * The context of a candidate's series comparisons: its thresholds, the statistics they name, and the config with
 * those statistics' gating rules placed before the user's (which can still turn them off).
 */
export function seriesContext(
  candidate: RunSummary,
  config: GateConfig,
  candidateRuns: number,
): SeriesContext {
  const thresholds = scriptThresholds(candidate);
  const named = namedStatistics(thresholds);
  return {
    candidateRun: candidate,
    thresholds,
    named,
    config: { ...config, rules: [...named.map((n) => n.rule), ...config.rules] },
    candidateRuns,
  };
}

function meaningOf(metric: string, ctx: SeriesContext): MetricMeaning {
  return metricMeaning(
    metric,
    ctx.candidateRun.metrics[metric],
    ctx.thresholds,
    ruleDirection(ctx.config, metric),
  );
}

/** Marks a comparison with what the catalog says of its metric: diagnostic, or of unknown direction. */
function annotate(c: Comparison, meaning: MetricMeaning): Comparison {
  if (meaning.role === 'diagnostic') c.diagnostic = true;
  if (meaning.direction === undefined && !c.note) c.note = unknownDirectionNote(c.metric, c.stat);
  return c;
}

/**
 * `baseline`: the matching series of the base commit's runs (the location); `noise`: of the longer history, in time
 * order, for the run-to-run noise of ratio statistics (empty: the noise comes from `baseline`).
 */
export function seriesComparisons(
  key: SeriesKey,
  candidate: SeriesSummary,
  baseline: SeriesSummary[],
  ctx: SeriesContext,
  noise: SeriesSummary[] = [],
): Comparison[] {
  const { config } = ctx;
  const out: Comparison[] = [];
  const all = isAllTrafficKey(key);
  for (const metric of Object.keys(candidate.trends)) {
    const meaning = meaningOf(metric, ctx);
    // A meaning gates only with a direction (metricMeaning): a custom metric nothing orients is reported only.
    const defaults = { gated: meaning.gated, tolerance: config.latencyTolerance };
    const extra = namedQuantiles(ctx.named, metric).filter((q) => !config.quantiles.includes(q));
    for (const q of [...config.quantiles, ...extra].sort((a, b) => a - b)) {
      const stat = quantileLabel(q);
      const named = isNamed(ctx.named, metric, stat, key);
      // A quantile beyond the defaults only where a threshold names it.
      if (!config.quantiles.includes(q) && !named) continue;
      // Statistics that only explain (not gated by any rule) are shown for all traffic, not per endpoint.
      if (!all && !ruleFor(config, metric, stat, defaults, key).gated) continue;
      const rule = ruleFor(
        config,
        metric,
        stat,
        { ...defaults, gated: defaults.gated && config.gatedQuantiles.includes(q) },
        key,
      );
      const c = compareQuantile({
        candidateRuns: ctx.candidateRuns,
        metric,
        q,
        key,
        baseline,
        candidate,
        gated: rule.gated && meaning.direction !== undefined && meaning.role !== 'diagnostic',
        tolerance: rule.tolerance,
        direction: meaning.direction ?? 'unknown',
        config,
        named,
        noise,
      });
      if (c) out.push(annotate(c, meaning));
    }
  }
  for (const metric of Object.keys(candidate.rates)) {
    const meaning = meaningOf(metric, ctx);
    const rule = ruleFor(
      config,
      metric,
      'rate',
      { gated: meaning.gated, tolerance: config.errorRateTolerance },
      key,
    );
    if (!all && !rule.gated) continue;
    const c = compareRate({
      metric,
      key,
      baseline,
      candidate,
      gated: rule.gated && meaning.direction !== undefined,
      tolerance: rule.tolerance,
      direction: meaning.direction ?? 'unknown',
      config,
    });
    if (c) out.push(annotate(c, meaning));
  }
  return out;
}

/** Dropped iterations as counts of a rate: dropped out of scheduled (dropped + completed); undefined without any. */
export function droppedIterationCounts(series: SeriesSummary): RateCounts | undefined {
  const dropped = series.counters[DROPPED_ITERATIONS] ?? 0;
  const total = dropped + (series.counters[ITERATIONS] ?? 0);
  return total > 0 ? { passes: dropped, total } : undefined;
}

/** dropped_iterations as a share of scheduled iterations: the load generator could not keep up. */
export function droppedIterations(
  baseline: RunSummary[],
  candidate: RunSummary,
  config: GateConfig,
  openModel: boolean,
): Comparison | undefined {
  const asRate = (run: RunSummary): SeriesSummary => {
    const s = run.series[0] as SeriesSummary;
    const counts = droppedIterationCounts(s);
    return {
      ...s,
      rates: counts ? { [DROPPED_ITERATIONS]: counts } : {},
      windows: [],
    };
  };
  const meaning = metricMeaning(DROPPED_ITERATIONS, undefined, []);
  // Under an open model an increase means the generator or its VU budget could not keep up: gated.
  const rule = ruleFor(config, DROPPED_ITERATIONS, 'rate', {
    gated: meaning.gated || openModel,
    tolerance: config.errorRateTolerance,
  });
  const c = compareRate({
    metric: DROPPED_ITERATIONS,
    key: {},
    baseline: baseline.map(asRate),
    candidate: asRate(candidate),
    gated: rule.gated,
    tolerance: rule.tolerance,
    direction: meaning.direction ?? 'unknown',
    config,
  });
  return c && (c.baseline > 0 || c.candidate > 0) ? c : undefined;
}
