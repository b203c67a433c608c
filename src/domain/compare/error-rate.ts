import type { StatisticInput } from './input.js';
import type { Comparison, PValues } from '../report.js';
import { errorIncreasePValue } from '../stats/binomial-test.js';
import { newcombeInterval, newcombePValue } from '../stats/newcombe.js';
import { normalQuantile } from '../stats/normal-quantile.js';
import { dispersion, windowRateCounts } from './overdispersion.js';
import { classify } from './verdict.js';

export type RateInput = StatisticInput;

/** Dispersion-adjusted counts of one side: x events (passes of the Rate) in n. */
interface Counts {
  x: number;
  n: number;
}

/**
 * The p-values of a rate comparison (Comparison.pValues) and the exact test's, on the bad events (the passes of a
 * failure rate, the failures of a success rate such as checks): with N(e) Newcombe's p-value of "the bad share grew
 * by at most e" (newcombePValue) and B the exact conditional binomial test of "it did not grow" (errorIncreasePValue),
 *   change = max(N(0), B),   regression = max(N(tolerance), B),
 * since a regression needs both (the interval beyond the tolerance and the exact test). Undefined for an unknown
 * direction. O(1) interval evaluations plus the binomial tail.
 */
function rateEvidence(
  input: RateInput,
  baseline: Counts,
  candidate: Counts,
): (PValues & { exact: number }) | undefined {
  if (input.direction === 'unknown') return undefined;
  const bad = (s: Counts): Counts => (input.direction === 'higher-is-worse' ? s : { x: s.n - s.x, n: s.n });
  const [b, c] = [bad(baseline), bad(candidate)];
  const exact = errorIncreasePValue(b.x, b.n, c.x, c.n);
  return {
    change: Math.max(newcombePValue(b.x, b.n, c.x, c.n, 0), exact),
    regression: Math.max(newcombePValue(b.x, b.n, c.x, c.n, input.tolerance), exact),
    exact,
  };
}

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
  const pValues = rateEvidence(
    input,
    { x: bPasses / phiB, n: bTotal / phiB },
    { x: c.passes / phiC, n: c.total / phiC },
  );
  if (verdict === 'regression' && pValues) {
    const p = pValues.exact;
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
    ...(pValues ? { pValues: { change: pValues.change, regression: pValues.regression } } : {}),
    ...(note
      ? { note }
      : input.gated && !enough
        ? {
            note: `too few samples to gate: ${Math.min(c.total, Math.floor(bTotal / input.baseline.length))} per run, ${input.config.minRequests} needed (run longer or at a higher rate)`,
          }
        : {}),
  };
}
