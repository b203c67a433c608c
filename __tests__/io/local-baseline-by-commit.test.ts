/**
 * The baseline cycle over the directory store on a branch, in a real git repository: the baseline is the runs at the
 * merge base with the default branch and its ancestors, never runs of commits the branch does not contain.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localBase } from '../../src/io/git-commits.js';
import { LocalBaselineStore } from '../../src/io/local-baseline-store.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { loadBaseline } from '../../src/pipeline/baseline-cycle.js';
import { summaryAt } from '../support/summaries.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
    },
  }).trim();
}

function commit(cwd: string, file: string): string {
  writeFileSync(join(cwd, file), file);
  git(cwd, 'add', file);
  git(cwd, 'commit', '-q', '-m', file);
  return git(cwd, 'rev-parse', 'HEAD');
}

/** The cycle's loading over a store, as `history(limit)`, with the commit it chooses for. */
function cycleOver(store: LocalBaselineStore, base: Awaited<ReturnType<typeof localBase>>) {
  return {
    history: (limit: number) =>
      loadBaseline(
        { store, logger: new MemoryLogger(), ...(base ? { base } : {}) },
        { save: 'never', history: limit, acceptFailedThresholds: false },
      ),
  };
}

describe('the baseline cycle on a branch of a real git repository', () => {
  let repo: string;
  let a: string;
  let b: string;
  let side: string;
  let store: (base: Awaited<ReturnType<typeof localBase>>) => {
    history(limit: number): ReturnType<typeof loadBaseline>;
  };

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'perf-gate-git-'));
    git(repo, 'init', '-q', '-b', 'main');
    a = commit(repo, 'a.txt');
    b = commit(repo, 'b.txt');
    // A commit on another branch: its run must never be pooled for a branch that does not contain it.
    git(repo, 'checkout', '-q', '-b', 'other', a);
    side = commit(repo, 'side.txt');
    git(repo, 'checkout', '-q', 'main');
    const dir = join(repo, '.perf-gate', 'default');
    const saving = new LocalBaselineStore(dir, repo);
    // Oldest first: A's run, B's run, then the side branch's (the newest of all).
    await saving.write([{ ...summaryAt('2026-01-01T10:00:00Z'), git: { commit: a, ref: 'main' } }], [], 10);
    await saving.write([{ ...summaryAt('2026-01-02T10:00:00Z'), git: { commit: b, ref: 'main' } }], [], 10);
    await saving.write([{ ...summaryAt('2026-01-02T11:00:00Z'), git: { commit: b, ref: 'main' } }], [], 10);
    await saving.write(
      [{ ...summaryAt('2026-01-03T10:00:00Z'), git: { commit: side, ref: 'other' } }],
      [],
      10,
    );
    store = (base) => cycleOver(new LocalBaselineStore(dir, repo), base);
  });

  it('on the default branch: no merge base, the newest runs', async () => {
    expect(await localBase(repo)).toBeUndefined();
  });

  it('a branch from A is compared with A only: B and the side branch are not its ancestors', async () => {
    git(repo, 'checkout', '-q', '-b', 'feature', a);
    commit(repo, 'feature.txt');
    const base = await localBase(repo);
    expect(base).toMatchObject({ commit: a, defaultBranch: 'main' });
    const { runs: history, selection } = await store(base).history(5);
    expect(history.map((h) => h.summary.git?.commit)).toEqual([a]);
    expect(selection).toEqual({
      baseCommit: a,
      basis: 'base-commit',
      commits: [{ commit: a, runs: 1, ahead: 0, behind: 0 }],
      warning: undefined,
    });
  });

  it('rebased on B, it is compared with B first, A after it', async () => {
    git(repo, 'rebase', '-q', 'main');
    const base = await localBase(repo);
    expect(base?.commit).toBe(b);
    const s = store(base);
    const { runs: history, selection } = await s.history(5);
    expect(history.map((h) => [h.summary.git?.commit, h.summary.run.start])).toEqual([
      [b, '2026-01-02T11:00:00Z'],
      [b, '2026-01-02T10:00:00Z'],
      [a, '2026-01-01T10:00:00Z'],
    ]);
    expect(selection?.commits.map((c) => [c.commit, c.runs, c.behind])).toEqual([
      [b, 2, 0],
      [a, 1, 1],
    ]);
    expect((await s.history(2)).runs.map((h) => h.summary.git?.commit)).toEqual([b, b]);
  });

  it('a base commit without a run falls back to its nearest ancestor and says so', async () => {
    git(repo, 'checkout', '-q', 'main');
    const c = commit(repo, 'c.txt');
    git(repo, 'checkout', '-q', '-b', 'late', c);
    commit(repo, 'late.txt');
    const base = await localBase(repo);
    expect(base?.commit).toBe(c);
    const { runs, selection } = await store(base).history(5);
    expect(runs.map((h) => h.summary.git?.commit)).toEqual([b, b, a]);
    expect(selection?.basis).toBe('ancestor');
    expect(selection?.warning).toBe(
      `the merge base with main ${c.slice(0, 7)} has no usable baseline run yet: baseline from ${b.slice(0, 7)}, 1 commit before it`,
    );
  });

  it('with no run of an ancestor, the newest runs, with a warning naming the drift', async () => {
    // A directory holding only runs the base does not contain: B (after A on main) and the side branch's.
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-drift-'));
    const saving = new LocalBaselineStore(dir, repo);
    await saving.write([{ ...summaryAt('2026-01-02T10:00:00Z'), git: { commit: b, ref: 'main' } }], [], 10);
    await saving.write(
      [{ ...summaryAt('2026-01-03T10:00:00Z'), git: { commit: side, ref: 'other' } }],
      [],
      10,
    );
    git(repo, 'checkout', '-q', '-b', 'old-feature', a);
    commit(repo, 'old-feature.txt');
    const base = await localBase(repo);
    expect(base?.commit).toBe(a);
    const { runs, selection } = await cycleOver(new LocalBaselineStore(dir, repo), base).history(5);
    expect(runs.map((h) => h.summary.git?.commit)).toEqual([side, b]);
    expect(selection?.basis).toBe('newest');
    expect(selection?.warning).toBe(
      `no baseline run of the merge base with main ${a.slice(0, 7)} or of its ancestors was found: baseline from ${side.slice(0, 7)}, 1 commit after it; differences may come from those commits`,
    );
  });

  it('an orphan branch shares no history with main: no merge base, the newest runs', async () => {
    git(repo, 'checkout', '-q', '--orphan', 'fresh');
    git(repo, 'rm', '-rqf', '--cached', '.');
    commit(repo, 'fresh.txt');
    expect(await localBase(repo)).toBeUndefined();
  });
});
