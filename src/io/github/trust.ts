import type { GitHubClient, WorkflowRunInfo } from './client.js';
import type { BaseCommit } from '../baseline-store.js';

/** What a run must match for its artifacts to be trusted as a baseline. */
export interface TrustedRunPolicy {
  /** The id of this repository (from the event payload): a fork's runs carry their own head repository id. */
  repositoryId: number;
  /** This workflow's file, e.g. `.github/workflows/perf.yml` (from GITHUB_WORKFLOW_REF). */
  workflowPath: string;
  defaultBranch: string;
  /** This workflow run: a re-run must not take the artifact its own first attempt uploaded as its history. */
  currentRunId?: number;
}

/**
 * Whether a workflow run may provide the baseline: a successful `push` run of this very workflow file, on the default
 * branch, whose head commit is in this repository. A fork's pull-request run shares this repository's artifact
 * namespace and can upload an artifact with the baseline's name, and a fork's own `main` also reports head_branch
 * "main": only the head repository id tells them apart (artifact poisoning; see docs/action.md).
 */
export function isTrustedBaselineRun(run: WorkflowRunInfo, policy: TrustedRunPolicy): boolean {
  return (
    run.event === 'push' &&
    run.conclusion === 'success' &&
    run.headBranch === policy.defaultBranch &&
    run.headRepositoryId === policy.repositoryId &&
    run.path === policy.workflowPath &&
    run.id !== policy.currentRunId
  );
}

/**
 * Whether a trusted-looking run's commit is really on the default branch. For a tag push the runs API reports the
 * tag's name as head_branch, so someone who may push tags but not to a protected `main` could push a tag named
 * `main` whose workflow uploads a crafted baseline; the compare API (default branch...commit is `behind` or
 * `identical`) tells them apart. Each commit is asked about once per process.
 */
export class TrustedCommits {
  private readonly answers = new Map<string, Promise<boolean>>();
  private readonly places = new Map<string, Promise<{ ahead: number; behind: number } | undefined>>();

  constructor(
    private readonly client: GitHubClient,
    private readonly defaultBranch: string,
  ) {}

  onDefaultBranch(sha: string): Promise<boolean> {
    let answer = this.answers.get(sha);
    if (!answer) {
      answer = this.client.onBranch(this.defaultBranch, sha);
      this.answers.set(sha, answer);
    }
    return answer;
  }

  /** Where commit `sha` stands from commit `base` (see GitHubClient.commitPlace), asked once per pair. */
  placeFrom(base: string, sha: string): Promise<{ ahead: number; behind: number } | undefined> {
    const key = `${base}...${sha}`;
    let answer = this.places.get(key);
    if (!answer) {
      answer = this.client.commitPlace(base, sha);
      this.places.set(key, answer);
    }
    return answer;
  }
}

/** The workflow file path and file name from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@refs/...`). */
export function workflowFromRef(ref: string | undefined): { path: string; file: string } | undefined {
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref ?? '');
  if (!m) return undefined;
  const path = m[1] as string;
  return { path, file: path.slice(path.lastIndexOf('/') + 1) };
}

/**
 * A pull request's base commit (`pull_request.base.sha`), with other commits placed from it by GitHub's compare
 * API, each asked once: the baseline cycle then takes the runs at it and its nearest ancestors.
 */
export function pullRequestBase(client: GitHubClient, defaultBranch: string, baseSha: string): BaseCommit {
  const commits = new TrustedCommits(client, defaultBranch);
  return {
    commit: baseSha,
    what: "this pull request's base",
    placeOf: (commit) => commits.placeFrom(baseSha, commit),
  };
}
