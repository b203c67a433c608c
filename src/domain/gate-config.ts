/**
 * What the gate compares, how strictly, and what may fail it. One registry: every default lives here, and the
 * CLI flags and action inputs only override fields of it. Defaults are meant to be left alone.
 */
import { PerfGateError } from '../errors.js';

export type InconclusivePolicy = 'warn' | 'fail' | 'pass';

/** `ratio`: a relative change (latency, throughput, CPU per request); `difference`: percentage points (rates). */
export type ToleranceScale = 'ratio' | 'difference';

/**
 * A per-metric (optionally per-statistic, per-series) override, e.g. watch p99 without gating it, or give a custom
 * metric its direction. Rules come from the config file and from flags/inputs (which are applied last).
 */
export interface MetricRule {
  /** A metric name, e.g. `http_req_duration`, `checkout_duration`, `checks`. */
  metric: string;
  /** `p95`, `rate`, `throughput`, ...; absent = every statistic of the metric. */
  stat?: string;
  /** Only series whose tags include all of these, e.g. `{ name: 'GET /products' }`; absent = every series. */
  series?: Record<string, string>;
  gated?: boolean;
  tolerance?: number;
  /**
   * How `tolerance` was written: relative (`20%`) or in percentage points (`0.5pp`). A statistic compared on the
   * other scale refuses the rule (see ruleFor); absent for a tolerance set in code.
   */
  toleranceScale?: ToleranceScale;
  /** Which way is worse, for a custom metric the catalog does not know (see domain/metric-catalog.ts). */
  direction?: 'higher-is-worse' | 'higher-is-better';
}

export interface GateConfig {
  /** Latency quantiles compared for every Trend metric. */
  quantiles: number[];
  /** Which quantiles can fail the gate (the others are reported). */
  gatedQuantiles: number[];
  /** Relative tolerance for latency quantiles: 0.10 = a regression must be confidently more than 10% worse. */
  latencyTolerance: number;
  /** Absolute tolerance for error rates, as a fraction: 0.001 = 0.1 percentage points. */
  errorRateTolerance: number;
  /** Relative tolerance for throughput (requests per second). */
  throughputTolerance: number;
  /** Confidence of each one-sided bound (0.99: each gated statistic alone false-alarms at most 1% at the edge). */
  confidence: number;
  /**
   * The prior run-to-run variation: a coefficient of variation of each statistic between runs on one machine type
   * (3%, as measured on shared CI runners; see docs/statistics.md). Used alone with fewer than 2 baseline runs, and
   * blended with the history's own estimate otherwise (see run-noise.ts).
   */
  runNoisePrior: number;
  /** Minimum tail samples (n × (1 - q)) for a quantile to be gated in a series; below it, reported only. */
  minTailSamples: number;
  /** Minimum requests for a series to be gated at all. */
  minRequests: number;
  /** What an inconclusive overall verdict does to the exit code: warn (exit 0), fail (exit 1), pass (silent). */
  inconclusivePolicy: InconclusivePolicy;
  /** Compare even when the workload fingerprints differ. */
  forceFingerprint: boolean;
  /** Overrides, applied in order (later wins). */
  rules: MetricRule[];
}

export const DEFAULT_GATE_CONFIG: GateConfig = {
  quantiles: [0.5, 0.95, 0.99],
  gatedQuantiles: [0.5, 0.95],
  latencyTolerance: 0.1,
  errorRateTolerance: 0.001,
  throughputTolerance: 0.1,
  confidence: 0.99,
  runNoisePrior: 0.03,
  minTailSamples: 10,
  minRequests: 100,
  inconclusivePolicy: 'warn',
  forceFingerprint: false,
  // What each built-in metric means (gated, diagnostic, direction) lives in metric-catalog.ts; rules override it.
  rules: [],
};

/** The stat label of a quantile: 0.95 -> `p95`, 0.999 -> `p99.9`. */
export function quantileLabel(q: number): string {
  return `p${Number((q * 100).toFixed(3))}`;
}

/** The quantile of a stat label, quantileLabel's inverse: `p95` -> 0.95, `p99.9` -> 0.999; undefined otherwise. */
export function quantileOfLabel(stat: string): number | undefined {
  const m = /^p(\d+(?:\.\d+)?)$/.exec(stat);
  return m ? Number(m[1]) / 100 : undefined;
}

/**
 * Every statistic a comparison can have: the quantiles compared, `rate` (of a Rate), `throughput` (requests and
 * iterations per second) and `mean` (CPU seconds per request). A rule naming any other would never apply.
 */
export function knownStats(config: Pick<GateConfig, 'quantiles'> = DEFAULT_GATE_CONFIG): string[] {
  return [...config.quantiles.map(quantileLabel), 'rate', 'throughput', 'mean'];
}

/** The scale a statistic is compared on: a rate as a difference in points, everything else as a ratio. */
export const scaleOfStat = (stat: string): ToleranceScale => (stat === 'rate' ? 'difference' : 'ratio');

const SCALE_WORDS: Record<ToleranceScale, string> = {
  ratio: 'a relative change (e.g. 20%)',
  difference: 'percentage points (e.g. 0.5pp)',
};

/** Whether a rule applies to this metric, statistic and series (its series tags all present in the series). */
export function ruleApplies(
  rule: MetricRule,
  metric: string,
  stat: string | undefined,
  series: Record<string, string>,
): boolean {
  if (rule.metric !== metric) return false;
  if (stat !== undefined && rule.stat !== undefined && rule.stat !== stat) return false;
  return Object.entries(rule.series ?? {}).every(([k, v]) => series[k] === v);
}

/** The effective gating and tolerance of one metric/statistic of one series, after the rules (later rules win). */
export function ruleFor(
  config: GateConfig,
  metric: string,
  stat: string,
  defaults: { gated: boolean; tolerance: number },
  series: Record<string, string> = {},
): { gated: boolean; tolerance: number } {
  let { gated, tolerance } = defaults;
  for (const rule of config.rules) {
    if (!ruleApplies(rule, metric, stat, series)) continue;
    if (rule.gated !== undefined) gated = rule.gated;
    if (rule.tolerance === undefined) continue;
    if (rule.toleranceScale !== undefined && rule.toleranceScale !== scaleOfStat(stat))
      throw new PerfGateError(
        `the rule for ${metric} gives a tolerance in ${SCALE_WORDS[rule.toleranceScale]}, but its ${stat} is compared as ${SCALE_WORDS[scaleOfStat(stat)]}`,
        `Write the tolerance of ${metric}:${stat} as ${SCALE_WORDS[scaleOfStat(stat)]}, or name the rule's "stats"`,
      );
    tolerance = rule.tolerance;
  }
  return { gated, tolerance };
}

/** The direction the user's rules give a metric (the last rule that says one), or undefined. */
export function ruleDirection(config: GateConfig, metric: string): MetricRule['direction'] {
  let direction: MetricRule['direction'];
  for (const rule of config.rules) if (rule.metric === metric && rule.direction) direction = rule.direction;
  return direction;
}
