import { ruleFor, type GateConfig } from '../gate-config.js';
import { PROCESS_CPU_SECONDS, SERVER_CPU_PER_REQUEST, metricMeaning } from '../metric-catalog.js';
import type { Comparison } from '../report.js';
import type { RunSummary } from '../run-summary.js';
import type { ServerTargetSummary } from '../server-summary.js';
import { pairServerTargets } from './server-pairing.js';
import { valueEstimate, type ValueEstimate } from './log-estimate.js';
import { ratioEvidence } from './p-values.js';
import { ratioToRunMean } from './ratio-interval.js';
import { classify } from './verdict.js';

/** The relative tolerance of CPU seconds per request when no rule sets one: a regression is confidently > 20% more. */
export const CPU_PER_REQUEST_TOLERANCE = 0.2;

/**
 * CPU seconds per request of one target with its within-run variance, by batch means: consecutive windows are
 * grouped into batches of at least one scrape interval (interpolated window counters are correlated below that),
 * each batch's ratio is Σcpu / Σrequests; value = Σcpu / Σrequests over all covered windows, with the log-scale
 * variance of the batch ratios (valueEstimate, log-estimate.ts). Undefined without CPU or requests.
 */
export function cpuPerRequest(target: ServerTargetSummary, windowSeconds: number): ValueEstimate | undefined {
  const windows = target.windows.filter((w) => w.counters[PROCESS_CPU_SECONDS] !== undefined);
  const cpu = windows.reduce((s, w) => s + (w.counters[PROCESS_CPU_SECONDS] ?? 0), 0);
  const requests = windows.reduce((s, w) => s + w.requests, 0);
  if (!(requests > 0) || !(cpu > 0)) return undefined;
  const value = cpu / requests;
  const per = Math.max(1, Math.ceil(target.intervalSeconds / windowSeconds));
  const batches: number[] = [];
  for (let i = 0; i + per <= windows.length; i += per) {
    const group = windows.slice(i, i + per);
    const r = group.reduce((s, w) => s + w.requests, 0);
    if (r > 0) batches.push(group.reduce((s, w) => s + (w.counters[PROCESS_CPU_SECONDS] ?? 0), 0) / r);
  }
  return valueEstimate(value, batches);
}

/**
 * Compares CPU seconds per request of every scraped target with its partners in the baseline runs (paired by role:
 * server-pairing.ts): a ratio with the ratio interval (ratio-interval.ts) over each run's batch-means estimate, the
 * baseline's value the mean of its runs'; the direction and whether it gates come from the metric catalog.
 */
export function compareServerEfficiency(
  history: RunSummary[],
  candidate: RunSummary,
  config: GateConfig,
  candidateRuns = 1,
  noiseHistory: RunSummary[] = [],
): Comparison[] {
  const out: Comparison[] = [];
  const meaning = metricMeaning(SERVER_CPU_PER_REQUEST, undefined, []);
  const direction = meaning.direction ?? 'unknown';
  const { pairs } = pairServerTargets(history, candidate);
  const noisePairs = pairServerTargets(noiseHistory, candidate).pairs;
  for (const [k, { candidate: target, baseline, role }] of pairs.entries()) {
    const c = cpuPerRequest(target, candidate.windowSeconds);
    const perRun = baseline
      .map((t, i) => (t ? cpuPerRequest(t, history[i]!.windowSeconds) : undefined))
      .filter((r) => r !== undefined);
    if (!c || perRun.length === 0) continue;
    const series: Record<string, string> = pairs.length > 1 ? { server: role } : {};
    const rule = ruleFor(
      config,
      SERVER_CPU_PER_REQUEST,
      'mean',
      {
        gated: meaning.gated,
        tolerance: CPU_PER_REQUEST_TOLERANCE,
      },
      series,
    );
    const noiseRuns = (noisePairs[k]?.baseline ?? [])
      .map((t, i) => (t ? cpuPerRequest(t, noiseHistory[i]!.windowSeconds) : undefined))
      .filter((r) => r !== undefined);
    const estimate = ratioToRunMean(c, perRun, candidateRuns, config, noiseRuns);
    if (!estimate) continue;
    const { interval, baseline: b } = estimate;
    out.push({
      metric: SERVER_CPU_PER_REQUEST,
      stat: 'mean',
      series,
      baseline: b,
      candidate: c.value,
      ratio: c.value / b,
      scale: 'ratio',
      interval,
      tolerance: rule.tolerance,
      direction,
      verdict: classify(interval, rule.tolerance, 'ratio', direction),
      gated: rule.gated,
      method: `${PROCESS_CPU_SECONDS} per client request, window batch means`,
      samples: {
        baseline: baseline.reduce((s, t) => s + (t?.windows.length ?? 0), 0),
        candidate: target.windows.length,
      },
      ...ratioEvidence(estimate, rule.tolerance, direction),
    });
  }
  return out;
}
