import { execFile } from 'node:child_process';

function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 5_000 }, (err, stdout) =>
      resolve(err ? undefined : stdout.trim() || undefined),
    );
  });
}

/** The commit and branch of the working directory, when it is a git checkout (recorded in the RunSummary). */
export async function gitInfo(cwd: string): Promise<{ commit?: string; ref?: string } | undefined> {
  const [commit, ref] = await Promise.all([
    git(['rev-parse', 'HEAD'], cwd),
    git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd),
  ]);
  if (!commit && !ref) return undefined;
  return { commit, ref: ref === 'HEAD' ? undefined : ref };
}
