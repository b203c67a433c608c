/**
 * A pull request's baseline is its base commit's runs: the bundled action under Node 24, against the fake GitHub
 * (with a commit graph behind its compare API) and the real k6 on the demo service. Main runs at A, then at B with a
 * 40% slowdown merged; a pull request based on A is compared with A's run, the same one rebased on B with B's; a
 * base whose own run failed falls back to its nearest trusted ancestor and the report says so.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report.js';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { buildBundle } from '../support/bundle.js';
import { FakeGitHub } from '../support/fake-github.js';
import { pinnedK6, ROOT } from '../support/k6.js';
import { node24 } from '../support/node24.js';
import type { ActionRun } from '../support/run-action.js';
import { actAsWorkflowRun } from '../support/workflow-run.js';
import { shopWithoutThresholds } from '../support/shop-script.js';

const REPORTS = mkdtempSync(join(tmpdir(), 'action-base-commit-'));
const SLOWDOWN = 1.4;
const SCRIPT = shopWithoutThresholds();

const sha = (c: string) => c.repeat(40);
const A = sha('a');
const B = sha('b');
const C = sha('c');
/** A's parent, which never ran, and a commit off it that is not on main (a pull request based on an old branch). */
const ROOT_COMMIT = sha('9');
const ASIDE = sha('8');

describe('the bundled action chooses a pull request baseline by its base commit', () => {
  let bundle: string;
  let node: string;
  let k6: string;
  let service: DemoService;
  const github = new FakeGitHub();

  beforeAll(async () => {
    bundle = buildBundle();
    node = node24();
    k6 = pinnedK6();
    service = await startDemoService({ seed: 23 });
    await github.start();
    // main: A, then B (the slowdown merged), then C; pull requests branch off A, B and C.
    github.commit(ROOT_COMMIT);
    github.commit(A, ROOT_COMMIT);
    github.commit(ASIDE, ROOT_COMMIT);
    github.commit(B, A);
    github.commit(C, B);
    for (const [head, base] of [
      [sha('1'), A],
      [sha('2'), B],
      [sha('3'), C],
      [sha('4'), ASIDE],
    ] as const)
      github.commit(head, base);
  });
  afterAll(async () => {
    await service?.close();
    await github.stop();
  });

  const inputs = (name: string) => ({
    script: SCRIPT,
    env: `BASE_URL=${service.url}\nDURATION=6s`,
    'report-path': join(REPORTS, `${name}.json`),
    comment: 'always',
  });

  /** A push to main at `commit` (its tip from now on), as run `runId`. */
  async function push(runId: number, commit: string): Promise<ActionRun> {
    github.branches.main = commit;
    return act(runId, commit, undefined);
  }

  /** A pull request `number` whose head `head` is based on `base`. */
  function pull(runId: number, number: number, head: string, base: string): Promise<ActionRun> {
    return act(runId, head, { number, base });
  }

  function act(
    runId: number,
    commit: string,
    pr: { number: number; base: string } | undefined,
  ): Promise<ActionRun> {
    const action = { node, bundle, workspace: ROOT, env: { K6_PATH: k6 } };
    return actAsWorkflowRun(github, action, inputs(String(runId)), { runId, commit, ...(pr ? { pr } : {}) });
  }

  const report = (runId: number) =>
    JSON.parse(readFileSync(join(REPORTS, `${runId}.json`), 'utf8')) as Report;
  const comment = (issue: number) => github.comments.find((c) => c.issue === issue)?.body ?? '';

  it('stores main at A, then at B with the slowdown merged', async () => {
    const a = await push(300, A);
    expect(a.code, a.stdout).toBe(0);
    expect(a.outputs['baseline-saved']).toBe('true');
    service.setKnobs({ slowdown: SLOWDOWN });
    const b = await push(301, B);
    expect(b.code, b.stdout).toBe(0);
    expect(b.outputs).toMatchObject({ 'baseline-saved': 'true', 'baseline-run-id': '300' });
    // A push is compared with the newest runs, as before: no base commit.
    expect(report(301).baseline?.baseCommit).toBeUndefined();
  }, 120_000);

  it('a pull request based on A, whose code matches A, is compared with A and passes', async () => {
    service.setKnobs({ slowdown: 1 });
    const r = await pull(302, 21, sha('1'), A);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['baseline-run-id']).toBe('300');
    const rep = report(302);
    expect(['pass', 'inconclusive']).toContain(rep.verdict);
    // Against B the median would be a 29% speed-up; against A it is the same code.
    expect(allTrafficP50(rep).verdict).not.toBe('improvement');
    expect(rep.baseline).toMatchObject({
      baseCommit: A,
      basis: 'base-commit',
      distance: 0,
      commit: A,
      runs: 1,
      commits: [{ commit: A, runs: 1, ahead: 0, behind: 0 }],
    });
    expect(comment(21)).toMatch(/\*\*Baseline:\*\* 1 run at the base commit `aaaaaaa`/);
  }, 60_000);

  it('the same pull request rebased on B is compared with B and passes too', async () => {
    service.setKnobs({ slowdown: SLOWDOWN });
    const r = await pull(303, 22, sha('2'), B);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['baseline-run-id']).toBe('301');
    const rep = report(303);
    expect(['pass', 'inconclusive']).toContain(rep.verdict);
    expect(allTrafficP50(rep).verdict).not.toBe('regression');
    expect(rep.baseline).toMatchObject({ baseCommit: B, basis: 'base-commit', distance: 0, commit: B });
    // B's artifact carries A's run as its history: A is B's ancestor, so it fills the history after B's run.
    expect(rep.baseline?.commits).toEqual([
      { commit: B, runs: 1, ahead: 0, behind: 0 },
      { commit: A, runs: 1, ahead: 0, behind: 1 },
    ]);
    expect(comment(22)).toMatch(/\*\*Baseline:\*\* 1 run at the base commit `bbbbbbb` \(\+1 older\)/);
  }, 60_000);

  it('a base whose run failed falls back to its nearest trusted ancestor, and the report says so', async () => {
    // C's push run failed; it still uploaded an artifact (a later step failed), which must not be the baseline.
    github.branches.main = C;
    github.addRun({ id: 304, head_sha: C, conclusion: 'failure' });
    const bArtifact = github.artifacts.find((x) => x.run_id === 301)!;
    github.addArtifact(304, bArtifact.name, bArtifact.bytes);
    const r = await pull(305, 23, sha('3'), C);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['baseline-run-id']).toBe('301');
    const rep = report(305);
    expect(rep.baseline).toMatchObject({ baseCommit: C, basis: 'ancestor', distance: 1, commit: B });
    const warning = `this pull request's base ccccccc has no usable baseline run yet: baseline from bbbbbbb, 1 commit before it`;
    expect(rep.warnings).toContain(warning);
    expect(r.stdout).toContain(`::warning::${warning}`);
    expect(comment(23)).toMatch(
      /\*\*Baseline:\*\* 1 run at `bbbbbbb`, 1 commit before the base commit `ccccccc` \(it has no usable run yet\)/,
    );
  }, 60_000);

  it('a base with no trusted run among its ancestors falls back to the newest trusted run, naming the drift', async () => {
    const r = await pull(306, 24, sha('4'), ASIDE);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['baseline-run-id']).toBe('301');
    const rep = report(306);
    expect(rep.baseline).toMatchObject({ baseCommit: ASIDE, basis: 'newest', commit: B });
    expect(rep.baseline?.distance).toBeUndefined();
    const warning =
      "no baseline run of this pull request's base 8888888 or of its ancestors was found: baseline from bbbbbbb, not an ancestor of it (the base has 1 commit it lacks, and lacks 2 commits of it); differences may come from those commits";
    expect(rep.warnings).toContain(warning);
    expect(r.stdout).toContain(`::warning::${warning}`);
    expect(comment(24)).toMatch(
      /\*\*Baseline:\*\* 2 runs of the newest commits \(none at the base commit `8888888` or its ancestors\)/,
    );
  }, 60_000);
});

/**
 * The all-traffic median's comparison: the statistic a stall of a busy shared machine moves least (a tail percentile
 * of a 6-second run can swing several-fold), so it is what tells which baseline a run was compared with.
 */
function allTrafficP50(report: Report) {
  const c = report.comparisons.find(
    (x) => x.metric === 'http_req_duration' && x.stat === 'p50' && Object.keys(x.series).length === 0,
  );
  if (!c) throw new Error('no all-traffic p50 comparison in the report');
  return c;
}
