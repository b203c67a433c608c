import { describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/io/logger.js';
import type { RunSummary } from '../../src/domain/run-summary.js';
import { MAX_SERIES_PER_TARGET, ServerScrapes } from '../../src/ingest/server-scrapes.js';
import { withServerSection } from '../../src/pipeline/server-section.js';

/** An exposition with `n` label sets of one counter, listed before the process CPU counter. */
const wide = (n: number, t: number): string =>
  [
    '# TYPE app_events_total counter',
    ...Array.from({ length: n }, (_, i) => `app_events_total{kind="k${i}"} ${t * i}`),
    '# TYPE process_cpu_seconds_total counter',
    `process_cpu_seconds_total ${t / 100}`,
    '# TYPE process_resident_memory_bytes gauge',
    `process_resident_memory_bytes ${1e6 + t}`,
  ].join('\n');

const windows = [0, 1, 2, 3].map((start) => ({ start, requests: 10, failed: 0, trends: {}, rates: {} }));
const summary = (): RunSummary =>
  ({ windowSeconds: 1, series: [{ key: {}, windows }], warnings: [] }) as unknown as RunSummary;

describe('ServerScrapes: bounded by series, whatever the exposition holds', () => {
  it('keeps at most MAX_SERIES_PER_TARGET series, still keeps the process figures, and warns', () => {
    const scrapes = new ServerScrapes('http://svc/metrics', 'scrape', 1);
    for (let t = 0; t <= 4; t++) scrapes.addText(t, wide(MAX_SERIES_PER_TARGET + 500, t));
    expect(scrapes.counters.get('app_events_total')?.size).toBeLessThanOrEqual(MAX_SERIES_PER_TARGET);
    expect(scrapes.seriesCapped).toBe(true);

    const logger = new MemoryLogger();
    const out = withServerSection(summary(), [scrapes], logger);
    const target = out.server?.targets[0];
    expect(target?.efficiency.cpuSecondsPerRequest).toBeCloseTo(0.01 / 10, 12);
    expect(target?.gauges.process_resident_memory_bytes?.max).toBe(1e6 + 4);
    expect(out.warnings).toEqual([
      `server metrics http://svc/metrics: more than ${MAX_SERIES_PER_TARGET} series; only the first ${MAX_SERIES_PER_TARGET} (and the process CPU, memory and GC figures) were kept`,
    ]);
  });

  it('keeps every series of a normal exposition, without a warning', () => {
    const scrapes = new ServerScrapes('t', 'scrape', 1);
    for (let t = 0; t <= 4; t++) scrapes.addText(t, wide(50, t));
    expect(scrapes.counters.get('app_events_total')?.size).toBe(50);
    expect(scrapes.seriesCapped).toBe(false);
    expect(withServerSection(summary(), [scrapes], new MemoryLogger()).warnings).toEqual([]);
  });

  it('reads as counters the declared counters and the _total samples of untyped or undeclared families only', () => {
    const scrapes = new ServerScrapes('t', 'scrape', 1);
    scrapes.addText(
      0,
      [
        '# HELP helped_total declared without a type',
        'helped_total 1',
        'undeclared_total 1',
        '# HELP plain untyped, not _total',
        'plain 1',
        '# TYPE level_total gauge',
        'level_total 1',
        '# TYPE served counter',
        'served_total 1',
      ].join('\n'),
    );
    expect([...scrapes.counters.keys()].sort()).toEqual(['helped_total', 'served_total', 'undeclared_total']);
  });

  it('keeps every scrape of every label set of a counter, the first one included', () => {
    const scrapes = new ServerScrapes('t', 'scrape', 1);
    for (let t = 0; t <= 4; t++) scrapes.addText(t, wide(3, t));
    const series = [...scrapes.counters.get('app_events_total')!.values()];
    // Flat [t, value, t, value, ...]: five scrapes each, from t = 0.
    expect(series.map((points) => [points.length, points[0]])).toEqual([
      [10, 0],
      [10, 0],
      [10, 0],
    ]);
    expect(series[2]!.slice(0, 4)).toEqual([0, 0, 1, 2]);
  });

  it('reads scrapes that answer out of order in time order', () => {
    const inOrder = new ServerScrapes('t', 'scrape', 1);
    const shuffled = new ServerScrapes('t', 'scrape', 1);
    for (const t of [0, 1, 2, 3, 4]) inOrder.addText(t, wide(3, t));
    for (const t of [0, 2, 1, 4, 3]) shuffled.addText(t, wide(3, t));
    const a = withServerSection(summary(), [inOrder], new MemoryLogger()).server;
    const b = withServerSection(summary(), [shuffled], new MemoryLogger()).server;
    expect(b).toEqual(a);
  });
});

describe('ServerScrapes: bucket bounds as the format means them', () => {
  it('reads le="+Inf" as the last bucket, and a bound of 1e999 or NaN as no bucket', () => {
    const scrapes = new ServerScrapes('t', 'scrape', 1);
    scrapes.addText(
      0,
      [
        '# TYPE http_request_duration_seconds histogram',
        'http_request_duration_seconds_bucket{le="0.1"} 1',
        'http_request_duration_seconds_bucket{le="1e999"} 99',
        'http_request_duration_seconds_bucket{le="NaN"} 98',
        'http_request_duration_seconds_bucket{le="+Inf"} 2',
        'http_request_duration_seconds_count NaN',
      ].join('\n'),
    );
    const byLe = scrapes.histograms.get('http_request_duration_seconds')?.get('[]')?.byLe;
    expect([...(byLe?.entries() ?? [])]).toEqual([
      [0.1, [0, 1]],
      [Infinity, [0, 2]],
    ]);
    expect(scrapes.counters.get('http_request_duration_seconds_count')).toBeUndefined();
  });
});
