import { ruleFor, type GateConfig } from '../gate-config.js';
import { REPORT_SCHEMA_VERSION, type Comparison, type Report } from '../report.js';
import { decideGate, thresholdText } from './gate-verdict.js';
import type { RunSummary, SeriesKey, SeriesSummary } from '../run-summary.js';
import { compareRate } from './error-rate.js';
import { compareQuantile } from './latency.js';
import { compareThroughput } from './throughput.js';
import { fingerprintDifferences, workloadsDiffer } from './fingerprint.js';
import { lookAdjusted, perLookConfig, type RerunPolicy } from './sequential.js';

export { classify } from './verdict.js';

const keyId = (key: SeriesKey): string => JSON.stringify(Object.entries(key).sort());
const isAllTraffic = (key: SeriesKey): boolean => Object.keys(key).length === 0;

/** Success-style rates (checks pass, custom `*_success`) are better when higher; failure rates when lower. */
function rateDirection(metric: string): 'higher-is-worse' | 'higher-is-better' {
  return metric === 'checks' || /success|pass|ok|hit/i.test(metric) ? 'higher-is-better' : 'higher-is-worse';
}

/** Which metrics gate by default: request duration, custom Trends, the failure rate and checks. */
function gatedByDefault(metric: string, type: string): boolean {
  if (type === 'trend') return true; // the built-ins that should not gate are switched off by DEFAULT_GATE_CONFIG.rules
  return metric === 'http_req_failed' || metric === 'checks';
}

function seriesComparisons(
  key: SeriesKey,
  candidate: SeriesSummary,
  baseline: SeriesSummary[],
  candidateRun: RunSummary,
  config: GateConfig,
  candidateRuns: number,
): Comparison[] {
  const out: Comparison[] = [];
  const all = isAllTraffic(key);
  for (const metric of Object.keys(candidate.trends)) {
    const defaults = { gated: gatedByDefault(metric, 'trend'), tolerance: config.latencyTolerance };
    for (const q of config.quantiles) {
      const stat = `p${Number((q * 100).toFixed(3))}`;
      const rule = ruleFor(config, metric, stat, {
        ...defaults,
        gated: defaults.gated && config.gatedQuantiles.includes(q),
      });
      // Metrics that only explain (not gated by any rule) are shown for all traffic, not per endpoint.
      if (!all && !ruleFor(config, metric, stat, defaults).gated) continue;
      const c = compareQuantile({
        candidateRuns,
        metric,
        q,
        key,
        baseline,
        candidate,
        gated: rule.gated,
        tolerance: rule.tolerance,
        config,
      });
      if (c) out.push(c);
    }
  }
  for (const metric of Object.keys(candidate.rates)) {
    const type = candidateRun.metrics[metric]?.type ?? 'rate';
    const rule = ruleFor(config, metric, 'rate', {
      gated: gatedByDefault(metric, type),
      tolerance: config.errorRateTolerance,
    });
    if (!all && !rule.gated) continue;
    const c = compareRate({
      metric,
      key,
      baseline,
      candidate,
      gated: rule.gated,
      tolerance: rule.tolerance,
      direction: rateDirection(metric),
      config,
    });
    if (c) out.push(c);
  }
  return out;
}

/** dropped_iterations as a share of scheduled iterations: the load generator could not keep up. */
function droppedIterations(
  baseline: RunSummary[],
  candidate: RunSummary,
  config: GateConfig,
): Comparison | undefined {
  const asRate = (run: RunSummary): SeriesSummary => {
    const s = run.series[0] as SeriesSummary;
    const dropped = s.counters.dropped_iterations ?? 0;
    const total = dropped + (s.counters.iterations ?? 0);
    return { ...s, rates: total > 0 ? { dropped_iterations: { passes: dropped, total } } : {}, windows: [] };
  };
  const rule = ruleFor(config, 'dropped_iterations', 'rate', {
    gated: false,
    tolerance: config.errorRateTolerance,
  });
  const c = compareRate({
    metric: 'dropped_iterations',
    key: {},
    baseline: baseline.map(asRate),
    candidate: asRate(candidate),
    gated: rule.gated,
    tolerance: rule.tolerance,
    direction: 'higher-is-worse',
    config,
  });
  return c && (c.baseline > 0 || c.candidate > 0) ? c : undefined;
}

/** Every comparison of the candidate with the history at one confidence, in no particular order. */
function allComparisons(
  history: RunSummary[],
  candidate: RunSummary,
  config: GateConfig,
  candidateRuns: number,
): Comparison[] {
  const comparisons: Comparison[] = [];
  const baselineIndex = history.map((run) => new Map(run.series.map((s) => [keyId(s.key), s])));
  for (const series of candidate.series) {
    const matches = baselineIndex
      .map((m) => m.get(keyId(series.key)))
      .filter((s): s is SeriesSummary => s !== undefined);
    if (matches.length === 0) continue;
    comparisons.push(...seriesComparisons(series.key, series, matches, candidate, config, candidateRuns));
  }
  const throughputRule = ruleFor(config, 'http_reqs', 'throughput', {
    gated: false,
    tolerance: config.throughputTolerance,
  });
  const throughput = compareThroughput(
    history,
    candidate,
    throughputRule.gated,
    throughputRule.tolerance,
    config,
    candidateRuns,
  );
  if (throughput) comparisons.push(throughput);
  const droppedComparison = droppedIterations(history, candidate, config);
  if (droppedComparison) comparisons.push(droppedComparison);
  return comparisons;
}

/**
 * Compares a candidate run with the default branch's history (newest first; [] when there is none) and returns the
 * Report. Per series (all traffic, scenario, request name): every Trend's quantiles, every Rate as a difference,
 * throughput and dropped iterations for all traffic. Overall: `fail` when k6's thresholds failed or a gated
 * comparison regressed; `inconclusive` when the workloads differ (unless forced) or a gated all-traffic comparison
 * cannot tell; `no-baseline` without history; else `pass`. Deterministic: no randomness is used.
 */
export function compareRuns(
  history: RunSummary[],
  candidate: RunSummary,
  config: GateConfig,
  options: {
    seed?: number;
    candidateRuns?: number;
    looks?: number;
    rerun?: RerunPolicy;
  } = {},
): Report {
  const candidateRuns = options.candidateRuns ?? 1;
  const looks = options.looks ?? 1;
  const failedThresholds = candidate.thresholds.filter((t) => !t.ok);
  const warnings = [...candidate.warnings];
  const dropped = candidate.series[0]?.counters.dropped_iterations ?? 0;
  if (dropped > 0) {
    warnings.push(
      `k6 dropped ${dropped} iterations: the load generator could not keep up (raise preAllocatedVUs/maxVUs); latency may be under-reported`,
    );
  }
  const base = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    thresholds: candidate.thresholds,
    candidate: {
      commit: candidate.git?.commit,
      ref: candidate.git?.ref,
      start: candidate.run.start,
      durationSeconds: candidate.run.durationSeconds,
      k6Version: candidate.k6.version,
    },
    settings: {
      confidence: config.confidence,
      inconclusivePolicy: config.inconclusivePolicy,
      noiseRuns: history.length >= 2 ? history.length : 0,
      candidateRuns,
      ...(looks > 1
        ? {
            looks,
            rerun: options.rerun ?? 'suspected',
            regressionConfidence: perLookConfig(config, looks).confidence,
          }
        : {}),
    },
    warnings,
  } as const;

  if (history.length === 0) {
    return {
      ...base,
      verdict: failedThresholds.length > 0 ? 'fail' : 'no-baseline',
      reason:
        failedThresholds.length > 0
          ? `${thresholdText(failedThresholds)}; there is no baseline to compare with yet.`
          : 'There is no baseline yet: this run can become the first one.',
      comparisons: [],
      baseline: null,
      fingerprint: { match: true, forced: false, differences: [] },
    };
  }

  const newest = history[0] as RunSummary;
  const differences = fingerprintDifferences(newest, candidate);
  const workloadDiffers = workloadsDiffer(newest, candidate);
  if (
    !workloadDiffers &&
    newest.fingerprint.scriptHash &&
    candidate.fingerprint.scriptHash &&
    newest.fingerprint.scriptHash !== candidate.fingerprint.scriptHash
  ) {
    warnings.push(
      'the script changed since the baseline (same workload): differences may come from the script itself',
    );
  }
  const mismatch = workloadDiffers && !config.forceFingerprint;

  // With several looks, a regression must clear the look's share of the confidence; "unchanged" is claimed at the
  // nominal confidence (see sequential.ts: lookAdjusted).
  const comparisons =
    looks > 1
      ? lookAdjusted(
          allComparisons(history, candidate, config, candidateRuns),
          allComparisons(history, candidate, perLookConfig(config, looks), candidateRuns),
        )
      : allComparisons(history, candidate, config, candidateRuns);
  for (const c of comparisons) {
    const contains = candidate.metrics[c.metric]?.contains;
    c.unit =
      c.stat === 'throughput'
        ? 'per-second'
        : c.scale === 'difference'
          ? 'fraction'
          : contains === 'time'
            ? 'ms'
            : contains === 'data'
              ? 'bytes'
              : '';
  }
  // Gated first, then all traffic before breakdowns, then the metrics in the order readers look for them.
  const metricRank = (m: string) =>
    m === 'http_req_duration'
      ? 0
      : m === 'http_req_failed'
        ? 1
        : m === 'checks'
          ? 2
          : m === 'http_reqs'
            ? 4
            : m.startsWith('http_req_') || m === 'iteration_duration'
              ? 5
              : 3;
  const statRank = (s: string) => (s.startsWith('p') ? Number(s.slice(1)) : 1000);
  comparisons.sort(
    (a, b) =>
      Number(b.gated) - Number(a.gated) ||
      Number(isAllTraffic(b.series)) - Number(isAllTraffic(a.series)) ||
      metricRank(a.metric) - metricRank(b.metric) ||
      a.metric.localeCompare(b.metric) ||
      keyId(a.series).localeCompare(keyId(b.series)) ||
      statRank(a.stat) - statRank(b.stat),
  );
  const { verdict, reason } = decideGate(comparisons, failedThresholds, mismatch, differences);
  return {
    ...base,
    verdict,
    reason,
    comparisons,
    baseline: {
      runs: history.length,
      commit: newest.git?.commit,
      ref: newest.git?.ref,
      start: newest.run.start,
    },
    fingerprint: { match: !workloadDiffers, forced: workloadDiffers && config.forceFingerprint, differences },
  };
}
