/**
 * End to end, the run-health check (src/domain/run-health.ts) with the real pinned k6: a broken run is never a
 * baseline and never a pass. Each case was accepted before the check: the service down (exit 0, stored as the
 * baseline), a script that throws on every iteration (exit 0, "NO BASELINE YET", stored), and a ReferenceError in
 * one branch that made a thresholded custom metric silently vanish from the comparison (PASS).
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { TREND_FILE } from '../../src/io/trend-file.js';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { pinnedK6 } from '../support/k6.js';

/** A port on 127.0.0.1 that nothing listens on: bound, read, released. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A script: 20 iterations/s for 3 s of `body` (bounded: at most 60 iterations), with `head` before it. */
const script = (head: string, body: string, thresholds = '{}') => `import http from 'k6/http';
import { Trend } from 'k6/metrics';
${head}
export const options = {
  scenarios: {
    load: { executor: 'constant-arrival-rate', rate: 20, timeUnit: '1s', duration: '3s', preAllocatedVUs: 5, maxVUs: 10 },
  },
  thresholds: ${thresholds},
};
export default function () {
${body}
}
`;

describe('the run-health check with the real k6', () => {
  let bundle: string;
  let k6: string;
  let service: DemoService;

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
    service = await startDemoService({ seed: 23 });
  });
  afterAll(async () => {
    await service?.close();
  });

  /** `perf-gate run <script>` with a baseline directory, the report written to `report.json`. */
  const run = (dir: string, file: string, extra: string[] = []) =>
    cli(
      bundle,
      [
        'run',
        join(dir, file),
        '-e',
        `BASE_URL=${service.url}`,
        '--baseline-dir',
        join(dir, 'store'),
        ...extra,
      ],
      { K6_PATH: k6 },
    );
  // The stored runs (the trend file stored beside them is not a run).
  const stored = (dir: string) =>
    existsSync(join(dir, 'store', 'default'))
      ? readdirSync(join(dir, 'store', 'default')).filter((f) => f !== TREND_FILE)
      : [];

  it('refuses a first run against a service that is down (every request refused): exit 2, nothing stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'health-down-'));
    const port = await closedPort();
    writeFileSync(join(dir, 'down.js'), script('', `  http.get('http://127.0.0.1:${port}/products');`));
    const r = await run(dir, 'down.js');
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toMatch(/the run is broken/);
    expect(r.stderr).toMatch(
      /100\.0% of \d+ requests failed: the service was down, refused the load or answered every request with an error/,
    );
    expect(r.stderr).toMatch(/check that the service is up at the script's target/);
    expect(stored(dir)).toEqual([]);
  }, 60_000);

  it('refuses a first run of a script that throws on every iteration, quoting the first error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'health-throws-'));
    writeFileSync(
      join(dir, 'throws.js'),
      script('', `  http.get(__ENV.BASE_URL + '/products');\n  notDefinedAnywhere();`),
    );
    const r = await run(dir, 'throws.js');
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toMatch(/the script threw an uncaught exception in \d+ of \d+ iterations \(100\.0%\)/);
    expect(r.stderr).toMatch(
      /the first error was: ReferenceError: notDefinedAnywhere is not defined at default \(file:\/\/\/\S*throws\.js:\d+/,
    );
    expect(stored(dir)).toEqual([]);
  }, 60_000);

  it('fails a candidate whose broken branch dropped a thresholded custom metric, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'health-branch-'));
    const head = `const orderLatency = new Trend('order_latency', true);`;
    // Every other iteration places an order and records its latency in the thresholded Trend.
    const body = (
      record: string,
    ) => `  http.get(__ENV.BASE_URL + '/products', { tags: { name: 'GET /products' } });
  if (__ITER % 2 === 0) {
    const r = http.post(__ENV.BASE_URL + '/orders', JSON.stringify({ product: 1, quantity: 1 }), { tags: { name: 'POST /orders' } });
    ${record}(r.timings.duration);
  }`;
    const thresholds = `{ order_latency: ['p(95)<5000'] }`;
    writeFileSync(join(dir, 'shop.js'), script(head, body('orderLatency.add'), thresholds));
    const first = await run(dir, 'shop.js');
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(stored(dir)).toHaveLength(1);

    // The same script with a typo in the order branch: a ReferenceError there, and order_latency gets no sample.
    writeFileSync(join(dir, 'shop.js'), script(head, body('ordrLatency.add'), thresholds));
    const reportPath = join(dir, 'report.json');
    const second = await run(dir, 'shop.js', ['--json', reportPath]);
    expect(second.code, second.stdout + second.stderr).toBe(1);
    expect(second.stdout).toMatch(/The run is broken/);
    expect(second.stdout).toMatch(/order_latency has no samples in this run/);
    expect(second.stdout).toMatch(/ReferenceError: ordrLatency is not defined/);
    expect(stored(dir)).toHaveLength(1);
  }, 120_000);
});
