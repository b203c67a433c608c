import type { StatisticInput } from './input.js';
import type { Comparison } from '../report.js';
import { errorIncreasePValue } from '../stats/binomial-test.js';
import { newcombeInterval } from '../stats/newcombe.js';
import { normalQuantile } from '../stats/normal-quantile.js';
import { dispersion, windowRateCounts } from './overdispersion.js';
import { classify } from './verdict.js';

export type RateInput = StatisticInput;

/**
 * Compares a Rate metric (http_req_failed, checks, custom rates) as a difference in proportions, candidate -
 * baseline, with Newcombe's hybrid score interval at the configured one-sided confidence on each side. Counts are
 * divided by their dispersion across time windows first (errors come in bursts). A regression must also pass the
 * exact conditional binomial test at the same level, which keeps small counts (a baseline with zero errors) honest.
 */
export function compareRate(input: RateInput): Comparison | undefined {
  const c = input.candidate.rates[input.metric];
  if (!c || c.total === 0) return undefined;
  let bPasses = 0;
  let bTotal = 0;
  const bWindows: Array<{ hits: number; total: number }> = [];
  for (const s of input.baseline) {
    const r = s.rates[input.metric];
    if (!r) continue;
    bPasses += r.passes;
    bTotal += r.total;
    bWindows.push(...windowRateCounts(s.windows, input.metric));
  }
  if (bTotal === 0) return undefined;
  const phiC = dispersion(windowRateCounts(input.candidate.windows, input.metric));
  const phiB = dispersion(bWindows);
  const z = normalQuantile(input.config.confidence);
  const interval = newcombeInterval(bPasses / phiB, bTotal / phiB, c.passes / phiC, c.total / phiC, z);
  const baseline = bPasses / bTotal;
  const candidate = c.passes / c.total;
  let verdict = classify(interval, input.tolerance, 'difference', input.direction);
  let note: string | undefined;
  if (verdict === 'regression') {
    // For failure rates the bad events are the passes; for success rates (checks) the failures.
    const bad = (passes: number, total: number) =>
      input.direction === 'higher-is-worse' ? passes : total - passes;
    const p = errorIncreasePValue(
      bad(bPasses, bTotal) / phiB,
      bTotal / phiB,
      bad(c.passes, c.total) / phiC,
      c.total / phiC,
    );
    if (p > 1 - input.config.confidence) {
      verdict = 'inconclusive';
      note = `too few events to be sure (exact binomial test p = ${p.toPrecision(2)})`;
    }
  }
  const enough =
    c.total >= input.config.minRequests &&
    Math.floor(bTotal / input.baseline.length) >= input.config.minRequests;
  return {
    metric: input.metric,
    stat: 'rate',
    series: input.key,
    baseline,
    candidate,
    ratio: baseline > 0 ? candidate / baseline : null,
    scale: 'difference',
    interval,
    tolerance: input.tolerance,
    direction: input.direction,
    verdict,
    gated: input.gated && enough && input.direction !== 'unknown',
    method: `Newcombe hybrid score interval${phiB > 1 || phiC > 1 ? ` (burst dispersion ${Math.max(phiB, phiC).toFixed(1)})` : ''}; exact binomial test`,
    samples: { baseline: bTotal, candidate: c.total },
    ...(note
      ? { note }
      : input.gated && !enough
        ? {
            note: `too few samples to gate: ${Math.min(c.total, Math.floor(bTotal / input.baseline.length))} per run, ${input.config.minRequests} needed (run longer or at a higher rate)`,
          }
        : {}),
  };
}
