/**
 * The default branch's trend through the bundled action (Node 24, the fake GitHub, results mode so no load runs):
 * each stored run carries the trend forward in its artifact; a new change point is a warning annotation and, with
 * `change-point-issue`, one issue listing the commits in the range, updated (never duplicated) by later runs; a pull
 * request's comment says in one line that main shifted; a token that may not write issues is a warning naming
 * `issues: write`, never a failed job.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipFiles } from '../../src/io/zip-entry.js';
import { buildBundle } from '../support/bundle.js';
import { FakeGitHub, REPO } from '../support/fake-github.js';
import { ROOT } from '../support/k6.js';
import { node24 } from '../support/node24.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { makeZip } from '../support/zip.js';

const FIXTURE = join('__tests__', 'fixtures', 'k6', 'shop-v1.8.1.json.gz');
const REPORTS = mkdtempSync(join(tmpdir(), 'action-trend-reports-'));
const WORKFLOW_REF = `${REPO.owner}/${REPO.name}/.github/workflows/perf.yml@refs/heads/main`;
const repository = { id: REPO.id, full_name: `${REPO.owner}/${REPO.name}`, default_branch: 'main' };
const ARTIFACT = 'perf-gate-baseline-trend';
const P95 = 'http_req_duration p95';
const sha = (i: number) => i.toString(16).padStart(40, 'b');

interface TrendFileJson {
  statistics: Array<{ id: string }>;
  entries: Array<{ commit: string; date: string; runId?: number; values: Array<[number, number] | null> }>;
}

describe('the bundled action keeps and reports the trend of the default branch', () => {
  let bundle: string;
  let node: string;
  const github = new FakeGitHub();

  beforeAll(async () => {
    bundle = buildBundle();
    node = node24();
    await github.start();
    // main's history: commit i's parent is commit i - 1, each with its message.
    for (let i = 1; i <= 40; i++) {
      github.commit(sha(i), ...(i > 1 ? [sha(i - 1)] : []));
      github.commitInfo.set(sha(i), { message: `change number ${i}`, login: 'dev' });
    }
  });
  afterAll(async () => {
    await github.stop();
  });

  async function act(
    t: { runId: number; commit: number; pr?: number; token?: string },
    inputs: Record<string, string> = {},
  ): Promise<ActionRun> {
    github.currentRunId = t.runId;
    const run = github.addRun({
      id: t.runId,
      event: t.pr ? 'pull_request' : 'push',
      head_branch: t.pr ? `feature-${t.pr}` : 'main',
      head_sha: sha(t.commit),
      conclusion: null,
    });
    const payload = {
      repository,
      ...(t.pr
        ? {
            pull_request: {
              number: t.pr,
              head: { sha: sha(t.commit), repo: { full_name: repository.full_name } },
              labels: [],
            },
          }
        : {}),
    };
    const result = await runAction(
      node,
      bundle,
      {
        results: FIXTURE,
        'gate-id': 'trend',
        'report-path': join(REPORTS, `${t.runId}.json`),
        comment: 'always',
        ...inputs,
      },
      {
        workspace: ROOT,
        event: t.pr ? 'pull_request' : 'push',
        ref: t.pr ? `refs/pull/${t.pr}/merge` : 'refs/heads/main',
        payload,
        env: {
          ...github.env(t.token),
          GITHUB_WORKFLOW_REF: WORKFLOW_REF,
          GITHUB_RUN_ID: String(t.runId),
          GITHUB_SHA: sha(t.commit),
          K6_PATH: '/nonexistent/k6',
        },
      },
    );
    run.conclusion = result.code === 0 ? 'success' : 'failure';
    return result;
  }

  /** The files of the baseline artifact a run uploaded. */
  async function artifactFiles(runId: number) {
    const artifact = github.artifacts.find((a) => a.run_id === runId && a.name === ARTIFACT);
    expect(artifact, `artifact of run ${runId}`).toBeDefined();
    const read = await readZipFiles(artifact!.bytes, 64 * 1024 * 1024);
    if ('problem' in read) throw new Error(read.problem);
    return read.files;
  }
  const trendIn = async (runId: number) => {
    const file = (await artifactFiles(runId)).find((f) => f.name === 'perf-gate-trend.json');
    return file && (JSON.parse(file.data.toString('utf8')) as TrendFileJson);
  };
  const changeIssues = () => github.issues.filter((i) => i.labels.some((l) => /perf-gate/.test(l)));

  it('a stored run starts the trend in its artifact and the next one carries it forward', async () => {
    const first = await act({ runId: 300, commit: 1 });
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs['baseline-saved']).toBe('true');
    expect((await trendIn(300))?.entries.map((e) => e.commit)).toEqual([sha(1)]);
    expect(first.summary).toMatch(
      /### Trend on main\n\n1 run of main so far: change points need at least \d+/,
    );

    const second = await act({ runId: 301, commit: 2 });
    expect(second.code, second.stdout).toBe(0);
    expect((await trendIn(301))?.entries.map((e) => [e.commit, e.runId])).toEqual([
      [sha(1), 300],
      [sha(2), 301],
    ]);
    // A pull request reads the trend but adds nothing to it, and stores nothing.
    const pr = await act({ runId: 302, commit: 30, pr: 5 });
    expect(pr.code, pr.stdout).toBe(0);
    expect(pr.outputs['baseline-saved']).toBe('false');
    expect(github.artifacts.some((a) => a.run_id === 302 && a.name === ARTIFACT)).toBe(false);
  }, 90_000);

  it('a new change point is an annotation and one issue with its commits; the next run updates that issue', async () => {
    // A history of 20 runs whose p95 was half of what the fixture measures, then one run at the fixture's level:
    // the artifact of an earlier push, as the previous runs would have left it.
    const files = await artifactFiles(301);
    const trend = (await trendIn(301))!;
    const at = trend.statistics.findIndex((s) => s.id === P95);
    expect(at).toBeGreaterThanOrEqual(0);
    const measured = trend.entries[1]!;
    const entry = (i: number, factor: number) => ({
      commit: sha(i + 1),
      date: new Date(Date.UTC(2026, 5, 1) + i * 3_600_000).toISOString(),
      runId: 1000 + i,
      values: measured.values.map((v, k) =>
        v && k === at ? ([v[0] * factor, v[1]] as [number, number]) : v,
      ),
    });
    const forged = {
      ...trend,
      entries: [...Array.from({ length: 20 }, (_, i) => entry(i, 0.5)), entry(20, 1)],
    };
    github.addRun({ id: 310, event: 'push', head_branch: 'main', head_sha: sha(21), conclusion: 'success' });
    github.addArtifact(
      310,
      ARTIFACT,
      makeZip([
        ...files
          .filter((f) => f.name !== 'perf-gate-trend.json')
          .map((f) => ({ name: f.name, data: f.data })),
        { name: 'perf-gate-trend.json', data: JSON.stringify(forged) },
      ]),
    );

    const found = await act({ runId: 311, commit: 22 }, { 'change-point-issue': 'true' });
    expect(found.code, found.stdout).toBe(0);
    expect((await trendIn(311))?.entries).toHaveLength(22);
    expect(found.summary).toMatch(/### Trend on main/);
    expect(found.summary).toMatch(/\*\*1 change point\*\* in the 22 runs of main/);
    expect(found.summary).toContain(`| 🔴 | http\\_req\\_duration p95 |`);
    // The runner's workflow-command encoding writes `%` as `%25`.
    expect(found.stdout).toMatch(
      /::warning title=perf-gate change point::main's p95 rose \d+%25 \[.*\] at bbbbbbb/,
    );
    expect(changeIssues()).toHaveLength(1);
    const issue = changeIssues()[0]!;
    expect(issue.title).toMatch(/^perf-gate: main's p95 rose \d+% /);
    // Two runs at the new level establish the change; its place may still be a run early (minimum segment 3), so the
    // range lists one commit, either side of the true step.
    expect(issue.body).toMatch(
      /\*\*Commits in the range\*\* \(1\):\n\n- `bbbbbbb` change number 2[01] \(dev\)/,
    );
    expect(issue.body).toMatch(/actions\/runs\/311/);

    // The next run finds the same change point: the issue is updated, no second one is opened, no new annotation.
    const again = await act({ runId: 312, commit: 23 }, { 'change-point-issue': 'true' });
    expect(again.code, again.stdout).toBe(0);
    expect(changeIssues()).toHaveLength(1);
    expect(changeIssues()[0]!.body).toMatch(/actions\/runs\/312/);
    // With three runs at the new level the change is placed on the true commit (21): the issue now records it, with
    // the range between the last run at the old level (commit 20) and it, and the full doubling.
    expect(changeIssues()[0]!.body).toContain(`<!-- perf-gate-change-point-at:${sha(21)} -->`);
    expect(changeIssues()[0]!.body).toContain('change number 21');
    expect(changeIssues()[0]!.body).not.toContain('change number 20');
    expect(changeIssues()[0]!.body).toMatch(/\| change \[interval\] \| \+100(\.0)?% \[/);
    expect(again.stdout).not.toMatch(/::warning title=perf-gate change point::/);
    expect(again.stdout).toMatch(/updated issue #\d+ for the change point of http_req_duration p95/);
  }, 120_000);

  it("a pull request's comment says in one line that main shifted", async () => {
    const pr = await act({ runId: 320, commit: 31, pr: 6 });
    expect(pr.code, pr.stdout).toBe(0);
    const comment = github.comments.filter((c) => c.issue === 6);
    expect(comment).toHaveLength(1);
    expect(comment[0]!.body).toMatch(
      /⚠️ main's p95 rose \d+% \[.*\] between `bbbbbbb` and `bbbbbbb` \(\[commits\]\(https:\/\/github\.com\/org\/shop\/compare\//,
    );
  }, 60_000);

  it('a token that may not write issues is a warning naming `issues: write`; the run is stored and passes', async () => {
    github.readOnlyTokens.add('ghs_noissues');
    const before = changeIssues()[0]!.body;
    const r = await act({ runId: 330, commit: 24, token: 'ghs_noissues' }, { 'change-point-issue': 'true' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['baseline-saved']).toBe('true');
    expect(r.stdout).toMatch(
      /::warning::could not open or update the issue of the change point of http_req_duration p95 \(change-point-issue needs `issues: write`.*HTTP 403/,
    );
    expect(changeIssues()[0]!.body).toBe(before);
    expect((await trendIn(330))?.entries).toHaveLength(24);
  }, 60_000);
});
