import type { RunSummary } from '../domain/run-summary.js';
import type { BaselineProvenance } from '../domain/report.js';
import type { BaselineBasis, PooledCommit } from '../domain/baseline-by-commit.js';

/** How a store chose its runs by commit (see domain/baseline-by-commit.ts), for the report's provenance. */
export interface BaselineSelection {
  baseCommit: string;
  basis: BaselineBasis;
  commits: PooledCommit[];
  /** Set when the runs are not the base commit's own: which commit they came from, how far from the base. */
  warning?: string;
}

/** A stored baseline run with where it came from. */
export interface StoredBaseline {
  summary: RunSummary;
  provenance: BaselineProvenance;
}

/**
 * Where baselines live: a local directory (CLI) or GitHub Actions artifacts (action).
 * `history` returns the newest runs first (at most `limit`), all schema-validated; an unreadable entry is an error
 * that names it, never silently skipped into a pass. `save` adds a run and keeps a rolling history; it must never
 * leave a half-written baseline behind.
 */
export interface BaselineStore {
  /** Human-readable location, for messages (e.g. `.perf-gate/default` or `artifact perf-gate-baseline`). */
  readonly description: string;
  history(limit: number): Promise<StoredBaseline[]>;
  /**
   * After `history`: how it chose the runs by commit (a pull request's base commit, a local merge base); undefined
   * when it took the newest runs.
   */
  readonly selection?: BaselineSelection;
  save(summary: RunSummary, keep: number): Promise<void>;
}
