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
