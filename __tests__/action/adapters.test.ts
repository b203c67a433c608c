/**
 * Which base commit chooses a pull request's baseline in the action: with a baseline directory and no token, the
 * runs' commits are placed by git in the checkout, as the CLI places them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baselineBase } from '../../src/action/adapters.js';
import type { ActionConfig } from '../../src/action/inputs.js';
import { git } from '../support/git-repo.js';
import { pullRequestContext } from '../support/run-context.js';

function commit(cwd: string, name: string): string {
  writeFileSync(join(cwd, name), name);
  git(cwd, 'add', name);
  git(cwd, 'commit', '-q', '-m', name);
  return git(cwd, 'rev-parse', 'HEAD');
}

const directory = { store: { kind: 'directory', dir: '.perf-gate' } } as unknown as ActionConfig;

describe('baselineBase with a baseline directory and no token', () => {
  let repo: string;
  const commits: string[] = [];
  let sideBranch: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'pg-adapters-'));
    git(repo, 'init', '-q', '-b', 'main');
    commits.push(commit(repo, 'one'), commit(repo, 'two'), commit(repo, 'three'));
    git(repo, 'checkout', '-q', '-b', 'side', commits[1]!);
    sideBranch = commit(repo, 'side');
  });

  it("places the runs' commits from the pull request's base with git", async () => {
    const base = baselineBase(directory, pullRequestContext(repo, commits[1]!), undefined);
    expect(base?.commit).toBe(commits[1]);
    expect(base?.what).toBe("this pull request's base");
    expect(await base?.placeOf(commits[0]!)).toEqual({ behind: 1, ahead: 0 });
    expect(await base?.placeOf(commits[1]!)).toEqual({ behind: 0, ahead: 0 });
    // Newer than the base, and on another branch: not ancestors, so never its baseline.
    expect(await base?.placeOf(commits[2]!)).toEqual({ behind: 0, ahead: 1 });
    expect(await base?.placeOf(sideBranch)).toEqual({ behind: 0, ahead: 1 });
  });

  it('leaves a commit the checkout lacks unplaced, and a push chooses no base', async () => {
    const base = baselineBase(directory, pullRequestContext(repo, commits[1]!), undefined);
    expect(await base?.placeOf('f'.repeat(40))).toBeUndefined();
    expect(await base?.placeOf('--all')).toBeUndefined();
    expect(baselineBase(directory, pullRequestContext(repo, commits[1]!, 'push'), undefined)).toBeUndefined();
  });
});
