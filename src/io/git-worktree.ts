/**
 * The base version's checkout for A/B with `start`: resolve the base (a pull request's base commit, `--base-ref`, or
 * the merge base with the default branch), fetch it when a shallow checkout lacks it (`actions/checkout` fetches
 * depth 1), and `git worktree add --detach` it in a temporary directory outside the checkout; removed afterwards,
 * also on failure and on cancellation (cancellation.ts).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PerfGateError } from '../errors.js';
import { onCancel } from './cancellation.js';
import { COMMIT, localBase } from './git-commits.js';

/** git in `cwd`: its trimmed stdout, or the error with git's own message. */
function git(args: string[], cwd: string, timeout = 60_000): Promise<{ out: string } | { error: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout, maxBuffer: 1 << 20 }, (err, stdout, stderr) =>
      resolve(err ? { error: (stderr || err.message).trim().slice(0, 500) } : { out: stdout.trim() }),
    );
  });
}

/** The base version checked out: its commit, the directory its version of the working directory is in. */
export interface BaseCheckout {
  commit: string;
  /** The working directory's counterpart in the base's worktree (the same path below the repository's top). */
  dir: string;
  remove(): Promise<void>;
}

/** The commit `ref` names, when this checkout has it. */
async function commitOf(cwd: string, ref: string): Promise<string | undefined> {
  const got = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  return 'out' in got && COMMIT.test(got.out) ? got.out : undefined;
}

/**
 * The base commit: `ref` resolved with `git rev-parse`, fetched first from `origin` when it is a commit id this
 * (shallow) checkout lacks; without `ref`, the merge base of HEAD with the default branch.
 * @throws PerfGateError when it cannot be resolved or fetched.
 */
export async function resolveBase(cwd: string, ref: string | undefined): Promise<string> {
  if (ref === undefined) {
    const base = await localBase(cwd);
    if (!base)
      throw new PerfGateError(
        `no base version to compare with: the merge base with the default branch (main, master or origin/HEAD) is taken on another branch, and ${cwd} is on the default branch itself, on a detached HEAD, or outside a git checkout`,
        'Name the base with --base-ref <ref>, e.g. --base-ref main or --base-ref HEAD~1',
      );
    return base.commit;
  }
  if (ref.startsWith('-'))
    throw new PerfGateError(
      `the base ref "${ref.slice(0, 80)}" is not a ref`,
      'Name a commit, branch or tag',
    );
  const known = await commitOf(cwd, ref);
  if (known) return known;
  if (!COMMIT.test(ref))
    throw new PerfGateError(
      `the base ref "${ref.slice(0, 80)}" names no commit of the checkout in ${cwd}`,
      'Name a commit, branch or tag that `git rev-parse` knows (fetch it first if it lives on a remote only)',
    );
  // A shallow checkout (actions/checkout's depth 1) has the head only: fetch the base commit, and only it.
  const fetched = await git(['fetch', '--no-tags', '--depth=1', 'origin', ref], cwd, 300_000);
  const commit = await commitOf(cwd, ref);
  if (!commit)
    throw new PerfGateError(
      `the base commit ${ref.slice(0, 12)} is not in this checkout and \`git fetch --depth=1 origin ${ref.slice(0, 12)}\` failed${'error' in fetched ? `: ${fetched.error}` : ''}`,
      'Check out with fetch-depth: 0, or give the job read access to the repository (contents: read)',
    );
  return commit;
}

/**
 * Checks out `commit` detached in a new temporary directory (outside the checkout, so that no tool walking the
 * checkout sees a second copy), as a worktree of the repository of `cwd`.
 * @throws PerfGateError when git cannot add the worktree.
 */
export async function addBaseWorktree(cwd: string, commit: string): Promise<BaseCheckout> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd);
  if ('error' in top)
    throw new PerfGateError(
      `${cwd} is not in a git checkout (${top.error})`,
      'Run perf-gate in the repository',
    );
  const parent = await mkdtemp(join(tmpdir(), 'perf-gate-base-'));
  const root = join(parent, 'checkout');
  let removed: Promise<void> | undefined;
  const remove = () =>
    (removed ??= (async () => {
      unregister();
      await git(['worktree', 'remove', '--force', root], cwd);
      await rm(parent, { recursive: true, force: true });
      await git(['worktree', 'prune'], cwd);
    })());
  const unregister = onCancel(remove);
  const added = await git(['worktree', 'add', '--detach', root, commit], cwd, 300_000);
  if ('error' in added) {
    await remove();
    throw new PerfGateError(
      `cannot check out the base commit ${commit.slice(0, 7)} in a worktree: ${added.error}`,
      'Check that the repository is not locked by another git process and the disk has room',
    );
  }
  return { commit, dir: join(root, relative(top.out, await realpath(cwd))), remove };
}

/** The base version of the repository at `cwd`, resolved and checked out (what pipeline/served.ts asks for). */
export async function checkoutBase(cwd: string, ref: string | undefined): Promise<BaseCheckout> {
  return addBaseWorktree(cwd, await resolveBase(cwd, ref));
}
