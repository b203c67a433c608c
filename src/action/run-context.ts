import { readFileSync } from 'node:fs';
import { workflowFromRef } from '../io/github/trust.js';

/** The pull request this run is about, from the event payload. */
export interface PullRequestContext {
  number: number;
  headSha: string;
  /**
   * The commit the pull request's workflow merges its head into (`pull_request.base.sha`, the base branch's tip when
   * the event fired): the commit its baseline is chosen for. Undefined when the payload lacks a commit id.
   */
  baseSha: string | undefined;
  /** `owner/repo` of the head branch: another repository for a fork. */
  headRepo: string | undefined;
  labels: string[];
}

/** The facts about this workflow run that the gate needs, read once from the runner's environment. */
export interface RunContext {
  workspace: string;
  eventName: string;
  ref: string;
  sha: string;
  defaultBranch: string | undefined;
  runUrl: string | undefined;
  runId: number | undefined;
  /** owner/repo */
  repository: string | undefined;
  /** `https://github.com/owner/repo`: commit ranges link to its compare view. */
  repositoryUrl: string | undefined;
  repositoryId: number | undefined;
  workflow: { path: string; file: string } | undefined;
  actor: string | undefined;
  pullRequest: PullRequestContext | undefined;
  /** For a `workflow_run` event: the run that triggered this one (the companion mode). */
  triggeringRun: { id: number; headSha: string; event: string } | undefined;
}

interface Payload {
  repository?: { id?: number; full_name?: string; default_branch?: string };
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { full_name?: string } | null };
    base?: { sha?: string };
    labels?: Array<{ name?: string }>;
  };
  workflow_run?: { id?: number; head_sha?: string; event?: string };
}

export function runContext(env: NodeJS.ProcessEnv): RunContext {
  let payload: Payload = {};
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload;
  } catch {
    payload = {};
  }
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const pr = payload.pull_request;
  const wr = payload.workflow_run;
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    defaultBranch: payload.repository?.default_branch,
    runUrl:
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    runId: env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : undefined,
    repository: env.GITHUB_REPOSITORY ?? payload.repository?.full_name,
    repositoryUrl: env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : undefined,
    repositoryId: payload.repository?.id,
    workflow: workflowFromRef(env.GITHUB_WORKFLOW_REF),
    actor: env.GITHUB_ACTOR,
    pullRequest:
      pr && typeof pr.number === 'number'
        ? {
            number: pr.number,
            headSha: pr.head?.sha ?? '',
            // A payload is hostile text: only a commit id is passed on to the compare API.
            baseSha:
              typeof pr.base?.sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(pr.base.sha)
                ? pr.base.sha
                : undefined,
            headRepo: pr.head?.repo?.full_name,
            labels: (pr.labels ?? []).map((l) => l.name ?? '').filter(Boolean),
          }
        : undefined,
    triggeringRun:
      wr && typeof wr.id === 'number'
        ? { id: wr.id, headSha: wr.head_sha ?? '', event: wr.event ?? '' }
        : undefined,
  };
}

/**
 * Whether this run's token can only read: a pull request from a fork, or one opened by Dependabot. Commenting would
 * fail with 403, so the gate says so, writes the job summary, and uploads the report for the companion workflow.
 */
export function hasReadOnlyToken(ctx: RunContext): boolean {
  const pr = ctx.pullRequest;
  const fork = pr !== undefined && pr.headRepo !== undefined && pr.headRepo !== ctx.repository;
  return fork || ctx.actor === 'dependabot[bot]';
}
