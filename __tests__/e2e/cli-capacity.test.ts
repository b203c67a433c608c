/**
 * Capacity mode end to end with the real k6, against the demo service with c = 8 workers and a fixed service
 * time s = 100 ms: its capacity is c / s = 80 requests per second. The service time is long and the latency
 * objective loose (500 ms) so that the event-loop lag of a busy shared machine (the service runs in this process)
 * neither lengthens the service time much nor breaks the objective below the knee; the knee then shows as the
 * achieved rate falling behind the offered one. The search must find it within 15%; the same
 * service again must not fail the gate; each request 1.5x slower (capacity 53/s, -33%) must fail it. Each test's
 * load is one search of about 8 steps of 3 s.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { pinnedK6 } from '../support/k6.js';

const SCRIPT = '__tests__/fixtures/k6/capacity-target.js';
const WORKERS = 8;
const SERVICE_MS = 100;
const THEORETICAL = WORKERS / (SERVICE_MS / 1000);

describe('perf-gate capacity, with the real k6', () => {
  let bundle: string;
  let k6: string;
  let service: DemoService;
  let dir: string;

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
    service = await startDemoService({ seed: 3, maxConcurrency: WORKERS, serviceTimeMs: SERVICE_MS });
    dir = mkdtempSync(join(tmpdir(), 'perf-gate-capacity-'));
  });
  afterAll(async () => {
    await service?.close();
  });

  const capacity = (json: string, extra: string[] = []) =>
    cli(
      bundle,
      [
        'capacity',
        SCRIPT,
        '--slo',
        'http_req_duration:p95<500ms',
        '--slo',
        'http_req_failed:rate<1%',
        '--from',
        '20',
        '--to',
        '400',
        '--step-duration',
        '3s',
        '--warmup',
        '1s',
        '--baseline-dir',
        dir,
        '-e',
        `BASE_URL=${service.url}`,
        '--json',
        join(dir, json),
        ...extra,
      ],
      { K6_PATH: k6 },
    );
  const report = (json: string) => JSON.parse(readFileSync(join(dir, json), 'utf8'));

  it(`measures the capacity of ${WORKERS} workers x ${SERVICE_MS} ms within 15% of ${THEORETICAL}/s`, async () => {
    const first = await capacity('first.json');
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const r = report('first.json');
    expect(r.verdict).toBe('no-baseline');
    const { rate, low, high } = r.capacity.candidate;
    expect(Math.abs(rate / THEORETICAL - 1), JSON.stringify(r.capacity.candidate)).toBeLessThan(0.15);
    expect(low).toBe(rate);
    expect(high).toBeGreaterThan(rate);
    // Per-step progress on the terminal, and the steps in the report with their quantiles and dropped iterations.
    expect(first.stderr).toMatch(/step 1: offered 20 iterations\/s, achieved/);
    expect(r.capacity.steps.candidate.length).toBeGreaterThan(3);
    for (const s of r.capacity.steps.candidate)
      expect(s).toMatchObject({
        p50: expect.any(Number),
        p95: expect.any(Number),
        dropped: expect.any(Number),
      });
    expect(r.capacity.brokeFirst.length).toBeGreaterThan(0);
    // The user's script is untouched and no wrapper is left behind.
    expect(readdirSync('__tests__/fixtures/k6').filter((f) => f.startsWith('.perf-gate-capacity'))).toEqual(
      [],
    );
  }, 90_000);

  it('does not fail the same service', async () => {
    const same = await capacity('same.json', ['--read-only']);
    const r = report('same.json');
    expect(same.code, same.stdout + same.stderr + JSON.stringify(r.capacity)).toBe(0);
    expect(r.verdict).not.toBe('fail');
    expect(r.capacity.baseline).not.toBeNull();
  }, 90_000);

  it('fails each request 1.5x slower (capacity -33%)', async () => {
    service.setKnobs({ slowdown: 1.5 });
    try {
      const slower = await capacity('slower.json', ['--read-only']);
      const r = report('slower.json');
      expect(slower.code, slower.stdout + slower.stderr).toBe(1);
      expect(r.verdict).toBe('fail');
      expect(r.capacity.verdict).toBe('regression');
      expect(r.capacity.change).toBeLessThan(-0.2);
      expect(slower.stdout).toMatch(/capacity/i);
    } finally {
      service.setKnobs({ slowdown: 1 });
    }
  }, 90_000);
});
