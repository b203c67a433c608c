/**
 * The bundled action under Node 24 running the real pinned vegeta (input vegeta-path) against the demo service: a
 * push to main stores the baseline, a pull request passes against it, a slowed service fails the job; the report
 * and the job summary name vegeta.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { buildBundle } from '../support/bundle.js';
import { ROOT } from '../support/k6.js';
import { node24 } from '../support/node24.js';
import { runAction } from '../support/run-action.js';
import { pinnedVegeta } from '../support/vegeta.js';

describe('the bundled action with vegeta', () => {
  let bundle: string;
  let node: string;
  let vegeta: string;
  let service: DemoService;
  const dir = mkdtempSync(join(tmpdir(), 'action-vegeta-'));
  const targets = join(dir, 'targets.txt');
  const inputs = () => ({
    'vegeta-targets': targets,
    'vegeta-rate': '100/s',
    'vegeta-duration': '5s',
    'vegeta-path': vegeta,
    'baseline-dir': join(dir, 'baselines'),
    'gate-id': 'api',
    'report-path': join(dir, 'report.json'),
  });
  const onPush = { workspace: ROOT, event: 'push', ref: 'refs/heads/main' };
  const onPr = { workspace: ROOT, event: 'pull_request', ref: 'refs/pull/7/merge' };

  beforeAll(async () => {
    bundle = buildBundle();
    node = node24();
    vegeta = pinnedVegeta();
    service = await startDemoService({ seed: 21 });
    writeFileSync(targets, `GET ${service.url}/products\nGET ${service.url}/products/7\n`);
  });
  afterAll(async () => {
    await service?.close();
  });

  it('fails naming the input when the rate is missing', async () => {
    const { 'vegeta-rate': _, ...rest } = inputs();
    const r = await runAction(node, bundle, rest, { ...onPr, env: {} });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::input 'vegeta-targets' needs 'vegeta-rate' and 'vegeta-duration'/);
  });

  it('stores a baseline on main, passes a PR, fails a 2x slowdown, naming vegeta', async () => {
    const push = await runAction(node, bundle, inputs(), { ...onPush, env: {} });
    expect(push.code, push.stdout).toBe(0);
    expect(push.outputs).toMatchObject({ verdict: 'no-baseline', 'baseline-saved': 'true' });
    expect(push.stdout).toMatch(/::group::Running vegeta on /);

    const pr = await runAction(node, bundle, inputs(), { ...onPr, env: {} });
    expect(pr.code, pr.stdout).toBe(0);
    expect(['pass', 'inconclusive']).toContain(pr.outputs.verdict);
    const report = JSON.parse(readFileSync(pr.outputs['report-path'] as string, 'utf8'));
    expect(report.candidate.tool).toBe('vegeta');
    expect(pr.summary).toMatch(/vegeta, an open-model load generator/);

    service.setKnobs({ slowdown: 2 });
    try {
      const slow = await runAction(node, bundle, inputs(), { ...onPr, env: {} });
      expect(slow.code, slow.stdout).toBe(1);
      expect(slow.outputs.verdict).toBe('fail');
    } finally {
      service.setKnobs({ slowdown: 1 });
    }
  }, 120_000);
});
