import type { RunSummary } from '../domain/run-summary.js';
import type { BaselineProvenance } from '../domain/report.js';
import type { BaselineBasis, CommitPlace, PooledCommit } from '../domain/baseline-by-commit.js';
import type { StoredTrend } from './trend-file.js';

/** How the baseline cycle chose its runs by commit (see domain/baseline-by-commit.ts), for the report's provenance. */
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
 * One set of runs a store holds together: a directory's runs, or the artifact one workflow run uploaded (that
 * run's own summary, newest, then the history it carried forward).
 */
export interface StoredSet {
  /** How messages name it: `run 521`, `.perf-gate/default`. */
  readonly label: string;
  /** The commit the set was stored from (a workflow run's head commit); absent for a directory of many commits. */
  readonly commit?: string;
  /**
   * The newest run is the set's own (an artifact): when that run is no baseline, neither is the set, whose older
   * runs were carried forward by it. In a directory each run stands alone.
   */
  readonly snapshot: boolean;
  /** Its runs, newest first, schema-validated; undefined when the store found it unusable (and warned why). */
  read(): Promise<StoredBaseline[] | undefined>;
  /**
   * The default branch's trend stored with the set (`perf-gate-trend.json`), as read; undefined when it has none.
   * Asked after read() (an artifact is downloaded once). Never throws: a damaged file comes back as a problem.
   */
  trend?(): Promise<StoredTrend | undefined>;
}

/**
 * The commit a baseline is chosen for (a pull request's base commit, or locally the merge base with the default
 * branch) and how other commits stand from it: git locally, GitHub's compare API in the action.
 */
export interface BaseCommit {
  commit: string;
  /** How messages name it: `this pull request's base`, `the merge base with main`. */
  what: string;
  placeOf(commit: string): Promise<CommitPlace | undefined>;
}

/**
 * Where baselines live: a local directory or GitHub Actions artifacts. A plain provider: it lists and reads what
 * it holds and writes what it is given. Which runs are a baseline (trust, commits, thresholds) and whether to store
 * one is decided by the baseline cycle (pipeline/baseline-cycle.ts), the same for every store.
 */
export interface BaselineStore {
  /** Human-readable location, for messages (e.g. `.perf-gate/default` or `artifact perf-gate-baseline`). */
  readonly description: string;
  /**
   * The stored sets, newest first. An unreadable entry of a directory is an error that names it, never silently
   * skipped into a pass; a store whose every look costs API calls may stop early, saying so.
   */
  sets(): AsyncIterable<StoredSet>;
  /**
   * Stores `runs` (newest first) as the newest baseline runs and keeps at most `keep` runs in all: a directory keeps
   * its older files, an artifact (written whole) carries `carried` (the history the gate read) after them. Never
   * leaves a half-written baseline behind. `trend`, when given, is the trend file's JSON, written beside the runs.
   */
  write(
    runs: readonly RunSummary[],
    carried: readonly RunSummary[],
    keep: number,
    trend?: unknown,
  ): Promise<void>;
}
