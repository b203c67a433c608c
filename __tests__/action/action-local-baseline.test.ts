/**
 * The bundled action under Node 24 (the runtime action.yml declares), with the runner's environment, running the
 * real k6 against the demo service: a push to main stores the baseline, a pull request compares against it and
 * passes, a slowed service fails the job with the diff, and bad inputs fail naming the input.
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

describe('the bundled action with a baseline directory', () => {
  let bundle: string;
  let node: string;
  let k6: string;
  let service: DemoService;
  const baselineDir = mkdtempSync(join(tmpdir(), 'action-baselines-'));
  const inputs = () => ({
    script: 'examples/shop.js',
    env: `BASE_URL=${service.url}\nDURATION=6s`,
    'baseline-dir': baselineDir,
    'gate-id': 'shop',
    'report-path': join(baselineDir, 'report.json'),
  });
  const onPush = { workspace: ROOT, event: 'push', ref: 'refs/heads/main' };
  const onPr = { workspace: ROOT, event: 'pull_request', ref: 'refs/pull/7/merge' };

  beforeAll(async () => {
    bundle = buildBundle();
    node = node24();
    k6 = pinnedK6();
    service = await startDemoService({ seed: 5 });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('fails naming the input when neither script nor results is set', async () => {
    const r = await runAction(node, bundle, {}, { ...onPr, env: { K6_PATH: k6 } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::neither input 'script' nor 'results' nor 'vegeta-targets' is set/);
    expect(r.outputs.verdict).toBe('error');
  });

  it('fails naming the input for a malformed tolerance', async () => {
    const r = await runAction(
      node,
      bundle,
      { ...inputs(), tolerance: 'lots' },
      { ...onPr, env: { K6_PATH: k6 } },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::input 'tolerance' "lots" is not a percentage/);
  });

  it('stores a baseline on a push to main, passes a PR against it, and fails a slowed service', async () => {
    const push = await runAction(node, bundle, inputs(), { ...onPush, env: { K6_PATH: k6 } });
    expect(push.code, push.stdout).toBe(0);
    expect(push.outputs).toMatchObject({ verdict: 'no-baseline', 'baseline-saved': 'true' });
    expect(push.summary).toMatch(/No baseline yet/);

    const pr = await runAction(node, bundle, inputs(), { ...onPr, env: { K6_PATH: k6 } });
    expect(pr.code, pr.stdout).toBe(0);
    expect(['pass', 'inconclusive']).toContain(pr.outputs.verdict);
    expect(pr.outputs['baseline-saved']).toBe('false');
    expect(JSON.parse(readFileSync(pr.outputs['report-path'] as string, 'utf8'))).toMatchObject({
      schemaVersion: 2,
      verdict: pr.outputs.verdict,
    });
    expect(pr.outputs.regressions).toBe('0');
    expect(pr.summary).toMatch(/^<!-- perf-gate:shop -->/);
    expect(pr.stdout).toMatch(/::group::Running k6 on examples\/shop\.js/);

    service.setKnobs({ slowdown: 2 });
    try {
      const slow = await runAction(node, bundle, inputs(), { ...onPr, env: { K6_PATH: k6 } });
      expect(slow.code, slow.stdout).toBe(1);
      expect(slow.outputs.verdict).toBe('fail');
      expect(Number(slow.outputs.regressions)).toBeGreaterThan(0);
      expect(slow.stdout).toMatch(/::error title=perf-gate regression::http_req_duration p(50|95)/);
      expect(slow.summary).toMatch(
        /http\\_req\\_duration p95 \| (all traffic \| )?[\d.]+ ms \| [\d.]+ ms \| \+\d/,
      );
    } finally {
      service.setKnobs({ slowdown: 1 });
    }
  }, 120_000);
});

describe('the bundled action in same-runner A/B mode and with results globs', () => {
  let bundle: string;
  let node: string;
  let k6: string;
  const services: DemoService[] = [];
  const onPr = { workspace: ROOT, event: 'pull_request', ref: 'refs/pull/7/merge' };

  beforeAll(async () => {
    bundle = buildBundle();
    node = node24();
    k6 = pinnedK6();
    services.push(await startDemoService({ seed: 21 }), await startDemoService({ seed: 22, slowdown: 2 }));
  });
  afterAll(async () => {
    for (const s of services) await s.close();
  });

  it('runs both targets interleaved and fails a candidate twice as slow', async () => {
    const report = join(mkdtempSync(join(tmpdir(), 'ab-')), 'report.json');
    const r = await runAction(
      node,
      bundle,
      {
        script: 'examples/shop.js',
        env: 'DURATION=4s',
        'baseline-target': services[0]!.url,
        'candidate-target': services[1]!.url,
        pairs: '3',
        'report-path': report,
      },
      { ...onPr, env: { K6_PATH: k6 } },
    );
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toMatch(/::group::Pair 3 of 3: (baseline|candidate)/);
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(
      json.comparisons.some((c: { method: string }) => /paired t over 3 A\/B pairs/.test(c.method)),
    ).toBe(true);
  }, 90_000);

  it('fails naming the input when a results glob matches nothing', async () => {
    const r = await runAction(
      node,
      bundle,
      { results: 'segments/*.json.gz', 'baseline-dir': mkdtempSync(join(tmpdir(), 'glob-')) },
      { ...onPr, env: { K6_PATH: k6 } },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::input 'results': no file matches segments\/\*\.json\.gz/);
  });

  it('reads results given as a glob', async () => {
    const r = await runAction(
      node,
      bundle,
      {
        results: '__tests__/fixtures/k6/shop-v1.*.json.gz',
        'baseline-dir': mkdtempSync(join(tmpdir(), 'glob-')),
        'report-path': join(mkdtempSync(join(tmpdir(), 'glob-report-')), 'r.json'),
      },
      { workspace: ROOT, event: 'push', ref: 'refs/heads/main', env: { K6_PATH: '/nonexistent/k6' } },
    );
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(r.stdout).toMatch(/Reading 1 k6 result file/);
  });
});
