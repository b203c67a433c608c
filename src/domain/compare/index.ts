/**
 * About 280 lines: compareRuns is the one place a report is assembled from its parts (the run-health check, the
 * comparisons, the guard, the notes, the verdict, the saturation panel), each of which lives in its own module.
 */
import { ruleFor, type GateConfig } from '../gate-config.js';
import {
  DROPPED_ITERATIONS,
  HTTP_REQS,
  ITERATIONS,
  SERVER_CPU_PER_REQUEST,
  comparisonUnit,
  metricMeaning,
  metricRank,
} from '../metric-catalog.js';
import { saturationPanel } from '../saturation-panel.js';
import { brokenFindings, brokenReason, orderedFindings, runHealth } from '../run-health.js';
import { loadModelOf } from '../load-model.js';
import { pitfallNotes } from './notes.js';
import { detectableChange, reportResolution } from './resolution.js';
import { estimateBeyondTolerance } from './verdict.js';
import { REPORT_SCHEMA_VERSION, type BaselineProvenance, type Comparison, type Report } from '../report.js';
import { decideGate, thresholdText } from './gate-verdict.js';
import { controlFamily } from './family.js';
import type { RunSummary, SeriesKey, SeriesSummary } from '../run-summary.js';
import { compareThroughput } from './throughput.js';
import { compareServerEfficiency } from './server-efficiency.js';
import { pairServerTargets } from './server-pairing.js';
import { generatorFellBehind, guardClientRegressions, saturationReasons } from './saturation.js';
import {
  droppedIterations,
  isAllTrafficKey as isAllTraffic,
  seriesComparisons,
  seriesContext,
} from './series.js';
import { fingerprintDifferences, workloadsDiffer } from './fingerprint.js';
import { DEFAULT_RERUN_POLICY, lookAdjusted, perLookConfig, type RerunPolicy } from './sequential.js';

export { classify } from './verdict.js';

const keyId = (key: SeriesKey): string => JSON.stringify(Object.entries(key).sort());

/** Every comparison of the candidate with the history at one confidence, in no particular order. */
function allComparisons(
  history: RunSummary[],
  candidate: RunSummary,
  config: GateConfig,
  candidateRuns: number,
  noiseHistory: RunSummary[],
): Comparison[] {
  const comparisons: Comparison[] = [];
  const ctx = seriesContext(candidate, config, candidateRuns);
  const index = (runs: RunSummary[]) => runs.map((run) => new Map(run.series.map((s) => [keyId(s.key), s])));
  const matching = (runs: ReturnType<typeof index>, key: SeriesKey) =>
    runs.map((m) => m.get(keyId(key))).filter((s): s is SeriesSummary => s !== undefined);
  const baselineIndex = index(history);
  const noiseIndex = index(noiseHistory);
  for (const series of candidate.series) {
    const matches = matching(baselineIndex, series.key);
    if (matches.length === 0) continue;
    comparisons.push(
      ...seriesComparisons(series.key, series, matches, ctx, matching(noiseIndex, series.key)),
    );
  }
  // Under a closed model throughput is the signal (a slower service gets fewer requests); under an open one the
  // script fixes it (see load-model.ts).
  const closed = loadModelOf(candidate.fingerprint) === 'closed';
  for (const metric of [HTTP_REQS, ITERATIONS] as const) {
    const rule = ruleFor(config, metric, 'throughput', {
      gated: closed || metricMeaning(metric, undefined, []).gated,
      tolerance: config.throughputTolerance,
    });
    const throughput = compareThroughput(
      history,
      candidate,
      rule.gated,
      rule.tolerance,
      config,
      candidateRuns,
      metric,
      noiseHistory,
    );
    if (throughput) comparisons.push(throughput);
  }
  const droppedComparison = droppedIterations(
    history,
    candidate,
    config,
    loadModelOf(candidate.fingerprint) === 'open',
  );
  if (droppedComparison) comparisons.push(droppedComparison);
  comparisons.push(...compareServerEfficiency(history, candidate, config, candidateRuns, noiseHistory));
  return comparisons;
}

/** The saturation panel's generator signal: set only when the generator measurably fell behind. */
function fellBehind(
  comparisons: readonly Comparison[],
  history: readonly RunSummary[],
  candidate: RunSummary,
): { generatorFellBehind?: string } {
  const evidence = generatorFellBehind(comparisons, history, candidate);
  return evidence === undefined ? {} : { generatorFellBehind: evidence };
}

/**
 * Compares a candidate run with the default branch's history (newest first; [] when there is none) and returns the
 * Report. Per series (all traffic, scenario, request name): every Trend's quantiles, every Rate as a difference,
 * throughput and dropped iterations for all traffic. Overall: `fail` when the run is broken (domain/run-health.ts), k6's
 * thresholds failed or a gated comparison regressed; `inconclusive` when the workloads differ (unless forced) or a gated all-traffic comparison
 * cannot tell; `no-baseline` without history; else `pass`. Deterministic: no randomness is used.
 */
export function compareRuns(
  history: RunSummary[],
  candidate: RunSummary,
  config: GateConfig,
  options: {
    candidateRuns?: number;
    looks?: number;
    /** The most candidate runs the rerun policy may make (default: `looks`); the report states it. */
    maxRuns?: number;
    rerun?: RerunPolicy;
    /** Where the baseline came from (store, run, URL); `runs` and the newest run's commit are filled in here. */
    provenance?: Partial<BaselineProvenance>;
    /** A different interval for each comparison before its verdict counts (A/B mode: paired intervals). */
    refine?: (c: Comparison) => Comparison;
    /**
     * A longer history of trusted default-branch runs for the run-to-run noise alone (any order; sorted by start
     * here); `history` (the base commit's runs) stays the location. Fewer than 2: the noise comes from `history`.
     */
    noiseHistory?: RunSummary[];
    /**
     * The baseline is a run made beside the candidate (A/B mode's baseline arm), not a stored baseline that passed
     * the health check when it was stored: its health is checked too, and a broken arm fails the comparison.
     */
    baselineIsFresh?: boolean;
  } = {},
): Report {
  const noiseHistory =
    (options.noiseHistory?.length ?? 0) >= 2
      ? [...options.noiseHistory!].sort((a, b) => a.run.start.localeCompare(b.run.start))
      : [];
  const candidateRuns = options.candidateRuns ?? 1;
  const looks = options.looks ?? 1;
  const failedThresholds = candidate.thresholds.filter((t) => !t.ok);
  const warnings = [...candidate.warnings];
  const dropped = candidate.series[0]?.counters[DROPPED_ITERATIONS] ?? 0;
  if (dropped > 0) {
    warnings.push(
      `k6 dropped ${dropped} iterations: the load generator could not keep up (raise preAllocatedVUs/maxVUs); latency may be under-reported`,
    );
  }
  const notes = pitfallNotes(history, candidate, config);
  // A scraped target without a partner on the other side is said, never silently left out (server-pairing.ts).
  warnings.push(...pairServerTargets(history, candidate).warnings);
  // The run-health check comes before any verdict: a broken run is never a pass (domain/run-health.ts).
  const health = orderedFindings([
    ...runHealth(candidate, history[0]),
    ...(options.baselineIsFresh && history[0]
      ? runHealth(history[0]).map((f) => ({ ...f, what: `the baseline arm: ${f.what}` }))
      : []),
  ]);
  const broken = brokenFindings(health);
  const base = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    thresholds: candidate.thresholds,
    candidate: {
      commit: candidate.git?.commit,
      ref: candidate.git?.ref,
      start: candidate.run.start,
      durationSeconds: candidate.run.durationSeconds,
      k6Version: candidate.k6.version,
      ...(candidate.tool ? { tool: candidate.tool.name } : {}),
    },
    settings: {
      confidence: config.confidence,
      inconclusivePolicy: config.inconclusivePolicy,
      noiseRuns: noiseHistory.length > 0 ? noiseHistory.length : history.length >= 2 ? history.length : 0,
      candidateRuns,
      ...(looks > 1
        ? {
            looks,
            maxRuns: options.maxRuns ?? looks,
            rerun: options.rerun ?? DEFAULT_RERUN_POLICY,
            regressionConfidence: perLookConfig(config, looks).confidence,
          }
        : {}),
    },
    warnings,
    ...(health.length > 0 ? { health } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  } as const;

  if (history.length === 0) {
    const panel = saturationPanel(candidate, history, {
      cpuRegressed: false,
      ...fellBehind([], history, candidate),
      diverged: false,
    });
    return {
      ...base,
      ...(panel ? { saturation: panel } : {}),
      verdict: failedThresholds.length > 0 || broken.length > 0 ? 'fail' : 'no-baseline',
      reason:
        broken.length > 0
          ? `${brokenReason(health)} There is no baseline yet, and this run cannot become one.`
          : failedThresholds.length > 0
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
  const compared =
    looks > 1
      ? lookAdjusted(
          allComparisons(history, candidate, config, candidateRuns, noiseHistory),
          allComparisons(history, candidate, perLookConfig(config, looks), candidateRuns, noiseHistory),
        )
      : allComparisons(history, candidate, config, candidateRuns, noiseHistory);
  const refined = options.refine ? compared.map(options.refine) : compared;
  // Client-side regressions the server does not see, or measured by a saturated generator, are not the service's.
  const guarded = guardClientRegressions(refined, history, candidate, config.latencyTolerance);
  // The per-series rows are judged as one family (family.ts): a regression or a suspicion there holds for the family.
  const comparisons = controlFamily(guarded.comparisons, {
    alpha: 1 - config.confidence,
    regressionAlpha: 1 - perLookConfig(config, looks).confidence,
  });
  const saturation = saturationReasons(refined, history, candidate);
  if (saturation.length > 0 && !guarded.reasons.some((r) => r.startsWith('the load generator')))
    warnings.push(
      `the load generator was saturated (${saturation.join('; ')}); its latencies include its own queueing`,
    );
  for (const r of guarded.reasons) warnings.push(r);
  for (const c of comparisons) {
    const detectable = detectableChange(c);
    if (detectable !== undefined) c.detectable = detectable;
    if (
      isAllTraffic(c.series) &&
      c.verdict === 'inconclusive' &&
      c.direction !== 'unknown' &&
      estimateBeyondTolerance(c)
    )
      c.suspected = true;
    c.unit = comparisonUnit(c.metric, candidate.metrics[c.metric], c.stat, c.scale);
  }
  // Gated first, then all traffic before breakdowns, then the metrics in the catalog's order.
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
  const resolution = reportResolution(comparisons, perLookConfig(config, looks).confidence);
  const decided = decideGate(comparisons, failedThresholds, mismatch, differences);
  const verdict = broken.length > 0 ? 'fail' : decided.verdict;
  const judged =
    decided.verdict === 'inconclusive' && !mismatch && guarded.reasons.length > 0
      ? `${guarded.reasons.join('; ')}.`
      : decided.reason;
  // A broken run's reason leads with what broke it; what the comparison found follows, unless it found nothing.
  const reason =
    broken.length === 0
      ? judged
      : decided.verdict === 'pass'
        ? brokenReason(health)
        : `${brokenReason(health)} ${judged}`;
  const panel = saturationPanel(candidate, history, {
    cpuRegressed: comparisons.some((c) => c.metric === SERVER_CPU_PER_REQUEST && c.verdict === 'regression'),
    ...fellBehind(comparisons, history, candidate),
    diverged: guarded.diverged,
  });
  return {
    ...base,
    verdict,
    reason,
    comparisons,
    ...(resolution ? { resolution } : {}),
    ...(panel ? { saturation: panel } : {}),
    baseline: {
      commit: newest.git?.commit,
      ref: newest.git?.ref,
      start: newest.run.start,
      ...options.provenance,
      runs: options.provenance?.runs ?? history.length,
    },
    fingerprint: { match: !workloadDiffers, forced: workloadDiffers && config.forceFingerprint, differences },
  };
}
