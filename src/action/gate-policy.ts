/**
 * Whose configuration file judges the run. On a push it is the checkout's. On a pull request (`pull_request`,
 * `pull_request_target`) the checkout is the pull request's, so its file would let it loosen its own gate
 * (`report-only`, `tolerance: 1000%`, `on-inconclusive: pass`, `gate: false` rules): the gate judges with the file
 * as the base commit (`pull_request.base.sha`) has it, read through GitHub's contents API (the checkout is shallow
 * by default, so the base commit is usually not in it), and says so when the pull request's file differs. Without a
 * token, a checkout that holds the base commit (`fetch-depth: 0`) is read with git instead.
 */
import { PerfGateError } from '../errors.js';
import { loadGateFileConfig, loadGateFileConfigAt } from '../io/config-file.js';
import { gitFileAt, hasCommit } from '../io/git-file.js';
import type { GitHubClient } from '../io/github/client.js';
import type { GateFileConfig } from '../options/config-file.js';
import { configChangeNotice } from '../options/config-change.js';
import type { RunContext } from './run-context.js';

export interface GatePolicyFile {
  /** The configuration the gate judges with (undefined: the defaults). */
  file: GateFileConfig | undefined;
  /** Set when a pull request changes the configuration: what changed, for the comment, summary and log. */
  changed?: string;
}

/**
 * The configuration file for this run: the checkout's, or on a pull request its base commit's. `cwd` is the
 * working directory the file is looked for in, `explicit` the `config` input.
 */
export async function gatePolicyFile(
  ctx: RunContext,
  github: GitHubClient | undefined,
  cwd: string,
  explicit: string | undefined,
): Promise<GatePolicyFile> {
  const checkout = await loadGateFileConfig(cwd, explicit);
  const baseSha = ctx.eventName.startsWith('pull_request') ? ctx.pullRequest?.baseSha : undefined;
  if (!baseSha) return { file: checkout };
  const what = `the pull request's base commit ${baseSha.slice(0, 7)}`;
  let read: (path: string) => Promise<string | undefined>;
  if (github) read = (path) => github.fileAt(path, baseSha);
  else if (await hasCommit(ctx.workspace, baseSha)) read = (path) => gitFileAt(ctx.workspace, baseSha, path);
  else
    throw new PerfGateError(
      `cannot read the gate's configuration file at this pull request's base commit ${baseSha.slice(0, 7)}: input 'github-token' is empty and the checkout does not hold that commit`,
      "Keep the default `github-token: ${{ github.token }}` (it needs `contents: read`), or check out with `fetch-depth: 0`: a pull request is judged by its base commit's configuration, not its own",
    );
  const base = await loadGateFileConfigAt({ what, read }, ctx.workspace, cwd, explicit);
  // A file outside the repository (an absolute path on the runner) is the workflow's, not the pull request's.
  if (base === 'outside') return { file: checkout };
  const changed = configChangeNotice(base, checkout);
  return { file: base, ...(changed ? { changed } : {}) };
}
