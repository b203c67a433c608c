/**
 * End to end with a real Prometheus server (Debian's `prometheus`, installed by scripts/test-all.sh): it scrapes
 * the demo service every second while `perf-gate run` both scrapes the service directly and, in PromQL mode, asks
 * the server's query_range API afterwards. Both must give the same CPU seconds per request within 5%. The run is
 * 30 s: the two read the counter at different instants (every 2 s; every 1 s a step that lags the server's scrape),
 * which moves a share of a second's CPU at each end of the span. Over 15 s that reached 6.2% once in CI.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/domain/run-summary.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { serveDemo } from '../support/demo-process.js';
import { pinnedK6 } from '../support/k6.js';
import { TREND_FILE } from '../../src/io/trend-file.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, ms: number, ok: (body: string) => boolean = () => true): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok && ok(await response.text())) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} was not ready within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('PromQL mode against a real Prometheus server', () => {
  let bundle: string;
  let k6: string;
  let service: { child: ChildProcess; url: string };
  let prometheus: ChildProcess | undefined;
  let prometheusUrl: string;
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-promql-'));

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
    service = await serveDemo(bundle);
    const port = await freePort();
    prometheusUrl = `http://127.0.0.1:${port}`;
    const config = join(dir, 'prometheus.yml');
    writeFileSync(
      config,
      [
        'global:',
        '  scrape_interval: 1s',
        'scrape_configs:',
        '  - job_name: demo',
        '    static_configs:',
        `      - targets: ['${new URL(service.url).host}']`,
        '',
      ].join('\n'),
    );
    prometheus = spawn(
      'prometheus',
      [
        `--config.file=${config}`,
        `--storage.tsdb.path=${join(dir, 'tsdb')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: 'ignore' },
    );
    await waitReady(`${prometheusUrl}/-/ready`, 30_000);
    // Ready is not scraped: wait until the server holds the service's CPU counter.
    await waitReady(`${prometheusUrl}/api/v1/query?query=process_cpu_seconds_total%3E0`, 30_000, (body) =>
      body.includes('"process_cpu_seconds_total"'),
    );
  }, 60_000);
  afterAll(() => {
    prometheus?.kill('SIGTERM');
    service?.child.kill('SIGTERM');
  });

  it('gives the same CPU seconds per request as the direct scrape within 5%', async () => {
    const r = await cli(
      bundle,
      [
        'run',
        'examples/shop.js',
        '-e',
        `BASE_URL=${service.url}`,
        '-e',
        'DURATION=30s',
        '--baseline-dir',
        join(dir, 'baselines'),
        '--server-metrics',
        `${service.url}/metrics`,
        '--prometheus',
        prometheusUrl,
        '--prometheus-query',
        'rss=process_resident_memory_bytes{job="demo"}',
      ],
      { K6_PATH: k6 },
    );
    expect(r.code, r.stderr).toBe(0);
    const stored = readdirSync(join(dir, 'baselines', 'default')).filter(
      (f) => f.endsWith('.json') && f !== TREND_FILE,
    );
    const summary = JSON.parse(
      readFileSync(join(dir, 'baselines', 'default', stored[0] as string), 'utf8'),
    ) as RunSummary;
    const [scraped, queried] = summary.server?.targets ?? [];
    expect(scraped?.source).toBe('scrape');
    expect(queried?.source).toBe('promql');
    expect(queried?.target).toBe(`${prometheusUrl}/ (PromQL)`);
    expect(queried?.failures).toBe(0);
    const direct = scraped?.efficiency.cpuSecondsPerRequest as number;
    const viaPromql = queried?.efficiency.cpuSecondsPerRequest as number;
    expect(direct).toBeGreaterThan(0);
    expect(Math.abs(viaPromql / direct - 1)).toBeLessThan(0.05);
    expect(queried?.gauges.rss?.max).toBeGreaterThan(1e6);
    expect(queried?.routes.some((route) => route.route.route === 'products')).toBe(true);
  }, 120_000);
});
