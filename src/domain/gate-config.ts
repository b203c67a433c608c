/**
 * What the gate compares, how strictly, and what may fail it. One registry: every default lives here, and the
 * CLI flags and action inputs only override fields of it. Defaults are meant to be left alone.
 */
export type InconclusivePolicy = 'warn' | 'fail' | 'pass';

/** A per-metric (and optionally per-statistic) override, e.g. watch p99 without gating it. */
export interface MetricRule {
  /** A metric name, e.g. `http_req_duration`, `checkout_duration`, `checks`. */
  metric: string;
  /** `p95`, `rate`, `throughput`, ...; absent = every statistic of the metric. */
  stat?: string;
  gated?: boolean;
  tolerance?: number;
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
  rules: [
    // The HTTP sub-timings explain a change; they do not gate one (http_req_duration already contains them).
    ...[
      'http_req_blocked',
      'http_req_connecting',
      'http_req_tls_handshaking',
      'http_req_sending',
      'http_req_waiting',
      'http_req_receiving',
    ].map((metric) => ({ metric, gated: false })),
    // An iteration or group spans several requests and think time: reported, not gated.
    { metric: 'iteration_duration', gated: false },
    { metric: 'group_duration', gated: false },
    // Throughput under an arrival-rate executor is fixed by design; dropped_iterations is the signal.
    { metric: 'http_reqs', gated: false },
    { metric: 'dropped_iterations', gated: false },
  ],
};

/** The stat label of a quantile: 0.95 -> `p95`, 0.999 -> `p99.9`. */
export function quantileLabel(q: number): string {
  return `p${Number((q * 100).toFixed(3))}`;
}

/** The effective gating and tolerance of one metric/statistic, after the rules. */
export function ruleFor(
  config: GateConfig,
  metric: string,
  stat: string,
  defaults: { gated: boolean; tolerance: number },
): { gated: boolean; tolerance: number } {
  let { gated, tolerance } = defaults;
  for (const rule of config.rules) {
    if (rule.metric !== metric) continue;
    if (rule.stat !== undefined && rule.stat !== stat) continue;
    if (rule.gated !== undefined) gated = rule.gated;
    if (rule.tolerance !== undefined) tolerance = rule.tolerance;
  }
  return { gated, tolerance };
}
