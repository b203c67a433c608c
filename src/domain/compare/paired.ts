import { Histogram } from '../histogram.js';
import type { GateConfig } from '../gate-config.js';
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

/** One interleaved pair: the baseline target and the candidate target run back to back on the same machine. */
export interface ABPair {
  baseline: RunSummary;
  candidate: RunSummary;
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
 * The value of a ratio-scale statistic in one run: a quantile of a series' Trend, the request rate, or a scraped
 * target's CPU seconds per request (the target named by the comparison's `server` series, else the only one).
 */
function statisticIn(run: RunSummary, c: Comparison): number | undefined {
  if (c.stat === 'throughput') return (run.series[0]?.counters[HTTP_REQS] ?? 0) / run.run.durationSeconds;
  if (c.metric === SERVER_CPU_PER_REQUEST) {
    const targets = run.server?.targets ?? [];
    const target = c.series.server ? targets.find((t) => targetRole(t) === c.series.server) : targets[0];
    return target ? cpuPerRequest(target, run.windowSeconds)?.value : undefined;
  }
  const q = /^p(\d+(?:\.\d+)?)$/.exec(c.stat);
  const series = run.series.find((s: SeriesSummary) => keyId(s.key) === keyId(c.series));
  const json = series?.trends[c.metric];
  if (!q || !json || json.count === 0) return undefined;
  return Histogram.fromJSON(json).quantile(Number(q[1]) / 100);
}

/**
 * A/B mode: the report for interleaved pairs of runs on one machine. Rates are compared on the pooled counts of
 * each arm (Newcombe); every ratio statistic (quantiles, throughput, CPU per request) gets the paired t interval
 * over the pairs
 * instead of the between-run noise model, and its verdict follows from it.
 */
export function compareAB(pairs: readonly ABPair[], config: GateConfig): Report {
  if (pairs.length < 2) throw new RangeError('A/B mode needs at least 2 pairs');
  const baselines = pairs.map((p) => p.baseline);
  const paired = (c: Comparison): Comparison => {
    if (c.scale !== 'ratio') return c;
    const logs: number[] = [];
    for (const p of pairs) {
      const b = statisticIn(p.baseline, c);
      const k = statisticIn(p.candidate, c);
      if (b && k && b > 0 && k > 0) logs.push(Math.log(k / b));
    }
    if (logs.length < 2) return { ...c, gated: false, note: 'fewer than 2 pairs have this statistic' };
    const { interval, df } = pairedRatioInterval(logs, config.confidence);
    // The paired t test the interval inverts: mean(d) with variance s²(d) / n on n - 1 degrees of freedom.
    const pValues = ratioPValues(
      mean(logs),
      sampleVariance(logs) / logs.length,
      df,
      c.tolerance,
      c.direction,
    );
    // The history's p-values and variance parts do not describe the paired interval.
    const { pValues: _unpaired, variance: _parts, ...rest } = c;
    return {
      ...rest,
      ...(pValues ? { pValues } : {}),
      interval,
      verdict: classify(interval, c.tolerance, 'ratio', c.direction),
      method: `paired t over ${logs.length} A/B pairs on one machine, t(${df})`,
    };
  };
  return compareRuns([pool(baselines)], pool(pairs.map((p) => p.candidate)), config, {
    candidateRuns: pairs.length,
    refine: paired,
    provenance: { runs: baselines.length, source: 'A/B: the baseline target, interleaved' },
    baselineIsFresh: true,
  });
}
