/**
 * The bundled action with `start` (Node 24, the fake GitHub, the real k6): the workspace is a shallow clone
 * (`actions/checkout`'s depth 1) of a temporary repository whose origin is a file:// URL. On a push to main the
 * action starts the head alone and stores its run as the baseline; on a pull request it fetches the base commit
 * the clone lacks, checks it out beside the head, starts both, runs the A/B pairs, and the comment says "A/B
 * against the base commit <sha> on this runner". The pull request's head is twice as slow: the step fails.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/report.js';
import { FakeGitHub } from '../support/fake-github.js';
import { git, serviceRepository, tinyServer } from '../support/git-repo.js';
import { pinnedK6 } from '../support/k6.js';
import { actAsWorkflowRun, bundledAction } from '../support/workflow-run.js';

/** The origin: main holds the 20 ms service; the branch `slower` makes it 40 ms. */
const origin = () =>
  serviceRepository({ 'server.js': tinyServer(40) }, { branch: 'slower', checkout: 'main' });

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
