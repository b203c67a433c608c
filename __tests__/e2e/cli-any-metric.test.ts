/**
 * End to end with the real k6: any k6 metric is gated (a script with no HTTP requests, custom Rates whose direction
 * comes from the script's thresholds, never their names). Smoke runs of a few requests: cli-smoke-runs.test.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../support/bundle.js';
import { cli } from '../support/cli.js';
import { pinnedK6 } from '../support/k6.js';

const CUSTOM = '__tests__/fixtures/k6/custom-metrics.js';

describe('perf-gate run gates any k6 metric, with the real k6', () => {
  let bundle: string;
  let k6: string;

  beforeAll(async () => {
    bundle = buildBundle();
    k6 = pinnedK6();
  });

  const run = (script: string, dir: string, env: string[], extra: string[] = []) =>
    cli(bundle, ['run', script, '--baseline-dir', dir, ...env.flatMap((e) => ['-e', e]), ...extra], {
      K6_PATH: k6,
    });

  it('gates a script without HTTP requests on its custom Rates: token_errors 1% -> 20% fails, unchanged does not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-custom-'));
    const first = await run(CUSTOM, dir, ['ERRORS=0.01']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/NO BASELINE YET/);
    await run(CUSTOM, dir, ['ERRORS=0.01'], ['--add-baseline']);
    const same = await run(CUSTOM, dir, ['ERRORS=0.01'], ['--read-only', '--json', join(dir, 'same.json')]);
    expect(same.code, same.stdout + same.stderr).toBe(0);
    const worse = await run(
      CUSTOM,
      dir,
      ['ERRORS=0.2'],
      ['--read-only', '--max-runs', '1', '--json', join(dir, 'r.json')],
    );
    expect(worse.code, worse.stdout + worse.stderr).toBe(1);
    expect(worse.stdout).toMatch(/token_errors rate/);
    const report = JSON.parse((await import('node:fs')).readFileSync(join(dir, 'r.json'), 'utf8'));
    const row = report.comparisons.find((c: { metric: string }) => c.metric === 'token_errors');
    expect(row).toMatchObject({ gated: true, verdict: 'regression', direction: 'higher-is-worse' });
    // k6's own threshold (rate<0.5) passed: the failure is the gate's, against the baseline.
    expect(report.thresholds.every((t: { ok: boolean }) => t.ok)).toBe(true);
  }, 120_000);

  it('reads cache_hits (threshold rate>0.05) as higher-is-better: 60% -> 30% fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-hits-'));
    expect((await run(CUSTOM, dir, ['HITS=0.6'])).code).toBe(0);
    const worse = await run(CUSTOM, dir, ['HITS=0.3'], ['--read-only', '--max-runs', '1']);
    expect(worse.code, worse.stdout + worse.stderr).toBe(1);
    expect(worse.stdout).toMatch(/cache_hits rate/);
  }, 120_000);
});
