import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunSummary } from '../../domain/run-summary.js';
import { PerfGateError } from '../../errors.js';
import { readRunSummary } from '../run-summary-file.js';
import { isTrustedBaselineRun, type TrustedRunPolicy } from './trust.js';
import type { BaselineStore, StoredBaseline } from '../baseline-store.js';
import type { Logger } from '../logger.js';
import type { GitHubClient, WorkflowRunInfo } from './client.js';

/** Runs of the default branch looked at before giving up (100 per page): old enough baselines have expired anyway. */
const MAX_PAGES = 3;
/** The files inside a baseline artifact: run-0.json is the newest run, then older ones (the rolling history). */
const FILE = (i: number) => `run-${i}.json`;
const FILE_PATTERN = /^run-(\d+)\.json$/;

/**
 * Baselines as GitHub Actions artifacts. Reading takes the newest trusted run (see trust.ts) that still has the
 * artifact, verifies its digest and validates every run in it; the artifact carries the last N runs, so one
 * download gives the history for the noise estimate. Writing uploads this run plus the history read before it.
 */
export class ArtifactBaselineStore implements BaselineStore {
  readonly description: string;
  private previous: StoredBaseline[] | undefined;
  /** Runs saved by this process (several with --runs), newest first, kept for the next save of the same job. */
  private saved: RunSummary[] = [];
  /** The workflow run the baseline came from, for the `baseline-run-id` output. */
  sourceRunId: number | undefined;

  constructor(
    private readonly client: GitHubClient,
    private readonly artifactName: string,
    private readonly policy: TrustedRunPolicy & { workflowFile: string },
    private readonly logger: Logger,
    private readonly retentionDays?: number,
  ) {
    this.description = `artifact ${artifactName} of ${policy.workflowFile} on ${policy.defaultBranch}`;
  }

  async history(limit: number): Promise<StoredBaseline[]> {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const runs = await this.client.workflowRuns(this.policy.workflowFile, this.policy.defaultBranch, page);
      for (const run of runs) {
        if (!isTrustedBaselineRun(run, this.policy)) {
          this.logger.debug(
            `run ${run.id} is not a trusted baseline run (event, branch, repository or workflow)`,
          );
          continue;
        }
        const found = await this.fromRun(run, limit);
        if (found) {
          this.previous = found;
          this.sourceRunId = run.id;
          return found;
        }
      }
      if (runs.length < 100) break;
    }
    this.previous = [];
    return [];
  }

  private async fromRun(run: WorkflowRunInfo, limit: number): Promise<StoredBaseline[] | undefined> {
    const artifact = (await this.client.runArtifacts(run.id, this.artifactName))
      .filter((a) => a.name === this.artifactName && !a.expired)
      .sort((a, b) => b.id - a.id)[0];
    if (!artifact) return undefined;
    const dir = await mkdtemp(join(tmpdir(), 'perf-gate-baseline-'));
    try {
      if (!(await this.client.downloadArtifact(artifact, run.id, dir))) {
        this.logger.warn(
          `the baseline artifact of run ${run.id} does not match its recorded digest; skipped it (look for tampering)`,
        );
        return undefined;
      }
      const files = (await readdir(dir))
        .filter((f) => FILE_PATTERN.test(f))
        .sort((a, b) => Number(FILE_PATTERN.exec(a)![1]) - Number(FILE_PATTERN.exec(b)![1]))
        .slice(0, Math.max(1, limit));
      if (files.length === 0)
        throw new PerfGateError(
          `the baseline artifact ${this.artifactName} of run ${run.id} holds no run summary`,
          'Re-run the workflow on the default branch to store a new baseline',
        );
      const out: StoredBaseline[] = [];
      for (const file of files) {
        const summary = await readRunSummary(join(dir, file)).catch((err: unknown) => {
          throw new PerfGateError(
            `the baseline artifact ${this.artifactName} of run ${run.id} is unreadable (${file}): ${(err as Error).message}`,
            'Re-run the workflow on the default branch to store a new baseline; nothing was overwritten',
          );
        });
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

  async save(summary: RunSummary, keep: number): Promise<void> {
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
