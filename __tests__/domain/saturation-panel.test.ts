/**
 * The saturation panel's figures: what each scraped target spent, in the units the renderers show (ms, bytes), its
 * routes busiest first beside the baseline's p95, and k6's own CPU share. (render/saturation.test.ts holds the
 * triage order and the rendering.)
 */
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/domain/run-summary.js';
import { GC_SATURATED_SHARE, saturationPanel } from '../../src/domain/saturation-panel.js';
import type { ServerRouteHistogram, ServerTargetSummary } from '../../src/domain/server-summary.js';

const route = (r: Record<string, string>, count: number, p95: number): ServerRouteHistogram => ({
  metric: 'http_server_duration_seconds',
  route: r,
  buckets: [],
  count,
  sum: 0,
  quantiles: { p50: p95 / 2, p95 },
  resolution: { p95: 0.005 },
});
const target = (over: Partial<ServerTargetSummary> = {}): ServerTargetSummary => ({
  target: 'http://127.0.0.1:8080/metrics',
  source: 'scrape',
  intervalSeconds: 1,
  scrapes: 20,
  failures: 1,
  windows: [],
  counters: {},
  gauges: {},
  routes: [],
  efficiency: {},
  ...over,
});
const run = (targets: ServerTargetSummary[], generator?: RunSummary['generator']): RunSummary =>
  ({ server: { schemaVersion: 1, targets }, ...(generator ? { generator } : {}) }) as unknown as RunSummary;
const none = { cpuRegressed: false, diverged: false };

describe('saturationPanel', () => {
  it("gives a target's spending in ms and bytes, with the baseline's CPU per request from the newest run that has it", () => {
    const candidate = target({
      gauges: { process_resident_memory_bytes: { mean: 1, max: 3, first: 1, last: 2e6 } },
      efficiency: {
        cpuSecondsPerRequest: 0.002,
        coresUsed: 0.5,
        memoryGrowthBytes: 1000,
        gcTimeShare: 0.01,
        goroutinesMax: 40,
        eventLoopLagMaxSeconds: 0.03,
      },
    });
    const older = target({ efficiency: { cpuSecondsPerRequest: 0.004 } });
    const newest = target({ efficiency: { cpuSecondsPerRequest: 0.001 } });
    const other = target({ target: 'http://other/metrics', efficiency: { cpuSecondsPerRequest: 9 } });
    const panel = saturationPanel(run([candidate]), [run([other]), run([newest]), run([older])], none);
    expect(panel).toEqual({
      targets: [
        {
          target: 'http://127.0.0.1:8080/metrics',
          scrapes: 20,
          failures: 1,
          cpuPerRequestMs: 2,
          baselineCpuPerRequestMs: 1,
          coresUsed: 0.5,
          rssBytes: 2e6,
          memoryGrowthBytes: 1000,
          gcTimeShare: 0.01,
          goroutinesMax: 40,
          eventLoopLagMaxMs: 30,
          routes: [],
        },
      ],
    });
  });

  it("lists routes busiest first, labelled k=v, beside the same route's baseline p95 (label order aside)", () => {
    const candidate = target({
      routes: [
        route({ method: 'GET', route: '/a' }, 10, 0.02),
        route({ method: 'POST', route: '/b' }, 30, 0.1),
      ],
    });
    const baseline = target({ routes: [route({ route: '/b', method: 'POST' }, 25, 0.08)] });
    const routes = saturationPanel(run([candidate]), [run([baseline])], none)?.targets[0]?.routes;
    expect(routes).toEqual([
      { route: 'method=POST route=/b', count: 30, p50: 50, p95: 100, resolutionP95: 5, baselineP95: 80 },
      { route: 'method=GET route=/a', count: 10, p50: 10, p95: 20, resolutionP95: 5 },
    ]);
  });

  it("gives k6's CPU share over the CPUs it was allowed, and its run-queue wait, when it measured any time", () => {
    const share = (g: RunSummary['generator']) => saturationPanel(run([], g), [], none)?.generator;
    expect(share({ cpuSeconds: 6, wallSeconds: 10, cpusAllowed: 2, runQueueWaitShare: 0.1 })).toEqual({
      cpuShare: 0.3,
      cpusAllowed: 2,
      runQueueWaitShare: 0.1,
    });
    expect(share({ cpuSeconds: 6, wallSeconds: 10 })).toEqual({ cpuShare: 0.6 });
    expect(share({ cpuSeconds: 0, wallSeconds: 0 })).toBeUndefined();
  });

  it('names GC from a tenth of the time collecting, and then the network when only the client saw latency', () => {
    const gc = (share: number) => target({ efficiency: { gcTimeShare: share } });
    expect(saturationPanel(run([gc(GC_SATURATED_SHARE)]), [], none)?.firstSaturated).toMatch(
      /^GC: pauses took 10%/,
    );
    expect(saturationPanel(run([gc(0.099)]), [], none)?.firstSaturated).toBeUndefined();
    expect(saturationPanel(run([gc(0.099)]), [], { ...none, diverged: true })?.firstSaturated).toBe(
      'network or load generator: the client saw latency the server did not',
    );
  });

  it('names the database from any wait for a pooled connection, database/sql or OpenTelemetry', () => {
    for (const counter of ['go_sql_wait_count_total', 'db_client_connections_wait_count_total'])
      expect(saturationPanel(run([target({ counters: { [counter]: 1 } })]), [], none)?.firstSaturated).toBe(
        'database: requests waited for a pooled connection',
      );
  });
});
