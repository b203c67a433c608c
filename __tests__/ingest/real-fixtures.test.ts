/**
 * Ingestion of real captured k6 output (capture.sh: one run of each k6 version written at once as JSON and CSV,
 * plus its --summary-export; k6 v1.8.1, and v2.2.0 built from grafana/k6's source at that tag). Table-driven over
 * both versions and both formats. k6 v2's JSON encoder differs from v1's (it sorts tag keys, does not escape
 * & < >, writes exponents as 1e-7 rather than 1e-07): the encoding fixtures check that both read the same.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Histogram } from '../../src/domain/histogram.js';
import type { RunSummary, SeriesSummary } from '../../src/domain/run-summary.js';
import { applyEndOfTestSummary, retypeCustomMetrics } from '../../src/ingest/index.js';
import { summarizeK6Output } from '../../src/io/k6-output.js';
import { summaryAt } from '../support/summaries.js';
import { ROOT } from '../support/k6.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'k6');
const VERSIONS = ['v1.8.1', 'v2.2.0'] as const;
const exportOf = (version: string, script = 'shop') =>
  JSON.parse(readFileSync(join(FIXTURES, `${script}-${version}.summary-export.json`), 'utf8'));
const series0Only = () => summaryAt('2026-01-01T00:00:00Z');
const series = (s: RunSummary, key: Record<string, string>) =>
  s.series.find((x) => JSON.stringify(x.key) === JSON.stringify(key)) as SeriesSummary;
/** All of a series' request durations, successful and failed, as k6's own summary counts them. */
const allDurations = (s: SeriesSummary) => {
  const h = Histogram.fromJSON(s.trends.http_req_duration!);
  if (s.failedTrends.http_req_duration) h.merge(Histogram.fromJSON(s.failedTrends.http_req_duration));
  return h;
};

describe.each(
  VERSIONS.flatMap((version) => [
    [version, 'JSON (gzipped)', `shop-${version}.json.gz`],
    [version, 'CSV (gzipped)', `shop-${version}.csv.gz`],
  ]),
)('a real k6 %s run as %s', (version, _format, file) => {
  const summary = summarizeK6Output(join(FIXTURES, file));
  const exported = exportOf(version);

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
  it.each(VERSIONS)(
    'reads the --summary-export of k6 %s, whose booleans are inverted (true = failed)',
    async (v) => {
      const s = applyEndOfTestSummary(
        await summarizeK6Output(join(FIXTURES, `shop-${v}.json.gz`)),
        exportOf(v),
      );
      expect(s.thresholds).toEqual([
        { metric: 'http_req_duration{name:GET /products}', expression: 'p(95)<1000', ok: true },
        { metric: 'http_req_failed', expression: 'rate<0.5', ok: true },
        { metric: 'order_errors', expression: 'rate<0.01', ok: false },
      ]);
    },
  );
  it('reads no outcomes from the new machine-readable layout (K6_NEW_MACHINE_READABLE_SUMMARY=true), and says so', async () => {
    const machineReadable = JSON.parse(
      readFileSync(join(FIXTURES, 'shop-v2.2.0.machine-readable-summary.json'), 'utf8'),
    );
    const before = await summarizeK6Output(join(FIXTURES, 'shop-v2.2.0.json.gz'));
    const s = applyEndOfTestSummary(before, machineReadable);
    expect(s.thresholds).toEqual([]);
    expect(s.warnings.at(-1)).toMatch(/machine-readable layout.*thresholds' outcomes are unknown/);
    expect(s.warnings.length).toBe(before.warnings.length + 1);
  });
  it('still refuses a file that is no k6 summary at all', async () => {
    const s = await summarizeK6Output(join(FIXTURES, 'shop-v2.2.0.json.gz'));
    expect(() => applyEndOfTestSummary(s, { results: 1 })).toThrow(/has no 'metrics'/);
  });
  it('reads the handleSummary layout ({ok: boolean})', async () => {
    const s = applyEndOfTestSummary(await summarizeK6Output(join(FIXTURES, 'shop-v1.8.1.json.gz')), {
      metrics: { checks: { thresholds: { 'rate>0.99': { ok: false } } } },
    });
    expect(s.thresholds).toEqual([{ metric: 'checks', expression: 'rate>0.99', ok: false }]);
  });
});

describe.each(VERSIONS)('custom metrics (k6 %s)', (version) => {
  const exported = exportOf(version);
  it('handles custom metrics of every type like built-ins (JSON declares their types)', async () => {
    const buy = series(await summarizeK6Output(join(FIXTURES, `shop-${version}.json.gz`)), {
      scenario: 'buy',
    });
    expect(buy.trends.order_duration!.count).toBe(
      exported.metrics.orders_placed.count + exported.metrics.order_errors.passes,
    );
    expect(buy.rates.order_errors).toEqual({
      passes: exported.metrics.order_errors.passes,
      total: exported.metrics.order_errors.passes + exported.metrics.order_errors.fails,
    });
    expect(buy.counters.orders_placed).toBe(exported.metrics.orders_placed.count);
    expect(buy.gauges.cart_size).toBe(exported.metrics.cart_size.max); // perf-gate keeps a gauge's maximum
  });
});

describe.each(VERSIONS)('CSV input (k6 %s)', (version) => {
  it('declares no metric types, so custom metrics are read as Trends until the summary export names them', async () => {
    const s = await summarizeK6Output(join(FIXTURES, `shop-${version}.csv.gz`));
    expect(s.metrics.order_duration).toEqual({ type: 'trend', contains: 'default' });
    expect(s.metrics.order_errors?.type).toBe('trend');
    expect(s.metrics.http_req_failed?.type).toBe('rate'); // built-ins are known by name
  });

  it("with k6's summary export, custom Rates, Counters and Gauges become what the same run's JSON gives", async () => {
    const csv = retypeCustomMetrics(
      await summarizeK6Output(join(FIXTURES, `shop-${version}.csv.gz`)),
      exportOf(version),
    );
    const json = await summarizeK6Output(join(FIXTURES, `shop-${version}.json.gz`));
    for (const m of ['order_errors', 'orders_placed', 'cart_size'])
      expect(csv.metrics[m]).toEqual(json.metrics[m]);
    expect(csv.metrics.order_duration).toEqual({ type: 'trend', contains: 'default' }); // the export has no unit
    for (const key of [{}, { scenario: 'buy' }] as Array<Record<string, string>>) {
      const a = series(csv, key);
      const b = series(json, key);
      expect(a.rates).toEqual(b.rates);
      expect(a.counters).toEqual(b.counters);
      expect(a.gauges).toEqual(b.gauges);
      expect(Object.keys(a.trends).sort()).toEqual(Object.keys(b.trends).sort());
      expect(a.windows.map((w) => [w.start, w.rates, Object.keys(w.trends).sort()])).toEqual(
        b.windows.map((w) => [w.start, w.rates, Object.keys(w.trends).sort()]),
      );
    }
    expect(series(csv, { scenario: 'buy' }).rates.order_errors!.passes).toBe(
      exportOf(version).metrics.order_errors.passes,
    );
  });

  it('reads the types handleSummary names, units included', () => {
    const s = retypeCustomMetrics(
      {
        ...series0Only(),
        metrics: { order_duration: { type: 'trend', contains: 'default' } },
      },
      { metrics: { order_duration: { type: 'trend', contains: 'time', values: {} } } },
    );
    expect(s.metrics.order_duration).toEqual({ type: 'trend', contains: 'time' });
  });
});

describe("k6 v1's and v2's JSON encodings of the same run read the same", () => {
  const raw = (v: string) =>
    gunzipSync(readFileSync(join(FIXTURES, `encoding-${v}.json.gz`)))
      .toString('utf8')
      .split('\n')
      .filter((l) => l.includes('"Point"'));
  const NAME = 'GET /products?a=1&b=<2>';

  it('the fixtures do differ as described: escapes of & < > and exponent digits', () => {
    const v1 = raw('v1.8.1');
    const v2 = raw('v2.2.0');
    expect(v1.some((l) => l.includes('\\u0026b=\\u003c2\\u003e'))).toBe(true);
    expect(v2.some((l) => l.includes(`"name":"${NAME}"`))).toBe(true);
    expect(v1.some((l) => l.includes('"value":1e-07,'))).toBe(true);
    expect(v2.some((l) => l.includes('"value":1e-7,'))).toBe(true);
  });

  it.each(VERSIONS)('k6 %s: one series for the name with & < >, every value read exactly', async (v) => {
    const s = await summarizeK6Output(join(FIXTURES, `encoding-${v}.json.gz`));
    const k6 = exportOf(v, 'encoding');
    expect(s.ingest.skippedLines).toBe(0);
    expect(s.series.map((x) => x.key)).toEqual([{}, { name: NAME }]);
    expect(series(s, { name: NAME }).counters.http_reqs).toBe(k6.metrics.http_reqs.count);
    const sizes = Histogram.fromJSON(s.series[0]!.trends.odd_sizes!);
    expect(sizes.count).toBe(60);
    expect(sizes.min).toBe(k6.metrics.odd_sizes.min);
    expect(sizes.max).toBe(k6.metrics.odd_sizes.max);
  });
});

describe('retypeCustomMetrics on summary entries it cannot read', () => {
  it('keeps a custom Trend a Trend when its export entry names no known type or fields', () => {
    const trend = { type: 'trend', contains: 'default' } as const;
    for (const entry of [{ something: 1 }, { value: 1 }, { passes: 1 }, null, 'x', { type: 'histogram' }]) {
      const s = retypeCustomMetrics(
        { ...series0Only(), metrics: { weird: trend } },
        { metrics: { weird: entry } },
      );
      expect(s.metrics.weird, JSON.stringify(entry)).toEqual(trend);
    }
  });
});
