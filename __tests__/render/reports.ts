import type { Comparison, Report } from '../../src/domain/report.js';

/** Hand-built Reports for the renderer tests: every field set the way the engine sets it. */
export function comparison(over: Partial<Comparison> = {}): Comparison {
  return {
    metric: 'http_req_duration',
    stat: 'p95',
    series: {},
    unit: 'ms',
    baseline: 21.3,
    candidate: 22.0,
    ratio: 22.0 / 21.3,
    scale: 'ratio',
    interval: [0.97, 1.08],
    tolerance: 0.1,
    direction: 'higher-is-worse',
    verdict: 'unchanged',
    gated: true,
    method: 'batch means over 12 time batches; run noise from 5 baseline runs; t(40.2)',
    samples: { baseline: 9000, candidate: 1800 },
    ...over,
  };
}

const errorRate = (over: Partial<Comparison> = {}): Comparison =>
  comparison({
    metric: 'http_req_failed',
    stat: 'rate',
    unit: 'fraction',
    baseline: 0.001,
    candidate: 0.0012,
    ratio: 1.2,
    scale: 'difference',
    interval: [-0.0008, 0.0011],
    tolerance: 0.001,
    method: 'Newcombe hybrid score interval; exact binomial test',
    ...over,
  });

export function report(over: Partial<Report> = {}): Report {
  return {
    schemaVersion: 2,
    verdict: 'pass',
    reason: 'No gated statistic regressed beyond its tolerance (6 compared).',
    comparisons: [
      comparison({ stat: 'p50', baseline: 8.4, candidate: 8.5, ratio: 8.5 / 8.4, interval: [0.98, 1.04] }),
      comparison(),
      errorRate(),
      comparison({
        stat: 'p99',
        gated: false,
        baseline: 29.1,
        candidate: 30.2,
        ratio: 30.2 / 29.1,
        interval: [0.9, 1.2],
        verdict: 'inconclusive',
      }),
      comparison({
        metric: 'http_reqs',
        stat: 'throughput',
        unit: 'per-second',
        baseline: 90.1,
        candidate: 90.0,
        ratio: 0.999,
        direction: 'higher-is-better',
        gated: false,
        interval: [0.95, 1.05],
      }),
      comparison({
        series: { name: 'GET /products' },
        stat: 'p95',
        baseline: 21.5,
        candidate: 21.9,
        ratio: 1.018,
      }),
      comparison({
        series: { scenario: 'checkout' },
        stat: 'p95',
        baseline: 19,
        candidate: 19.5,
        ratio: 1.026,
      }),
      comparison({
        metric: 'http_req_waiting',
        diagnostic: true,
        stat: 'p95',
        gated: false,
        baseline: 21.2,
        candidate: 21.8,
        ratio: 1.028,
      }),
    ],
    thresholds: [
      { metric: 'http_req_failed', expression: 'rate<0.01', ok: true },
      { metric: 'http_req_duration{name:GET /products}', expression: 'p(95)<250', ok: true },
    ],
    baseline: {
      runs: 5,
      commit: 'a1b2c3d4e5f6',
      ref: 'main',
      start: '2026-11-24T10:00:00.000Z',
      url: 'https://github.com/org/shop/actions/runs/100',
    },
    candidate: {
      commit: 'ffeeddccbbaa',
      ref: 'refs/pull/7/merge',
      start: '2026-11-24T13:00:00.000Z',
      durationSeconds: 60,
      k6Version: 'v1.8.1',
    },
    fingerprint: { match: true, forced: false, differences: [] },
    settings: { confidence: 0.99, inconclusivePolicy: 'warn', noiseRuns: 5 },
    warnings: [],
    ...over,
  };
}

export function failing(): Report {
  const r = report({ verdict: 'fail', reason: 'http_req_duration p95 +96.1% regressed beyond tolerance.' });
  r.comparisons[1] = comparison({
    candidate: 41.8,
    ratio: 1.961,
    interval: [1.705, 2.256],
    verdict: 'regression',
  });
  r.comparisons[5] = comparison({
    series: { name: 'GET /products' },
    candidate: 43,
    ratio: 2.0,
    interval: [1.6, 2.5],
    verdict: 'regression',
  });
  return r;
}

/** A suspected regression: p95's estimate is beyond the tolerance, its interval reaches back within it. */
export function suspected(): Report {
  const r = report({
    verdict: 'inconclusive',
    reason:
      'a regression is suspected but not established: http_req_duration p95 +14.0%, beyond the tolerance but within the noise. More runs, longer runs or more A/B pairs would settle it.',
  });
  r.comparisons[1] = comparison({
    candidate: 24.3,
    ratio: 1.14,
    interval: [0.98, 1.32],
    verdict: 'inconclusive',
    suspected: true,
    detectable: 0.28,
  });
  return r;
}

/** A pass whose intervals are too wide to have seen a small change: the resolution line says so. */
export function coarse(): Report {
  return report({
    resolution: {
      metric: 'http_req_duration',
      stat: 'p95',
      detectable: 0.31,
      tolerance: 0.1,
      scale: 'ratio',
      floor: 0.262,
      advice: {
        dominant: 'run-to-run',
        share: 0.81,
        runs: { runs: 3, detectable: 0.206 },
        longer: { factor: 3, detectable: 0.298 },
        history: { runs: 10, detectable: 0.262 },
      },
    },
  });
}

export const CONTEXT = {
  gateId: 'shop',
  now: '2026-11-24T13:05:00.000Z',
  runUrl: 'https://github.com/org/shop/actions/runs/4242',
};

/**
 * An A/B report as runAB writes it: six pairs, CPU per request scraped, pair 5 disturbed (the p95 regression rested
 * on it alone, and k6 was short of CPU in its candidate arm), so the p95 row is suspected, not a regression.
 */
export function abPairs(): Report {
  const r = suspected();
  r.baseline = { runs: 6, source: 'A/B: the baseline target, interleaved' };
  r.settings = {
    ...r.settings,
    noiseRuns: 0,
    candidateRuns: 6,
    looks: 17,
    maxRuns: 20,
    regressionConfidence: 0.9994,
  };
  r.comparisons[1] = { ...r.comparisons[1]!, hangsOnPair: 5 };
  r.comparisons.push(
    comparison({
      metric: 'server_cpu_seconds_per_request',
      stat: 'mean',
      unit: 'seconds',
      baseline: 0.00042,
      candidate: 0.00044,
      ratio: 1.048,
      interval: [1.01, 1.09],
      tolerance: 0.2,
    }),
  );
  const latency = [1.021, 0.984, 1.013, 1.006, 1.28, 0.995];
  const cpu = [1.04, 1.05, 1.06, 1.03, 1.07, 1.05];
  r.ab = {
    pairs: 6,
    warmupPairs: 1,
    firstLook: 4,
    maxPairs: 20,
    looks: 17,
    order: 'AB BA BA AB',
    stopped: 'max-pairs',
    perPairStatistics: {
      latency: { metric: 'http_req_duration', stat: 'p95', tolerance: 0.1 },
      errorRate: { metric: 'http_req_failed', tolerance: 0.001 },
      cpuPerRequest: { series: {}, tolerance: 0.2 },
    },
    perPair: latency.map((ratio, i) => ({
      pair: i + 1,
      order: (['AB', 'BA', 'BA', 'AB'] as const)[i % 4]!,
      latency: ratio,
      errorRate: i === 2 ? 0.0004 : 0,
      cpuPerRequest: cpu[i]!,
      ...(i === 4
        ? {
            disturbed: {
              regressionOnlyWith: ['http_req_duration p95'],
              k6ShortOfCpu: ['candidate arm: k6 used 95% of the 1 CPU(s) it may run on'],
            },
          }
        : {}),
    })),
  };
  return r;
}
