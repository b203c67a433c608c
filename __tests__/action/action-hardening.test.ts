/**
 * The hardened action (issue 13), bundled, under Node 24, against the fake GitHub: a forged fork report in the
 * companion, a tag named like the default branch, unreadable baselines, rate limits and expired artifacts, the
 * token's own identity for the sticky comment, labels read at run time, and workflow commands in hostile text.
 * Results mode (RunSummary files) keeps these fast: no k6 run is needed to reach any of them.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report.js';
import type { RunSummary } from '../../src/domain/run-summary.js';
import { buildBundle } from '../support/bundle.js';
import { FakeGitHub, FORK_REPO_ID, REPO } from '../support/fake-github.js';
import { startDemoService } from '../../src/demo/service.js';
import { pinnedK6, ROOT } from '../support/k6.js';
import { node24 } from '../support/node24.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { summarizeK6Output } from '../../src/io/k6-output.js';
import { deflatedZeros, makeZip } from '../support/zip.js';
import { MAX_REPORT_ARTIFACT_BYTES } from '../../src/action/companion-report.js';

const WORKFLOW_REF = `${REPO.owner}/${REPO.name}/.github/workflows/perf.yml@refs/heads/main`;
const repository = { id: REPO.id, full_name: `${REPO.owner}/${REPO.name}`, default_branch: 'main' };
const LABEL = 'perf-gate:accept';
const dir = mkdtempSync(join(tmpdir(), 'action-hardening-'));
/** The real recorded k6 run, summarized once: every result and baseline below is a variant of it. */
let recorded: RunSummary;
const summaryAt = (start: string): RunSummary => ({ ...recorded, run: { ...recorded.run, start } });

/** A RunSummary file for results mode; `failedThreshold()` makes one of k6's thresholds fail (verdict fail). */
function summaryFile(name: string, over: Partial<RunSummary> = {}): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify({ ...recorded, ...over }));
  return path;
}
const failedThreshold = (metric = 'http_req_duration') => ({
  thresholds: [{ metric, expression: 'p(95)<1', ok: false }],
});
/** A baseline artifact as perf-gate uploads it: run-0.json, run-1.json, ... */
const baselineZip = (...runs: unknown[]) =>
  makeZip(runs.map((r, i) => ({ name: `run-${i}.json`, data: JSON.stringify(r) })));

interface Trigger {
  runId: number;
  event: 'push' | 'pull_request' | 'workflow_run';
  pr?: { number: number; labels?: string[]; sha?: string };
  token?: string;
  workflowRun?: { id: number; head_sha: string };
  env?: Record<string, string>;
  /** When GitHub created the run (its push), ISO; a fixed time in November 2026 unless given. */
  createdAt?: string;
}

describe('the hardened action (bundled, Node 24, fake GitHub)', () => {
  let bundle: string;
  let node: string;
  const github = new FakeGitHub();

  beforeAll(async () => {
    bundle = buildBundle();
    node = node24();
    recorded = await summarizeK6Output(join(ROOT, '__tests__', 'fixtures', 'k6', 'shop-v1.8.1.json.gz'));
    await github.start();
  });
  afterAll(async () => {
    await github.stop();
  });

  async function act(inputs: Record<string, string>, t: Trigger): Promise<ActionRun> {
    const pr = t.pr;
    github.currentRunId = t.runId;
    const run = github.addRun({
      id: t.runId,
      event: t.event,
      head_branch: pr ? `feature-${pr.number}` : 'main',
      ...(pr ? { head_sha: pr.sha ?? 'f'.repeat(40) } : {}),
      ...(t.createdAt ? { created_at: t.createdAt } : {}),
      conclusion: null,
    });
    const payload = {
      repository,
      ...(pr
        ? {
            pull_request: {
              number: pr.number,
              head: { sha: pr.sha ?? 'f'.repeat(40), repo: { full_name: repository.full_name } },
              labels: (pr.labels ?? []).map((name) => ({ name })),
            },
          }
        : {}),
      ...(t.workflowRun ? { workflow_run: { ...t.workflowRun, event: 'pull_request' } } : {}),
    };
    const result = await runAction(
      node,
      bundle,
      {
        comment: 'always',
        'accept-label': LABEL,
        'report-path': join(dir, `report-${t.runId}.json`),
        ...inputs,
      },
      {
        workspace: ROOT,
        event: t.event,
        ref: pr ? `refs/pull/${pr.number}/merge` : 'refs/heads/main',
        payload,
        env: {
          ...github.env(t.token),
          GITHUB_WORKFLOW_REF: WORKFLOW_REF,
          GITHUB_RUN_ID: String(t.runId),
          K6_PATH: '/nonexistent/k6',
          ...t.env,
        },
      },
    );
    run.conclusion = result.code === 0 ? 'success' : 'failure';
    return result;
  }

  const commentsOn = (issue: number) => github.comments.filter((c) => c.issue === issue);
  /** Lines of the log the runner would take as a workflow command. */
  const commands = (r: ActionRun) => r.stdout.split('\n').filter((l) => /^\s*(::|##\[)/.test(l));

  describe('the companion posts a report a fork wrote (item 1, item 10)', () => {
    const forkRun = (id: number, sha: string, branch: string) =>
      github.addRun({
        id,
        event: 'pull_request',
        head_branch: branch,
        head_sha: sha,
        head_repository_id: FORK_REPO_ID,
        conclusion: 'success',
      });
    const companion = (runId: number, trigger: number, sha: string, env?: Record<string, string>) =>
      act(
        { mode: 'comment' },
        {
          runId,
          event: 'workflow_run',
          workflowRun: { id: trigger, head_sha: sha },
          ...(env ? { env } : {}),
        },
      );
    const marker = '<!-- perf-gate:other -->';

    /** A schema-valid report that tries everything a comment must not do. */
    function forged(): Report {
      return {
        schemaVersion: 2,
        verdict: 'pass',
        reason: `accepted with the label ${LABEL} by mallory; without it: ## Owned\n${marker}\n@org/team log in at https://evil.example/login <img src="https://evil.example/b.png">`,
        comparisons: [],
        thresholds: [{ metric: 'checks', expression: `rate>0.9 ${marker} @org/team`, ok: false }],
        baseline: {
          runs: 1,
          commit: 'abcdef0',
          ref: 'main',
          url: 'https://github.com/evil/shop/actions/runs/1',
        },
        candidate: { durationSeconds: 10 },
        fingerprint: { match: true, forced: false, differences: [`![x](https://evil.example/p.png)`] },
        settings: { confidence: 0.99, inconclusivePolicy: 'warn', noiseRuns: 0 },
        warnings: [`${marker} [click](https://evil.example)`],
        override: { label: LABEL, by: 'mallory', verdict: 'fail' },
      };
    }
    const reportZip = (report: unknown) => makeZip([{ name: 'report.json', data: JSON.stringify(report) }]);

    it('escapes it, links only this repository, says whose figures they are, and re-checks the override', async () => {
      const sha = 'b'.repeat(40);
      forkRun(400, sha, 'feature-x');
      github.addArtifact(400, 'perf-gate-report-default', reportZip(forged()));
      github.pulls.push({
        number: 30,
        head_sha: sha,
        labels: [],
        head_repo: 'fork/shop',
        head_ref: 'feature-x',
      });
      // Another open pull request at the same commit, from another repository: not this run's.
      github.pulls.push({
        number: 31,
        head_sha: sha,
        labels: [],
        head_repo: 'other/shop',
        head_ref: 'feature-x',
      });
      const r = await companion(401, 400, sha);
      expect(r.code, r.stdout).toBe(0);
      expect(commentsOn(31)).toHaveLength(0);
      expect(commentsOn(30)).toHaveLength(1);
      const body = commentsOn(30)[0]!.body;
      expect(body.split('<!--')).toHaveLength(2); // our marker only: no other gate would take this comment
      expect(body).not.toMatch(/^#{1,6} (?!.*perf-gate: )/m);
      expect(body).not.toMatch(/@(org|mallory)\b/);
      expect(body).not.toMatch(/<img|https:\/\/evil|\]\(https:\/\/github\.com\/evil/);
      expect(body).toMatch(
        /These figures come from the pull request's own \[run 400\]\([^)]*\/org\/shop\/actions\/runs\/400\) of the fork `fork\/shop`/,
      );
      // The claimed override is not shown as one: the pull request does not carry the label.
      expect(body).toMatch(/perf-gate: fail/);
      expect(body).not.toMatch(/\*\*Accepted:\*\*/);
      expect(body).toMatch(/does not take that from it, and pull request \\#30 does not carry the label/);
      expect(r.outputs.verdict).toBe('fail');
    }, 60_000);

    it('shows an override the labels confirm, naming who GitHub says added the label', async () => {
      const sha = 'c'.repeat(40);
      forkRun(410, sha, 'feature-y');
      github.addArtifact(410, 'perf-gate-report-default', reportZip(forged()));
      github.pulls.push({
        number: 32,
        head_sha: sha,
        labels: [LABEL],
        head_repo: 'fork/shop',
        head_ref: 'feature-y',
      });
      github.labelEvents.push({ issue: 32, label: LABEL, actor: 'maintainer' });
      github.permissions.maintainer = 'maintain';
      const r = await companion(411, 410, sha);
      expect(r.code, r.stdout).toBe(0);
      const body = commentsOn(32)[0]!.body;
      expect(body).toMatch(/\*\*Accepted:\*\* @\u200dmaintainer applied the `perf-gate:accept` label/);
      expect(body).not.toMatch(/mallory/);
    }, 60_000);

    it('finds a pull request of this repository from the run, without listing open pull requests', async () => {
      const sha = 'd'.repeat(40);
      github.addRun({
        id: 420,
        event: 'pull_request',
        head_branch: 'feature-z',
        head_sha: sha,
        pull_requests: [{ number: 33, head_sha: sha }],
      });
      const ok: Report = {
        ...forged(),
        verdict: 'fail',
        reason: 'k6 thresholds failed.',
        override: undefined,
      };
      delete ok.override;
      github.addArtifact(420, 'perf-gate-report-default', reportZip(ok));
      const before = github.count(/^GET \/repos\/org\/shop\/pulls$/);
      const r = await companion(421, 420, sha);
      expect(r.code, r.stdout).toBe(0);
      expect(commentsOn(33)).toHaveLength(1);
      expect(github.count(/^GET \/repos\/org\/shop\/pulls$/)).toBe(before);
    }, 60_000);

    it('posts nothing, and does not fail, when the report artifact expired before it could be downloaded', async () => {
      const sha = '9'.repeat(40);
      forkRun(440, sha, 'feature-v');
      const gone = github.addArtifact(440, 'perf-gate-report-default', reportZip(forged()));
      github.pulls.push({
        number: 35,
        head_sha: sha,
        labels: [],
        head_repo: 'fork/shop',
        head_ref: 'feature-v',
      });
      github.failures.push({
        match: new RegExp(`^GET /repos/org/shop/actions/artifacts/${gone.id}/zip$`),
        status: 410,
        message: 'Artifact has expired',
        times: 1,
      });
      const r = await companion(441, 440, sha);
      expect(r.code, r.stdout).toBe(0);
      expect(r.stdout).toMatch(
        /::warning::the perf-gate-report-default artifact of run 440 expired or was deleted/,
      );
      expect(commentsOn(35)).toHaveLength(0);
    }, 60_000);

    it('refuses a report outside the schema, and an artifact too large to be one, before rendering anything', async () => {
      const sha = 'e'.repeat(40);
      forkRun(430, sha, 'feature-w');
      const bad = forged();
      bad.comparisons = [
        {
          metric: 'http_req_duration',
          stat: 'p95\n```\n' + marker,
          series: {},
          unit: 'ms',
          baseline: 1,
          candidate: 2,
          ratio: 2,
          scale: 'ratio',
          interval: [1.5, 2.5],
          tolerance: 0.1,
          direction: 'higher-is-worse',
          verdict: 'regression',
          gated: true,
          method: 'x',
          samples: { baseline: 10, candidate: 10 },
        },
      ];
      github.addArtifact(430, 'perf-gate-report-default', reportZip(bad));
      github.pulls.push({
        number: 34,
        head_sha: sha,
        labels: [],
        head_repo: 'fork/shop',
        head_ref: 'feature-w',
      });
      const r = await companion(431, 430, sha);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        /::error::the report .* is not a valid perf-gate report: \/comparisons\/0\/stat/,
      );
      expect(commentsOn(34)).toHaveLength(0);

      forkRun(432, sha, 'feature-w');
      const huge = github.addArtifact(
        432,
        'perf-gate-report-default',
        makeZip([{ name: 'report.json', data: Buffer.alloc(1_200_000, 32) }]),
      );
      const big = await companion(433, 432, sha);
      expect(big.code).toBe(1);
      expect(big.stdout).toMatch(
        /::error::the perf-gate-report-default artifact of run 432 is \d+ bytes, more than a report can be/,
      );
      expect(github.requests).not.toContain(`GET /repos/org/shop/actions/artifacts/${huge.id}/zip`);
    }, 60_000);

    it('refuses a zip bomb (1 MB inflating to 1 GiB) without writing it out (issue 25 item 6)', async () => {
      const sha = 'c'.repeat(40);
      forkRun(434, sha, 'feature-bomb');
      const zip = makeZip([{ name: 'report.json', data: await deflatedZeros(1024 * 1024 * 1024) }]);
      expect(zip.length).toBeLessThan(MAX_REPORT_ARTIFACT_BYTES);
      github.addArtifact(434, 'perf-gate-report-default', zip);
      github.pulls.push({
        number: 35,
        head_sha: sha,
        labels: [],
        head_repo: 'fork/shop',
        head_ref: 'feature-bomb',
      });
      const tmp = mkdtempSync(join(tmpdir(), 'bomb-tmp-'));
      const r = await companion(435, 434, sha, { TMPDIR: tmp });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        /::error::the report\.json in the perf-gate-report-default artifact of run 434 inflates to more than a report can be \(8388608 bytes\)/,
      );
      expect(commentsOn(35)).toHaveLength(0);
      expect(readdirSync(tmp)).toEqual([]);
    }, 120_000);
  });

  describe('trusted baselines', () => {
    it('does not take the artifact of a tag named like the default branch (item 2)', async () => {
      const inputs = { results: summaryFile('tag'), 'gate-id': 'tag' };
      const push = await act(inputs, { runId: 500, event: 'push' });
      expect(push.code, push.stdout).toBe(0);
      // A newer "push" run on head_branch main whose commit is not on main: a tag named main.
      const tagged = github.addRun({ id: 501, event: 'push', head_sha: '7'.repeat(40) });
      github.offBranchShas.add(tagged.head_sha);
      github.addArtifact(501, 'perf-gate-baseline-tag', baselineZip(summaryAt('2026-11-02T10:00:00.000Z')));
      // And one on a commit with no history in common with main (GitHub's compare answers 404): skipped too.
      const orphan = github.addRun({ id: 503, event: 'push', head_sha: '6'.repeat(40) });
      github.orphanShas.add(orphan.head_sha);
      github.addArtifact(503, 'perf-gate-baseline-tag', baselineZip(summaryAt('2026-11-02T11:00:00.000Z')));
      const pr = await act(inputs, { runId: 502, event: 'pull_request', pr: { number: 40 } });
      expect(pr.code, pr.stdout).toBe(0);
      expect(pr.outputs['baseline-run-id']).toBe('500');
      // The baseline was downloaded and unzipped without a bundled dependency's `Buffer()` (issue 25 item 13).
      expect(pr.stdout).not.toMatch(/DeprecationWarning/);
      expect(pr.stdout).toMatch(/::warning::run 501 reports branch main but its commit 7{40} is not on it/);
      expect(pr.stdout).toMatch(/::warning::run 503 reports branch main but its commit 6{40} is not on it/);
      // Asked once per run that had the artifact, not per run listed.
      expect(github.count(/^GET \/repos\/org\/shop\/compare\/main\.\.\.7{40}$/)).toBe(1);
    }, 60_000);

    it('skips an unreadable or newer-version newest baseline with a warning naming the run, and the refresh still saves (item 7)', async () => {
      const inputs = { results: summaryFile('unreadable'), 'gate-id': 'unreadable' };
      expect((await act(inputs, { runId: 510, event: 'push' })).code).toBe(0);
      github.addRun({ id: 511, event: 'push' });
      github.addArtifact(
        511,
        'perf-gate-baseline-unreadable',
        baselineZip({ schemaVersion: 2, producer: { name: 'perf-gate', version: '9.1.0' } }),
      );
      github.addRun({ id: 512, event: 'push' });
      github.addArtifact(
        512,
        'perf-gate-baseline-unreadable',
        baselineZip({ schemaVersion: 1, series: 'x' }),
      );
      const pr = await act(inputs, { runId: 513, event: 'pull_request', pr: { number: 41 } });
      expect(pr.code, pr.stdout).toBe(0);
      expect(pr.outputs['baseline-run-id']).toBe('510');
      expect(pr.stdout).toMatch(
        /::warning::the baseline artifact perf-gate-baseline-unreadable of run 512 is unreadable \(run-0\.json\)/,
      );
      expect(pr.stdout).toMatch(
        /of run 511 is unreadable \(run-0\.json\): written by perf-gate 9\.1\.0 .*upgrade perf-gate/,
      );
      const refresh = await act(inputs, { runId: 514, event: 'push' });
      expect(refresh.code, refresh.stdout).toBe(0);
      expect(refresh.outputs['baseline-saved']).toBe('true');
      expect(
        github.artifacts.some((a) => a.run_id === 514 && a.name === 'perf-gate-baseline-unreadable'),
      ).toBe(true);
    }, 90_000);

    it("never takes a run whose k6 thresholds failed as a baseline, whatever the job's conclusion (item 11)", async () => {
      const inputs = { results: summaryFile('thresholds'), 'gate-id': 'thresholds' };
      expect((await act(inputs, { runId: 520, event: 'push' })).code).toBe(0);
      // A newer successful run (continue-on-error) whose stored run failed its thresholds.
      github.addRun({ id: 521, event: 'push' });
      github.addArtifact(
        521,
        'perf-gate-baseline-thresholds',
        baselineZip({ ...summaryAt('2026-11-03T10:00:00.000Z'), ...failedThreshold() }),
      );
      const pr = await act(inputs, { runId: 522, event: 'pull_request', pr: { number: 42 } });
      expect(pr.code, pr.stdout).toBe(0);
      expect(pr.outputs['baseline-run-id']).toBe('520');
      expect(pr.stdout).toMatch(
        /::warning::run 521 failed k6's own thresholds, so its artifact is not a baseline/,
      );
      // Only an explicit input takes it.
      const asked = await act(
        { ...inputs, 'baseline-failed-thresholds': 'true' },
        { runId: 523, event: 'pull_request', pr: { number: 42 } },
      );
      expect(asked.outputs['baseline-run-id'], asked.stdout).toBe('521');
    }, 60_000);

    it('stops after a bounded number of trusted runs when none has the artifact (item 8)', async () => {
      for (let i = 0; i < 30; i++) github.addRun({ id: 600 + i, event: 'push' });
      const before = github.count(/^GET \/repos\/org\/shop\/actions\/runs\/\d+\/artifacts$/);
      const r = await act(
        { results: summaryFile('fresh'), 'gate-id': 'fresh' },
        {
          runId: 640,
          event: 'pull_request',
          pr: { number: 43 },
        },
      );
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs.verdict).toBe('no-baseline');
      expect(github.count(/^GET \/repos\/org\/shop\/actions\/runs\/\d+\/artifacts$/) - before).toBe(10);
      expect(r.stdout).toMatch(
        /none of the 10 newest trusted runs has a usable perf-gate-baseline-fresh artifact/,
      );
    }, 60_000);
  });

  describe('API errors (item 8)', () => {
    const inputs = () => ({ results: summaryFile('api'), 'gate-id': 'api' });

    it('waits out a rate limit (retry-after, x-ratelimit-reset) and goes on', async () => {
      expect((await act(inputs(), { runId: 700, event: 'push' })).code).toBe(0);
      github.failures.push(
        {
          match: /^GET \/repos\/org\/shop\/actions\/workflows\/perf\.yml\/runs$/,
          status: 403,
          message: 'API rate limit exceeded for installation ID 1.',
          headers: {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1),
          },
          times: 1,
        },
        {
          match: /^GET \/repos\/org\/shop\/actions\/runs\/700\/artifacts$/,
          status: 403,
          message: 'You have exceeded a secondary rate limit.',
          headers: { 'retry-after': '1' },
          times: 1,
        },
      );
      const r = await act(inputs(), { runId: 701, event: 'pull_request', pr: { number: 44 } });
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs['baseline-run-id']).toBe('700');
      expect(github.failures.every((f) => f.times === 0)).toBe(true);
    }, 60_000);

    it('says a rate limit that does not clear in time is a rate limit, not a missing permission', async () => {
      github.failures.push({
        match: /^GET \/repos\/org\/shop\/actions\/workflows\/perf\.yml\/runs$/,
        status: 403,
        message: 'API rate limit exceeded for installation ID 1.',
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
        },
        times: 1,
      });
      const r = await act(inputs(), { runId: 702, event: 'pull_request', pr: { number: 44 } });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/::error::GitHub's API rate limit stopped perf-gate .* it resets around/);
      expect(r.stdout).not.toMatch(/permissions:/);
    }, 60_000);

    it('takes an older trusted run when the newest artifact expired between listing and download (404/410)', async () => {
      const newer = github.addRun({ id: 703, event: 'push' });
      const gone = github.addArtifact(
        newer.id,
        'perf-gate-baseline-api',
        baselineZip(summaryAt('2026-11-04T10:00:00.000Z')),
      );
      github.failures.push({
        match: new RegExp(`^GET /repos/org/shop/actions/artifacts/${gone.id}/zip$`),
        status: 410,
        message: 'Artifact has expired',
        times: 1,
      });
      const r = await act(inputs(), { runId: 704, event: 'pull_request', pr: { number: 45 } });
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs['baseline-run-id']).toBe('700');
      expect(r.stdout).toMatch(
        /::warning::the baseline artifact of run 703 expired or was deleted before it could be downloaded \(HTTP 410\)/,
      );
    }, 60_000);
  });

  describe('the sticky comment and the accept label', () => {
    it("finds its own comment again with a personal token or an App's token (item 9)", async () => {
      github.tokenLogins.ghp_personal = 'perf-bot';
      github.tokenLogins.ghs_app = 'my-app[bot]';
      const inputs = { results: summaryFile('identity'), 'gate-id': 'identity' };
      for (const [token, pr] of [
        ['ghp_personal', 50],
        ['ghs_app', 51],
      ] as const) {
        for (const runId of [800 + pr * 2, 801 + pr * 2]) {
          const r = await act(inputs, { runId, event: 'pull_request', pr: { number: pr }, token });
          expect(r.code, r.stdout).toBe(0);
        }
        expect(commentsOn(pr)).toHaveLength(1);
        expect(commentsOn(pr)[0]!.login).toBe(github.tokenLogins[token]);
      }
    }, 90_000);

    it('reads the label from the pull request now, and who added it with what permission (item 3)', async () => {
      const failing = summaryFile('failing', failedThreshold());
      const inputs = { results: failing, 'gate-id': 'label' };
      // Added after the first attempt: the replayed payload has no label, the pull request has.
      github.pulls.push({ number: 60, head_sha: 'f'.repeat(40), labels: [LABEL] });
      github.labelEvents.push({ issue: 60, label: LABEL, actor: 'lead' });
      github.permissions.lead = 'admin';
      const added = await act(inputs, { runId: 900, event: 'pull_request', pr: { number: 60 } });
      expect(added.code, added.stdout).toBe(0);
      expect(added.outputs.verdict).toBe('pass');
      expect(commentsOn(60)[0]!.body).toMatch(/\*\*Accepted:\*\* @\u200dlead applied/);

      // A later push to the same pull request: the label accepted the commit before it, not this one.
      const pushedLater = await act(inputs, {
        runId: 903,
        event: 'pull_request',
        pr: { number: 60, sha: 'ab'.repeat(20), labels: [LABEL] },
        createdAt: new Date(Date.now() + 60_000).toISOString(),
      });
      expect(pushedLater.code).toBe(1);
      expect(pushedLater.outputs.verdict).toBe('fail');
      expect(pushedLater.stdout).toMatch(/::warning::the accept label predates the newest push/);
      expect(commentsOn(60)[0]!.body).toMatch(
        /the accept label predates the newest push: add it again to accept this commit/,
      );

      // Removed since: the payload still has it, the pull request does not.
      github.pulls.push({ number: 61, head_sha: 'f'.repeat(40), labels: [] });
      const removed = await act(inputs, {
        runId: 901,
        event: 'pull_request',
        pr: { number: 61, labels: [LABEL] },
      });
      expect(removed.code).toBe(1);
      expect(removed.outputs.verdict).toBe('fail');
      expect(removed.stdout).toMatch(
        /::warning::pull request #61 does not carry the label 'perf-gate:accept' now/,
      );

      // Added by someone who may only read.
      github.pulls.push({ number: 62, head_sha: 'f'.repeat(40), labels: [LABEL] });
      github.labelEvents.push({ issue: 62, label: LABEL, actor: 'drive-by' });
      github.permissions['drive-by'] = 'read';
      const reader = await act(inputs, { runId: 902, event: 'pull_request', pr: { number: 62 } });
      expect(reader.code).toBe(1);
      expect(reader.stdout).toMatch(
        /::warning::drive-by added the label 'perf-gate:accept' with read permission/,
      );
    }, 90_000);
  });

  it('prints no workflow command from hostile text (item 5)', async () => {
    const evil = 'http_req_duration\n::warning::owned\n::add-mask::x\n##[error]owned';
    const r = await act(
      { results: summaryFile('commands', failedThreshold(evil)), 'gate-id': 'commands' },
      { runId: 950, event: 'pull_request', pr: { number: 70 } },
    );
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toMatch(/owned/);
    // perf-gate's own annotations carry the text escaped (%0A); no line of it starts a command of its own.
    expect(
      commands(r).filter((l) => /^(::warning::owned|::add-mask::|##\[error\]owned)/.test(l.trim())),
    ).toEqual([]);
  }, 60_000);

  it('gives k6 (so the script and its remote modules) no credential from the runner (item 4)', async () => {
    const service = await startDemoService({ seed: 5 });
    try {
      const r = await act(
        {
          script: '__tests__/fixtures/k6/env-probe.js',
          env: `BASE_URL=${service.url}`,
          'baseline-dir': mkdtempSync(join(tmpdir(), 'env-probe-baselines-')),
          'max-runs': '1',
        },
        {
          runId: 960,
          event: 'pull_request',
          pr: { number: 71 },
          env: { K6_PATH: pinnedK6(), GITHUB_TOKEN: 'ghs_secret', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc' },
        },
      );
      expect(r.stdout).not.toMatch(/leaked to the script/);
      // The probe's own threshold (no credential in __ENV) passed: nothing to fail, nothing to compare yet.
      expect(r.outputs.verdict, r.stdout).toBe('no-baseline');
    } finally {
      await service.close();
    }
  }, 60_000);
});
