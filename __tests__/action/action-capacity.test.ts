/**
 * The bundled action in `mode: capacity` under Node 24, with the real k6 against the demo service (8 workers x
 * 100 ms: 80 requests per second): a push to main stores the capacity, a pull request on the same service is not
 * failed and shows the capacity line. A coarse resolution (50%) keeps each search to 3 steps of 3 s (60, 120, 85 requests per second).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { buildBundle } from '../support/bundle.js';
import { pinnedK6, ROOT } from '../support/k6.js';
import { node24 } from '../support/node24.js';
import { runAction } from '../support/run-action.js';

describe('the bundled action, mode: capacity', () => {
  let bundle: string;
  let node: string;
  let k6: string;
  let service: DemoService;
  const baselineDir = mkdtempSync(join(tmpdir(), 'action-capacity-'));
  const inputs = () => ({
    mode: 'capacity',
    script: '__tests__/fixtures/k6/capacity-target.js',
    env: `BASE_URL=${service.url}`,
    slo: 'http_req_duration:p95<500ms\nhttp_req_failed:rate<1%',
    from: '60',
    to: '320',
    'step-duration': '3s',
    warmup: '1s',
    'capacity-resolution': '50%',
    'baseline-dir': baselineDir,
    'report-path': join(baselineDir, 'report.json'),
  });

  beforeAll(async () => {
    bundle = buildBundle();
    node = node24();
    k6 = pinnedK6();
    service = await startDemoService({ seed: 11, maxConcurrency: 8, serviceTimeMs: 100 });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('stores the capacity on a push to main and does not fail a pull request on the same service', async () => {
    const onPush = { workspace: ROOT, event: 'push', ref: 'refs/heads/main', env: { K6_PATH: k6 } };
    const push = await runAction(node, bundle, inputs(), onPush);
    expect(push.code, push.stdout).toBe(0);
    expect(push.outputs).toMatchObject({ verdict: 'no-baseline', 'baseline-saved': 'true' });
    expect(push.stdout).toMatch(/::group::Capacity step 1: 60 iterations\/s for 3s/);

    const onPr = { workspace: ROOT, event: 'pull_request', ref: 'refs/pull/7/merge', env: { K6_PATH: k6 } };
    const pr = await runAction(node, bundle, inputs(), onPr);
    expect(pr.code, pr.stdout).toBe(0);
    expect(pr.outputs.verdict).not.toBe('fail');
    const report = JSON.parse(readFileSync(join(baselineDir, 'report.json'), 'utf8'));
    expect(report.capacity.baseline).not.toBeNull();
    expect(report.capacity.candidate.high).toBeGreaterThan(report.capacity.candidate.low);
    expect(pr.summary).toMatch(/^<!-- perf-gate:capacity -->/);
    expect(pr.summary).toContain('**Capacity**');
    expect(pr.summary).toContain('xychart-beta');
  }, 120_000);
});
