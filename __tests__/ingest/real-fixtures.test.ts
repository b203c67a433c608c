/**
 * Ingestion of real captured k6 output (capture.sh: one k6 v1.8.1 run written at once as JSON and CSV, plus its
 * --summary-export). Table-driven over both formats.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Histogram } from '../../src/domain/histogram.js';
import type { RunSummary, SeriesSummary } from '../../src/domain/run-summary.js';
import { applyEndOfTestSummary } from '../../src/ingest/index.js';
import { summarizeK6Output } from '../../src/io/k6-output.js';
import { ROOT } from '../support/k6.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'k6');
const exported = JSON.parse(readFileSync(join(FIXTURES, 'shop-v1.8.1.summary-export.json'), 'utf8'));
const series = (s: RunSummary, key: Record<string, string>) =>
  s.series.find((x) => JSON.stringify(x.key) === JSON.stringify(key)) as SeriesSummary;
/** All of a series' request durations, successful and failed, as k6's own summary counts them. */
const allDurations = (s: SeriesSummary) => {
  const h = Histogram.fromJSON(s.trends.http_req_duration!);
  if (s.failedTrends.http_req_duration) h.merge(Histogram.fromJSON(s.failedTrends.http_req_duration));
  return h;
};

describe.each([
  ['JSON (gzipped)', 'shop-v1.8.1.json.gz'],
  ['CSV (gzipped)', 'shop-v1.8.1.csv.gz'],
])('a real k6 v1.8.1 run as %s', (_format, file) => {
  const summary = summarizeK6Output(join(FIXTURES, file));

  it('keeps all traffic, both scenarios and each request name as series', async () => {
    const s = await summary;
    expect(s.series.map((x) => x.key)).toEqual([
      {},
      { scenario: 'browse' },
      { scenario: 'buy' },
      { name: 'POST /orders' },
      { name: 'GET /products' },
    ]);
    expect(s.series[0]!.counters.http_reqs).toBe(exported.metrics.http_reqs.count - 2); // minus setup and teardown
  });

  it('leaves setup() and teardown() out', async () => {
    const s = await summary;
    expect(s.ingest.excludedSetupTeardown).toBeGreaterThan(0);
    expect(s.series.some((x) => /health/.test(x.key.name ?? ''))).toBe(false);
  });

  it('keeps failed requests apart, counted exactly like http_req_failed', async () => {
    const all = series(await summary, {});
    const { passes, fails } = exported.metrics.http_req_failed;
    // k6's own count includes the setup() and teardown() requests (both succeeded), which perf-gate leaves out.
    expect(all.rates.http_req_failed).toEqual({ passes, total: passes + fails - 2 });
    expect(all.failedTrends.http_req_duration!.count).toBe(all.rates.http_req_failed!.passes);
    expect(all.trends.http_req_duration!.count + all.failedTrends.http_req_duration!.count).toBe(
      all.counters.http_reqs,
    );
  });

  it("matches k6's exact percentiles within the stated 0.2% (GET /products, no setup traffic in it)", async () => {
    const h = allDurations(series(await summary, { name: 'GET /products' }));
    const k6 = exported.metrics['http_req_duration{name:GET /products}'];
    for (const [p, key] of [
      [0.5, 'med'],
      [0.9, 'p(90)'],
      [0.95, 'p(95)'],
      [0.99, 'p(99)'],
    ] as const) {
      expect(Math.abs(h.quantile(p) - k6[key]) / k6[key]).toBeLessThanOrEqual(0.002 + 1e-9);
    }
  });

  it('breaks the run into windows aligned to absolute time that add up to the whole', async () => {
    const s = await summary;
    const all = s.series[0]!;
    expect(all.windows.every((w) => w.start % s.windowSeconds === 0)).toBe(true);
    expect(all.windows.reduce((n, w) => n + w.requests, 0)).toBe(all.counters.http_reqs);
    expect(all.windows.reduce((n, w) => n + (w.trends.http_req_duration?.count ?? 0), 0)).toBe(
      all.trends.http_req_duration!.count,
    );
  });
});

describe("k6's threshold outcomes", () => {
  it('reads --summary-export, whose booleans are inverted (true = failed)', async () => {
    const s = applyEndOfTestSummary(await summarizeK6Output(join(FIXTURES, 'shop-v1.8.1.json.gz')), exported);
    expect(s.thresholds).toEqual([
      { metric: 'http_req_duration{name:GET /products}', expression: 'p(95)<1000', ok: true },
      { metric: 'http_req_failed', expression: 'rate<0.5', ok: true },
      { metric: 'order_errors', expression: 'rate<0.01', ok: false },
    ]);
  });
  it('reads the handleSummary layout ({ok: boolean})', async () => {
    const s = applyEndOfTestSummary(await summarizeK6Output(join(FIXTURES, 'shop-v1.8.1.json.gz')), {
      metrics: { checks: { thresholds: { 'rate>0.99': { ok: false } } } },
    });
    expect(s.thresholds).toEqual([{ metric: 'checks', expression: 'rate>0.99', ok: false }]);
  });
});

describe('custom metrics', () => {
  it('handles custom metrics of every type like built-ins (JSON declares their types)', async () => {
    const buy = series(await summarizeK6Output(join(FIXTURES, 'shop-v1.8.1.json.gz')), { scenario: 'buy' });
    expect(buy.trends.order_duration!.count).toBe(
      exported.metrics.orders_placed.count + exported.metrics.order_errors.passes,
    );
    expect(buy.rates.order_errors).toEqual({
      passes: exported.metrics.order_errors.passes,
      total: exported.metrics.order_errors.passes + exported.metrics.order_errors.fails,
    });
    expect(buy.counters.orders_placed).toBe(exported.metrics.orders_placed.count);
    expect(buy.gauges.cart_size).toBe(3);
  });
});

describe('CSV input', () => {
  it('declares no metric types, so custom metrics are read as Trends (documented; use JSON for custom Rates)', async () => {
    const s = await summarizeK6Output(join(FIXTURES, 'shop-v1.8.1.csv.gz'));
    expect(s.metrics.order_duration).toEqual({ type: 'trend', contains: 'default' });
    expect(s.metrics.order_errors?.type).toBe('trend');
    expect(s.metrics.http_req_failed?.type).toBe('rate'); // built-ins are known by name
  });
});
