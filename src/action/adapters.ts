import { PerfGateError } from '../errors.js';
import type { BaseCommit, BaselineStore } from '../io/baseline-store.js';
import { ArtifactBaselineStore } from '../io/github/artifact-baseline-store.js';
import { ActionsGitHubClient, type GitHubClient } from '../io/github/client.js';
import { pullRequestBase } from '../io/github/trust.js';
import { gitBase } from '../io/git-commits.js';
import { LocalBaselineStore } from '../io/local-baseline-store.js';
import type { Logger } from '../io/logger.js';
import type { ActionConfig } from './inputs.js';
import type { RunContext } from './run-context.js';

/**
 * The GitHub API of this run, when there is a token (input `github-token`) and a repository to talk about. Made
 * before the inputs are built: a pull request's configuration file is read from its base commit through it.
 */
export function githubClient(token: string, ctx: RunContext): GitHubClient | undefined {
  if (!token || !ctx.repository) return undefined;
  const [owner, repo] = ctx.repository.split('/') as [string, string];
  return new ActionsGitHubClient(token, { owner, repo });
}

/** Where baselines live: a directory when `baseline-dir` is set, else trusted artifacts of the default branch. */
export function baselineStore(
  config: ActionConfig,
  ctx: RunContext,
  github: GitHubClient | undefined,
  logger: Logger,
): BaselineStore {
  if (config.store.kind === 'directory') return new LocalBaselineStore(config.store.dir, ctx.workspace);
  const trusted = trustedArtifacts(ctx, github);
  return new ArtifactBaselineStore(
    trusted.github,
    config.store.name,
    trusted.policy,
    logger,
    config.store.retentionDays,
  );
}

/**
 * A pull request's baseline is chosen by its base commit; a push takes the newest runs. The runs' commits are
 * placed with GitHub's compare API when there is a token; a baseline directory without one is placed by git in the
 * checkout (it needs the history: `fetch-depth: 0`; in a shallow checkout nothing is placed and the newest runs are
 * the baseline, as the report then says).
 */
export function baselineBase(
  config: ActionConfig,
  ctx: RunContext,
  github: GitHubClient | undefined,
): BaseCommit | undefined {
  const baseSha = ctx.eventName.startsWith('pull_request') ? ctx.pullRequest?.baseSha : undefined;
  if (!baseSha) return undefined;
  if (github && ctx.defaultBranch) return pullRequestBase(github, ctx.defaultBranch, baseSha);
  if (config.store.kind === 'directory') return gitBase(ctx.workspace, baseSha, "this pull request's base");
  return undefined;
}

/** What the artifact store needs to tell trusted runs: a token and this workflow's identity. */
function trustedArtifacts(ctx: RunContext, github: GitHubClient | undefined) {
  if (!github)
    throw new PerfGateError(
      "input 'github-token' is empty, and baselines live in artifacts by default",
      "Keep the default `github-token: ${{ github.token }}`, or set 'baseline-dir' to keep baselines in a directory",
    );
  const missing = [
    ctx.workflow ? undefined : 'GITHUB_WORKFLOW_REF',
    ctx.repositoryId !== undefined ? undefined : 'the repository id in the event payload',
    ctx.defaultBranch ? undefined : 'the default branch in the event payload',
  ].filter(Boolean);
  if (missing.length > 0 || !ctx.workflow || ctx.repositoryId === undefined || !ctx.defaultBranch)
    throw new PerfGateError(
      `cannot find trusted baselines without ${missing.join(', ')}`,
      "Run the action in a GitHub Actions workflow, or set 'baseline-dir' to keep baselines in a directory",
    );
  return {
    github,
    policy: {
      repositoryId: ctx.repositoryId,
      workflowPath: ctx.workflow.path,
      workflowFile: ctx.workflow.file,
      defaultBranch: ctx.defaultBranch,
      currentRunId: ctx.runId,
    },
  };
}
