import { mkdir, readdir, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { PerfGateError } from '../errors.js';
import type { RunSummary } from '../domain/run-summary.js';
import { readRunSummary, writeRunSummary } from './run-summary-file.js';
import { writeJsonAtomically } from './atomic-write.js';
import { readTrendFile, TREND_FILE } from './trend-file.js';
import type { BaselineStore, StoredBaseline, StoredSet } from './baseline-store.js';

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
 * A directory as the user reads it: relative to the working directory when it lies inside it, else its whole path
 * (`/tmp/b`, never `../../tmp/b`).
 */
export function displayPath(dir: string, cwd: string): string {
  const inside = relative(cwd, dir);
  if (inside === '') return '.';
  return inside.startsWith('..') || isAbsolute(inside) ? resolve(dir) : inside;
}

/**
 * A directory of baseline runs, one RunSummary JSON per run: `.perf-gate/<gate-id>/` for the CLI, `baseline-dir`
 * in the action. One set of runs, each with its own commit, and the default branch's trend beside them
 * (`perf-gate-trend.json`). Writes are atomic (temp file + rename), so an
 * interrupted save never leaves a half-written baseline.
 */
export class LocalBaselineStore implements BaselineStore {
  readonly description: string;

  constructor(
    private readonly dir: string,
    cwd: string = process.cwd(),
  ) {
    this.description = displayPath(dir, cwd);
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

  async *sets(): AsyncIterable<StoredSet> {
    const files = (await this.files()).reverse();
    if (files.length === 0) return;
    // Every run is read: the directory keeps a bounded history, and the cycle chooses among all of them.
    yield {
      label: this.description,
      snapshot: false,
      read: () => this.read(files),
      trend: () => readTrendFile(join(this.dir, TREND_FILE)),
    };
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

  async write(
    runs: readonly RunSummary[],
    _carried: readonly RunSummary[],
    keep: number,
    trend?: unknown,
  ): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const existing = await this.files();
    const taken = new Set(existing);
    // Oldest first, so that the newest run gets the latest name when two share a start time.
    for (const summary of [...runs].reverse()) {
      const name = fileNameFor(summary, taken);
      await writeRunSummary(join(this.dir, name), summary);
      taken.add(name);
    }
    const all = [...taken].sort();
    const drop = all.slice(0, Math.max(0, all.length - Math.max(1, keep)));
    await Promise.all(drop.map((f) => rm(join(this.dir, f), { force: true })));
    if (trend !== undefined) await writeJsonAtomically(join(this.dir, TREND_FILE), trend);
  }
}
