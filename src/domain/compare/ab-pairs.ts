/**
 * A/B mode's pairs one by one, for the report's `ab.perPair` list and the comment's "Pairs" section: per compared
 * pair its order, the candidate/baseline ratio of the gated latency statistic, the error rate's difference, CPU per
 * request's ratio when server metrics were scraped, and whether the pair was judged disturbed. It reads the same
 * per-run values the paired intervals are computed from (paired.ts statisticIn), so a pair's ratio here is exactly
 * the exp(d_i) of its log ratio there.
 */
import { quantileOfLabel } from '../gate-config.js';
import { HTTP_REQ_DURATION, HTTP_REQ_FAILED, SERVER_CPU_PER_REQUEST } from '../metric-catalog.js';
import type { ABPairResult, ABSequence, Comparison } from '../report.js';
import { pairOrder } from './ab-stopping.js';
import { comparisonName } from './gate-verdict.js';
import { armsShortOfCpu, statisticIn, type ABPair } from './paired.js';

const isAllTraffic = (c: Comparison): boolean => Object.keys(c.series).length === 0;

/**
 * The latency statistic a pair's ratio is of: among the gated all-traffic quantile comparisons where higher is
 * worse (so 1 + tolerance is the line a regression crosses), those of http_req_duration if there are any (else of
 * any Trend), the one of the highest quantile (p95 with the default gated quantiles p50 and p95: the tail the gate
 * guards); undefined when no quantile is gated. O(comparisons).
 */
export function perPairLatency(comparisons: readonly Comparison[]): Comparison | undefined {
  const gated = comparisons.filter(
    (c) =>
      c.gated &&
      c.scale === 'ratio' &&
      c.direction === 'higher-is-worse' &&
      isAllTraffic(c) &&
      quantileOfLabel(c.stat) !== undefined,
  );
  const http = gated.filter((c) => c.metric === HTTP_REQ_DURATION);
  const candidates = http.length > 0 ? http : gated;
  let best: Comparison | undefined;
  for (const c of candidates)
    if (!best || (quantileOfLabel(c.stat) as number) > (quantileOfLabel(best.stat) as number)) best = c;
  return best;
}

/** The comparisons `perPair` is computed from: the latency statistic, the error rate, CPU per request. */
interface PerPairComparisons {
  latency?: Comparison;
  errorRate?: Comparison;
  cpuPerRequest?: Comparison;
}

function perPairComparisons(comparisons: readonly Comparison[]): PerPairComparisons {
  return {
    latency: perPairLatency(comparisons),
    errorRate: comparisons.find((c) => isAllTraffic(c) && c.metric === HTTP_REQ_FAILED && c.stat === 'rate'),
    // With several scraped targets, the first compared (the report sorts them): the table has one CPU column.
    cpuPerRequest: comparisons.find((c) => c.metric === SERVER_CPU_PER_REQUEST),
  };
}

/** What `ab.perPairStatistics` says about the comparisons the per-pair values are of. */
export function perPairStatistics(comparisons: readonly Comparison[]): ABSequence['perPairStatistics'] {
  const { latency, errorRate, cpuPerRequest } = perPairComparisons(comparisons);
  return {
    ...(latency
      ? { latency: { metric: latency.metric, stat: latency.stat, tolerance: latency.tolerance } }
      : {}),
    ...(errorRate ? { errorRate: { metric: errorRate.metric, tolerance: errorRate.tolerance } } : {}),
    ...(cpuPerRequest
      ? { cpuPerRequest: { series: cpuPerRequest.series, tolerance: cpuPerRequest.tolerance } }
      : {}),
  };
}

/** candidate / baseline of a ratio statistic in one pair, null when either arm lacks a positive value. */
function pairRatio(pair: ABPair, c: Comparison): number | null {
  const b = statisticIn(pair.baseline, c);
  const k = statisticIn(pair.candidate, c);
  return b !== undefined && k !== undefined && b > 0 && k > 0 ? k / b : null;
}

/** candidate - baseline of a rate in one pair, null when either arm has no request. */
function pairDifference(pair: ABPair, c: Comparison): number | null {
  const b = statisticIn(pair.baseline, c);
  const k = statisticIn(pair.candidate, c);
  return b !== undefined && k !== undefined ? k - b : null;
}

/**
 * The report's per-pair list: for the i-th compared pair (0-based, run order), `pair` i + 1, its order from
 * ab-stopping.ts pairOrder(i) (the order runAB ran it in), the ratio of the latency statistic (perPairLatency) and
 * of CPU per request (`cpuPerRequest` only when the report compares it), the error rate's difference, and
 * `disturbed` when a regression rested on this pair alone (Comparison.hangsOnPair) or k6 was short of CPU in one of
 * its arms (paired.ts armsShortOfCpu). n = 0: an empty list. O(pairs · comparisons).
 * @example two pairs whose candidate p95 is 1.1x and 0.9x the baseline's, no errors and no scrapes:
 *   [{ pair: 1, order: 'AB', latency: 1.1, errorRate: 0 }, { pair: 2, order: 'BA', latency: 0.9, errorRate: 0 }]
 */
export function abPairResults(pairs: readonly ABPair[], comparisons: readonly Comparison[]): ABPairResult[] {
  const { latency, errorRate, cpuPerRequest } = perPairComparisons(comparisons);
  return pairs.map((p, i) => {
    const regressionOnlyWith = comparisons.filter((c) => c.hangsOnPair === i + 1).map(comparisonName);
    const k6ShortOfCpu = armsShortOfCpu(p);
    const disturbed = {
      ...(regressionOnlyWith.length > 0 ? { regressionOnlyWith } : {}),
      ...(k6ShortOfCpu.length > 0 ? { k6ShortOfCpu } : {}),
    };
    return {
      pair: i + 1,
      order: pairOrder(i)[0] === 'baseline' ? ('AB' as const) : ('BA' as const),
      latency: latency ? pairRatio(p, latency) : null,
      errorRate: errorRate ? pairDifference(p, errorRate) : null,
      ...(cpuPerRequest ? { cpuPerRequest: pairRatio(p, cpuPerRequest) } : {}),
      ...(Object.keys(disturbed).length > 0 ? { disturbed } : {}),
    };
  });
}
