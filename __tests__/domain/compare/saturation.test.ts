import { describe, expect, it } from 'vitest';
import {
  generatorFellBehind,
  generatorSaturation,
  generatorWaitPerRequestMs,
  guardClientRegressions,
  serverLatencyQuantile,
} from '../../../src/domain/compare/saturation.js';
import type { Comparison } from '../../../src/domain/report.js';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import { summaryAt } from '../../support/summaries.js';
import type { GeneratorStats, RunSummary } from '../../../src/domain/run-summary.js';
import type { ServerRouteHistogram } from '../../../src/domain/server-summary.js';

/** A route histogram whose requests all lie in (lo, hi] seconds. */
const route = (lo: number, hi: number): ServerRouteHistogram => ({
  metric: 'http_request_duration_seconds',
  route: { route: 'a' },
  buckets: [
    [lo, 0],
    [hi, 100],
    [null, 100],
  ],
  count: 100,
  sum: 0,
  quantiles: {},
  resolution: {},
});

function run(
  opts: {
    generator?: GeneratorStats;
    dropped?: number;
    vus?: number;
    maxVUs?: number;
    routes?: ServerRouteHistogram[];
  } = {},
): RunSummary {
  return {
    generator: opts.generator,
    series: [
      { key: {}, counters: { dropped_iterations: opts.dropped ?? 0 }, gauges: { vus: opts.vus ?? 1 } },
    ],
    fingerprint: {
      scenarios: { s: { executor: 'ramping-arrival-rate', maxVUs: opts.maxVUs ?? 50 } },
      hash: 'h',
    },
    server: opts.routes ? { schemaVersion: 1, targets: [{ target: 't', routes: opts.routes }] } : undefined,
  } as unknown as RunSummary;
}

const comparison = (
  metric: string,
  stat: string,
  ratio: number,
  verdict: Comparison['verdict'],
  series = {},
): Comparison => ({
  metric,
  stat,
  series,
  baseline: 1,
  candidate: ratio,
  ratio,
  scale: 'ratio',
  interval: [ratio * 0.9, ratio * 1.1],
  tolerance: 0.1,
  direction: 'higher-is-worse',
  verdict,
  gated: true,
  method: 'test',
  samples: { baseline: 1, candidate: 1 },
});

describe('generatorSaturation', () => {
  it('says nothing for a healthy generator', () => {
    expect(generatorSaturation(run())).toEqual([]);
    expect(
      generatorSaturation(
        run({ generator: { cpuSeconds: 1, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0.05 } }),
      ),
    ).toEqual([]);
  });
  it('names k6 at its CPUs, a long run-queue wait, dropped iterations and VUs at maxVUs', () => {
    expect(
      generatorSaturation(
        run({
          generator: { cpuSeconds: 9.5, wallSeconds: 10, cpusAllowed: 1, runQueueWaitShare: 0.5 },
          dropped: 3,
          vus: 50,
        }),
      ),
    ).toEqual([
      'k6 used 95% of the 1 CPU(s) it may run on',
      'k6 waited for a CPU 50% of the time it was ready to run',
      'k6 dropped 3 iterations',
      'VUs reached maxVUs (50)',
    ]);
  });
  it('does not count a wait the baseline runs saw too (same machine load)', () => {
    const busy = { cpuSeconds: 1, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0.8 };
    expect(
      generatorSaturation(run({ generator: busy }), [
        run({ generator: { ...busy, runQueueWaitShare: 0.75 } }),
      ]),
    ).toEqual([]);
    expect(
      generatorSaturation(run({ generator: busy }), [
        run({ generator: { ...busy, runQueueWaitShare: 0.5 } }),
      ]),
    ).toHaveLength(1);
  });
});

describe('guardClientRegressions', () => {
  const cpu = (verdict: Comparison['verdict'], ratio = 1) =>
    comparison('server_cpu_seconds_per_request', 'mean', ratio, verdict);

  it('makes client latency regressions the server did not see inconclusive, with the reason', () => {
    const history = [run({ routes: [route(0.01, 0.02)] })];
    const candidate = run({ routes: [route(0.01, 0.02)] });
    const { comparisons, reasons, diverged } = guardClientRegressions(
      [
        comparison('http_req_duration', 'p95', 1.3, 'regression'),
        comparison('http_req_duration', 'p95', 1.3, 'regression', { name: 'GET /a' }),
        comparison('http_req_failed', 'rate', 1.3, 'regression'),
        cpu('unchanged'),
      ],
      history,
      candidate,
      0.1,
    );
    expect(comparisons.map((c) => c.verdict)).toEqual([
      'inconclusive',
      'inconclusive',
      'regression',
      'unchanged',
    ]);
    expect(reasons).toEqual([
      'the client saw +30% (http_req_duration p95) that the server did not (server p95 +0%, CPU per request +0%): suspect the network or the load generator',
    ]);
    expect(comparisons[0]?.note).toBe(reasons[0]);
    expect(diverged).toBe(true);
  });

  it('keeps the regression when the server agrees (its latency or its CPU per request regressed too)', () => {
    const slower = guardClientRegressions(
      [comparison('http_req_duration', 'p95', 1.3, 'regression'), cpu('unchanged')],
      [run({ routes: [route(0.01, 0.02)] })],
      run({ routes: [route(0.02, 0.04)] }),
      0.1,
    );
    expect(slower.comparisons[0]?.verdict).toBe('regression');
    expect(slower.diverged).toBe(false);
    const costlier = guardClientRegressions(
      [comparison('http_req_duration', 'p95', 1.3, 'regression'), cpu('regression', 1.5)],
      [run({ routes: [route(0.01, 0.02)] })],
      run({ routes: [route(0.01, 0.02)] }),
      0.1,
    );
    expect(costlier.comparisons.map((c) => c.verdict)).toEqual(['regression', 'regression']);
  });

  it('keeps the regression without server latency to compare (no histograms)', () => {
    const { comparisons } = guardClientRegressions(
      [comparison('http_req_duration', 'p95', 1.3, 'regression'), cpu('unchanged')],
      [run()],
      run(),
      0.1,
    );
    expect(comparisons[0]?.verdict).toBe('regression');
  });

  it('with a starved generator, every client-side regression is inconclusive but errors and CPU per request stand', () => {
    const starved = { cpuSeconds: 9.6, wallSeconds: 10, cpusAllowed: 1 };
    const { comparisons, reasons } = guardClientRegressions(
      [
        comparison('http_req_duration', 'p95', 2, 'regression'),
        comparison('http_reqs', 'throughput', 0.5, 'regression'),
        comparison('http_req_failed', 'rate', 2, 'regression'),
        cpu('regression', 1.5),
      ],
      [run()],
      run({ generator: starved }),
      0.1,
    );
    expect(comparisons.map((c) => c.verdict)).toEqual([
      'inconclusive',
      'inconclusive',
      'regression',
      'regression',
    ]);
    expect(reasons[0]).toMatch(
      /^the load generator was saturated \(k6 used 96% of the 1 CPU\(s\) it may run on\)/,
    );
  });

  it('a rise in dropped iterations by a k6 starved of CPU is inconclusive, even when the baseline k6 was starved too', () => {
    const busy = { cpuSeconds: 1, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0.65 };
    const { comparisons, reasons } = guardClientRegressions(
      [
        comparison('dropped_iterations', 'rate', 2.3, 'regression'),
        comparison('token_errors', 'rate', 2, 'regression'),
      ],
      [run({ generator: { ...busy, runQueueWaitShare: 0.6 } })],
      run({ generator: busy, dropped: 34 }),
      0.1,
    );
    expect(comparisons.map((c) => c.verdict)).toEqual(['inconclusive', 'regression']);
    expect(reasons).toEqual([
      "k6 dropped iterations while it was starved (k6 waited for a CPU 65% of the time it was ready to run): the drops may be the load generator's own, not the service's",
    ]);
    // A k6 that got its CPU keeps the drop as the service's regression.
    const calm = guardClientRegressions(
      [comparison('dropped_iterations', 'rate', 2.3, 'regression')],
      [run()],
      run({ generator: { ...busy, runQueueWaitShare: 0.05 }, dropped: 34 }),
      0.1,
    );
    expect(calm.comparisons[0]?.verdict).toBe('regression');
  });

  /**
   * A baseline k6 that waited 1 ms a request for a CPU (0.5 s of CPU at a 2/3 wait share over 1,000 requests) and
   * a candidate k6 that waited 4 ms (1 s at 0.8): about 3 ms more a request.
   */
  const waited = () => {
    const timed = (generator: GeneratorStats): RunSummary => {
      const r = run({ generator });
      r.series[0]!.counters.http_reqs = 1000;
      (r as { metrics: unknown }).metrics = { http_req_duration: { type: 'trend', contains: 'time' } };
      return r;
    };
    return {
      history: [timed({ cpuSeconds: 0.5, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 2 / 3 })],
      candidate: timed({ cpuSeconds: 1, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0.8 }),
    };
  };

  it("weighs k6's wait per request against a latency regression's size: a far larger one is the service's", () => {
    // 1 s of CPU at a 0.8 wait share: 4 s of waiting over 1,000 requests, 4 ms a request (the baseline k6 waited
    // 1 ms a request: 0.5 s of CPU at 2/3 wait share over 1,000 requests), so about 3 ms more.
    const { history, candidate } = waited();
    const ms = (base: number, cand: number): Comparison => ({
      ...comparison('http_req_duration', 'p95', cand / base, 'regression'),
      baseline: base,
      candidate: cand,
    });
    const { comparisons, reasons } = guardClientRegressions(
      [ms(20, 25), ms(20, 40)],
      history,
      candidate,
      0.1,
    );
    // +5 ms is within twice the 3 ms k6 waited more; +20 ms is not.
    expect(comparisons.map((c) => c.verdict)).toEqual(['inconclusive', 'regression']);
    expect(reasons).toContainEqual(
      expect.stringMatching(
        /but it waited about 3\.0 ms more per request than in the baseline runs: too little to explain \+20\.0 ms on http_req_duration p95, so the regression is the service's$/,
      ),
    );
    expect(generatorWaitPerRequestMs(candidate)).toBeCloseTo(4, 9);
  });

  it("weighs k6's wait the same when the server's CPU per request vouches for the service but no VU budget was spent", () => {
    // The server's view only matters for a spent VU budget: with none spent, a starved k6's wait is still weighed.
    const { history, candidate } = waited();
    const far = { ...comparison('http_req_duration', 'p95', 2, 'regression'), baseline: 20, candidate: 40 };
    const { comparisons } = guardClientRegressions([far, cpu('unchanged', 1)], history, candidate, 0.1);
    expect(comparisons[0]?.verdict).toBe('regression');
  });

  it('a spent VU budget explains a regression away only when the server says the service did not change', () => {
    const args = (cpuVerdict: 'regression' | 'unchanged'): Parameters<typeof guardClientRegressions> => [
      [
        comparison('http_req_duration', 'p95', 2, 'regression'),
        cpu(cpuVerdict, cpuVerdict === 'regression' ? 1.5 : 1),
      ],
      [run()],
      run({ dropped: 10 }),
      0.1,
    ];
    // A slower service spends the VU budget too: with CPU per request up, the regression stands.
    expect(guardClientRegressions(...args('regression')).comparisons[0]?.verdict).toBe('regression');
    const agreed = guardClientRegressions(...args('unchanged'));
    expect(agreed.comparisons[0]?.verdict).toBe('inconclusive');
    expect(agreed.reasons[0]).toMatch(/k6 dropped 10 iterations/);
    // k6 short of CPU and the budget spent: both reasons, in one note, separated by semicolons.
    const both = guardClientRegressions(
      [comparison('http_req_duration', 'p95', 2, 'regression'), cpu('unchanged', 1)],
      [run()],
      run({ dropped: 10, generator: { cpuSeconds: 9.6, wallSeconds: 10, cpusAllowed: 1 } }),
      0.1,
    );
    expect(both.reasons[0]).toBe(
      "the load generator was saturated (k6 used 96% of the 1 CPU(s) it may run on; k6 dropped 10 iterations): this is not the service's regression",
    );
    // Without the server's view, dropped iterations alone never explain a regression away.
    expect(
      guardClientRegressions(
        [comparison('http_req_duration', 'p95', 2, 'regression')],
        [run()],
        run({ dropped: 10 }),
        0.1,
      ).comparisons[0]?.verdict,
    ).toBe('regression');
  });
});

describe('serverLatencyQuantile: PromQL histogram_quantile over the routes of the most common histogram', () => {
  const h = (buckets: Array<[number | null, number]>, metric = 'http_request_duration_seconds') => ({
    ...route(0, 1),
    metric,
    buckets,
  });
  const buckets: Array<[number | null, number]> = [
    [0.1, 50],
    [0.5, 90],
    [1, 100],
    [null, 100],
  ];

  it('interpolates linearly inside the bucket that holds the rank', () => {
    expect(serverLatencyQuantile([h(buckets)], 'p50')).toBeCloseTo(0.1, 12);
    expect(serverLatencyQuantile([h(buckets)], 'p95')).toBeCloseTo(0.75, 12);
    expect(serverLatencyQuantile([h(buckets)], 'p99')).toBeCloseTo(0.95, 12);
  });

  it('adds the routes of one histogram family bucket by bucket', () => {
    const half: Array<[number | null, number]> = buckets.map(([le, c]) => [le, c / 2]);
    expect(serverLatencyQuantile([h(half), h(half)], 'p95')).toBeCloseTo(0.75, 12);
    // The family most routes use wins over another one.
    const other = h(
      [
        [10, 100],
        [null, 100],
      ],
      'rpc_duration_seconds',
    );
    expect(serverLatencyQuantile([other, h(half), h(half)], 'p95')).toBeCloseTo(0.75, 12);
  });

  it('gives the last finite bound for a rank in the +Inf bucket, and nothing without requests', () => {
    const tail: Array<[number | null, number]> = [
      [0.1, 50],
      [null, 100],
    ];
    expect(serverLatencyQuantile([h(tail)], 'p95')).toBe(0.1);
    expect(
      serverLatencyQuantile(
        [
          h([
            [0.1, 0],
            [null, 0],
          ]),
        ],
        'p50',
      ),
    ).toBeUndefined();
    expect(serverLatencyQuantile([], 'p50')).toBeUndefined();
  });
});

describe('generatorFellBehind: the generator is named first saturated only when it measurably fell behind', () => {
  const timed = (generator: GeneratorStats, dropped = 0): RunSummary => {
    const r = run({ generator, dropped });
    r.series[0]!.counters.http_reqs = 1000;
    return r;
  };
  const p95 = (base: number, cand: number, verdict: Comparison['verdict'] = 'regression'): Comparison => ({
    ...comparison('http_req_duration', 'p95', cand / base, verdict),
    baseline: base,
    candidate: cand,
  });
  // A shared box: k6 at 3% of its 2 CPUs, waiting for one 80% of its runnable time (4 ms a request more than the
  // baseline's k6), and dropping nothing.
  const shared = { cpuSeconds: 0.6, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0.8 };
  const quiet = [timed({ cpuSeconds: 0.6, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0 })];

  it('does not name k6 for a run-queue wait alone (3% CPU, nothing dropped, no latency it explains)', () => {
    expect(generatorFellBehind([], quiet, timed(shared))).toBeUndefined();
    expect(generatorFellBehind([p95(20, 20, 'unchanged')], quiet, timed(shared))).toBeUndefined();
    // +30 ms is far more than twice the 2.4 ms k6 waited per request: the service's.
    expect(generatorFellBehind([p95(20, 50)], quiet, timed(shared))).toBeUndefined();
  });
  it('names k6 when it dropped iterations, used its CPUs up, or its wait explains the latency rise', () => {
    expect(generatorFellBehind([], quiet, timed(shared, 12))).toBe('k6 dropped 12 iterations');
    expect(generatorFellBehind([], [], timed({ cpuSeconds: 19, wallSeconds: 10, cpusAllowed: 2 }))).toBe(
      'k6 used 95% of the 2 CPU(s) it may run on',
    );
    expect(generatorFellBehind([p95(20, 23)], quiet, timed(shared))).toBe(
      'k6 waited about 2.4 ms more per request for a CPU than in the baseline runs, enough to explain +3.0 ms on http_req_duration p95',
    );
  });
});

describe('the saturation panel of a report on a shared box', () => {
  it('names no first saturated resource for k6 at 3% CPU that waited for a CPU and dropped nothing', () => {
    const baseline = summaryAt('2026-01-01T00:00:00.000Z');
    baseline.generator = { cpuSeconds: 0.3, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0 };
    const candidate = summaryAt('2026-01-01T01:00:00.000Z');
    candidate.generator = { cpuSeconds: 0.6, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0.8 };
    const report = compareRuns([baseline], candidate, DEFAULT_GATE_CONFIG);
    expect(report.saturation?.generator?.cpuShare).toBe(0.03);
    expect(report.saturation?.firstSaturated).toBeUndefined();
  });
});

describe('the edges of what counts as a saturated generator', () => {
  const generator = (over: Partial<GeneratorStats>): GeneratorStats => ({
    cpuSeconds: 1,
    wallSeconds: 10,
    cpusAllowed: 2,
    ...over,
  });

  it('counts k6 at its CPUs from exactly 90% of the CPUs it may run on, and only when it knows how many', () => {
    expect(generatorSaturation(run({ generator: generator({ cpuSeconds: 18 }) }))).toEqual([
      'k6 used 90% of the 2 CPU(s) it may run on',
    ]);
    expect(generatorSaturation(run({ generator: generator({ cpuSeconds: 17.9 }) }))).toEqual([]);
    expect(generatorSaturation(run({ generator: { cpuSeconds: 18, wallSeconds: 10 } }))).toEqual([]);
    expect(generatorSaturation(run({ generator: generator({ cpuSeconds: 18, wallSeconds: 0 }) }))).toEqual(
      [],
    );
    // Nor a run-queue wait of a k6 that measured no wall time.
    expect(
      generatorSaturation(run({ generator: generator({ wallSeconds: 0, runQueueWaitShare: 0.5 }) })),
    ).toEqual([]);
  });

  it("counts k6's run-queue wait from exactly 30%, and from exactly 10 points above the baseline runs' mean", () => {
    const wait = (w: number, history: RunSummary[] = []) =>
      generatorSaturation(run({ generator: generator({ runQueueWaitShare: w }) }), history);
    expect(wait(0.3)).toEqual(['k6 waited for a CPU 30% of the time it was ready to run']);
    expect(wait(0.29)).toEqual([]);
    // The baseline runs that measured a wait (0.25 and 0.5: a mean of 0.375); one that did not is left out.
    const history = [
      run({ generator: generator({ runQueueWaitShare: 0.25 }) }),
      run({ generator: generator({}) }),
      run({ generator: generator({ runQueueWaitShare: 0.5 }) }),
      run(),
    ];
    expect(wait(0.475, history)).toHaveLength(1);
    expect(wait(0.47, history)).toEqual([]);
  });

  it('counts a spent VU budget from VUs equal to the maxVUs of all scenarios together', () => {
    const budget = (vus: number) => {
      const r = run({ vus });
      r.fingerprint.scenarios = {
        a: { executor: 'ramping-arrival-rate', maxVUs: 30 },
        b: { executor: 'constant-arrival-rate', maxVUs: 20 },
        c: { executor: 'constant-vus' },
      } as unknown as RunSummary['fingerprint']['scenarios'];
      return generatorSaturation(r);
    };
    expect(budget(50)).toEqual(['VUs reached maxVUs (50)']);
    expect(budget(49)).toEqual([]);
    const noMax = run({ vus: 10 });
    noMax.fingerprint.scenarios = {
      c: { executor: 'constant-vus' },
    } as unknown as RunSummary['fingerprint']['scenarios'];
    expect(generatorSaturation(noMax)).toEqual([]);
  });

  it("gives k6's wait per request as cpuSeconds · w / (1 - w) over the requests, else the iterations", () => {
    // 3 s of CPU at a 0.25 wait share: 1 s of waiting over 500 requests, 2 ms a request.
    const r = run({ generator: generator({ cpuSeconds: 3, runQueueWaitShare: 0.25 }) });
    r.series[0]!.counters.http_reqs = 500;
    expect(generatorWaitPerRequestMs(r)).toBeCloseTo(2, 12);
    // A script without HTTP requests: per iteration.
    const iterations = run({ generator: generator({ cpuSeconds: 3, runQueueWaitShare: 0.25 }) });
    iterations.series[0]!.counters.iterations = 250;
    expect(generatorWaitPerRequestMs(iterations)).toBeCloseTo(4, 12);
    // Undefined: no wait share, a wait share of 1 (no time on a CPU), no request, no generator figures.
    expect(generatorWaitPerRequestMs(run({ generator: generator({}) }))).toBeUndefined();
    const always = run({ generator: generator({ runQueueWaitShare: 1 }) });
    always.series[0]!.counters.http_reqs = 500;
    expect(generatorWaitPerRequestMs(always)).toBeUndefined();
    expect(
      generatorWaitPerRequestMs(run({ generator: generator({ runQueueWaitShare: 0.25 }) })),
    ).toBeUndefined();
    expect(generatorWaitPerRequestMs(run())).toBeUndefined();
  });
});

describe('the divergence guard: which comparisons it weighs and how it words the server', () => {
  const cpu = (verdict: Comparison['verdict'], ratio = 1) =>
    comparison('server_cpu_seconds_per_request', 'mean', ratio, verdict);

  it('weighs only p50, p95 and p99 against the server, whose histograms give no other statistic', () => {
    for (const stat of ['p50', 'p95', 'p99']) {
      const { diverged } = guardClientRegressions(
        [comparison('http_req_duration', stat, 1.3, 'regression'), cpu('unchanged')],
        [run({ routes: [route(0.01, 0.02)] })],
        run({ routes: [route(0.01, 0.02)] }),
        0.1,
      );
      expect([stat, diverged]).toEqual([stat, true]);
    }
    for (const stat of ['p90', 'mean', 'max']) {
      const { comparisons, diverged } = guardClientRegressions(
        [comparison('http_req_duration', stat, 1.3, 'regression'), cpu('unchanged')],
        [run({ routes: [route(0.01, 0.02)] })],
        run({ routes: [route(0.01, 0.02)] }),
        0.1,
      );
      expect([stat, comparisons[0]?.verdict, diverged]).toEqual([stat, 'regression', false]);
    }
  });

  it("compares with the newest baseline run that has server histograms, and words a fall in the server's latency with its sign", () => {
    const { reasons } = guardClientRegressions(
      [comparison('http_req_duration', 'p50', 1.3, 'regression'), cpu('unchanged', 0.9)],
      [run(), run({ routes: [route(0.02, 0.04)] }), run({ routes: [route(0.01, 0.02)] })],
      run({ routes: [route(0.01, 0.02)] }),
      0.1,
    );
    // Server p50: 0.015 s against 0.03 s in the newest baseline run that has routes.
    expect(reasons).toEqual([
      'the client saw +30% (http_req_duration p50) that the server did not (server p50 -50%, CPU per request -10%): suspect the network or the load generator',
    ]);
  });

  it("counts the server's latency as moved only beyond the latency tolerance", () => {
    // The server's p95 rose by 50% (0.0195 s to 0.02925 s): within a 60% tolerance, beyond a 40% one.
    const guard = (tolerance: number) =>
      guardClientRegressions(
        [comparison('http_req_duration', 'p95', 2, 'regression'), cpu('unchanged')],
        [run({ routes: [route(0.01, 0.02)] })],
        run({ routes: [route(0.015, 0.03)] }),
        tolerance,
      ).diverged;
    expect(guard(0.6)).toBe(true);
    expect(guard(0.4)).toBe(false);
  });

  it("leaves throughput to stand when only the server's view disagrees, and says a starved k6 in the reason", () => {
    const { comparisons, reasons } = guardClientRegressions(
      [
        comparison('http_req_duration', 'p95', 1.3, 'regression'),
        comparison('http_reqs', 'throughput', 0.7, 'regression'),
        cpu('unchanged'),
      ],
      [
        run({
          generator: { cpuSeconds: 1, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0.5 },
          routes: [route(0.01, 0.02)],
        }),
      ],
      run({
        generator: { cpuSeconds: 1, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0.5 },
        routes: [route(0.01, 0.02)],
      }),
      0.1,
    );
    expect(comparisons.map((c) => c.verdict)).toEqual(['inconclusive', 'regression', 'unchanged']);
    expect(reasons[0]).toMatch(
      /suspect the network or the load generator \(the load generator was saturated: k6 waited for a CPU 50% of the time it was ready to run\)$/,
    );
  });
});

describe('serverLatencyQuantile: edges', () => {
  const h = (buckets: Array<[number | null, number]>) => ({ ...route(0, 1), buckets });

  it("gives a rank exactly at a bucket's count that bucket's bound, not the next non-empty bucket's", () => {
    const gap: Array<[number | null, number]> = [
      [0.1, 50],
      [0.2, 50],
      [0.5, 100],
      [null, 100],
    ];
    expect(serverLatencyQuantile([h(gap)], 'p50')).toBe(0.1);
  });

  it('merges routes whose bucket bounds differ in the order of the bounds', () => {
    const a = h([
      [0.1, 40],
      [0.5, 50],
      [null, 50],
    ]);
    const b = h([
      [0.25, 50],
      [null, 50],
    ]);
    // Summed: 0.1 → 40, 0.25 → 50, 0.5 → 50, +Inf → 100; the median (rank 50) lies at 0.25.
    expect(serverLatencyQuantile([a, b], 'p50')).toBeCloseTo(0.25, 12);
  });

  it('says nothing of a histogram with no request, whatever its buckets', () => {
    expect(
      serverLatencyQuantile(
        [
          h([
            [0.1, 0],
            [0.5, 0],
            [null, 0],
          ]),
        ],
        'p95',
      ),
    ).toBeUndefined();
  });
});

describe('generatorFellBehind: edges of the wait that explains a latency rise', () => {
  // k6 waited 3 ms a request (3 s of CPU at a 0.5 wait share over 1,000 requests).
  const timed = (generator?: GeneratorStats): RunSummary => {
    const r = run(generator ? { generator } : {});
    r.series[0]!.counters.http_reqs = 1000;
    return r;
  };
  const starved = (w = 0.5, cpuSeconds = 3) =>
    timed({ cpuSeconds, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: w });
  const rise = (
    base: number,
    cand: number,
    over: Partial<Comparison> = {},
    metric = 'http_req_duration',
  ): Comparison => ({
    ...comparison(metric, 'p95', cand / base, 'regression'),
    baseline: base,
    candidate: cand,
    ...over,
  });

  it('explains a rise of exactly twice the extra wait, not more, against no baseline wait', () => {
    expect(generatorFellBehind([rise(20, 26)], [timed()], starved())).toBe(
      'k6 waited about 3.0 ms more per request for a CPU than in the baseline runs, enough to explain +6.0 ms on http_req_duration p95',
    );
    expect(generatorFellBehind([rise(20, 26.5)], [timed()], starved())).toBeUndefined();
    expect(generatorFellBehind([rise(20, 26)], [], starved())).toMatch(/^k6 waited about 3\.0 ms more/);
  });

  it('takes the extra wait over the mean of the baseline runs that measured one', () => {
    // Baseline k6s waited 1 ms and 2 ms a request (mean 1.5 ms); one run measured nothing: 1.5 ms more.
    const history = [starved(0.5, 1), timed(), starved(0.5, 2)];
    expect(generatorFellBehind([rise(20, 23)], history, starved())).toBe(
      'k6 waited about 1.5 ms more per request for a CPU than in the baseline runs, enough to explain +3.0 ms on http_req_duration p95',
    );
    // No more than the baseline's k6: nothing explained.
    expect(generatorFellBehind([rise(20, 21)], [starved()], starved())).toBeUndefined();
  });

  it('counts the wait only when k6 waited at least 30% of its runnable time, and measured any wall time', () => {
    // 0.25: 1 ms a request more than no wait, yet below 30%.
    expect(generatorFellBehind([rise(20, 21)], [timed()], starved(0.25))).toBeUndefined();
    const noWall = timed({ cpuSeconds: 50, wallSeconds: 0, cpusAllowed: 2 });
    expect(generatorFellBehind([], [], noWall)).toBeUndefined();
  });

  it('explains only an all-traffic request latency that rose and regressed or is suspected of it', () => {
    const explains = (c: Comparison) => generatorFellBehind([c], [timed()], starved()) !== undefined;
    expect(explains(rise(20, 23))).toBe(true);
    expect(explains(rise(20, 23, {}, 'iteration_duration'))).toBe(false);
    expect(explains(rise(20, 23, { series: { name: 'GET /a' } }))).toBe(false);
    expect(explains(rise(20, 20))).toBe(false);
    expect(explains(rise(20, 23, { verdict: 'inconclusive', interval: [0.9, 1.3] }))).toBe(true);
    expect(explains(rise(20, 21, { verdict: 'unchanged', ratio: 1.05, interval: [0.98, 1.09] }))).toBe(false);
  });
});

describe('guardClientRegressions: edges', () => {
  const cpu = (verdict: Comparison['verdict'], ratio = 1, series = {}) =>
    comparison('server_cpu_seconds_per_request', 'mean', ratio, verdict, series);
  const same = () => [run({ routes: [route(0.01, 0.02)] })];

  it("counts a server latency change of exactly the tolerance as the server's agreement that nothing moved", () => {
    const { diverged } = guardClientRegressions(
      [comparison('http_req_duration', 'p95', 1.3, 'regression'), cpu('unchanged')],
      same(),
      run({ routes: [route(0.01, 0.02)] }),
      0,
    );
    expect(diverged).toBe(true);
  });

  it("takes a CPU per request that improved as agreement, and only the all-traffic CPU comparison as the server's", () => {
    const guard = (c: Comparison) =>
      guardClientRegressions(
        [comparison('http_req_duration', 'p95', 1.3, 'regression'), c],
        same(),
        run({ routes: [route(0.01, 0.02)] }),
        0.1,
      ).diverged;
    expect(guard(cpu('improvement', 0.8))).toBe(true);
    expect(guard(cpu('unchanged', 1, { name: 'GET /a' }))).toBe(false);
  });

  it('decides divergence on all-traffic latency only: a breakdown that regressed alone keeps its verdict', () => {
    const { comparisons, diverged } = guardClientRegressions(
      [comparison('http_req_duration', 'p95', 1.3, 'regression', { name: 'GET /a' }), cpu('unchanged')],
      same(),
      run({ routes: [route(0.01, 0.02)] }),
      0.1,
    );
    expect(diverged).toBe(false);
    expect(comparisons[0]?.verdict).toBe('regression');
  });

  it('leaves comparisons that did not regress as they are, even with a starved generator', () => {
    const { comparisons } = guardClientRegressions(
      [
        comparison('http_req_duration', 'p95', 1, 'unchanged'),
        comparison('http_req_duration', 'p99', 2, 'regression'),
      ],
      [run()],
      run({ generator: { cpuSeconds: 9.6, wallSeconds: 10, cpusAllowed: 1 } }),
      0.1,
    );
    expect(comparisons.map((c) => c.verdict)).toEqual(['unchanged', 'inconclusive']);
  });

  /** k6 short of CPU and waiting 3 ms a request more than the baseline's (which measured no wait). */
  const starvedRuns = () => {
    const timed = (generator?: GeneratorStats, dropped = 0) => {
      const r = run({ ...(generator ? { generator } : {}), dropped });
      r.series[0]!.counters.http_reqs = 1000;
      (r as { metrics: unknown }).metrics = { http_req_duration: { type: 'trend', contains: 'time' } };
      return r;
    };
    return {
      history: [timed()],
      candidate: timed({ cpuSeconds: 3, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0.5 }),
      timed,
    };
  };
  const ms = (base: number, cand: number, metric = 'http_req_duration', stat = 'p95'): Comparison => ({
    ...comparison(metric, stat, cand / base, 'regression'),
    baseline: base,
    candidate: cand,
  });

  it("lets k6's wait explain a timing's rise up to exactly twice the wait, and names only the first it cannot", () => {
    const { history, candidate } = starvedRuns();
    const { comparisons, reasons } = guardClientRegressions(
      [ms(20, 26), ms(20, 40), ms(30, 60, 'http_req_duration', 'p99')],
      history,
      candidate,
      0.1,
    );
    expect(comparisons.map((c) => c.verdict)).toEqual(['inconclusive', 'regression', 'regression']);
    expect(reasons.filter((r) => r.startsWith('k6 was short of CPU'))).toEqual([
      "k6 was short of CPU (k6 waited for a CPU 50% of the time it was ready to run), but it waited about 3.0 ms more per request than in the baseline runs: too little to explain +20.0 ms on http_req_duration p95, so the regression is the service's",
    ]);
  });

  it("weighs k6's wait against timings only: a starved k6's throughput or dropped iterations are inconclusive however large", () => {
    const { history, candidate } = starvedRuns();
    const { comparisons } = guardClientRegressions(
      [ms(1000, 100, 'http_reqs', 'throughput'), ms(10, 100, 'dropped_iterations', 'rate')],
      history,
      candidate,
      0.1,
    );
    expect(comparisons.map((c) => c.verdict)).toEqual(['inconclusive', 'inconclusive']);
  });

  it("lets a spent VU budget the server vouches for explain even a rise far beyond k6's wait", () => {
    const { history, timed } = starvedRuns();
    const candidate = timed({ cpuSeconds: 3, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0.5 }, 10);
    const { comparisons } = guardClientRegressions([ms(20, 40), cpu('unchanged')], history, candidate, 0.1);
    expect(comparisons[0]?.verdict).toBe('inconclusive');
  });

  it('weighs a server latency of 0 s against nothing: no ratio, no divergence', () => {
    const zero = () => [
      {
        ...route(0, 1),
        buckets: [
          [0, 100],
          [null, 100],
        ] as Array<[number | null, number]>,
      },
    ];
    const { diverged } = guardClientRegressions(
      [comparison('http_req_duration', 'p95', 1.3, 'regression'), cpu('unchanged')],
      [run({ routes: zero() })],
      run({ routes: zero() }),
      0.1,
    );
    expect(diverged).toBe(false);
  });

  it('names every sign of starvation in the reason a regression stands by', () => {
    const { history, timed } = starvedRuns();
    // 18 s of CPU at a 0.5 wait share over 1,000 requests: 18 ms a request more; +40 ms is more than twice that.
    const candidate = timed({ cpuSeconds: 18, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0.5 });
    const { comparisons, reasons } = guardClientRegressions([ms(20, 60)], history, candidate, 0.1);
    expect(comparisons[0]?.verdict).toBe('regression');
    expect(reasons.at(-1)).toMatch(
      /^k6 was short of CPU \(k6 used 90% of the 2 CPU\(s\) it may run on; k6 waited for a CPU 50% of the time it was ready to run\), but it waited about 18\.0 ms more/,
    );
  });
});
