/**
 * The bundled action with `start` (Node 24, the fake GitHub, the real k6): the workspace is a shallow clone
 * (`actions/checkout`'s depth 1) of a temporary repository whose origin is a file:// URL. On a push to main the
 * action starts the head alone and stores its run as the baseline; on a pull request it fetches the base commit
 * the clone lacks, checks it out beside the head, starts both, runs the A/B pairs, and the comment says "A/B
 * against the base commit <sha> on this runner". The pull request's head is twice as slow: the step fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report.js';
import { FakeGitHub } from '../support/fake-github.js';
import { pinnedK6 } from '../support/k6.js';
import { actAsWorkflowRun, bundledAction } from '../support/workflow-run.js';

const server = (delayMs: number) => `const http = require('node:http');
http.createServer((req, res) => setTimeout(() => res.end('ok'), ${delayMs}))
  .listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening on ' + process.env.PORT));
`;
const SCRIPT = `import http from 'k6/http';
export const options = {
  scenarios: {
    load: { executor: 'constant-arrival-rate', rate: 30, timeUnit: '1s', duration: '4s', preAllocatedVUs: 10, maxVUs: 40 },
  },
};
export default function () {
  http.get(__ENV.BASE_URL + '/items');
}
`;

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();

/** The origin: main holds the 20 ms service; the branch `slower` makes it 40 ms. */
function origin(): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'action-ab-start-origin-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'server.js'), server(20));
  writeFileSync(join(dir, 'load.js'), SCRIPT);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'the service');
  const base = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'slower');
  writeFileSync(join(dir, 'server.js'), server(40));
  git(dir, 'commit', '-q', '-am', 'twice as slow');
  const head = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', 'main');
  return { dir, base, head };
}

/** A workspace as actions/checkout leaves it: a depth-1 clone of `branch`. */
function shallowClone(from: string, branch: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'action-ab-start-workspace-')), 'repo');
  git(tmpdir(), 'clone', '-q', '--depth', '1', '--branch', branch, `file://${from}`, dir);
  return dir;
}

describe('the bundled action starts the service itself (start)', () => {
  const github = new FakeGitHub();
  const action = bundledAction(github);
  const reports = mkdtempSync(join(tmpdir(), 'action-ab-start-reports-'));
  const repo = origin();
  const inputs = (name: string) => ({
    script: 'load.js',
    start: 'node server.js',
    'report-path': join(reports, `${name}.json`),
    comment: 'always',
  });
  const report = (name: string) => JSON.parse(readFileSync(join(reports, `${name}.json`), 'utf8')) as Report;

  it('a push to main starts the head alone and stores its run as the baseline', async () => {
    const workspace = shallowClone(repo.dir, 'main');
    const r = await actAsWorkflowRun(
      github,
      { ...action, workspace, env: { K6_PATH: pinnedK6() } },
      inputs('push'),
      { runId: 700, commit: repo.base },
    );
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['baseline-saved']).toBe('true');
    expect(report('push').ab).toBeUndefined();
    expect(r.stdout).toMatch(/the head answers at http:\/\/127\.0\.0\.1:\d+\//);
    // The service's own output goes to its log file, not the job's log.
    expect(r.stdout).not.toContain('listening on');
  }, 180_000);

  it('a pull request runs A/B against its base commit, fetched into the shallow clone, and fails a 2x slowdown', async () => {
    const workspace = shallowClone(repo.dir, 'slower');
    expect(() => git(workspace, 'cat-file', '-e', `${repo.base}^{commit}`)).toThrow();
    const r = await actAsWorkflowRun(
      github,
      { ...action, workspace, env: { K6_PATH: pinnedK6() } },
      inputs('pr'),
      { runId: 701, commit: repo.head, pr: { number: 31, base: repo.base } },
    );
    expect(r.code, r.stdout).toBe(1);
    const rep = report('pr');
    expect(rep.verdict).toBe('fail');
    expect(rep.ab?.base).toEqual({ commit: repo.base });
    const short = repo.base.slice(0, 7);
    const comment = github.comments.find((c) => c.issue === 31)?.body ?? '';
    expect(comment).toContain(
      `A/B against the base commit [\`${short}\`](https://github.com/org/shop/commit/${repo.base}) on this runner`,
    );
    expect(r.summary).toContain(`A/B against the base commit`);
    // No stored baseline is read for A/B, and the base's worktree is gone afterwards.
    expect(r.outputs['baseline-run-id'] ?? '').toBe('');
    expect(git(workspace, 'worktree', 'list').split('\n')).toHaveLength(1);
  }, 300_000);
});
