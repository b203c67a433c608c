import { describe, expect, it } from 'vitest';
import {
  basisOf,
  chooseByCommit,
  driftWarning,
  poolCommits,
  type CommitPlace,
} from '../../src/domain/baseline-by-commit.js';

/** A line of history: base B at distance 0, A one commit before it, X off to the side (a descendant of A). */
const PLACES: Record<string, CommitPlace> = {
  bbbbbbb0: { ahead: 0, behind: 0 },
  aaaaaaa1: { ahead: 0, behind: 1 },
  ccccccc2: { ahead: 0, behind: 2 },
  xxxxxxx3: { ahead: 3, behind: 1 },
  ddddddd4: { ahead: 2, behind: 0 },
};
const placeOf = (c: string) => PLACES[c];
const runs = (...commits: Array<string | undefined>) => commits.map((commit, i) => ({ item: i, commit }));

describe('chooseByCommit', () => {
  it('takes nothing from no runs (n = 0)', () => {
    expect(chooseByCommit([], placeOf, 5)).toEqual({ chosen: [], pooled: [] });
  });

  it('takes one run at the base commit (n = 1), and none that is not an ancestor', () => {
    expect(chooseByCommit(runs('bbbbbbb0'), placeOf, 5)).toEqual({
      chosen: [0],
      pooled: [{ commit: 'bbbbbbb0', runs: 1, ahead: 0, behind: 0 }],
    });
    expect(chooseByCommit(runs('xxxxxxx3'), placeOf, 5).chosen).toEqual([]);
    expect(chooseByCommit(runs('ddddddd4'), placeOf, 5).chosen).toEqual([]);
  });

  it('puts the base commit first even when an ancestor ran later (n = 2)', () => {
    // Listed newest first: the ancestor's run is newer (a re-run), yet the base commit's run comes first.
    const { chosen, pooled } = chooseByCommit(runs('aaaaaaa1', 'bbbbbbb0'), placeOf, 5);
    expect(chosen).toEqual([1, 0]);
    expect(pooled.map((p) => [p.commit, p.behind])).toEqual([
      ['bbbbbbb0', 0],
      ['aaaaaaa1', 1],
    ]);
  });

  it('leaves out non-ancestors and unknown commits, keeps newest first within a commit, and stops at the limit', () => {
    const { chosen, pooled } = chooseByCommit(
      runs('ddddddd4', 'bbbbbbb0', 'xxxxxxx3', undefined, 'ccccccc2', 'bbbbbbb0', 'zzzzzzz9', 'aaaaaaa1'),
      placeOf,
      4,
    );
    expect(chosen).toEqual([1, 5, 7, 4]);
    expect(pooled.map((p) => [p.commit, p.runs])).toEqual([
      ['bbbbbbb0', 2],
      ['aaaaaaa1', 1],
      ['ccccccc2', 1],
    ]);
    expect(chooseByCommit(runs('bbbbbbb0', 'aaaaaaa1'), placeOf, 0).chosen).toEqual([]);
  });
});

describe('basisOf and driftWarning', () => {
  it('at the base commit: no warning', () => {
    const pooled = poolCommits([{ commit: 'bbbbbbb0' }, { commit: 'aaaaaaa1' }], placeOf);
    expect(basisOf(pooled)).toBe('base-commit');
    expect(driftWarning(pooled, 'bbbbbbb0', "this pull request's base")).toBeUndefined();
  });

  it('an ancestor: names it and how far before the base it is', () => {
    const pooled = poolCommits([{ commit: 'ccccccc2' }], placeOf);
    expect(basisOf(pooled)).toBe('ancestor');
    expect(driftWarning(pooled, 'bbbbbbb0', "this pull request's base")).toBe(
      "this pull request's base bbbbbbb has no usable baseline run yet: baseline from ccccccc, 2 commits before it",
    );
  });

  it('no ancestor: names the commit and the drift', () => {
    expect(basisOf([])).toBe('newest');
    expect(driftWarning([], 'bbbbbbb0', 'the merge base with main')).toMatch(
      /^no baseline run of the merge base with main bbbbbbb or of its ancestors was found/,
    );
    const after = poolCommits([{ commit: 'ddddddd4' }], placeOf);
    expect(basisOf(after)).toBe('newest');
    expect(driftWarning(after, 'bbbbbbb0', "this pull request's base")).toMatch(
      /baseline from ddddddd, 2 commits after it; differences may come from those commits$/,
    );
    const aside = poolCommits([{ commit: 'xxxxxxx3' }], placeOf);
    expect(driftWarning(aside, 'bbbbbbb0', "this pull request's base")).toMatch(
      /baseline from xxxxxxx, not an ancestor of it \(the base has 1 commit it lacks, and lacks 3 commits of it\)/,
    );
    const unknown = poolCommits([{ commit: 'zzzzzzz9' }], placeOf);
    expect(unknown).toEqual([{ commit: 'zzzzzzz9', runs: 1 }]);
    expect(driftWarning(unknown, 'bbbbbbb0', "this pull request's base")).toMatch(
      /whose place in history is unknown/,
    );
  });
});
