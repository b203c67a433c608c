import type { RunSummary } from '../domain/run-summary.js';
import type { BaselineProvenance } from '../domain/report.js';

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
  save(summary: RunSummary, keep: number): Promise<void>;
}
