/**
 * End to end with the real k6: the guides' pitfalls the gate points out. A closed-model test gates throughput and
 * says it is closed-model; a warm-up is found, its --warmup suggested, and that --warmup takes it out.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import type { Report } from '../../src/domain/report.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { pinnedK6 } from '../support/k6.js';

describe('the pitfalls the gate points out, with the real k6', () => {
  let bundle: string;
  let k6: string;
  let service: DemoService;

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
    service = await startDemoService({ seed: 19 });
  });
  afterAll(async () => {
    await service?.close();
  });

  const run = (script: string, dir: string, env: string[], extra: string[] = []) =>
    cli(
      bundle,
      [
        'run',
        `__tests__/fixtures/k6/${script}`,
        '--baseline-dir',
        dir,
        '-e',
        `BASE_URL=${service.url}`,
        ...env.flatMap((e) => ['-e', e]),
        ...extra,
      ],
      { K6_PATH: k6 },
    );
  const report = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Report;

  it('gates throughput under a closed model: 1.5x slower fails with throughput among the regressions, unchanged passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-closed-'));
    expect((await run('closed-model.js', dir, [])).code).toBe(0);
    expect((await run('closed-model.js', dir, [], ['--add-baseline'])).code).toBe(0);
    const same = await run('closed-model.js', dir, [], ['--read-only', '--json', join(dir, 'same.json')]);
    expect(same.code, same.stdout + same.stderr).toBe(0);
    const sameReport = report(join(dir, 'same.json'));
    expect(sameReport.notes?.join(' ')).toMatch(
      /closed-model test \(ramping-vus \(loop\)\).*coordinated omission.*constant-arrival-rate/,
    );
    expect(sameReport.comparisons.find((c) => c.metric === 'http_reqs')?.gated).toBe(true);

    service.setKnobs({ slowdown: 1.5 });
    try {
      const slow = await run(
        'closed-model.js',
        dir,
        [],
        ['--read-only', '--max-runs', '1', '--json', join(dir, 'slow.json')],
      );
      expect(slow.code, slow.stdout + slow.stderr).toBe(1);
      const r = report(join(dir, 'slow.json'));
      const throughput = r.comparisons.find((c) => c.metric === 'http_reqs' && c.stat === 'throughput');
      expect(throughput).toMatchObject({ gated: true, verdict: 'regression', direction: 'higher-is-better' });
      expect(slow.stdout).toMatch(/note: This is a closed-model test/);
    } finally {
      service.setKnobs({ slowdown: 1 });
    }
  }, 120_000);

  it('finds a 3x slower first 8 s of a 30 s run, suggests --warmup, and that --warmup takes it out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-warmup-'));
    service.setKnobs({ coldSeconds: 8, coldSlowdown: 3 });
    try {
      const cold = await run(
        'steady-rate.js',
        dir,
        ['DURATION=30s'],
        ['--read-only', '--json', join(dir, 'cold.json')],
      );
      expect(cold.code, cold.stderr).toBe(0);
      const note = report(join(dir, 'cold.json')).notes?.find((n) => n.includes('warm-up')) ?? '';
      const m = /The first (\d+) s were ([\d.]+)x slower than the rest/.exec(note);
      expect(m, note).not.toBeNull();
      const seconds = Number(m![1]);
      expect(seconds).toBeGreaterThanOrEqual(8);
      expect(seconds).toBeLessThanOrEqual(10);
      expect(Number(m![2])).toBeGreaterThan(2);

      service.setKnobs({ coldSeconds: 8, coldSlowdown: 3 }); // a cold start again for the second run
      const warm = await run(
        'steady-rate.js',
        dir,
        ['DURATION=30s'],
        ['--read-only', '--warmup', `${seconds}s`, '--json', join(dir, 'warm.json')],
      );
      expect(warm.code, warm.stderr).toBe(0);
      const notes = report(join(dir, 'warm.json')).notes ?? [];
      expect(notes.join(' ')).toMatch(new RegExp(`left out the first ${seconds} s`));
      expect(notes.join(' ')).not.toMatch(/were [\d.]+x slower than the rest/);
    } finally {
      service.setKnobs({ coldSeconds: 0, coldSlowdown: 1 });
    }
  }, 150_000);
});
