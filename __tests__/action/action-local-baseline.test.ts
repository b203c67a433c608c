/**
 * The bundled action under Node 24 (the runtime action.yml declares), with the runner's environment, running the
 * real k6 against the demo service: a push to main stores the baseline, a pull request compares against it and
 * passes, a slowed service fails the job with the diff, and bad inputs fail naming the input.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { buildBundle } from '../support/bundle.js';
import { pinnedK6, ROOT } from '../support/k6.js';
import { node24 } from '../support/node24.js';
import { runAction } from '../support/run-action.js';
import { summaryAt } from '../support/summaries.js';

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
        'max-pairs': '6',
        'report-path': report,
      },
      { ...onPr, env: { K6_PATH: k6 } },
    );
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toMatch(/::group::Warm-up pair \(discarded\): (baseline|candidate)/);
    expect(r.stdout).toMatch(/::group::Pair 3 of at most 6: (baseline|candidate)/);
    const json = JSON.parse(readFileSync(report, 'utf8'));
    expect(json.ab.stopped).toBe('regression');
    expect(
      json.comparisons.some((c: { method: string }) =>
        c.method.startsWith(`paired t over ${json.ab.pairs} A/B pairs`),
      ),
    ).toBe(true);
    // The job summary shows the pairs: folded, a chart of each pair's p95 ratio (the first pair ran the baseline
    // first), and a row per pair.
    expect(json.ab.perPair).toHaveLength(json.ab.pairs);
    expect(r.summary).toContain(`<details><summary>Pairs (${json.ab.pairs} compared`);
    expect(r.summary).toContain('  title "http_req_duration p95: candidate / baseline per pair"');
    expect(r.summary).toMatch(/ {2}x-axis \["1 AB", "2 BA", "3 BA"/);
    expect(r.summary).toMatch(/^\| 1 \| AB \| \d\.\d{3} \| /m);
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

describe('the bundled action with a baseline directory and a run whose k6 thresholds failed', () => {
  let bundle: string;
  let node: string;
  const onPush = { workspace: ROOT, event: 'push', ref: 'refs/heads/main', env: {} };
  const onPr = { workspace: ROOT, event: 'pull_request', ref: 'refs/pull/9/merge', env: {} };
  /** A run summary as results, one of whose k6 thresholds failed. */
  const failedRun = () => {
    const file = join(mkdtempSync(join(tmpdir(), 'failed-thresholds-')), 'run.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...summaryAt('2026-11-03T10:00:00.000Z'),
        thresholds: [{ metric: 'http_req_duration', expression: 'p(95)<1', ok: false }],
      }),
    );
    return file;
  };

  beforeAll(() => {
    bundle = buildBundle();
    node = node24();
  });

  it('never stores it as a baseline, as with artifacts, and does not say "as asked" (defect of issue 22)', async () => {
    const store = mkdtempSync(join(tmpdir(), 'failed-store-'));
    const inputs = {
      results: failedRun(),
      'baseline-dir': store,
      'gate-id': 'thresholds',
      'report-path': join(store, '..', 'thresholds-report.json'),
    };
    const push = await runAction(node, bundle, inputs, onPush);
    expect(push.outputs['baseline-saved'], push.stdout).toBe('false');
    expect(push.stdout).not.toMatch(/as asked/);
    expect(push.stdout).toMatch(/::warning::this run failed k6's own thresholds, so it was not stored/);
    expect(readdirSync(store)).toEqual([]);
    const pr = await runAction(node, bundle, inputs, onPr);
    expect(pr.outputs.verdict, pr.stdout).toBe('fail');
    expect(JSON.parse(readFileSync(pr.outputs['report-path'] as string, 'utf8')).baseline).toBeNull();
  }, 60_000);

  it("stores and takes it with baseline-failed-thresholds: 'true'", async () => {
    const store = mkdtempSync(join(tmpdir(), 'failed-store-'));
    const inputs = {
      results: failedRun(),
      'baseline-dir': store,
      'gate-id': 'accepted',
      'baseline-failed-thresholds': 'true',
      'report-path': join(store, '..', 'accepted-report.json'),
    };
    const push = await runAction(node, bundle, inputs, onPush);
    expect(push.outputs['baseline-saved'], push.stdout).toBe('true');
    expect(push.stdout).toMatch(/baseline-failed-thresholds is set/);
    const pr = await runAction(node, bundle, inputs, onPr);
    expect(JSON.parse(readFileSync(pr.outputs['report-path'] as string, 'utf8')).baseline).toMatchObject({
      runs: 1,
    });
  }, 60_000);

  it("names input 'k6-path', not the CLI's flag, when the k6 it points at is missing (defect of issue 22)", async () => {
    const r = await runAction(
      node,
      bundle,
      {
        script: 'examples/shop.js',
        'k6-path': '/nonexistent/k6',
        'baseline-dir': mkdtempSync(join(tmpdir(), 'k6-')),
      },
      onPr,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::k6 not found at \/nonexistent\/k6 \(from input 'k6-path'\)/);
    expect(r.stdout).toMatch(/Point input 'k6-path' at an executable k6 binary/);
    expect(r.stdout).not.toMatch(/--k6/);
  });
});
