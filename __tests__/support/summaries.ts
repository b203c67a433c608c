import { Histogram } from '../../src/domain/histogram.js';
import { RUN_SUMMARY_SCHEMA_VERSION, type RunSummary } from '../../src/domain/run-summary.js';
import type { ServerTargetSummary } from '../../src/domain/server-summary.js';

/** A scraped target: 20 one-second windows of 100 requests costing `cpuPer100` CPU seconds each (±2%). */
export const scrapedTarget = (cpuPer100: number, name: string): ServerTargetSummary => ({
  target: name,
  source: 'scrape',
  intervalSeconds: 1,
  scrapes: 21,
  failures: 0,
  windows: Array.from({ length: 20 }, (_, i) => ({
    start: i,
    requests: 100,
    counters: { process_cpu_seconds_total: cpuPer100 * (i % 2 ? 1.02 : 0.98) },
  })),
  counters: {},
  gauges: {},
  routes: [],
  efficiency: {},
});

/** A small, valid RunSummary starting at `start`, for tests that only need a well-formed one. */
export function summaryAt(start: string): RunSummary {
  const durations = Histogram.of([5, 6, 7, 8, 9, 10, 12, 15, 20, 40]).toJSON();
  const end = new Date(Date.parse(start) + 10_000).toISOString();
  return {
    schemaVersion: RUN_SUMMARY_SCHEMA_VERSION,
    producer: { name: 'perf-gate', version: '0.0.0-test' },
    k6: { version: 'v1.8.1' },
    run: { start, end, durationSeconds: 10, warmupSeconds: 0 },
    fingerprint: { scenarios: {}, hash: 'test' },
    windowSeconds: 5,
    metrics: {
      http_req_duration: { type: 'trend', contains: 'time' },
      http_req_failed: { type: 'rate', contains: 'default' },
      http_reqs: { type: 'counter', contains: 'default' },
    },
    series: [
      {
        key: {},
        trends: { http_req_duration: durations },
        failedTrends: {},
        rates: { http_req_failed: { passes: 0, total: 10 } },
        counters: { http_reqs: 10 },
        gauges: {},
        windows: [],
      },
    ],
    thresholds: [],
    ingest: {
      lines: 30,
      samples: 30,
      skippedLines: 0,
      excludedSetupTeardown: 0,
      excludedWarmup: 0,
      truncated: false,
      shards: 1,
    },
    warnings: [],
  };
}
