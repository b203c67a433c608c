/**
 * A file as a commit of the local checkout has it (`git show <commit>:<path>`), for reading the gate's
 * configuration at a pull request's base commit without the API when the checkout holds that commit
 * (`actions/checkout` with `fetch-depth: 0`, or a self-hosted runner's full clone).
 */
import { execFile } from 'node:child_process';
import { COMMIT } from './git-commits.js';

/** The largest configuration text read from git: the contents API refuses files over 1 MB as well. */
const MAX_BYTES = 1024 * 1024;

function run(args: string[], cwd: string): Promise<{ ok: boolean; stdout: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 10_000, maxBuffer: MAX_BYTES }, (err, stdout) =>
      resolve({ ok: !err, stdout: String(stdout) }),
    );
  });
}

/** Whether the checkout in `cwd` holds `commit` (false outside a checkout, without git, or in a shallow clone). */
export async function hasCommit(cwd: string, commit: string): Promise<boolean> {
  if (!COMMIT.test(commit)) return false;
  return (await run(['cat-file', '-e', `${commit}^{commit}`], cwd)).ok;
}

/**
 * The text of `repoPath` (relative to the repository root, `/`-separated) at `commit`, which the caller checked
 * with hasCommit; undefined when the commit has no such file (or it is a directory, or larger than 1 MB).
 */
export async function gitFileAt(cwd: string, commit: string, repoPath: string): Promise<string | undefined> {
  if (!COMMIT.test(commit)) return undefined;
  const kind = await run(['cat-file', '-t', `${commit}:${repoPath}`], cwd);
  if (!kind.ok || kind.stdout.trim() !== 'blob') return undefined;
  const file = await run(['cat-file', 'blob', `${commit}:${repoPath}`], cwd);
  return file.ok ? file.stdout : undefined;
}
