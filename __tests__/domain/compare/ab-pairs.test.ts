/**
 * The per-pair list of A/B mode: which statistic a pair's latency ratio is of, and each pair's order, ratios,
 * error-rate difference, CPU per request ratio and disturbed judgement, on hand-built pairs with known values.
 */
import { describe, expect, it } from 'vitest';
import { abPairResults, perPairLatency, perPairStatistics } from '../../../src/domain/compare/ab-pairs.js';
import type { ABPair } from '../../../src/domain/compare/paired.js';
import { Histogram } from '../../../src/domain/histogram.js';
import type { Comparison } from '../../../src/domain/report.js';
import type { RunSummary } from '../../../src/domain/run-summary.js';
import { comparison } from '../../render/reports.js';
import { scrapedTarget, summaryAt } from '../../support/summaries.js';

const p95 = comparison();
const errorRate = comparison({
  metric: 'http_req_failed',
  stat: 'rate',
  scale: 'difference',
  tolerance: 0.001,
});
const cpu = comparison({
  metric: 'server_cpu_seconds_per_request',
  stat: 'mean',
  unit: 'seconds',
  tolerance: 0.2,
});

/** One arm: 1,000 requests whose latencies are 1..1000 ms times `slow`, `failed` of them failed, and CPU per request. */
function arm(
  slow: number,
  failed: number,
  cpuPerRequest?: number,
  generator?: RunSummary['generator'],
): RunSummary {
  const run = summaryAt('2026-01-01T00:00:00Z');
  const all = run.series[0]!;
  const durations = Histogram.of(Array.from({ length: 1000 }, (_, i) => (i + 1) * slow)).toJSON();
  return {
    ...run,
    series: [
      {
        ...all,
        trends: { http_req_duration: durations },
        rates: { http_req_failed: { passes: failed, total: 1000 } },
      },
    ],
    ...(cpuPerRequest !== undefined
      ? {
          server: {
            schemaVersion: 1,
            targets: [scrapedTarget(cpuPerRequest * 100, 'http://candidate/metrics')],
          },
        }
      : {}),
    ...(generator ? { generator } : {}),
  } as RunSummary;
}

describe('perPairLatency (the statistic a pair ratio is of)', () => {
  const q = (stat: string, over: Partial<Comparison> = {}) => comparison({ stat, ...over });
  it('is the gated all-traffic http_req_duration quantile of the highest q: p95 with the default gated p50, p95', () => {
    const ungatedP99 = q('p99', { gated: false });
    expect(perPairLatency([q('p50'), q('p95'), ungatedP99, errorRate])?.stat).toBe('p95');
  });
  it('follows the gate: p99 when it is gated, never a per-series row', () => {
    expect(perPairLatency([q('p50'), q('p95'), q('p99')])?.stat).toBe('p99');
    expect(perPairLatency([q('p95'), q('p99.9', { series: { name: 'GET /x' } })])?.stat).toBe('p95');
  });
  it("takes another Trend's quantile without http_req_duration, none where higher is better or nothing is gated", () => {
    expect(perPairLatency([q('p90', { metric: 'order_duration' }), errorRate])?.metric).toBe(
      'order_duration',
    );
    expect(perPairLatency([q('p90', { metric: 'score', direction: 'higher-is-better' })])).toBeUndefined();
    expect(perPairLatency([q('p95', { gated: false }), errorRate])).toBeUndefined();
    expect(perPairLatency([])).toBeUndefined();
  });
});

describe('abPairResults (the report ab.perPair)', () => {
  it('lists each pair in run order: its order, p95 ratio, error-rate difference and CPU per request ratio', () => {
    // Latency 1.0x, 1.2x, 0.8x, 1.5x; failures 0/2, 1/1, 3/0, 0/0 per 1,000; CPU 1.0x, 1.7x, 1.0x, 0.5x.
    const pairs: ABPair[] = [
      { baseline: arm(1, 0, 0.001), candidate: arm(1, 2, 0.001) },
      { baseline: arm(1, 1, 0.001), candidate: arm(1.2, 1, 0.0017) },
      { baseline: arm(1, 3, 0.002), candidate: arm(0.8, 0, 0.002) },
      { baseline: arm(2, 0, 0.002), candidate: arm(3, 0, 0.001) },
    ];
    const results = abPairResults(pairs, [comparison({ stat: 'p50' }), p95, errorRate, cpu]);
    expect(results.map((r) => [r.pair, r.order])).toEqual([
      [1, 'AB'],
      [2, 'BA'],
      [3, 'BA'],
      [4, 'AB'],
    ]);
    // The histogram's quantiles are bucketed (well under 1%), so the ratios are close, not exact.
    const latency = results.map((r) => r.latency as number);
    [1, 1.2, 0.8, 1.5].forEach((want, i) => expect(latency[i]).toBeCloseTo(want, 2));
    expect(results.map((r) => r.errorRate)).toEqual([0.002, 0, -0.003, 0]);
    // CPU per request is Σcpu / Σrequests of each arm's scraped windows: the ratio is exact.
    const cpuRatios = results.map((r) => r.cpuPerRequest as number);
    [1, 1.7, 1, 0.5].forEach((want, i) => expect(cpuRatios[i]).toBeCloseTo(want, 12));
    expect(results.every((r) => r.disturbed === undefined)).toBe(true);
    expect(perPairStatistics([p95, errorRate, cpu])).toEqual({
      latency: { metric: 'http_req_duration', stat: 'p95', tolerance: 0.1 },
      errorRate: { metric: 'http_req_failed', tolerance: 0.001 },
      cpuPerRequest: { series: {}, tolerance: 0.2 },
    });
  });

  it('is empty without pairs; leaves out CPU when it was not compared; null where an arm lacks the statistic', () => {
    expect(abPairResults([], [p95, errorRate])).toEqual([]);
    const noRequests = arm(1, 0);
    noRequests.series[0]!.rates = {};
    const [only] = abPairResults([{ baseline: arm(1, 0), candidate: noRequests }], [errorRate]);
    // No latency statistic gated: null; the candidate made no request: no error rate.
    expect(only).toEqual({ pair: 1, order: 'AB', latency: null, errorRate: null });
    expect(perPairStatistics([errorRate])).toEqual({
      errorRate: { metric: 'http_req_failed', tolerance: 0.001 },
    });
  });

  it('marks the pair a regression rested on alone, and a pair whose k6 was short of CPU in an arm', () => {
    const starved = { cpuSeconds: 9.5, wallSeconds: 10, cpusAllowed: 1 };
    const pairs: ABPair[] = [
      { baseline: arm(1, 0), candidate: arm(1, 0) },
      { baseline: arm(1, 0), candidate: arm(1, 0, undefined, starved) },
      { baseline: arm(1, 0), candidate: arm(1.3, 0) },
    ];
    const rested = { ...p95, verdict: 'inconclusive' as const, suspected: true, hangsOnPair: 3 };
    // A breakdown is named by its series' values, space-separated (gate-verdict.ts comparisonName).
    const perEndpoint = comparison({ stat: 'p50', series: { method: 'GET', name: '/x' }, hangsOnPair: 3 });
    const results = abPairResults(pairs, [rested, perEndpoint, errorRate]);
    expect(results[0]?.disturbed).toBeUndefined();
    expect(results[1]?.disturbed).toEqual({
      k6ShortOfCpu: ['candidate arm: k6 used 95% of the 1 CPU(s) it may run on'],
    });
    expect(results[2]?.disturbed).toEqual({
      regressionOnlyWith: ['http_req_duration p95', 'http_req_duration p50 (GET /x)'],
    });
  });
});
