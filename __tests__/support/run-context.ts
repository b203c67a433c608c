/** A RunContext of a `pull_request` event for the action's unit tests: its workspace and base commit given. */
import type { RunContext } from '../../src/action/run-context.js';

export const pullRequestContext = (
  workspace: string,
  baseSha: string,
  eventName = 'pull_request',
): RunContext => ({
  workspace,
  eventName,
  ref: 'refs/pull/7/merge',
  sha: 'a'.repeat(40),
  defaultBranch: 'main',
  runUrl: undefined,
  runId: undefined,
  repository: 'o/r',
  repositoryUrl: undefined,
  repositoryId: undefined,
  workflow: undefined,
  actor: undefined,
  pullRequest: { number: 7, headSha: 'b'.repeat(40), baseSha, headRepo: 'o/r', labels: [] },
  triggeringRun: undefined,
});
