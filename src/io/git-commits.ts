import { execFile } from 'node:child_process';
import type { CommitPlace } from '../domain/baseline-by-commit.js';
import type { BaseCommit } from './baseline-store.js';

/** Runs git in `cwd`; undefined when git is missing, `cwd` is not a checkout, or the command fails. */
function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 10_000 }, (err, stdout) =>
      resolve(err ? undefined : stdout.trim() || undefined),
    );
  });
}

/** The commit a local branch's baseline is chosen for (`git merge-base HEAD <default branch>`), placed by git. */
export interface LocalBase extends BaseCommit {
  /** The default branch, as named in messages (`main`). */
  defaultBranch: string;
}

/** A full commit id (SHA-1 or SHA-256): what a recorded commit must be before git is asked about it. */
export const COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * The default branch of the checkout: the remote's HEAD (`origin/HEAD` -> `origin/main`) when cloned, else a local
 * `main` or `master`. Returns the ref to compare with and the branch's short name.
 */
async function defaultBranch(cwd: string): Promise<{ ref: string; name: string } | undefined> {
  const remote = await git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], cwd);
  if (remote) return { ref: remote, name: remote.replace(/^origin\//, '') };
  for (const name of ['main', 'master'])
    if (await git(['rev-parse', '--verify', '--quiet', `refs/heads/${name}`], cwd))
      return { ref: `refs/heads/${name}`, name };
  return undefined;
}

/**
 * On a branch other than the default one: the merge base of HEAD and the default branch, the commit whose runs
 * (and its ancestors' runs) are the baseline, as a pull request's base commit is in the action. Undefined on the
 * default branch itself, on a detached HEAD, or outside a git checkout: the newest runs are the baseline there.
 */
export async function localBase(cwd: string): Promise<LocalBase | undefined> {
  const branch = await git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
  if (!branch || branch === 'HEAD') return undefined;
  const main = await defaultBranch(cwd);
  if (!main || main.name === branch) return undefined;
  const commit = await git(['merge-base', 'HEAD', main.ref], cwd);
  if (!commit || !COMMIT.test(commit)) return undefined;
  return { ...gitBase(cwd, commit, `the merge base with ${main.name}`), defaultBranch: main.name };
}

/**
 * A base commit whose runs' commits are placed by git in the checkout at `cwd`, each asked once. A commit git cannot
 * place (not in this clone: a shallow checkout, a run stored from elsewhere) is unplaced, so the cycle falls back to
 * the newest runs and says so.
 */
export function gitBase(cwd: string, commit: string, what: string): BaseCommit {
  const places = new Map<string, Promise<CommitPlace | undefined>>();
  return {
    commit,
    what,
    placeOf: (other) => {
      let place = places.get(other);
      if (!place) {
        place = COMMIT.test(commit) ? commitPlace(cwd, commit, other) : Promise.resolve(undefined);
        places.set(other, place);
      }
      return place;
    },
  };
}

/**
 * Where `commit` stands from `base`: `git rev-list --left-right --count base...commit` counts the commits only the
 * base has (behind) and only `commit` has (ahead). Undefined for a commit this checkout does not have (a run stored
 * from another clone, or history rewritten since) or a recorded value that is not a commit id (hostile text).
 */
async function commitPlace(cwd: string, base: string, commit: string): Promise<CommitPlace | undefined> {
  if (!COMMIT.test(commit)) return undefined;
  const out = await git(['rev-list', '--left-right', '--count', `${base}...${commit}`], cwd);
  const m = /^(\d+)\s+(\d+)$/.exec(out ?? '');
  if (!m) return undefined;
  return { behind: Number(m[1]), ahead: Number(m[2]) };
}
