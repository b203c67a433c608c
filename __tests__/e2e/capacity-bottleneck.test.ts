/**
 * Capacity mode names the bottleneck from the service's own metrics (`--server-metrics`), with the real k6 against
 * the demo service in its own process (its process_cpu_seconds_total is its own):
 * - 4 workers x 50 ms, handlers timed after a worker is free: the requests queue in front of the handlers, whose
 *   own p95 stays at 50 ms while the client's grows;
 * - no worker limit, but 8 ms of CPU burnt per request on Node's one JavaScript thread: the process runs out of
 *   its one usable core near 1 / 8 ms = 125/s.
 * Each search is about 7 steps of 3 s.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { serveDemo } from '../support/demo-process.js';
import { pinnedK6 } from '../support/k6.js';

const SCRIPT = '__tests__/fixtures/k6/capacity-target.js';

describe('perf-gate capacity --server-metrics names the bottleneck (real k6, demo in its own process)', () => {
  let bundle: string;
  let k6: string;
  let service: { child: ChildProcess; url: string } | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-bottleneck-'));

  beforeAll(() => {
    bundle = buildBundle();
    k6 = pinnedK6();
  });
  afterEach(() => {
    service?.child.kill('SIGTERM');
    service = undefined;
  });

  const search = async (knobs: Record<string, number>, name: string) => {
    service = await serveDemo(bundle);
    await fetch(`${service.url}/__knobs`, { method: 'POST', body: JSON.stringify(knobs) });
    // Warm the JIT up, so the first step does not measure compilation.
    for (let i = 0; i < 300; i += 10)
      await Promise.all(
        Array.from({ length: 10 }, async () => (await fetch(`${service!.url}/products`)).text()),
      );
    const r = await cli(
      bundle,
      [
        'capacity',
        SCRIPT,
        '--slo',
        'http_req_duration:p95<300ms',
        '--from',
        '20',
        '--to',
        '320',
        '--step-duration',
        '3s',
        '--warmup',
        '1s',
        '--baseline-dir',
        join(dir, name),
        '--server-metrics',
        `${service.url}/metrics`,
        '-e',
        `BASE_URL=${service.url}`,
        '--json',
        join(dir, `${name}.json`),
      ],
      { K6_PATH: k6 },
    );
    const report = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Report;
    return { r, report };
  };

  it('names the queue in front of a 4-worker service, whose handlers kept their pace', async () => {
    const { r, report } = await search({ maxConcurrency: 4, serviceTimeMs: 50 }, 'workers');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const b = report.capacity?.bottleneck;
    expect(b?.resource, JSON.stringify(report.capacity?.steps.candidate.map((s) => s.server))).toMatch(
      /^queueing in front of the handlers/,
    );
    expect(b?.evidence).toMatch(/handlers' own p95 stayed at/);
    expect(r.stdout).toMatch(/bottleneck: queueing in front of the handlers/);
    // Every step carries what the service said during it.
    for (const s of report.capacity?.steps.candidate ?? []) expect(s.server?.handlerP95Ms).toBeGreaterThan(0);
  }, 90_000);

  it('names application CPU for a service burning 8 ms of CPU per request on one thread', async () => {
    const { r, report } = await search({ medianMs: 2, p99Ms: 4, cpuWorkMs: 8 }, 'cpu');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const b = report.capacity?.bottleneck;
    expect(b?.resource, JSON.stringify(report.capacity?.steps.candidate.map((s) => s.server))).toMatch(
      /^application CPU/,
    );
    expect(report.capacity?.candidate.rate).toBeLessThan(140);
  }, 90_000);
});
