import type { RunSummary } from '../../src/domain/run-summary.js';
import type { BaselineStore, StoredSet } from '../../src/io/baseline-store.js';
import type { StoredTrend } from '../../src/io/trend-file.js';

/** A BaselineStore in memory, like a directory: one set of runs, newest first, keeping at most `keep` runs. */
export class MemoryStore implements BaselineStore {
  readonly description = 'memory';
  runs: RunSummary[] = [];
  /** Runs written so far. */
  saves = 0;
  /** The trend file's JSON stored beside the runs (as a store keeps `perf-gate-trend.json`), or what is wrong with it. */
  trend: StoredTrend | undefined;

  async *sets(): AsyncIterable<StoredSet> {
    if (this.runs.length === 0) return;
    const runs = [...this.runs];
    yield {
      label: 'memory',
      snapshot: false,
      read: async () =>
        runs.map((summary) => ({
          summary,
          provenance: { runs: 1, commit: summary.git?.commit, start: summary.run.start, source: 'memory' },
        })),
      trend: async () => this.trend,
    };
  }

  async write(
    runs: readonly RunSummary[],
    _carried: readonly RunSummary[],
    keep: number,
    trend?: unknown,
  ): Promise<void> {
    this.saves += runs.length;
    // A round trip through JSON, as a file would be.
    if (trend !== undefined) this.trend = { json: JSON.parse(JSON.stringify(trend)) as unknown };
    this.runs = [...runs, ...this.runs].slice(0, keep);
  }

  /** Stores one run as the newest, as the cycle would. */
  async save(summary: RunSummary, keep = 5): Promise<void> {
    await this.write([summary], [], keep);
  }
}
