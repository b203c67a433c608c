/**
 * Baselines as GitHub Actions artifacts: which workflow runs may provide one (trust.ts), the artifact of each, its
 * digest, and skipping the unreadable ones. Which runs of an artifact are a baseline is the baseline cycle's rule
 * (pipeline/baseline-cycle.ts), the same as for a directory.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunSummary } from '../../domain/run-summary.js';
import { isTrustedBaselineRun, TrustedCommits, type TrustedRunPolicy } from './trust.js';
import { readBaselineFile } from './baseline-file.js';
import type { BaselineStore, StoredBaseline, StoredSet } from '../baseline-store.js';
import type { Logger } from '../logger.js';
import type { ArtifactInfo, GitHubClient, WorkflowRunInfo } from './client.js';
import { httpStatus } from './permissions.js';
import { readTrendFile, TREND_FILE, type StoredTrend } from '../trend-file.js';

/** Runs of the default branch looked at before giving up (100 per page): old enough baselines have expired anyway. */
const MAX_PAGES = 3;
/**
 * Trusted runs asked for the artifact before the search stops: when none of the newest has it (a new gate-id, an
 * expired baseline), older ones will not either, and asking each would spend hundreds of API calls per run.
 */
export const MAX_TRUSTED_RUNS_SEARCHED = 10;
/**
 * Distinct commits of trusted runs listed (each placed relative to a pull request's base: one compare call each)
 * before the listing stops: a base older than this many pushes with a run has usually lost its artifacts.
 */
export const MAX_COMMITS_PLACED = 20;
/** Runs read from one artifact: the artifact keeps a bounded history anyway. */
const MAX_FILES_READ = 100;
/** The files inside a baseline artifact: run-0.json is the newest run, then older ones (the rolling history). */
const FILE = (i: number) => `run-${i}.json`;
const FILE_PATTERN = /^run-(\d+)\.json$/;

export interface ArtifactStorePolicy extends TrustedRunPolicy {
  workflowFile: string;
}

/**
 * Lists the trusted runs (see trust.ts) of the default branch, newest first, each with its artifact as one stored
 * set; reading one that fails its digest, expired after listing, is not really on the default branch, or cannot be
 * read (damaged, or written by a newer perf-gate) warns with the run's id and gives nothing, so one bad artifact
 * never blocks every pull request until it expires. The artifact carries the last N runs, so one download gives the
 * history for the noise estimate, and the default branch's trend (`perf-gate-trend.json`); writing uploads the new
 * runs, the history carried after them, and the trend.
 */
export class ArtifactBaselineStore implements BaselineStore {
  readonly description: string;
  private readonly commits: TrustedCommits;
  /** The trend file each downloaded artifact held, by run id (read with its runs: one download per artifact). */
  private readonly trends = new Map<number, StoredTrend | undefined>();

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

  async *sets(): AsyncIterable<StoredSet> {
    // Each listing has its own budget of artifacts asked for, and says once when it ran out.
    const budget = { reads: 0, told: false };
    const spent = () => {
      if (budget.reads < MAX_TRUSTED_RUNS_SEARCHED) return false;
      if (!budget.told)
        this.logger.info(
          `none of the ${MAX_TRUSTED_RUNS_SEARCHED} newest trusted runs has a usable ${this.artifactName} artifact; not looking further back`,
        );
      budget.told = true;
      return true;
    };
    const commits = new Set<string>();
    for (let page = 1; page <= MAX_PAGES; page++) {
      const runs = await this.client.workflowRuns(this.policy.workflowFile, this.policy.defaultBranch, page);
      for (const run of runs) {
        if (!isTrustedBaselineRun(run, this.policy)) {
          this.logger.debug(
            `run ${run.id} is not a trusted baseline run (event, branch, repository or workflow)`,
          );
          continue;
        }
        if (spent()) return;
        if (!commits.has(run.headSha)) {
          if (commits.size >= MAX_COMMITS_PLACED) return;
          commits.add(run.headSha);
        }
        yield {
          label: `run ${run.id}`,
          commit: run.headSha,
          snapshot: true,
          read: async () => {
            if (spent()) return undefined;
            budget.reads++;
            return this.fromRun(run);
          },
          trend: async () => this.trends.get(run.id),
        };
      }
      if (runs.length < 100) break;
    }
  }

  private async fromRun(run: WorkflowRunInfo): Promise<StoredBaseline[] | undefined> {
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
      this.trends.set(run.id, await readTrendFile(join(dir, TREND_FILE)));
      const files = (await readdir(dir))
        .filter((f) => FILE_PATTERN.test(f))
        .sort((a, b) => Number(FILE_PATTERN.exec(a)![1]) - Number(FILE_PATTERN.exec(b)![1]))
        .slice(0, MAX_FILES_READ);
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

  async write(
    runs: readonly RunSummary[],
    carried: readonly RunSummary[],
    keep: number,
    trend?: unknown,
  ): Promise<void> {
    const all = [...runs, ...carried].slice(0, Math.max(1, keep));
    const dir = await mkdtemp(join(tmpdir(), 'perf-gate-upload-'));
    try {
      const files: string[] = [];
      for (const [i, run] of all.entries()) {
        const path = join(dir, FILE(i));
        await writeFile(path, JSON.stringify(run));
        files.push(path);
      }
      // The trend rides in every artifact, so it outlives the expiry of the artifacts it was built from.
      if (trend !== undefined) {
        await writeFile(join(dir, TREND_FILE), JSON.stringify(trend));
        files.push(join(dir, TREND_FILE));
      }
      const id = await this.client.uploadArtifact(this.artifactName, files, dir, this.retentionDays);
      this.logger.info(`uploaded ${all.length} run(s) as artifact ${this.artifactName} (id ${id})`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
