import { describe, expect, it } from 'vitest';
import { bottleneckOf } from '../../../src/domain/capacity/bottleneck.js';
import { GC_SATURATED_SHARE } from '../../../src/domain/saturation-panel.js';
import type { CapacityStep, StepServerView } from '../../../src/domain/capacity-model.js';
import { stepServerView } from '../../../src/domain/capacity/step-server.js';
import type { RunSummary } from '../../../src/domain/run-summary.js';
import type { ServerTargetSummary } from '../../../src/domain/server-summary.js';

/** A step at `offered`/s: p95 as given, achieved as given (default: kept up), and the server's view. */
function step(
  offered: number,
  server: StepServerView | undefined,
  opts: { p95?: number; achieved?: number } = {},
): CapacityStep {
  return {
    offered,
    achieved: opts.achieved ?? offered,
    seconds: 2,
    requests: offered * 2,
    errorRate: 0,
    p50: 10,
    p95: opts.p95 ?? 20,
    p99: 30,
    dropped: 0,
    slos: [],
    verdict: 'met',
    reason: '',
    ...(server ? { server } : {}),
  };
}
const view = (v: Partial<StepServerView> = {}): StepServerView => ({ target: 'http://s/metrics', ...v });

describe('bottleneckOf', () => {
  it('names nothing without the server view of the breaking step', () => {
    expect(bottleneckOf(step(80, view()), step(160, undefined))).toBeUndefined();
    expect(bottleneckOf(step(80, view()), undefined)).toBeUndefined();
  });

  it('names application CPU when the process used 85% or more of its usable cores', () => {
    const b = bottleneckOf(
      step(80, view({ coresUsed: 0.6, coresUsable: 1 })),
      step(160, view({ coresUsed: 0.97, coresUsable: 1, handlerP95Ms: 300 }), { p95: 900 }),
    );
    expect(b).toEqual({
      resource: 'application CPU',
      evidence: 'at 160/s the service used 0.97 of its 1 usable core(s)',
    });
    // 3.2 of 4 cores is 80%: not the CPU.
    expect(
      bottleneckOf(step(80, view()), step(160, view({ coresUsed: 3.2, coresUsable: 4 })))?.resource,
    ).not.toBe('application CPU');
  });

  it('then the event loop, database connections and GC, in that order', () => {
    expect(
      bottleneckOf(
        step(80, view({ eventLoopLagMaxMs: 12 })),
        step(160, view({ eventLoopLagMaxMs: 80, poolWaits: 5, gcTimeShare: 0.2 })),
      ),
    ).toEqual({
      resource: 'application CPU (event loop)',
      evidence: 'at 160/s the event loop lagged up to 80 ms (12 ms at 80/s)',
    });
    expect(bottleneckOf(step(80, view()), step(160, view({ poolWaits: 5, gcTimeShare: 0.2 })))).toEqual({
      resource: 'database connections',
      evidence: 'at 160/s 5 request(s) waited for a pooled database connection',
    });
    // Waits the good step had as well do not name the pool.
    expect(
      bottleneckOf(step(80, view({ poolWaits: 5 })), step(160, view({ poolWaits: 5, gcTimeShare: 0.2 })))
        ?.resource,
    ).toBe('GC');
  });

  it('names GC from a tenth of the time spent collecting (GC_SATURATED_SHARE), not below', () => {
    expect(bottleneckOf(step(80, view()), step(160, view({ gcTimeShare: GC_SATURATED_SHARE })))).toEqual({
      resource: 'GC',
      evidence: 'at 160/s garbage collection took 10% of the time',
    });
    expect(bottleneckOf(step(80, view()), step(160, view({ gcTimeShare: 0.099 })))).toBeUndefined();
  });

  it("tells time spent inside the handlers from a queue in front of them by the handlers' own p95", () => {
    const inside = bottleneckOf(
      step(80, view({ handlerP95Ms: 50, coresUsed: 0.2 })),
      step(160, view({ handlerP95Ms: 400, coresUsed: 0.25 }), { p95: 420 }),
    );
    expect(inside?.resource).toBe('inside the service, not its CPU (a lock, a pool or a downstream call)');
    expect(inside?.evidence).toBe(
      "the handlers' own p95 went from 50 ms at 80/s to 400 ms at 160/s, with 0.25 core(s) used",
    );
    const queue = bottleneckOf(
      step(80, view({ handlerP95Ms: 50 }), { p95: 55 }),
      step(160, view({ handlerP95Ms: 52 }), { p95: 900 }),
    );
    expect(queue?.resource).toBe(
      'queueing in front of the handlers (a concurrency limit, the accept backlog, or the network)',
    );
    expect(queue?.evidence).toBe(
      "at 160/s the client's p95 went from 55 ms to 900 ms while the handlers' own p95 stayed at 52 ms",
    );
    // Served less than offered, latency not yet grown: still a queue.
    expect(
      bottleneckOf(
        step(80, view({ handlerP95Ms: 50 }), { p95: 55 }),
        step(160, view({ handlerP95Ms: 50 }), { p95: 60, achieved: 100 }),
      )?.evidence,
    ).toBe(
      "at 160/s 100 of the 160 iterations/s offered completed while the handlers' own p95 stayed at 50 ms",
    );
  });

  it('names nothing when no resource stands out', () => {
    expect(
      bottleneckOf(
        step(80, view({ handlerP95Ms: 50, coresUsed: 0.2, coresUsable: 1 })),
        step(160, view({ handlerP95Ms: 55, coresUsed: 0.3, coresUsable: 1 }), { p95: 25 }),
      ),
    ).toBeUndefined();
  });
});

describe('stepServerView', () => {
  const target = (gauges: Record<string, number>): ServerTargetSummary => ({
    target: 'http://s/metrics',
    source: 'scrape',
    intervalSeconds: 1,
    scrapes: 4,
    failures: 0,
    windows: [],
    counters: { go_sql_wait_count_total: 3 },
    gauges: Object.fromEntries(
      Object.entries(gauges).map(([k, v]) => [k, { mean: v, max: v, first: v, last: v }]),
    ),
    routes: [
      {
        metric: 'http_request_duration_seconds',
        route: { route: 'a' },
        buckets: [
          [0.01, 0],
          [0.02, 100],
          [null, 100],
        ],
        count: 100,
        sum: 1.5,
        quantiles: {},
        resolution: {},
      },
    ],
    efficiency: { coresUsed: 1.5, gcTimeShare: 0.01 },
  });
  const run = (t: ServerTargetSummary | undefined) =>
    ({ server: t ? { schemaVersion: 1, targets: [t] } : undefined }) as unknown as RunSummary;

  it("reads GOMAXPROCS for a Go service, one core for Node.js, and the handlers' p95 by interpolation", () => {
    expect(stepServerView(run(target({ go_sched_gomaxprocs_threads: 4 })))).toEqual({
      target: 'http://s/metrics',
      coresUsed: 1.5,
      coresUsable: 4,
      // p95 of 100 requests in (10, 20] ms: 10 + 10 · 95 / 100.
      handlerP95Ms: expect.closeTo(19.5, 9),
      gcTimeShare: 0.01,
      poolWaits: 3,
    });
    expect(stepServerView(run(target({ nodejs_heap_size_used_bytes: 1 })))?.coresUsable).toBe(1);
    expect(stepServerView(run(target({})))?.coresUsable).toBeUndefined();
  });

  it('is undefined without a target that answered', () => {
    expect(stepServerView(run(undefined))).toBeUndefined();
    expect(stepServerView(run({ ...target({}), failures: 4 }))).toBeUndefined();
  });
});
