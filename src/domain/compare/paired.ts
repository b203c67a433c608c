import { Histogram } from '../histogram.js';
import { quantileOfLabel, type GateConfig } from '../gate-config.js';
import type { Comparison, Report } from '../report.js';
import type { RunSummary, SeriesSummary } from '../run-summary.js';
import { poolRepeatedRuns as pool } from '../merge.js';
import { meanInterval } from '../stats/mean-interval.js';
import { HTTP_REQS, SERVER_CPU_PER_REQUEST } from '../metric-catalog.js';
import { compareRuns } from './index.js';
import { cpuPerRequest } from './server-efficiency.js';
import { targetRole } from './server-pairing.js';
import { classify } from './verdict.js';
import { ratioPValues } from './p-values.js';
import { sampleVariance, mean } from 'simple-statistics';
import { mostExtremeIndex } from '../stats/most-extreme.js';
import { confidencePerLook, lookAdjusted } from './sequential.js';
import { generatorStarvation } from './saturation.js';

/** One interleaved pair: the baseline target and the candidate target run back to back on the same machine. */
export interface ABPair {
  baseline: RunSummary;
  candidate: RunSummary;
}

/** k6 short of CPU in a pair's arms (saturation.ts generatorStarvation, each arm on its own): `candidate arm: ...`. */
export function armsShortOfCpu(pair: ABPair): string[] {
  return [
    ...generatorStarvation(pair.baseline).map((r) => `baseline arm: ${r}`),
    ...generatorStarvation(pair.candidate).map((r) => `candidate arm: ${r}`),
  ];
}

/**
 * The paired t interval of a ratio from per-pair log ratios d_i = ln(candidate_i / baseline_i): the exponent of
 * meanInterval(d), exp(mean(d) ± t(confidence, n-1) · sd(d) / √n), where sd is the sample standard deviation
 * (n - 1) and each bound is one-sided at `confidence`, like every interval of the gate. Machine and time effects shared inside a pair
 * cancel, which is why same-machine interleaving detects far smaller changes than comparing against another day's
 * baseline.
 * @throws RangeError with fewer than 2 pairs.
 * @example pairedRatioInterval([0.1, 0.12, 0.08], 0.95) // { interval: [≈1.0685, ≈1.1431], df: 2 }
 */
export function pairedRatioInterval(
  logRatios: readonly number[],
  confidence: number,
): { interval: [number, number]; df: number } {
  const mean = meanInterval(logRatios, confidence);
  if (!mean) throw new RangeError('a paired interval needs at least 2 pairs');
  return { interval: [Math.exp(mean.low), Math.exp(mean.high)], df: logRatios.length - 1 };
}

const keyId = (key: Record<string, string>): string => JSON.stringify(Object.entries(key).sort());

/**
 * The value of a comparison's statistic in one run: a quantile of a series' Trend, the request rate, a scraped
 * target's CPU seconds per request (the target named by the comparison's `server` series, else the only one), or a
 * Rate's share (passes / total, a fraction; undefined without any). Undefined when the run lacks it.
 */
export function statisticIn(run: RunSummary, c: Comparison): number | undefined {
  if (c.stat === 'throughput') return (run.series[0]?.counters[HTTP_REQS] ?? 0) / run.run.durationSeconds;
  if (c.metric === SERVER_CPU_PER_REQUEST) {
    const targets = run.server?.targets ?? [];
    const target = c.series.server ? targets.find((t) => targetRole(t) === c.series.server) : targets[0];
    return target ? cpuPerRequest(target, run.windowSeconds)?.value : undefined;
  }
  const series = run.series.find((s: SeriesSummary) => keyId(s.key) === keyId(c.series));
  if (c.stat === 'rate') {
    const counts = series?.rates[c.metric];
    return counts && counts.total > 0 ? counts.passes / counts.total : undefined;
  }
  const q = quantileOfLabel(c.stat);
  const json = series?.trends[c.metric];
  if (q === undefined || !json || json.count === 0) return undefined;
  return Histogram.fromJSON(json).quantile(q);
}

/**
 * A ratio comparison from per-pair log ratios at one confidence: its paired interval, p-values and verdict, and the
 * estimate behind them (Comparison.paired).
 */
function pairedAt(c: Comparison, logs: readonly number[], confidence: number): Comparison {
  const { interval, df } = pairedRatioInterval(logs, confidence);
  // The paired t test the interval inverts: mean(d) with variance s²(d) / n on n - 1 degrees of freedom.
  const meanLogRatio = mean([...logs]);
  const variance = sampleVariance([...logs]) / logs.length;
  const pValues = ratioPValues(meanLogRatio, variance, df, c.tolerance, c.direction);
  // The history's p-values and variance parts do not describe the paired interval.
  const { pValues: _unpaired, variance: _parts, ...rest } = c;
  // What the stopping rule projects to more pairs (ab-stopping.ts couldSettleBy): the nominal interval's parts.
  const paired = { meanLogRatio, standardError: Math.sqrt(variance), pairs: logs.length };
  return {
    ...rest,
    ...(pValues ? { pValues } : {}),
    interval,
    paired,
    verdict: classify(interval, c.tolerance, 'ratio', c.direction),
    method: `paired t over ${logs.length} A/B pairs on one machine, t(${df})`,
  };
}

/**
 * The paired comparison at the look's split (sequential.ts lookAdjusted): the regression bound at
 * confidencePerLook(confidence, looks), the other at `confidence`. One look: the nominal comparison itself.
 */
function pairedLook(c: Comparison, logs: readonly number[], confidence: number, looks: number): Comparison {
  const nominal = pairedAt(c, logs, confidence);
  if (looks <= 1) return nominal;
  const adjusted = lookAdjusted([nominal], [pairedAt(c, logs, confidencePerLook(confidence, looks))])[0];
  // lookAdjusted keeps the nominal p-values; the family's regression level is already the look's share.
  return adjusted as Comparison;
}

/**
 * The pair a conclusion hangs on: the index (into `logRatios`) of the pair whose log ratio lies farthest from the
 * median (stats/most-extreme.ts) when `holds` is false without it, else undefined. Without it fewer than 2 ratios
 * are left and no interval can be estimated, so at n = 1 and n = 2 the conclusion hangs on that pair (index 0);
 * n = 0: undefined (no pair). The caller has found `holds(logRatios)` true. O(n log n) plus one `holds`.
 * @example at a 7% tolerance, 99%: [0.08, 0.09, 0.1, 0.11, 0.13] has the lower bound 1.0723 (a regression);
 *          without 0.13, 1.0679 (not one): hangsOnOnePair(..., lowerAbove(1.07)) // 4
 */
export function hangsOnOnePair(
  logRatios: readonly number[],
  holds: (some: readonly number[]) => boolean,
): number | undefined {
  const extreme = mostExtremeIndex(logRatios);
  if (extreme === undefined) return undefined;
  const rest = logRatios.filter((_, i) => i !== extreme);
  return rest.length >= 2 && holds(rest) ? undefined : extreme;
}

/** The planned looks of an A/B sequence (ab-stopping.ts abLooks); 1 when the pairs were fixed in advance. */
export interface ABLooks {
  looks: number;
  /** The most pairs the sequence could run, stated in the report's settings. */
  maxPairs: number;
}

/**
 * A/B mode: the report for interleaved pairs of runs on one machine. Rates are compared on the pooled counts of
 * each arm (Newcombe); every ratio statistic (quantiles, throughput, CPU per request) gets the paired t interval
 * over the pairs instead of the between-run noise model, and its verdict follows from it. With `sequence.looks` > 1
 * each look's regression bound is at confidencePerLook (sequential.ts), the "unchanged" bound at the nominal
 * confidence. One disturbed pair cannot establish a regression alone: a ratio regression stands only when the
 * paired interval without the pair whose log ratio lies farthest from the median (stats/most-extreme.ts) still
 * calls it; else the row is inconclusive and suspected, and its note names that pair (1-based among the compared
 * pairs) and, when the pair's k6 was starved of CPU (saturation.ts generatorStarvation), says so.
 */
export function compareAB(
  pairs: readonly ABPair[],
  config: GateConfig,
  sequence: ABLooks = { looks: 1, maxPairs: pairs.length },
): Report {
  if (pairs.length < 2) throw new RangeError('A/B mode needs at least 2 pairs');
  const baselines = pairs.map((p) => p.baseline);
  const paired = (c: Comparison): Comparison => {
    if (c.scale !== 'ratio') return c;
    const logs: number[] = [];
    const pairIndex: number[] = [];
    pairs.forEach((p, i) => {
      const b = statisticIn(p.baseline, c);
      const k = statisticIn(p.candidate, c);
      if (b && k && b > 0 && k > 0) {
        logs.push(Math.log(k / b));
        pairIndex.push(i);
      }
    });
    if (logs.length < 2) return { ...c, gated: false, note: 'fewer than 2 pairs have this statistic' };
    const judged = pairedLook(c, logs, config.confidence, sequence.looks);
    if (judged.verdict !== 'regression') return judged;
    const extreme = hangsOnOnePair(
      logs,
      (some) => pairedLook(c, some, config.confidence, sequence.looks).verdict === 'regression',
    );
    if (extreme === undefined) return judged;
    const pair = pairIndex[extreme] as number;
    const starved = armsShortOfCpu(pairs[pair] as ABPair);
    const ratio = Math.exp(logs[extreme] as number);
    return {
      ...judged,
      verdict: 'inconclusive',
      suspected: true,
      hangsOnPair: pair + 1,
      note: `a regression only with pair ${pair + 1} (ratio ${ratio.toFixed(2)}, the farthest from the other pairs), judged disturbed: it does not hold without that pair${starved.length > 0 ? `; k6 was short of CPU in it (${starved.join('; ')})` : ''}`,
    };
  };
  return compareRuns([pool(baselines)], pool(pairs.map((p) => p.candidate)), config, {
    candidateRuns: pairs.length,
    refine: paired,
    provenance: { runs: baselines.length, source: 'A/B: the baseline target, interleaved' },
    baselineIsFresh: true,
    ...(sequence.looks > 1
      ? { looks: sequence.looks, maxRuns: sequence.maxPairs, rerun: 'inconclusive' as const }
      : {}),
  });
}
