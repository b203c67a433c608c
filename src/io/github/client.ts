/**
 * Long on purpose: the one adapter over GitHub's REST and artifact APIs, so every call perf-gate makes, its retry and its permission message, stands in one place behind one interface (runs, artifacts, comments, labels, issues, compare, contents).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { getOctokit } from '@actions/github';
import { PerfGateError } from '../../errors.js';
import { httpStatus, permissionError } from './permissions.js';
import { withRetries } from './retry.js';
import { onCancel } from '../cancellation.js';
import { unzipInto } from '../zip-entry.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The fields of a workflow run the trust check and the provenance need. */
export interface WorkflowRunInfo {
  id: number;
  path: string;
  event: string;
  headBranch: string;
  headSha: string;
  headRepositoryId: number | undefined;
  conclusion: string | null;
  createdAt: string;
  url: string;
}

export interface ArtifactInfo {
  id: number;
  name: string;
  expired: boolean;
  digest: string | undefined;
  createdAt: string | undefined;
  /** The zip's size as GitHub reports it, for size caps before downloading anything. */
  size: number | undefined;
}

/** A pull request as the companion needs it: its number, head commit and head repository (`owner/repo`). */
export interface PullInfo {
  number: number;
  headSha: string;
  headRepo: string | undefined;
}

/** The run that triggered a `workflow_run` workflow, as GitHub (not its artifacts) describes it. */
export interface TriggeringRun {
  id: number;
  headSha: string;
  headBranch: string;
  /** `owner/repo` of the head commit: a fork's for a fork's pull request. */
  headRepo: string | undefined;
  /** GitHub fills this for pull requests of this repository; it is empty for forks. */
  pullRequests: PullInfo[];
}

export interface CommentInfo {
  id: number;
  body: string;
  author: string;
}

/** An issue perf-gate may have opened (pull requests left out). */
export interface IssueInfo {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  author: string;
}

/** A commit as the compare API lists it. */
export interface CommitInfo {
  sha: string;
  message: string;
  /** The GitHub login of its author, else the name in the commit. */
  author?: string;
}

/**
 * Everything perf-gate asks of GitHub, as one small interface: the action's pipeline depends on this, not on
 * Octokit or the artifact client, so the publishing logic reads as what it does.
 */
export interface GitHubClient {
  readonly repo: RepoRef;
  /** Runs of one workflow file, newest first (one page per call to `page`). */
  workflowRuns(workflowFile: string, branch: string, page: number): Promise<WorkflowRunInfo[]>;
  runArtifacts(runId: number, name: string): Promise<ArtifactInfo[]>;
  /**
   * Downloads (and unzips, unless `keepZipped`: then the zip itself is saved in `dir`) an artifact of another run
   * into `dir`; false when its digest did not match.
   */
  downloadArtifact(
    artifact: ArtifactInfo,
    runId: number,
    dir: string,
    options?: { keepZipped?: boolean },
  ): Promise<boolean>;
  /** Uploads files as an artifact of this run, replacing one of the same name from an earlier attempt. */
  uploadArtifact(name: string, files: string[], root: string, retentionDays?: number): Promise<number>;
  comments(issue: number): Promise<CommentInfo[]>;
  createComment(issue: number, body: string): Promise<void>;
  updateComment(id: number, body: string): Promise<void>;
  /** Who last added `label` to the issue or pull request, and when (ISO time), if anyone. */
  lastLabelled(issue: number, label: string): Promise<{ by: string | undefined; at: string } | undefined>;
  /**
   * When commit `sha` first triggered a `pull_request` workflow run here (ISO time; the earliest such run's creation,
   * GitHub's own clock): when it was pushed to a pull request, as near as GitHub says. Undefined when no run has it.
   */
  firstPullRequestRunAt(sha: string): Promise<string | undefined>;
  /** The labels an issue or pull request carries now (the event payload is frozen at the first attempt). */
  issueLabels(issue: number): Promise<string[]>;
  /** A user's permission on this repository: admin, maintain, write, triage, read or none. */
  permission(user: string): Promise<string>;
  /** One workflow run of this repository. */
  workflowRun(id: number): Promise<TriggeringRun>;
  /** Open pull requests whose head is `owner:branch` (GitHub's `head` filter). */
  pullsWithHead(head: string): Promise<PullInfo[]>;
  /** Whether commit `sha` is on `branch` (the compare API says `behind` or `identical`). */
  onBranch(branch: string, sha: string): Promise<boolean>;
  /**
   * Where commit `sha` stands from commit `base` (the compare API `base...sha`): `ahead` commits `sha` has that
   * `base` lacks, `behind` the reverse; undefined when they share no history or either is unknown (404, 422).
   */
  commitPlace(base: string, sha: string): Promise<{ ahead: number; behind: number } | undefined>;
  /**
   * A file's text at commit `ref` (the contents API; works whatever the checkout's depth); undefined when the commit
   * has no file there (404, or a directory).
   */
  fileAt(path: string, ref: string): Promise<string | undefined>;
  /** The login this token writes as: a user's (PAT) or an App's bot; undefined when GitHub does not say. */
  identity(): Promise<string | undefined>;
  /** Issues (not pull requests) carrying `label`, open and closed, newest first; at most `max`. */
  issuesWithLabel(label: string, max?: number): Promise<IssueInfo[]>;
  /** Opens an issue with these labels (GitHub creates a missing label); returns its number. */
  createIssue(title: string, body: string, labels: readonly string[]): Promise<number>;
  updateIssue(issue: number, title: string, body: string): Promise<void>;
  /**
   * The commits `head` has that `base` lacks (the compare API `base...head`), oldest first, at most `max`, with how
   * many there are in all; undefined when GitHub cannot compare the two (unknown or unrelated commits: 404, 422).
   */
  commitsBetween(
    base: string,
    head: string,
    max?: number,
  ): Promise<{ commits: CommitInfo[]; total: number } | undefined>;
}

const PER_PAGE = 100;

/** The GitHubClient of a workflow run: Octokit (honouring GITHUB_API_URL) and @actions/artifact. */
export class ActionsGitHubClient implements GitHubClient {
  private readonly octokit: ReturnType<typeof getOctokit>;
  private readonly artifacts = new DefaultArtifactClient();
  private identityLookup: Promise<string | undefined> | undefined;

  constructor(
    private readonly token: string,
    readonly repo: RepoRef,
  ) {
    this.octokit = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com' });
  }

  /**
   * Every API call: retried on rate limits (and, when repeating it is harmless, on transient failures), refusals
   * turned into a permission message.
   */
  private async call<T>(
    what: string,
    permission: string,
    f: () => Promise<T>,
    idempotent = true,
  ): Promise<T> {
    try {
      return await withRetries(what, f, undefined, idempotent);
    } catch (err) {
      throw permissionError(err, what, permission) ?? err;
    }
  }

  async workflowRuns(workflowFile: string, branch: string, page: number): Promise<WorkflowRunInfo[]> {
    const res = await this.call('list the workflow runs of the default branch', 'actions: read', () =>
      this.octokit.rest.actions.listWorkflowRuns({
        ...this.repo,
        workflow_id: workflowFile,
        branch,
        event: 'push',
        status: 'success',
        per_page: PER_PAGE,
        page,
      }),
    );
    return res.data.workflow_runs.map((r) => ({
      id: r.id,
      path: r.path,
      event: r.event,
      headBranch: r.head_branch ?? '',
      headSha: r.head_sha,
      headRepositoryId: r.head_repository?.id,
      conclusion: r.conclusion,
      createdAt: r.created_at,
      url: r.html_url,
    }));
  }

  async runArtifacts(runId: number, name: string): Promise<ArtifactInfo[]> {
    const res = await this.call('list the artifacts of a baseline run', 'actions: read', () =>
      this.octokit.rest.actions.listWorkflowRunArtifacts({
        ...this.repo,
        run_id: runId,
        name,
        per_page: PER_PAGE,
      }),
    );
    return res.data.artifacts.map((a) => ({
      id: a.id,
      name: a.name,
      expired: a.expired,
      digest: (a as { digest?: string | null }).digest ?? undefined,
      createdAt: a.created_at ?? undefined,
      size: a.size_in_bytes,
    }));
  }

  async downloadArtifact(
    artifact: ArtifactInfo,
    runId: number,
    dir: string,
    options: { keepZipped?: boolean } = {},
  ): Promise<boolean> {
    // Always fetched zipped: the client's own unzip (unzip-stream) writes whatever the zip inflates to, with no cap,
    // and calls the deprecated Buffer() constructor (a DeprecationWarning in every run's log).
    const into = options.keepZipped ? dir : await mkdtemp(join(tmpdir(), 'perf-gate-zip-'));
    const forget = options.keepZipped
      ? undefined
      : onCancel(() => rm(into, { recursive: true, force: true }));
    try {
      const res = await this.call(`download the ${artifact.name} artifact`, 'actions: read', () =>
        this.artifacts.downloadArtifact(artifact.id, {
          path: into,
          skipDecompress: true,
          ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
          findBy: {
            token: this.token,
            workflowRunId: runId,
            repositoryOwner: this.repo.owner,
            repositoryName: this.repo.repo,
          },
        }),
      );
      if (res.digestMismatch) return false;
      if (!options.keepZipped) await unzipInto(into, dir, artifact.name);
      return true;
    } finally {
      forget?.();
      if (!options.keepZipped) await rm(into, { recursive: true, force: true });
    }
  }

  async uploadArtifact(name: string, files: string[], root: string, retentionDays?: number): Promise<number> {
    const upload = () =>
      this.artifacts.uploadArtifact(name, files, root, retentionDays ? { retentionDays } : undefined);
    try {
      return (await upload()).id ?? 0;
    } catch (err) {
      // Artifacts are immutable: a re-run (or a second save in one run) meets the one uploaded before.
      if (!/already exists/i.test(String((err as Error).message))) throw uploadError(err);
      await this.artifacts.deleteArtifact(name);
      try {
        return (await upload()).id ?? 0;
      } catch (again) {
        throw uploadError(again);
      }
    }
  }

  async comments(issue: number): Promise<CommentInfo[]> {
    const all = await this.call('read the pull request comments', 'pull-requests: write', () =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, {
        ...this.repo,
        issue_number: issue,
        per_page: PER_PAGE,
      }),
    );
    return all.map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login ?? '' }));
  }

  async createComment(issue: number, body: string): Promise<void> {
    await this.call(
      'comment on the pull request',
      'pull-requests: write',
      () => this.octokit.rest.issues.createComment({ ...this.repo, issue_number: issue, body }),
      false,
    );
  }

  async updateComment(id: number, body: string): Promise<void> {
    await this.call('update the pull request comment', 'pull-requests: write', () =>
      this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: id, body }),
    );
  }

  async lastLabelled(
    issue: number,
    label: string,
  ): Promise<{ by: string | undefined; at: string } | undefined> {
    const events = await this.call('read who labelled the pull request', 'pull-requests: read', () =>
      this.octokit.paginate(this.octokit.rest.issues.listEvents, {
        ...this.repo,
        issue_number: issue,
        per_page: PER_PAGE,
      }),
    );
    const labelled = events.filter(
      (e) => e.event === 'labeled' && (e as { label?: { name?: string } }).label?.name === label,
    );
    const last = labelled.at(-1);
    return last ? { by: last.actor?.login, at: last.created_at } : undefined;
  }

  async firstPullRequestRunAt(sha: string): Promise<string | undefined> {
    const runs = await this.call('list the workflow runs of the commit', 'actions: read', () =>
      this.octokit.paginate(this.octokit.rest.actions.listWorkflowRunsForRepo, {
        ...this.repo,
        head_sha: sha,
        event: 'pull_request',
        per_page: PER_PAGE,
      }),
    );
    return runs.map((r) => r.created_at).sort()[0];
  }

  async issueLabels(issue: number): Promise<string[]> {
    const labels = await this.call('read the labels of the pull request', 'pull-requests: read', () =>
      this.octokit.paginate(this.octokit.rest.issues.listLabelsOnIssue, {
        ...this.repo,
        issue_number: issue,
        per_page: PER_PAGE,
      }),
    );
    return labels.map((l) => l.name);
  }

  async permission(user: string): Promise<string> {
    try {
      const res = await withRetries('read a collaborator permission', () =>
        this.octokit.rest.repos.getCollaboratorPermissionLevel({ ...this.repo, username: user }),
      );
      return res.data.permission;
    } catch (err) {
      // Not a collaborator (GitHub answers 404): no permission at all.
      if (httpStatus(err) === 404) return 'none';
      throw permissionError(err, 'read who may accept a regression', 'contents: read') ?? err;
    }
  }

  async workflowRun(id: number): Promise<TriggeringRun> {
    const res = await this.call('read the triggering workflow run', 'actions: read', () =>
      this.octokit.rest.actions.getWorkflowRun({ ...this.repo, run_id: id }),
    );
    const r = res.data;
    return {
      id: r.id,
      headSha: r.head_sha,
      headBranch: r.head_branch ?? '',
      headRepo: r.head_repository?.full_name,
      pullRequests: (r.pull_requests ?? []).map((p) => ({
        number: p.number,
        headSha: p.head.sha,
        headRepo: undefined,
      })),
    };
  }

  async pullsWithHead(head: string): Promise<PullInfo[]> {
    const pulls = await this.call('find the pull request of the run', 'pull-requests: read', () =>
      this.octokit.paginate(this.octokit.rest.pulls.list, {
        ...this.repo,
        state: 'open',
        head,
        per_page: PER_PAGE,
      }),
    );
    return pulls.map((p) => ({ number: p.number, headSha: p.head.sha, headRepo: p.head.repo?.full_name }));
  }

  async onBranch(branch: string, sha: string): Promise<boolean> {
    try {
      const res = await withRetries('check that a baseline commit is on the default branch', () =>
        this.octokit.rest.repos.compareCommitsWithBasehead({
          ...this.repo,
          basehead: `${branch}...${sha}`,
          per_page: 1,
        }),
      );
      return res.data.status === 'behind' || res.data.status === 'identical';
    } catch (err) {
      // GitHub answers 404 when the two share no history (a tag on an orphan commit) or the commit is unknown:
      // either way it is not on the branch, and one such run must not stop every gate. (A token without
      // `contents: read` gets 404 too; the store's warning mentions it.)
      const status = httpStatus(err);
      if (status === 404 || status === 422) return false;
      throw (
        permissionError(err, 'check that a baseline commit is on the default branch', 'contents: read') ?? err
      );
    }
  }

  async commitPlace(base: string, sha: string): Promise<{ ahead: number; behind: number } | undefined> {
    const what = "place a baseline commit relative to the pull request's base";
    try {
      const res = await withRetries(what, () =>
        this.octokit.rest.repos.compareCommitsWithBasehead({
          ...this.repo,
          basehead: `${base}...${sha}`,
          per_page: 1,
        }),
      );
      const { ahead_by: ahead, behind_by: behind } = res.data;
      // Hostile text until checked: a count that is not a count places nothing.
      if (!Number.isSafeInteger(ahead) || !Number.isSafeInteger(behind) || ahead < 0 || behind < 0)
        return undefined;
      return { ahead, behind };
    } catch (err) {
      const status = httpStatus(err);
      if (status === 404 || status === 422) return undefined;
      throw permissionError(err, what, 'contents: read') ?? err;
    }
  }

  async fileAt(path: string, ref: string): Promise<string | undefined> {
    const what = `read ${path} at commit ${ref.slice(0, 7)}`;
    let data: unknown;
    try {
      data = (await withRetries(what, () => this.octokit.rest.repos.getContent({ ...this.repo, path, ref })))
        .data;
    } catch (err) {
      if (httpStatus(err) === 404) return undefined;
      throw permissionError(err, what, 'contents: read') ?? err;
    }
    // Hostile text until checked: only a file's base64 content is read (GitHub sends none above 1 MB).
    const file = data as { type?: unknown; encoding?: unknown; content?: unknown };
    if (Array.isArray(data) || file.type !== 'file') return undefined;
    if (file.encoding !== 'base64' || typeof file.content !== 'string')
      throw new PerfGateError(
        `cannot ${what}: GitHub did not send its content (a file over 1 MB?)`,
        'Keep the gate configuration file small',
      );
    return Buffer.from(file.content, 'base64').toString('utf8');
  }

  identity(): Promise<string | undefined> {
    this.identityLookup ??= this.lookUpIdentity();
    return this.identityLookup;
  }

  async issuesWithLabel(label: string, max = 300): Promise<IssueInfo[]> {
    const out: IssueInfo[] = [];
    for (let page = 1; out.length < max; page++) {
      const res = await this.call("list perf-gate's issues", 'issues: read', () =>
        this.octokit.rest.issues.listForRepo({
          ...this.repo,
          labels: label,
          state: 'all',
          sort: 'created',
          direction: 'desc',
          per_page: PER_PAGE,
          page,
        }),
      );
      for (const i of res.data) {
        if (i.pull_request) continue;
        out.push({
          number: i.number,
          title: i.title,
          body: i.body ?? '',
          state: i.state === 'closed' ? 'closed' : 'open',
          author: i.user?.login ?? '',
        });
      }
      if (res.data.length < PER_PAGE) break;
    }
    return out.slice(0, max);
  }

  async createIssue(title: string, body: string, labels: readonly string[]): Promise<number> {
    const res = await this.call(
      'open an issue for a change point',
      'issues: write',
      () => this.octokit.rest.issues.create({ ...this.repo, title, body, labels: [...labels] }),
      false,
    );
    return res.data.number;
  }

  async updateIssue(issue: number, title: string, body: string): Promise<void> {
    await this.call('update the issue of a change point', 'issues: write', () =>
      this.octokit.rest.issues.update({ ...this.repo, issue_number: issue, title, body }),
    );
  }

  async commitsBetween(
    base: string,
    head: string,
    max = 250,
  ): Promise<{ commits: CommitInfo[]; total: number } | undefined> {
    const what = 'list the commits of a change point';
    const commits: CommitInfo[] = [];
    let total = 0;
    try {
      for (let page = 1; commits.length < max; page++) {
        const res = await withRetries(what, () =>
          this.octokit.rest.repos.compareCommitsWithBasehead({
            ...this.repo,
            basehead: `${base}...${head}`,
            per_page: PER_PAGE,
            page,
          }),
        );
        // Hostile until checked: a count that is not a count is taken from the list itself.
        total = Number.isSafeInteger(res.data.total_commits)
          ? res.data.total_commits
          : res.data.commits.length;
        for (const c of res.data.commits) {
          if (typeof c.sha !== 'string' || !/^[0-9a-f]{7,64}$/i.test(c.sha)) continue;
          const author = c.author?.login ?? c.commit.author?.name;
          commits.push({ sha: c.sha, message: c.commit.message ?? '', ...(author ? { author } : {}) });
        }
        if (res.data.commits.length < PER_PAGE || commits.length >= total) break;
      }
    } catch (err) {
      const status = httpStatus(err);
      if (status === 404 || status === 422) return undefined;
      throw permissionError(err, what, 'contents: read') ?? err;
    }
    return { commits: commits.slice(0, max), total: Math.max(total, commits.length) };
  }

  /** GET /user answers for a personal token; an App's installation token (GITHUB_TOKEN too) is refused there, and
   * GraphQL's `viewer` names its bot (`my-app[bot]`). */
  private async lookUpIdentity(): Promise<string | undefined> {
    try {
      return (await withRetries('read who the token is', () => this.octokit.rest.users.getAuthenticated()))
        .data.login;
    } catch {
      try {
        const res = await withRetries('read who the token is', () =>
          this.octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }'),
        );
        return res.viewer.login;
      } catch {
        return undefined;
      }
    }
  }
}

function uploadError(err: unknown): PerfGateError {
  return new PerfGateError(
    `cannot upload the artifact: ${(err as Error).message}`,
    'The baseline was not stored; re-run the job. Artifact uploads need the runner-provided ACTIONS_RUNTIME_TOKEN',
  );
}
