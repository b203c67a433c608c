/**
 * Choosing a pull request's baseline by commit. A pull request's workflow measures its head merged into its base
 * commit, so the runs to compare with are the runs at that base commit, filled up (for the run-to-run noise) with
 * runs of its nearest ancestors; a run of a commit that is not an ancestor carries changes the pull request does not
 * have (a regression or a speed-up merged since) and is never pooled while an ancestor's run is there.
 */

/**
 * Where a baseline run's commit stands relative to the base commit, as git (or GitHub's compare API) counts it:
 * `behind` is how many commits the base has that this commit lacks, `ahead` how many this commit has that the base
 * lacks. An ancestor (or the base itself) has `ahead` 0; `behind` is then its distance from the base.
 */
export interface CommitPlace {
  ahead: number;
  behind: number;
}

/** One commit pooled into the baseline: how many of its runs, and where it stands from the base commit. */
export interface PooledCommit {
  commit: string;
  runs: number;
  /** Commits of the base that this commit lacks (its distance, for an ancestor); absent when unknown. */
  behind?: number;
  /** Commits this commit has that the base lacks (0 for an ancestor); absent when unknown. */
  ahead?: number;
}

/**
 * How the baseline was chosen: `base-commit` (runs at the base commit, older ancestors after them), `ancestor` (the
 * base commit had no usable run: its nearest ancestors), `newest` (no ancestor's run was found: the newest runs,
 * whatever their commit, with a warning naming the drift).
 */
export type BaselineBasis = 'base-commit' | 'ancestor' | 'newest';

export interface BaselineChoice<T> {
  chosen: T[];
  pooled: PooledCommit[];
}

export const isAncestorPlace = (place: CommitPlace | undefined): place is CommitPlace =>
  place !== undefined && place.ahead === 0;

/**
 * The history for a base commit from runs listed newest first: only runs of the base commit and its ancestors (a
 * run whose commit is unknown or not an ancestor is left out), nearest commit first, newest first within a commit
 * (the sort is stable), at most `limit`. `pooled` lists the commits taken, nearest first.
 */
export function chooseByCommit<T>(
  runs: ReadonlyArray<{ item: T; commit: string | undefined }>,
  placeOf: (commit: string) => CommitPlace | undefined,
  limit: number,
): BaselineChoice<T> {
  const ancestors = runs
    .map((run) => ({ ...run, place: run.commit ? placeOf(run.commit) : undefined }))
    .filter((run): run is typeof run & { commit: string; place: CommitPlace } => isAncestorPlace(run.place))
    .sort((a, b) => a.place.behind - b.place.behind)
    .slice(0, Math.max(0, limit));
  return { chosen: ancestors.map((r) => r.item), pooled: poolCommits(ancestors, placeOf) };
}

/** The distinct commits of `runs` (in order of first appearance) with their run counts and places. */
export function poolCommits(
  runs: ReadonlyArray<{ commit: string | undefined }>,
  placeOf: (commit: string) => CommitPlace | undefined,
): PooledCommit[] {
  const out: PooledCommit[] = [];
  for (const { commit } of runs) {
    if (!commit) continue;
    const seen = out.find((p) => p.commit === commit);
    if (seen) {
      seen.runs++;
      continue;
    }
    const place = placeOf(commit);
    out.push({ commit, runs: 1, ...(place ? { behind: place.behind, ahead: place.ahead } : {}) });
  }
  return out;
}

/** The basis of a choice: at the base commit when its nearest pooled commit is the base itself. */
export function basisOf(pooled: readonly PooledCommit[]): BaselineBasis {
  const nearest = pooled[0];
  if (!nearest || nearest.ahead !== 0 || nearest.behind === undefined) return 'newest';
  return nearest.behind === 0 ? 'base-commit' : 'ancestor';
}

const short = (commit: string) => commit.slice(0, 7);
const commits = (n: number) => `${n} commit${n === 1 ? '' : 's'}`;

/**
 * The warning for a baseline that is not the base commit's own: which commit it came from and how far that is from
 * the base (`baseline from abc1234, 14 commits before this pull request's base def5678`). `what` names the base
 * (`this pull request's base`, or locally `the merge base with main`). Undefined at the base commit.
 */
export function driftWarning(
  pooled: readonly PooledCommit[],
  base: string,
  what: string,
): string | undefined {
  const basis = basisOf(pooled);
  const nearest = pooled[0];
  if (basis === 'base-commit') return undefined;
  if (!nearest)
    return `no baseline run of ${what} ${short(base)} or of its ancestors was found: the newest runs were used, whatever their commit`;
  if (basis === 'ancestor')
    return `${what} ${short(base)} has no usable baseline run yet: baseline from ${short(nearest.commit)}, ${commits(nearest.behind as number)} before it`;
  const where =
    nearest.ahead === undefined || nearest.behind === undefined
      ? 'whose place in history is unknown'
      : nearest.behind === 0
        ? `${commits(nearest.ahead)} after it`
        : `not an ancestor of it (the base has ${commits(nearest.behind)} it lacks, and lacks ${commits(nearest.ahead)} of it)`;
  return `no baseline run of ${what} ${short(base)} or of its ancestors was found: baseline from ${short(nearest.commit)}, ${where}; differences may come from those commits`;
}
