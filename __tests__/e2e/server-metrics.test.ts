/**
 * End to end: the bundled CLI runs the real pinned k6 against the demo service running in its own process (so its
 * process_cpu_seconds_total is the service's alone) and scrapes its prom-client /metrics while k6 runs. An
 * unchanged service passes; the same service burning ~70% more CPU per request, with its latency almost unchanged,
 * fails the gate on CPU seconds per request.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import type { Report } from '../../src/domain/report.js';
import type { RunSummary } from '../../src/domain/run-summary.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { serveDemo } from '../support/demo-process.js';
import { pinnedK6 } from '../support/k6.js';
import { TREND_FILE } from '../../src/io/trend-file.js';

describe('perf-gate run --server-metrics against the demo service (real k6)', () => {
  let bundle: string;
  let k6: string;
  let service: { child: ChildProcess; url: string };
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-server-'));
  const baselineDir = join(dir, 'baselines');
  const gate = (name: string, extra: string[] = []) =>
    cli(
      bundle,
      [
        'run',
        'examples/shop.js',
        '-e',
        `BASE_URL=${service.url}`,
        '-e',
        'DURATION=15s',
        '--baseline-dir',
        baselineDir,
        '--server-metrics',
        // Named (`name=url`): the name is kept on the stored target and pairs it across runs.
        `shop=${service.url}/metrics`,
        '--max-runs',
        '1',
        '--json',
        join(dir, `${name}.json`),
        ...extra,
      ],
      { K6_PATH: k6 },
    );
  const report = (name: string): Report =>
    JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Report;
  const cpuComparison = (r: Report) =>
    r.comparisons.find((c) => c.metric === 'server_cpu_seconds_per_request');

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
    service = await serveDemo(bundle);
    // A 50 ms median: the CPU added below (about 1 ms a request) then moves latency by a few percent only.
    await fetch(`${service.url}/__knobs`, {
      method: 'POST',
      body: JSON.stringify({ medianMs: 50, p99Ms: 150 }),
    });
    // Warm the service's JIT up first, so the first run's CPU per request is not inflated by compilation.
    for (let i = 0; i < 400; i++) await (await fetch(`${service.url}/products`)).text();
  });
  afterAll(() => {
    service?.child.kill('SIGTERM');
  });

  it('exits 2 with one line for a server-metrics value that is not an http(s) URL, before k6 runs', async () => {
    const r = await cli(
      bundle,
      ['run', 'examples/shop.js', '--baseline-dir', baselineDir, '--server-metrics', 'ftp://x/metrics'],
      { K6_PATH: k6 },
    );
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^error: --server-metrics "ftp:\/\/x\/metrics" is not an http\(s\) URL/),
    ]);
  });

  it('says a metrics URL that never answers once in the log (issue 23: it was printed three times)', async () => {
    const r = await cli(
      bundle,
      [
        'run',
        'examples/shop.js',
        '-e',
        `BASE_URL=${service.url}`,
        '-e',
        'DURATION=3s',
        '--baseline-dir',
        join(dir, 'unreachable'),
        '--read-only',
        '--max-runs',
        '1',
        // Port 1 on the loopback refuses at once: every scrape fails.
        '--server-metrics',
        'http://127.0.0.1:1/metrics',
      ],
      { K6_PATH: k6 },
    );
    const said = (text: string) => text.split('no scrape answered').length - 1;
    expect(said(r.stderr), r.stderr).toBe(1);
    // The terminal's report lists it once more, as the report's own warning.
    expect(said(r.stdout), r.stdout).toBeLessThanOrEqual(1);
  }, 60_000);

  it('stores the server section in the baseline, passes an unchanged service, fails +70% CPU per request', async () => {
    const first = await gate('first');
    expect(first.code, first.stderr).toBe(0);
    const stored = readdirSync(join(baselineDir, 'default')).filter(
      (f) => f.endsWith('.json') && f !== TREND_FILE,
    );
    expect(stored).toHaveLength(1);
    const baseline = JSON.parse(
      readFileSync(join(baselineDir, 'default', stored[0] as string), 'utf8'),
    ) as RunSummary;
    const target = baseline.server?.targets[0];
    expect(target?.target).toBe(`${service.url}/metrics`);
    expect(target?.name).toBe('shop');
    expect(target?.failures).toBe(0);
    expect(target?.windows.length).toBeGreaterThan(5);
    const cpu = target?.efficiency.cpuSecondsPerRequest as number;
    expect(cpu).toBeGreaterThan(0);
    expect(target?.routes.map((r) => r.route.route).sort()).toEqual(
      expect.arrayContaining(['orders', 'product', 'products']),
    );

    const unchanged = await gate('unchanged');
    expect(unchanged.code, unchanged.stdout + unchanged.stderr).toBe(0);
    const same = cpuComparison(report('unchanged'));
    expect(same?.gated).toBe(true);
    expect(same?.verdict).not.toBe('regression');

    // About 70% more CPU per request. The busy loop counts the whole process's CPU (GC and libuv threads too), so
    // it adds somewhat less than it is asked; the growth asserted below is the measured one.
    const knobs = await fetch(`${service.url}/__knobs`, {
      method: 'POST',
      body: JSON.stringify({ cpuWorkMs: cpu * 1000 }),
    });
    expect(knobs.status).toBe(200);
    const heavier = await gate('heavier', ['--read-only']);
    const r = report('heavier');
    const c = cpuComparison(r);
    expect(c?.verdict).toBe('regression');
    expect(c?.ratio).toBeGreaterThan(1.5);
    expect(heavier.code, heavier.stdout).toBe(1);
    expect(r.verdict).toBe('fail');
    expect(r.reason).toContain('server_cpu_seconds_per_request');
    // The report with its saturation panel is valid against the public schema.
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(reportSchema);
    expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    expect(r.saturation?.firstSaturated).toMatch(/^application CPU/);
    expect(r.saturation?.targets[0]?.cpuPerRequestMs).toBeGreaterThan(0);
    expect(heavier.stdout).toContain('saturation (server-side):');
    const p50 = r.comparisons.find(
      (x) => x.metric === 'http_req_duration' && x.stat === 'p50' && Object.keys(x.series).length === 0,
    );
    expect(p50?.ratio).toBeLessThan(1.05);
  }, 120_000);
});
