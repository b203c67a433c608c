/**
 * One workflow run of the perf workflow, as the runner starts it, for the bundled-action tests against the fake
 * GitHub: the run registered with the fake (its conclusion set from the action's exit code afterwards), a `push` to
 * main or a same-repository `pull_request` with its base commit, and the environment the action reads. Tests with
 * forks, labels or companion runs (action-github, action-hardening) build their own payloads.
 */
import { afterAll, beforeAll } from 'vitest';
import { buildBundle } from './bundle.js';
import { REPO, type FakeGitHub } from './fake-github.js';
import { node24 } from './node24.js';
import { runAction, type ActionRun } from './run-action.js';

export const WORKFLOW_REF = `${REPO.owner}/${REPO.name}/.github/workflows/perf.yml@refs/heads/main`;
export const REPOSITORY = { id: REPO.id, full_name: `${REPO.owner}/${REPO.name}`, default_branch: 'main' };

/**
 * The bundled action under Node 24 for a describe block: built and found in its beforeAll, with `github` started
 * there (then `seed`, the test's commits and files) and stopped in its afterAll.
 */
export function bundledAction(
  github: FakeGitHub,
  seed: () => void = () => undefined,
): { node: string; bundle: string } {
  const action = { node: '', bundle: '' };
  beforeAll(async () => {
    action.bundle = buildBundle();
    action.node = node24();
    await github.start();
    seed();
  });
  afterAll(async () => {
    await github.stop();
  });
  return action;
}

export interface WorkflowRun {
  runId: number;
  /** The run's head commit (GITHUB_SHA). */
  commit: string;
  /** A pull request from a branch of this repository based on `base`; without it, a push to main. */
  pr?: { number: number; base: string };
}

/** Runs the bundled action for one workflow run and records its conclusion with the fake. */
export async function actAsWorkflowRun(
  github: FakeGitHub,
  action: { node: string; bundle: string; workspace: string; env?: Record<string, string> },
  inputs: Record<string, string>,
  { runId, commit, pr }: WorkflowRun,
): Promise<ActionRun> {
  github.currentRunId = runId;
  const record = github.addRun({
    id: runId,
    event: pr ? 'pull_request' : 'push',
    head_branch: pr ? `feature-${pr.number}` : 'main',
    head_sha: commit,
    conclusion: null,
  });
  const payload = {
    repository: REPOSITORY,
    ...(pr
      ? {
          pull_request: {
            number: pr.number,
            head: { sha: commit, repo: { full_name: REPOSITORY.full_name } },
            base: { sha: pr.base, ref: 'main' },
            labels: [],
          },
        }
      : {}),
  };
  const result = await runAction(action.node, action.bundle, inputs, {
    workspace: action.workspace,
    event: pr ? 'pull_request' : 'push',
    ref: pr ? `refs/pull/${pr.number}/merge` : 'refs/heads/main',
    payload,
    env: {
      ...github.env(),
      GITHUB_WORKFLOW_REF: WORKFLOW_REF,
      GITHUB_RUN_ID: String(runId),
      GITHUB_SHA: commit,
      ...action.env,
    },
  });
  record.conclusion = result.code === 0 ? 'success' : 'failure';
  return result;
}
