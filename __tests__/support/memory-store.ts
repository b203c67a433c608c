import type { RunSummary } from '../../src/domain/run-summary.js';
import type { BaselineStore, StoredBaseline } from '../../src/io/baseline-store.js';

/** A BaselineStore in memory: newest first, keeping at most `keep` runs, as the real stores do. */
export class MemoryStore implements BaselineStore {
  readonly description = 'memory';
  runs: RunSummary[] = [];
  saves = 0;

  async history(limit: number): Promise<StoredBaseline[]> {
    return this.runs.slice(0, limit).map((summary) => ({
      summary,
      provenance: { runs: 1, start: summary.run.start, source: 'memory' },
    }));
  }

  async save(summary: RunSummary, keep: number): Promise<void> {
    this.saves++;
    this.runs = [summary, ...this.runs].slice(0, keep);
  }
}
