import { describe, expect, it } from 'vitest';
import type { ServerSection, ServerTargetSummary } from '../../src/domain/server-summary.js';
import { mergeShardServers, poolServerSections } from '../../src/domain/server-merge.js';

const target = (starts: number[], cpu: number, requests: number, extra: Partial<ServerTargetSummary> = {}) =>
  ({
    target: 't',
    source: 'scrape',
    intervalSeconds: 1,
    scrapes: starts.length + 1,
    failures: 0,
    windows: starts.map((start) => ({ start, requests, counters: { process_cpu_seconds_total: cpu } })),
    counters: { process_cpu_seconds_total: cpu * starts.length },
    gauges: { go_goroutines: { mean: 10, max: 12, first: 9, last: 11 } },
    routes: [],
    efficiency: { cpuSecondsPerRequest: cpu / requests, goroutinesMax: 12 },
    ...extra,
  }) as ServerTargetSummary;
const section = (...targets: ServerTargetSummary[]): ServerSection => ({ schemaVersion: 1, targets });

describe('poolServerSections (repeated runs)', () => {
  it('adds windows, counters and scrapes, and recomputes CPU per request over all windows', () => {
    const pooled = poolServerSections(
      [section(target([0, 1], 0.1, 100)), section(target([10, 11], 0.3, 100, { failures: 1 }))],
      1,
    );
    const t = pooled?.targets[0];
    expect(t?.windows.map((w) => w.start)).toEqual([0, 1, 10, 11]);
    expect(t?.efficiency.cpuSecondsPerRequest).toBeCloseTo(0.002, 12);
    expect(t?.counters.process_cpu_seconds_total).toBeCloseTo(0.8, 12);
    expect(t?.scrapes).toBe(6);
    expect(t?.failures).toBe(1);
    expect(t?.gauges.go_goroutines).toEqual({ mean: 10, max: 12, first: 9, last: 11 });
  });
  it('averages the GC share and a gauge mean over the runs, and keeps the largest memory growth and goroutine count', () => {
    const run = (gcTimeShare: number, memoryGrowthBytes: number, goroutinesMax: number, mean: number) =>
      section(
        target([0], 0.1, 100, {
          efficiency: { gcTimeShare, memoryGrowthBytes, goroutinesMax },
          gauges: { go_goroutines: { mean, max: goroutinesMax, first: mean, last: mean } },
        }),
      );
    const t = poolServerSections([run(0.1, 500, 20, 10), run(0.4, 900, 12, 16), run(0.1, 100, 15, 13)], 1)
      ?.targets[0];
    expect(t?.efficiency.gcTimeShare).toBeCloseTo(0.2, 12);
    expect(t?.efficiency.memoryGrowthBytes).toBe(900);
    expect(t?.efficiency.goroutinesMax).toBe(20);
    expect(t?.gauges.go_goroutines).toEqual({ mean: 13, max: 20, first: 10, last: 13 });
  });
  it('is nothing without server sections, and one run unchanged', () => {
    expect(poolServerSections([undefined, undefined], 1)).toBeUndefined();
    expect(
      poolServerSections([section(target([0], 0.1, 100))], 1)?.targets[0]?.efficiency.cpuSecondsPerRequest,
    ).toBe(0.001);
  });
});

describe('mergeShardServers (concurrent shards)', () => {
  it('counts the service CPU once against the requests of every shard', () => {
    const merged = mergeShardServers(
      [section(target([0, 1], 0.1, 100)), section(target([0, 1], 0.1, 100))],
      [
        { start: 0, requests: 200, failed: 0, trends: {}, rates: {} },
        { start: 1, requests: 200, failed: 0, trends: {}, rates: {} },
      ],
      1,
    );
    expect(merged?.targets).toHaveLength(1);
    expect(merged?.targets[0]?.windows.map((w) => w.requests)).toEqual([200, 200]);
    expect(merged?.targets[0]?.efficiency.cpuSecondsPerRequest).toBeCloseTo(0.0005, 12);
    expect(mergeShardServers([undefined], [], 1)).toBeUndefined();
  });
});

const route = (path: string) => ({
  metric: 'http_request_duration_seconds',
  route: { path },
  buckets: [[null, 1]] as Array<[number | null, number]>,
  count: 1,
  sum: 0.1,
  quantiles: {},
  resolution: {},
});

describe('poolServerSections: what each field of repeated runs keeps', () => {
  it("keeps the newest run's route histograms; a run without routes leaves them", () => {
    const pooled = poolServerSections(
      [
        section(target([0], 0.1, 100, { routes: [route('/a')] })),
        section(target([1], 0.1, 100, { routes: [route('/b')] })),
        section(target([2], 0.1, 100, { routes: [] })),
      ],
      1,
    );
    expect(pooled?.targets[0]?.routes.map((r) => r.route.path)).toEqual(['/b']);
  });

  it("keeps the newest failure's message; a later run without failures leaves it", () => {
    const pooled = poolServerSections(
      [
        section(target([0], 0.1, 100, { failures: 1, lastError: 'first' })),
        section(target([1], 0.1, 100, { failures: 2, lastError: 'second' })),
        section(target([2], 0.1, 100)),
      ],
      1,
    );
    expect(pooled?.targets[0]?.lastError).toBe('second');
    expect(pooled?.targets[0]?.failures).toBe(3);
  });

  it('keeps targets apart by URL, each pooled over the runs that scraped it', () => {
    const pooled = poolServerSections(
      [
        section(target([0], 0.1, 100), target([0], 0.2, 100, { target: 'u' })),
        section(target([1], 0.3, 100)),
      ],
      1,
    );
    expect(pooled?.targets.map((t) => [t.target, t.windows.length])).toEqual([
      ['t', 2],
      ['u', 1],
    ]);
  });

  it('orders the pooled windows by start whatever the order of the runs', () => {
    const pooled = poolServerSections(
      [section(target([10, 11], 0.1, 100)), section(target([0, 1], 0.1, 100))],
      1,
    );
    expect(pooled?.targets[0]?.windows.map((w) => w.start)).toEqual([0, 1, 10, 11]);
  });

  it('recomputes CPU per request when only some windows have the CPU counter (a failed scrape)', () => {
    const t = target([0, 1], 0.2, 100);
    t.windows[1]!.counters = {};
    // 0.2 s of CPU over the 200 requests of both windows.
    expect(poolServerSections([section(t)], 1)?.targets[0]?.efficiency.cpuSecondsPerRequest).toBeCloseTo(
      0.001,
      12,
    );
  });

  it('recomputes cores used as CPU seconds over the wall seconds of all windows', () => {
    // 2 windows of 0.1 s CPU and 2 of 0.3 s, each window 2 s long: 0.8 / 8 = 0.1 core.
    const pooled = poolServerSections(
      [section(target([0, 2], 0.1, 100)), section(target([4, 6], 0.3, 100))],
      2,
    );
    expect(pooled?.targets[0]?.efficiency.coresUsed).toBeCloseTo(0.1, 12);
  });

  it('leaves the efficiency figures as they were when no window has a CPU counter, or no window a request', () => {
    const noCpu = target([0], 0, 100, {
      windows: [{ start: 0, requests: 100, counters: {} }],
      efficiency: { cpuSecondsPerRequest: 0.5, coresUsed: 0.25 },
    });
    expect(poolServerSections([section(noCpu)], 1)?.targets[0]?.efficiency).toEqual({
      cpuSecondsPerRequest: 0.5,
      coresUsed: 0.25,
    });
    const noRequests = target([0], 0.1, 0, { efficiency: { cpuSecondsPerRequest: 0.5 } });
    const e = poolServerSections([section(noRequests)], 1)?.targets[0]?.efficiency;
    expect(e?.cpuSecondsPerRequest).toBe(0.5);
    expect(e?.coresUsed).toBeCloseTo(0.1, 12);
    const noWindows = target([], 0.1, 100, { efficiency: { coresUsed: 0.25 } });
    expect(poolServerSections([section(noWindows)], 1)?.targets[0]?.efficiency).toEqual({ coresUsed: 0.25 });
  });

  it('keeps the largest memory growth even when every run shrank, and the largest event-loop lag', () => {
    const run = (efficiency: ServerTargetSummary['efficiency']) =>
      section(target([0], 0.1, 100, { efficiency }));
    const t = poolServerSections(
      [
        run({ memoryGrowthBytes: -500, eventLoopLagMaxSeconds: 0.2 }),
        run({ memoryGrowthBytes: -100, eventLoopLagMaxSeconds: 0.05 }),
      ],
      1,
    )?.targets[0];
    expect(t?.efficiency.memoryGrowthBytes).toBe(-100);
    expect(t?.efficiency.eventLoopLagMaxSeconds).toBe(0.2);
  });

  it("takes a figure or gauge first seen in a later run as that run's", () => {
    const t = poolServerSections(
      [
        section(target([0], 0.1, 100, { efficiency: {}, gauges: {} })),
        section(
          target([1], 0.1, 100, {
            efficiency: {
              gcTimeShare: 0.3,
              goroutinesMax: 7,
              eventLoopLagMaxSeconds: 0.01,
              memoryGrowthBytes: -200,
            },
            gauges: { heap: { mean: 5, max: 6, first: 4, last: 6 } },
          }),
        ),
      ],
      1,
    )?.targets[0];
    expect(t?.efficiency.gcTimeShare).toBeCloseTo(0.3, 12);
    expect(t?.efficiency.goroutinesMax).toBe(7);
    expect(t?.efficiency.memoryGrowthBytes).toBe(-200);
    expect(t?.efficiency.eventLoopLagMaxSeconds).toBe(0.01);
    expect(t?.gauges.heap).toEqual({ mean: 5, max: 6, first: 4, last: 6 });
  });
});

describe('mergeShardServers: which shard speaks for a target', () => {
  const windows = (starts: number[], requests: number) =>
    starts.map((start) => ({ start, requests, failed: 0, trends: {}, rates: {} }));

  it('takes the target from the shard with the most windows, whatever the order', () => {
    const few = target([0], 0.5, 100);
    const many = target([0, 1, 2], 0.1, 100);
    for (const order of [
      [few, many],
      [many, few],
    ]) {
      const merged = mergeShardServers(
        order.map((t) => section(t)),
        windows([0, 1, 2], 300),
        1,
      );
      expect(merged?.targets[0]?.windows.map((w) => [w.start, w.requests])).toEqual([
        [0, 300],
        [1, 300],
        [2, 300],
      ]);
      expect(merged?.targets[0]?.efficiency.cpuSecondsPerRequest).toBeCloseTo(0.1 / 300, 12);
    }
  });

  it('keeps the first shard of those with equally many windows', () => {
    const merged = mergeShardServers(
      [section(target([0, 1], 0.1, 100)), section(target([0, 1], 0.3, 100))],
      windows([0, 1], 200),
      1,
    );
    expect(merged?.targets[0]?.efficiency.cpuSecondsPerRequest).toBeCloseTo(0.0005, 12);
  });

  it("keeps only the windows whose start the merged client has, with the client's requests", () => {
    const merged = mergeShardServers([section(target([0, 1, 2], 0.1, 100))], windows([0, 2], 400), 1);
    expect(merged?.targets[0]?.windows.map((w) => [w.start, w.requests])).toEqual([
      [0, 400],
      [2, 400],
    ]);
    expect(merged?.targets[0]?.efficiency.coresUsed).toBeCloseTo(0.1, 12);
    expect(merged?.schemaVersion).toBe(1);
  });
});
