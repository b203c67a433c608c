import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PerfGateError } from '../errors.js';
import type { RunSummary } from '../domain/run-summary.js';
import { readRunSummary, writeRunSummary } from './run-summary-file.js';
import type { BaselineSelection, BaselineStore, StoredBaseline } from './baseline-store.js';
import { basisOf, chooseByCommit, driftWarning, poolCommits } from '../domain/baseline-by-commit.js';
import type { LocalBase } from './git-commits.js';

/** Baseline files are named so that a plain sort puts the newest last: `<start, compact ISO>-<n>.json`. */
const FILE_PATTERN = /^\d{8}T\d{6}Z-\d+\.json$/;

function fileNameFor(summary: RunSummary, taken: Set<string>): string {
  const stamp = summary.run.start.replace(/[-:]/g, '').replace(/\.\d+/, '');
  for (let n = 0; ; n++) {
    const name = `${stamp}-${n}.json`;
    if (!taken.has(name)) return name;
  }
}

/**
 * A directory of baseline runs, one RunSummary JSON per run, for the CLI: `.perf-gate/<gate-id>/` by default.
 * Writes are atomic (temp file + rename), so an interrupted save never leaves a half-written baseline.
 */
export class LocalBaselineStore implements BaselineStore {
  readonly description: string;
  selection: BaselineSelection | undefined;

  /**
   * With `base` (on a branch: the merge base with the default branch), the history is the runs recorded at that
   * commit and its ancestors, nearest first, as for a pull request in the action; without it, the newest runs.
   */
  constructor(
    private readonly dir: string,
    cwd: string = process.cwd(),
    private readonly base?: LocalBase,
  ) {
    this.description = relative(cwd, dir) || '.';
  }

  private async files(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((f) => FILE_PATTERN.test(f)).sort();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new PerfGateError(
        `cannot read the baseline directory ${this.description}: ${(err as Error).message}`,
        'Check its permissions',
      );
    }
  }

  async history(limit: number): Promise<StoredBaseline[]> {
    const base = this.base;
    if (!base) return this.read((await this.files()).reverse().slice(0, Math.max(0, limit)));
    // Every stored run is a candidate (the directory keeps a bounded history): the nearest commits win, not the newest.
    const all = await this.read((await this.files()).reverse());
    const commits = [...new Set(all.map((s) => s.summary.git?.commit).filter((c): c is string => !!c))];
    const places = new Map(await Promise.all(commits.map(async (c) => [c, await base.placeOf(c)] as const)));
    const what = `the merge base with ${base.defaultBranch}`;
    const { chosen, pooled } = chooseByCommit(
      all.map((item) => ({ item, commit: item.summary.git?.commit })),
      (c) => places.get(c),
      limit,
    );
    if (chosen.length > 0) {
      this.selection = {
        baseCommit: base.commit,
        basis: basisOf(pooled),
        commits: pooled,
        warning: driftWarning(pooled, base.commit, what),
      };
      return chosen;
    }
    const newest = all.slice(0, Math.max(0, limit));
    const drift = poolCommits(
      newest.map((s) => ({ commit: s.summary.git?.commit })),
      (c) => places.get(c),
    );
    this.selection = {
      baseCommit: base.commit,
      basis: 'newest',
      commits: drift,
      warning: driftWarning(drift, base.commit, what),
    };
    return newest;
  }

  private async read(files: string[]): Promise<StoredBaseline[]> {
    const out: StoredBaseline[] = [];
    for (const file of files) {
      const path = join(this.dir, file);
      const summary = await readRunSummary(path);
      out.push({
        summary,
        provenance: {
          runs: 1,
          commit: summary.git?.commit,
          ref: summary.git?.ref,
          start: summary.run.start,
          source: join(this.description, file),
        },
      });
    }
    return out;
  }

  async save(summary: RunSummary, keep: number): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const existing = await this.files();
    const name = fileNameFor(summary, new Set(existing));
    await writeRunSummary(join(this.dir, name), summary);
    const all = [...existing, name].sort();
    const drop = all.slice(0, Math.max(0, all.length - Math.max(1, keep)));
    await Promise.all(drop.map((f) => rm(join(this.dir, f), { force: true })));
  }
}
