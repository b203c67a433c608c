/**
 * The bundled action under Node 24 with the runner's environment, against a local fake of GitHub (REST, the
 * artifact service, the blob store) and the real k6 on the demo service: baselines as trusted artifacts, the sticky
 * comment, fork pull requests, the companion workflow, results mode, the accept label, and a read-only token.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoService, type DemoService } from '../../src/demo/service.js';
import { buildBundle } from '../support/bundle.js';
import { FakeGitHub, FORK_REPO_ID, REPO } from '../support/fake-github.js';
import { pinnedK6, ROOT } from '../support/k6.js';
import { node24 } from '../support/node24.js';
import { runAction, type ActionRun } from '../support/run-action.js';

const FIXTURE = join('__tests__', 'fixtures', 'k6', 'shop-v1.8.1.json.gz');
// Reports go to a directory of this test run: .tools is shared with other checkouts running the same tests.
const REPORTS = mkdtempSync(join(tmpdir(), 'action-github-reports-'));
const WORKFLOW_REF = `${REPO.owner}/${REPO.name}/.github/workflows/perf.yml@refs/heads/main`;
const repository = { id: REPO.id, full_name: `${REPO.owner}/${REPO.name}`, default_branch: 'main' };

interface Trigger {
  runId: number;
  event: 'push' | 'pull_request' | 'workflow_run';
  pr?: { number: number; fork?: boolean; labels?: string[]; sha?: string };
  token?: string;
  workflowRun?: { id: number; head_sha: string };
  env?: Record<string, string>;
}

describe('the bundled action with GitHub (fake server) and artifact baselines', () => {
  let bundle: string;
  let node: string;
  let k6: string;
  let service: DemoService;
  const github = new FakeGitHub();

  beforeAll(async () => {
    bundle = buildBundle();
    node = node24();
    k6 = pinnedK6();
    service = await startDemoService({ seed: 11 });
    await github.start();
  });
  afterAll(async () => {
    await service?.close();
    await github.stop();
  });

  const scriptInputs = () => ({
    script: 'examples/shop.js',
    env: `BASE_URL=${service.url}\nDURATION=6s`,
    'report-path': join(REPORTS, 'report.json'),
  });

  /** Runs the action as the runner would for one workflow run, registering that run with the fake. */
  async function act(inputs: Record<string, string>, t: Trigger): Promise<ActionRun> {
    const pr = t.pr;
    github.currentRunId = t.runId;
    const run = github.addRun({
      id: t.runId,
      event: t.event,
      head_branch: pr ? `feature-${pr.number}` : 'main',
      ...(pr ? { head_sha: pr.sha ?? 'f'.repeat(40) } : {}),
      head_repository_id: pr?.fork ? FORK_REPO_ID : REPO.id,
      conclusion: null,
    });
    const payload = {
      repository,
      ...(pr
        ? {
            pull_request: {
              number: pr.number,
              head: {
                sha: pr.sha ?? 'f'.repeat(40),
                repo: { full_name: pr.fork ? 'fork/shop' : repository.full_name },
              },
              labels: (pr.labels ?? []).map((name) => ({ name })),
            },
          }
        : {}),
      ...(t.workflowRun ? { workflow_run: { ...t.workflowRun, event: 'pull_request' } } : {}),
    };
    const result = await runAction(
      node,
      bundle,
      { comment: 'always', 'accept-label': 'perf-gate:accept', ...inputs },
      {
        workspace: ROOT,
        event: t.event,
        ref: pr ? `refs/pull/${pr.number}/merge` : 'refs/heads/main',
        payload,
        env: {
          ...github.env(t.token),
          GITHUB_WORKFLOW_REF: WORKFLOW_REF,
          GITHUB_RUN_ID: String(t.runId),
          K6_PATH: k6,
          ...t.env,
        },
      },
    );
    run.conclusion = result.code === 0 ? 'success' : 'failure';
    return result;
  }

  const commentsOn = (issue: number) => github.comments.filter((c) => c.issue === issue);

  it('stores the first baseline on a push to main as an artifact', async () => {
    const r = await act(scriptInputs(), { runId: 100, event: 'push' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'no-baseline', 'baseline-saved': 'true' });
    expect(github.artifacts.map((a) => [a.run_id, a.name])).toEqual([[100, 'perf-gate-baseline']]);
    expect(r.summary).toMatch(/No baseline yet/);

    // A re-run of the same workflow run replaces its artifact instead of failing on the name, and does not take
    // its own first attempt as its history.
    const again = await act(scriptInputs(), { runId: 100, event: 'push' });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs).toMatchObject({ verdict: 'no-baseline', 'baseline-saved': 'true' });
    expect(github.artifacts.filter((a) => a.name === 'perf-gate-baseline')).toHaveLength(1);
  }, 60_000);

  it('compares a pull request with it, comments once, and updates that comment on the next run', async () => {
    const first = await act(scriptInputs(), { runId: 101, event: 'pull_request', pr: { number: 7 } });
    expect(first.code, first.stdout).toBe(0);
    expect(['pass', 'inconclusive']).toContain(first.outputs.verdict);
    expect(first.outputs['baseline-run-id']).toBe('100');
    expect(first.outputs['baseline-saved']).toBe('false');
    const trusted = github.artifacts.find((a) => a.run_id === 100)!;
    expect(github.requests).toContain(`GET /repos/org/shop/actions/artifacts/${trusted.id}/zip`);
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]!.body).toMatch(/^<!-- perf-gate:default -->/);
    expect(commentsOn(7)[0]!.body).toMatch(/actions\/runs\/101/);
    expect(first.summary).toMatch(/perf-gate/);

    const second = await act(scriptInputs(), { runId: 102, event: 'pull_request', pr: { number: 7 } });
    expect(second.code, second.stdout).toBe(0);
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]!.body).toMatch(/actions\/runs\/102/);
    expect(github.artifacts.filter((a) => a.name === 'perf-gate-baseline')).toHaveLength(1);
  }, 90_000);

  it('fails a slowed service with the diff in the comment and annotations', async () => {
    service.setKnobs({ slowdown: 2 });
    try {
      const r = await act(scriptInputs(), { runId: 103, event: 'pull_request', pr: { number: 7 } });
      expect(r.code, r.stdout).toBe(1);
      expect(r.outputs.verdict).toBe('fail');
      expect(r.stdout).toMatch(/::error title=perf-gate regression::http_req_duration/);
      expect(commentsOn(7)).toHaveLength(1);
      expect(commentsOn(7)[0]!.body).toMatch(/perf-gate: fail/);
      // A 2x slowdown regresses p50 and p95; which of them a short run on a busy machine establishes varies.
      expect(commentsOn(7)[0]!.body).toMatch(/🔴 \| http\\_req\\_duration p(50|95) \|/);

      // The same slowdown with the accept label passes, and says who accepted it (someone with write access).
      github.labelEvents.push({ issue: 9, label: 'perf-gate:accept', actor: 'alice' });
      github.permissions.alice = 'write';
      github.pulls.push({ number: 9, head_sha: 'f'.repeat(40), labels: ['perf-gate:accept'] });
      const accepted = await act(scriptInputs(), {
        runId: 104,
        event: 'pull_request',
        pr: { number: 9, labels: ['perf-gate:accept'] },
      });
      expect(accepted.code, accepted.stdout).toBe(0);
      expect(accepted.outputs.verdict).toBe('pass');
      expect(commentsOn(9)[0]!.body).toMatch(
        /\*\*Accepted:\*\* @\u200dalice applied the `perf-gate:accept` label/,
      );
    } finally {
      service.setKnobs({ slowdown: 1 });
    }
  }, 90_000);

  it('never takes a baseline from a fork: an artifact with the same name in a fork run is ignored', async () => {
    const trusted = github.artifacts.find((a) => a.run_id === 100 && a.name === 'perf-gate-baseline')!;
    // A fork's pull-request run, and even a "push" on a fork's own main, newer than the trusted run.
    for (const [id, event] of [
      [190, 'pull_request'],
      [191, 'push'],
    ] as const) {
      github.addRun({ id, event, head_branch: 'main', head_repository_id: FORK_REPO_ID });
      github.artifacts.push({ ...trusted, id: 9000 + id, run_id: id });
    }
    const r = await act(scriptInputs(), { runId: 105, event: 'pull_request', pr: { number: 7 } });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['baseline-run-id']).toBe('100');
    expect(github.requests.some((q) => /artifacts\/(9190|9191)\/zip/.test(q))).toBe(false);
  }, 60_000);

  it('does not crash on a fork pull request with a read-only token, and the companion workflow comments', async () => {
    github.readOnlyTokens.add('ghs_read');
    const sha = 'a'.repeat(40);
    const r = await act(scriptInputs(), {
      runId: 106,
      event: 'pull_request',
      pr: { number: 8, fork: true, sha },
      token: 'ghs_read',
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/::warning::this pull request's token is read-only/);
    expect(r.summary).toMatch(/perf-gate/);
    expect(commentsOn(8)).toHaveLength(0);
    expect(github.artifacts.some((a) => a.run_id === 106 && a.name === 'perf-gate-report-default')).toBe(
      true,
    );

    github.pulls.push({
      number: 8,
      head_sha: sha,
      labels: [],
      head_repo: 'fork/shop',
      head_ref: 'feature-8',
    });
    const companion = await act(
      { mode: 'comment' },
      { runId: 107, event: 'workflow_run', workflowRun: { id: 106, head_sha: sha } },
    );
    expect(companion.code, companion.stdout).toBe(0);
    expect(commentsOn(8)).toHaveLength(1);
    expect(commentsOn(8)[0]!.body).toMatch(/^<!-- perf-gate:default -->/);
    expect(commentsOn(8)[0]!.body).toMatch(/actions\/runs\/106/);
    expect(commentsOn(8)[0]!.body).toMatch(/These figures come from the pull request's own \[run 106\]/);
  }, 60_000);

  it('gates k6 output produced elsewhere (results mode) without k6, keeping its own baseline and comment', async () => {
    const inputs = { results: FIXTURE, 'gate-id': 'results', 'report-path': join(REPORTS, 'r.json') };
    const noK6 = { K6_PATH: '/nonexistent/k6' };
    const push = await act(inputs, { runId: 110, event: 'push', env: noK6 });
    expect(push.code, push.stdout).toBe(0);
    expect(github.artifacts.some((a) => a.run_id === 110 && a.name === 'perf-gate-baseline-results')).toBe(
      true,
    );
    const pr = await act(inputs, { runId: 111, event: 'pull_request', pr: { number: 7 }, env: noK6 });
    expect(pr.code, pr.stdout).toBe(0);
    expect(pr.outputs['baseline-run-id']).toBe('110');
    // The same output as the baseline: nothing regressed (short-run statistics may stay inconclusive).
    expect(['pass', 'inconclusive']).toContain(pr.outputs.verdict);
    expect(pr.outputs.regressions).toBe('0');
    expect(commentsOn(7).map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- perf-gate:default -->',
      '<!-- perf-gate:results -->',
    ]);
  }, 60_000);

  it('skips a trusted artifact that fails its digest check, and an expired one, for the next trusted run', async () => {
    const good = github.artifacts.find((a) => a.run_id === 110 && a.name === 'perf-gate-baseline-results')!;
    const other = github.artifacts.find((a) => a.run_id === 100 && a.name === 'perf-gate-baseline')!;
    github.addRun({ id: 196, event: 'push', head_branch: 'main', conclusion: 'success' });
    github.artifacts.push({ ...good, id: 9196, run_id: 196, bytes: other.bytes }); // content swapped, digest kept
    github.addRun({ id: 197, event: 'push', head_branch: 'main', conclusion: 'success' });
    github.artifacts.push({ ...good, id: 9197, run_id: 197, expired: true });
    const inputs = { results: FIXTURE, 'gate-id': 'results', 'report-path': join(REPORTS, 'r.json') };
    const r = await act(inputs, {
      runId: 113,
      event: 'pull_request',
      pr: { number: 11 },
      env: { K6_PATH: '/nonexistent/k6' },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(
      /::warning::the baseline artifact of run 196 does not match its recorded digest/,
    );
    expect(r.outputs['baseline-run-id']).toBe('110');
    expect(github.requests).not.toContain('GET /repos/org/shop/actions/artifacts/9197/zip');
  }, 60_000);

  it('warns naming the missing permission when the token may not comment, and the verdict stands', async () => {
    github.readOnlyTokens.add('ghs_noperm');
    const inputs = { results: FIXTURE, 'gate-id': 'results', 'report-path': join(REPORTS, 'r.json') };
    const r = await act(inputs, {
      runId: 112,
      event: 'pull_request',
      pr: { number: 10 },
      token: 'ghs_noperm',
      env: { K6_PATH: '/nonexistent/k6' },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(['pass', 'inconclusive']).toContain(r.outputs.verdict);
    expect(r.stdout).toMatch(
      /::warning::could not comment on pull request #10: .*HTTP 403.*`pull-requests: write`/,
    );
  }, 60_000);

  it('reports a regression on the default branch without failing it, stores the run, and keeps the history', async () => {
    service.setKnobs({ slowdown: 2 });
    try {
      const push = await act(scriptInputs(), { runId: 130, event: 'push' });
      expect(push.code, push.stdout).toBe(0);
      expect(push.outputs).toMatchObject({
        verdict: 'fail',
        'baseline-saved': 'true',
        'baseline-run-id': '100',
      });
      expect(push.stdout).toMatch(/::warning::the default branch regressed against its previous baseline/);
    } finally {
      service.setKnobs({ slowdown: 1 });
    }
    // The refresh run succeeded, so it is the trusted baseline now, carrying the previous run as history.
    const pr = await act(scriptInputs(), { runId: 131, event: 'pull_request', pr: { number: 12 } });
    expect(pr.outputs['baseline-run-id']).toBe('130');
    expect(pr.summary).toMatch(/2 runs pooled/);
  }, 90_000);

  it('fails naming the input for a bad comment policy', async () => {
    const r = await act({ ...scriptInputs(), comment: 'sometimes' }, { runId: 120, event: 'push' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::input 'comment' "sometimes" is not always, on-regression, never/);
  });
});
