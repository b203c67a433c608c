/**
 * About 290 lines: the trust rules, the choice by commit and the skip-on-unreadable policy act on one search over workflow runs, which is clearer read in one file.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunSummary } from '../../domain/run-summary.js';
import { isTrustedBaselineRun, TrustedCommits, type TrustedRunPolicy } from './trust.js';
import { readBaselineFile } from './baseline-file.js';
import type { BaselineSelection, BaselineStore, StoredBaseline } from '../baseline-store.js';
import {
  basisOf,
  chooseByCommit,
  driftWarning,
  isAncestorPlace,
  poolCommits,
  type CommitPlace,
} from '../../domain/baseline-by-commit.js';
import type { Logger } from '../logger.js';
import type { ArtifactInfo, GitHubClient, WorkflowRunInfo } from './client.js';
import { httpStatus } from './permissions.js';

/** Runs of the default branch looked at before giving up (100 per page): old enough baselines have expired anyway. */
const MAX_PAGES = 3;
/**
 * Trusted runs asked for the artifact before the search stops: when none of the newest has it (a new gate-id, an
 * expired baseline), older ones will not either, and asking each would spend hundreds of API calls per run.
 */
export const MAX_TRUSTED_RUNS_SEARCHED = 10;
/**
 * Distinct commits of trusted runs placed relative to a pull request's base (one compare call each) before the
 * search for its ancestors stops: a base older than this many pushes with a run has usually lost its artifacts.
 */
export const MAX_COMMITS_PLACED = 20;
/** Runs read from one artifact when choosing by commit: the artifact keeps a bounded history anyway. */
const MAX_FILES_READ = 100;
/** How the drift warning names the base commit. */
const BASE = "this pull request's base";
/** The files inside a baseline artifact: run-0.json is the newest run, then older ones (the rolling history). */
const FILE = (i: number) => `run-${i}.json`;
const FILE_PATTERN = /^run-(\d+)\.json$/;

export interface ArtifactStorePolicy extends TrustedRunPolicy {
  workflowFile: string;
  /** Take (and store) runs whose k6 thresholds failed as baselines: off unless asked for explicitly. */
  acceptFailedThresholds?: boolean;
  /**
   * A pull request's base commit (`pull_request.base.sha`): the history is then the runs at it and its nearest
   * ancestors, never runs of commits it does not contain (see domain/baseline-by-commit.ts).
   */
  baseCommit?: string;
}

/**
 * Baselines as GitHub Actions artifacts. Reading takes the newest trusted run (see trust.ts) that still has a
 * readable artifact: an artifact that fails its digest, expired after listing, or cannot be read (damaged, or
 * written by a newer perf-gate) is skipped with a warning naming the run, so one bad artifact never blocks every
 * pull request and the default branch's refresh until it expires. The artifact carries the last N runs, so one
 * download gives the history for the noise estimate. Writing uploads this run plus the history read before it.
 */
export class ArtifactBaselineStore implements BaselineStore {
  readonly description: string;
  private previous: StoredBaseline[] | undefined;
  /** Runs saved by this process (several with --runs), newest first, kept for the next save of the same job. */
  private saved: RunSummary[] = [];
  private readonly commits: TrustedCommits;
  /** The workflow run the baseline came from, for the `baseline-run-id` output. */
  sourceRunId: number | undefined;
  selection: BaselineSelection | undefined;

  constructor(
    private readonly client: GitHubClient,
    private readonly artifactName: string,
    private readonly policy: ArtifactStorePolicy,
    private readonly logger: Logger,
    private readonly retentionDays?: number,
  ) {
    this.description = `artifact ${artifactName} of ${policy.workflowFile} on ${policy.defaultBranch}`;
    this.commits = new TrustedCommits(client, policy.defaultBranch);
  }

  async history(limit: number): Promise<StoredBaseline[]> {
    const base = this.policy.baseCommit;
    if (!base) return this.newest(limit);
    const place = new Map<string, CommitPlace | undefined>();
    const placeOf = async (commit: string) => {
      if (!place.has(commit)) place.set(commit, await this.commits.placeFrom(base, commit));
      return place.get(commit);
    };
    const fromAncestor = await this.nearestAncestorRun(base, placeOf);
    if (fromAncestor) {
      for (const s of fromAncestor.runs) await placeOf(s.provenance.commit ?? fromAncestor.run.headSha);
      const { chosen, pooled } = chooseByCommit(
        fromAncestor.runs.map((item) => ({ item, commit: item.provenance.commit })),
        (c) => place.get(c),
        limit,
      );
      // The artifact's own run is an ancestor, so at least it is chosen.
      this.selection = {
        baseCommit: base,
        basis: basisOf(pooled),
        commits: pooled,
        warning: driftWarning(pooled, base, BASE),
      };
      return this.found(chosen, fromAncestor.run.id);
    }
    const newest = await this.newest(limit);
    for (const s of newest) if (s.provenance.commit) await placeOf(s.provenance.commit);
    const pooled = poolCommits(
      newest.map((s) => ({ commit: s.provenance.commit })),
      (c) => place.get(c),
    );
    this.selection = {
      baseCommit: base,
      basis: 'newest',
      commits: pooled,
      warning: driftWarning(pooled, base, BASE),
    };
    return newest;
  }

  /**
   * The trusted run nearest to `base` among its ancestors (the base commit itself first) that has a usable artifact,
   * with that artifact's runs. Runs are placed newest first, at most MAX_COMMITS_PLACED distinct commits; listing
   * stops early once a run at the base commit itself is found.
   */
  private async nearestAncestorRun(
    base: string,
    placeOf: (commit: string) => Promise<CommitPlace | undefined>,
  ): Promise<{ run: WorkflowRunInfo; runs: StoredBaseline[] } | undefined> {
    const ancestors: Array<{ run: WorkflowRunInfo; distance: number; index: number }> = [];
    const placed = new Set<string>();
    listing: for (let page = 1; page <= MAX_PAGES; page++) {
      const runs = await this.client.workflowRuns(this.policy.workflowFile, this.policy.defaultBranch, page);
      for (const run of runs) {
        if (!isTrustedBaselineRun(run, this.policy)) continue;
        if (!placed.has(run.headSha)) {
          if (placed.size >= MAX_COMMITS_PLACED) break listing;
          placed.add(run.headSha);
        }
        const place = await placeOf(run.headSha);
        if (!isAncestorPlace(place)) {
          this.logger.debug(`run ${run.id} (${run.headSha}) is not an ancestor of the base commit ${base}`);
          continue;
        }
        ancestors.push({ run, distance: place.behind, index: ancestors.length });
        if (ancestors.length >= MAX_TRUSTED_RUNS_SEARCHED) break listing;
      }
      if (runs.length < 100) break;
    }
    ancestors.sort((a, b) => a.distance - b.distance || a.index - b.index);
    for (const { run } of ancestors) {
      const runs = await this.fromRun(run, MAX_FILES_READ);
      if (runs) return { run, runs };
    }
    return undefined;
  }

  /** The newest trusted run's artifact, whatever its commit: the default branch's own runs, and the last resort. */
  private async newest(limit: number): Promise<StoredBaseline[]> {
    let searched = 0;
    for (let page = 1; page <= MAX_PAGES; page++) {
      const runs = await this.client.workflowRuns(this.policy.workflowFile, this.policy.defaultBranch, page);
      for (const run of runs) {
        if (!isTrustedBaselineRun(run, this.policy)) {
          this.logger.debug(
            `run ${run.id} is not a trusted baseline run (event, branch, repository or workflow)`,
          );
          continue;
        }
        if (searched++ >= MAX_TRUSTED_RUNS_SEARCHED) {
          this.logger.info(
            `none of the ${MAX_TRUSTED_RUNS_SEARCHED} newest trusted runs has a usable ${this.artifactName} artifact; not looking further back`,
          );
          return this.found([], undefined);
        }
        const found = await this.fromRun(run, limit);
        if (found) return this.found(found, run.id);
      }
      if (runs.length < 100) break;
    }
    return this.found([], undefined);
  }

  private found(runs: StoredBaseline[], runId: number | undefined): StoredBaseline[] {
    this.previous = runs;
    this.sourceRunId = runId;
    return runs;
  }

  private async fromRun(run: WorkflowRunInfo, limit: number): Promise<StoredBaseline[] | undefined> {
    const artifact = (await this.client.runArtifacts(run.id, this.artifactName))
      .filter((a) => a.name === this.artifactName && !a.expired)
      .sort((a, b) => b.id - a.id)[0];
    if (!artifact) return undefined;
    // Asked only of runs that have the artifact, once each: a tag named like the default branch reports that
    // name as its head_branch, and only the commit's place in history tells the two apart.
    if (!(await this.commits.onDefaultBranch(run.headSha))) {
      this.logger.warn(
        `run ${run.id} reports branch ${this.policy.defaultBranch} but its commit ${run.headSha} is not on it (a tag of that name? if every run says so, the job needs \`contents: read\`); its artifact was not used`,
      );
      return undefined;
    }
    const dir = await mkdtemp(join(tmpdir(), 'perf-gate-baseline-'));
    try {
      if (!(await this.download(artifact, run, dir))) return undefined;
      const files = (await readdir(dir))
        .filter((f) => FILE_PATTERN.test(f))
        .sort((a, b) => Number(FILE_PATTERN.exec(a)![1]) - Number(FILE_PATTERN.exec(b)![1]))
        .slice(0, Math.max(1, limit));
      if (files.length === 0) {
        this.logger.warn(
          `the baseline artifact ${this.artifactName} of run ${run.id} holds no run summary; skipped it`,
        );
        return undefined;
      }
      const out: StoredBaseline[] = [];
      for (const file of files) {
        const read = await readBaselineFile(join(dir, file));
        if (!read.ok) {
          this.logger.warn(
            `the baseline artifact ${this.artifactName} of run ${run.id} is unreadable (${file}): ${read.problem}; skipped it for an older trusted run`,
          );
          return undefined;
        }
        const summary = read.summary;
        if (summary.thresholds.some((t) => !t.ok) && !this.policy.acceptFailedThresholds) {
          // An older entry of the history is left out of the noise estimate. The newest one decides the artifact:
          // a job's success says nothing when its step had continue-on-error, the run's own record does.
          if (out.length > 0) continue;
          this.logger.warn(
            `run ${run.id} failed k6's own thresholds, so its artifact is not a baseline; skipped it for an older trusted run`,
          );
          return undefined;
        }
        out.push({
          summary,
          provenance: {
            runs: 1,
            commit: summary.git?.commit ?? run.headSha,
            ref: summary.git?.ref ?? this.policy.defaultBranch,
            start: summary.run.start,
            source: `workflow run ${run.id}`,
            runId: run.id,
            url: run.url,
          },
        });
      }
      return out;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Downloads into `dir`; false (with a warning) when the artifact is no longer there or fails its digest. */
  private async download(artifact: ArtifactInfo, run: WorkflowRunInfo, dir: string): Promise<boolean> {
    try {
      if (await this.client.downloadArtifact(artifact, run.id, dir)) return true;
      this.logger.warn(
        `the baseline artifact of run ${run.id} does not match its recorded digest; skipped it (look for tampering)`,
      );
      return false;
    } catch (err) {
      // Artifacts expire or are deleted between listing and download: GitHub then answers 404 or 410.
      const status = httpStatus(err) ?? httpStatus((err as { cause?: unknown }).cause);
      if (status !== 404 && status !== 410) throw err;
      this.logger.warn(
        `the baseline artifact of run ${run.id} expired or was deleted before it could be downloaded (HTTP ${status}); trying an older trusted run`,
      );
      return false;
    }
  }

  async save(summary: RunSummary, keep: number): Promise<void> {
    if (summary.thresholds.some((t) => !t.ok) && !this.policy.acceptFailedThresholds)
      this.logger.warn(
        "this run failed k6's own thresholds: its artifact records them, and no later run takes it as a baseline (unless baseline-failed-thresholds is true)",
      );
    const older = this.previous ?? (await this.history(keep));
    this.saved = [summary, ...this.saved];
    const runs = [...this.saved, ...older.map((s) => s.summary)].slice(0, Math.max(1, keep));
    const dir = await mkdtemp(join(tmpdir(), 'perf-gate-upload-'));
    try {
      const files: string[] = [];
      for (const [i, run] of runs.entries()) {
        const path = join(dir, FILE(i));
        await writeFile(path, JSON.stringify(run));
        files.push(path);
      }
      const id = await this.client.uploadArtifact(this.artifactName, files, dir, this.retentionDays);
      this.logger.info(`uploaded ${runs.length} run(s) as artifact ${this.artifactName} (id ${id})`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
