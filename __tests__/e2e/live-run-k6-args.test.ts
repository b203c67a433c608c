/**
 * A live run with the real pinned k6 and the k6 arguments and variables perf-gate neutralises: `--no-summary` (on
 * k6 v1 it also stops the summary export; k6 v2 exits 255 on it), `--summary-mode=legacy` (k6 v2 exits 255) and a
 * user-set K6_NEW_MACHINE_READABLE_SUMMARY=true (another export layout, without thresholds). The run still reads
 * k6's threshold outcomes, warns about each flag it left out, and fingerprints the shortcut among the arguments.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { ProcessK6Runner } from '../../src/io/k6-runner.js';
import { prepareLiveRun, runK6Live } from '../../src/pipeline/live-run.js';
import { pinnedK6, ROOT } from '../support/k6.js';

describe('a live run with neutralised k6 arguments and variables', () => {
  let service: DemoService;
  const saved = { ...process.env };
  beforeAll(async () => {
    service = await startDemoService({ seed: 4 });
  });
  afterAll(async () => {
    await service?.close();
  });
  afterEach(() => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  it('reads the thresholds, warns about each, and fingerprints `-i 30`', async () => {
    process.env.K6_NEW_MACHINE_READABLE_SUMMARY = 'true';
    const k6 = new ProcessK6Runner({ path: pinnedK6(), source: 'pinned' });
    const logger = new MemoryLogger();
    const prepared = await prepareLiveRun(
      {
        script: 'examples/smoke.js',
        cwd: ROOT,
        scriptEnv: { BASE_URL: service.url },
        k6Args: ['--no-summary', '--summary-mode=legacy', '-i', '30'],
      },
      k6,
    );
    const { summary, k6ExitCode } = await runK6Live(prepared, k6, logger);
    expect(k6ExitCode).toBe(0);
    const warnings = logger.lines.filter((l) => l.startsWith('warn: '));
    expect(warnings).toHaveLength(3);
    expect(warnings.join('\n')).toMatch(
      /ignored `--no-summary`.*\n.*ignored `--summary-mode=legacy`.*\n.*K6_NEW_MACHINE_READABLE_SUMMARY/,
    );
    expect(summary.thresholds).toEqual([{ metric: 'http_req_failed', expression: 'rate<0.01', ok: true }]);
    expect(summary.fingerprint.scenarios).toEqual({ default: { vus: 1, iterations: 30 } });
    expect(summary.series[0]!.counters.http_reqs).toBe(30);
  }, 60_000);

  it('streams CSV live (the default on k6 v2) and types custom metrics from the summary export', async () => {
    const k6 = new ProcessK6Runner({ path: pinnedK6(), source: 'pinned' });
    const prepared = await prepareLiveRun(
      {
        script: '__tests__/fixtures/k6/fixture-script.js',
        cwd: ROOT,
        scriptEnv: { BASE_URL: service.url },
        k6Args: [],
      },
      k6,
    );
    const { summary } = await runK6Live({ ...prepared, liveStream: 'csv' }, k6, new MemoryLogger());
    expect(summary.metrics.order_errors).toMatchObject({ type: 'rate', contains: 'default' });
    expect(summary.metrics.orders_placed).toMatchObject({ type: 'counter', contains: 'default' });
    expect(summary.metrics.cart_size).toMatchObject({ type: 'gauge', contains: 'default' });
    const buy = summary.series.find((x) => x.key.scenario === 'buy')!;
    expect(buy.trends.order_duration!.count).toBe(
      buy.counters.orders_placed! + buy.rates.order_errors!.passes,
    );
    expect(buy.gauges.cart_size).toBe(3);
    expect(summary.thresholds.map((t) => t.expression)).toEqual(['p(95)<1000', 'rate<0.5', 'rate<0.01']);
    // Microsecond time stamps: requests fall into the 1-s windows of their own second.
    expect(summary.series[0]!.windows.length).toBeGreaterThanOrEqual(4);
  }, 60_000);
});
