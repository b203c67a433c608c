/**
 * End to end with the real k6: smoke runs of 10, 3 and 1 requests (too few for any interval) exit 0 or 1 with a
 * report, never 2. Either verdict is accepted, so a busy machine cannot change the outcome: the file runs in the
 * e2e project (vitest.config.ts), beside the unit tests rather than among the load tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { pinnedK6 } from '../support/k6.js';

const SMALL = '__tests__/fixtures/k6/small-run.js';

describe('perf-gate run on a smoke test of a few requests, with the real k6', () => {
  let bundle: string;
  let k6: string;
  let service: DemoService;

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
    service = await startDemoService({ seed: 5 });
  });
  afterAll(async () => {
    await service?.close();
  });

  it.each([10, 3, 1])(
    'a %i-request smoke run exits 0 or 1 with a report, never an error',
    async (n) => {
      const dir = mkdtempSync(join(tmpdir(), 'perf-gate-small-'));
      const env = ['-e', `BASE_URL=${service.url}`, '-e', `ITERATIONS=${n}`];
      const run = (extra: string[] = []) =>
        cli(bundle, ['run', SMALL, '--baseline-dir', dir, ...env, ...extra], { K6_PATH: k6 });
      const first = await run();
      expect(first.code, first.stderr).toBe(0);
      const second = await run(['--read-only']);
      expect([0, 1], second.stdout + second.stderr).toContain(second.code);
      expect(second.stdout).toMatch(/perf-gate: (PASS|INCONCLUSIVE|FAIL)/);
      expect(second.stderr).not.toMatch(/unexpected error/);
    },
    120_000,
  );
});
