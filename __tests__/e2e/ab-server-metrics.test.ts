/**
 * End to end: same-machine A/B mode with both versions' Prometheus metrics scraped. Two demo services run in their
 * own processes (so each one's process_cpu_seconds_total is its own); the real pinned k6 runs the shop script
 * against them interleaved. The same service passes with CPU per request compared on the paired interval; a
 * candidate burning ~70% more CPU per request, its latency almost unchanged, fails the gate naming CPU per request.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { serveDemo } from '../support/demo-process.js';
import { pinnedK6 } from '../support/k6.js';

/** CPU seconds the service's process has spent, from its own /metrics. */
async function cpuSeconds(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const m = /^process_cpu_seconds_total\s+(\S+)/m.exec(text);
  if (!m) throw new Error(`no process_cpu_seconds_total at ${url}/metrics`);
  return Number(m[1]);
}

/** `n` GET /products, 20 at a time. */
async function requests(url: string, n: number): Promise<void> {
  for (let i = 0; i < n; i += 20)
    await Promise.all(Array.from({ length: 20 }, async () => (await fetch(`${url}/products`)).text()));
}

describe('perf-gate ab with baseline- and candidate-server-metrics (real k6, two demo processes)', () => {
  let bundle: string;
  let k6: string;
  const services: Array<{ child: ChildProcess; url: string }> = [];
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-ab-server-'));
  let cpuPerRequest = 0;

  const ab = (name: string, extra: string[] = []) =>
    cli(
      bundle,
      [
        'ab',
        'examples/shop.js',
        '-e',
        'DURATION=8s',
        '--pairs',
        '5',
        // Five pairs fixed (one look), as measured when the test was written; the sequence is tested in
        // __tests__/pipeline/ab-mode.test.ts.
        '--max-pairs',
        '5',
        '--baseline-target',
        services[0]!.url,
        '--candidate-target',
        services[1]!.url,
        '--baseline-server-metrics',
        `${services[0]!.url}/metrics`,
        '--candidate-server-metrics',
        `${services[1]!.url}/metrics`,
        '--json',
        join(dir, `${name}.json`),
        ...extra,
      ],
      { K6_PATH: k6 },
    );
  const cpuComparison = (name: string) => {
    const report = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Report;
    return { report, cpu: report.comparisons.find((c) => c.metric === 'server_cpu_seconds_per_request') };
  };

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
    services.push(await serveDemo(bundle), await serveDemo(bundle));
    for (const s of services) {
      // A 50 ms median: the CPU added below (about 1 ms a request) then moves latency by a few percent only.
      await fetch(`${s.url}/__knobs`, { method: 'POST', body: JSON.stringify({ medianMs: 50, p99Ms: 150 }) });
      // Warm the JIT up, and measure what a request costs the warm service (20 requests at a time).
      await requests(s.url, 400);
      const before = await cpuSeconds(s.url);
      await requests(s.url, 400);
      cpuPerRequest = Math.max(cpuPerRequest, ((await cpuSeconds(s.url)) - before) / 400);
    }
  }, 120_000);
  afterAll(() => {
    for (const s of services) s.child.kill('SIGTERM');
  });

  it('exits 2 with one line when the two lists do not pair up, before k6 runs', async () => {
    const r = await cli(
      bundle,
      [
        'ab',
        'examples/shop.js',
        '--baseline-target',
        services[0]!.url,
        '--candidate-target',
        services[1]!.url,
        '--baseline-server-metrics',
        `${services[0]!.url}/metrics`,
      ],
      { K6_PATH: k6 },
    );
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^error: A\/B mode pairs --baseline-server-metrics with --candidate-server-metrics line by line, but there are 1 baseline and 0 candidate URL\(s\)/,
      ),
    ]);
    expect(r.stdout).not.toMatch(/Pair 1/);
  });

  it('passes the same service on the paired CPU per request, and fails a candidate costing ~70% more', async () => {
    const same = await ab('same');
    expect(same.code, same.stdout + same.stderr).toBe(0);
    const unchanged = cpuComparison('same').cpu;
    expect(unchanged?.method).toMatch(/^paired t over 5 A\/B pairs/);
    expect(unchanged?.gated).toBe(true);
    expect(unchanged?.verdict).not.toBe('regression');
    // Each pair's CPU per request ratio is listed, and they are the ratios the paired interval is computed from:
    // with one look, the interval is centred on their geometric mean on the log scale.
    const centred = (name: string) => {
      const { report, cpu } = cpuComparison(name);
      const ratios = (report.ab?.perPair ?? []).map((r) => r.cpuPerRequest as number);
      expect(ratios).toHaveLength(5);
      const meanLog = ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length;
      const [lo, hi] = cpu!.interval!;
      expect(meanLog).toBeCloseTo((Math.log(lo) + Math.log(hi)) / 2, 9);
      return ratios;
    };
    expect(centred('same').every((r) => r > 0)).toBe(true);
    expect(same.stdout).toMatch(/\n {2}CPU per request: (\d\.\d{3} ){4}\d\.\d{3}\n/);

    const knobs = await fetch(`${services[1]!.url}/__knobs`, {
      method: 'POST',
      body: JSON.stringify({ cpuWorkMs: cpuPerRequest * 1000 }),
    });
    expect(knobs.status).toBe(200);
    const heavier = await ab('heavier');
    const { report, cpu } = cpuComparison('heavier');
    expect(cpu?.verdict, heavier.stdout).toBe('regression');
    expect(cpu?.ratio).toBeGreaterThan(1.4);
    centred('heavier');
    expect(heavier.code, heavier.stdout + heavier.stderr).toBe(1);
    expect(report.reason).toContain('server_cpu_seconds_per_request');
    // The panel compares the two versions: the baseline arm's CPU per request sits beside the candidate's.
    expect(report.saturation?.targets[0]?.target).toBe(`${services[1]!.url}/metrics`);
    expect(report.saturation?.targets[0]?.baselineCpuPerRequestMs).toBeGreaterThan(0);
  }, 360_000);
});
