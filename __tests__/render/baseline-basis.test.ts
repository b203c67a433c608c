import { describe, expect, it } from 'vitest';
import type { BaselineProvenance } from '../../src/domain/report.js';
import { renderComment, renderTerminal } from '../../src/render/index.js';
import { basisText } from '../../src/render/baseline-basis.js';
import { CONTEXT, report } from './reports.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

const atBase: BaselineProvenance = {
  runs: 5,
  commit: B,
  ref: 'main',
  baseCommit: B,
  basis: 'base-commit',
  commits: [
    { commit: B, runs: 3, ahead: 0, behind: 0 },
    { commit: A, runs: 2, ahead: 0, behind: 1 },
  ],
  distance: 0,
};

describe('the baseline line, chosen by commit', () => {
  it('says how many runs are at the base commit and how many older ones fill the history', () => {
    expect(basisText(atBase, (c) => c)).toBe('3 runs at the base commit bbbbbbb (+2 older)');
    expect(
      basisText({ ...atBase, runs: 1, commits: [{ commit: B, runs: 1, ahead: 0, behind: 0 }] }, (c) => c),
    ).toBe('1 run at the base commit bbbbbbb');
    const comment = renderComment(report({ baseline: atBase }), CONTEXT);
    expect(comment).toMatch(/\*\*Baseline:\*\* 3 runs at the base commit `bbbbbbb` \(\+2 older\), on `main`/);
    // Chosen by commit, the line says where the noise came from, not how many runs were pooled (said already).
    const noisy = report({
      baseline: { ...atBase, start: undefined },
      settings: { ...report().settings, noiseRuns: 5 },
    });
    expect(renderComment(noisy, CONTEXT)).toMatch(
      /^\*\*Baseline:\*\* 3 runs at the base commit `bbbbbbb` \(\+2 older\), on `main`, run-to-run noise measured from them\.$/m,
    );
    const quiet = report({
      baseline: { ...atBase, start: undefined },
      settings: { ...report().settings, noiseRuns: 0 },
    });
    expect(renderComment(quiet, CONTEXT)).toMatch(
      /^\*\*Baseline:\*\* 3 runs at the base commit `bbbbbbb` \(\+2 older\), on `main`\.$/m,
    );
    expect(renderTerminal(report({ baseline: atBase }), { color: false })).toMatch(
      /baseline: 3 runs at the base commit bbbbbbb \(\+2 older\), main/,
    );
  });

  it('names the ancestor used when the base commit had no run', () => {
    const ancestor: BaselineProvenance = {
      ...atBase,
      runs: 2,
      baseCommit: C,
      basis: 'ancestor',
      commits: [
        { commit: B, runs: 1, ahead: 0, behind: 1 },
        { commit: A, runs: 1, ahead: 0, behind: 2 },
      ],
      distance: 1,
    };
    expect(basisText(ancestor, (c) => c)).toBe(
      '1 run at bbbbbbb, 1 commit before the base commit ccccccc (it has no usable run yet) (+1 older)',
    );
    expect(renderComment(report({ baseline: ancestor }), CONTEXT)).toMatch(
      /\*\*Baseline:\*\* 1 run at `bbbbbbb`, 1 commit before the base commit `ccccccc` \(it has no usable run yet\) \(\+1 older\)/,
    );
  });

  it('says the newest runs were used when no ancestor had one, and says nothing new without a base commit', () => {
    const newest: BaselineProvenance = { runs: 2, commit: B, baseCommit: A, basis: 'newest', commits: [] };
    expect(basisText(newest, (c) => c)).toBe(
      '2 runs of the newest commits (none at the base commit aaaaaaa or its ancestors)',
    );
    // The newest runs, even when the provenance lists their commits.
    const listed = { ...newest, commits: [{ commit: C, runs: 2, ahead: 1, behind: 0 }] };
    expect(basisText(listed, (c) => c)).toBe(
      '2 runs of the newest commits (none at the base commit aaaaaaa or its ancestors)',
    );
    expect(basisText({ runs: 2, commit: B }, (c) => c)).toBeUndefined();
    // A base commit without a basis (an older report) is not a choice by commit either.
    expect(basisText({ runs: 2, commit: B, baseCommit: A }, (c) => c)).toBeUndefined();
    expect(basisText({ ...atBase, basis: undefined }, (c) => c)).toBeUndefined();
  });

  it('counts commits and runs in the plural', () => {
    const far: BaselineProvenance = {
      runs: 2,
      baseCommit: C,
      basis: 'ancestor',
      commits: [{ commit: B, runs: 2, ahead: 0, behind: 3 }],
      distance: 3,
    };
    expect(basisText(far, (c) => `<${c}>`)).toBe(
      '2 runs at <bbbbbbb>, 3 commits before the base commit <ccccccc> (it has no usable run yet)',
    );
    expect(renderComment(report({ baseline: { runs: 2, commit: B, ref: 'main' } }), CONTEXT)).toMatch(
      /\*\*Baseline:\*\* commit `bbbbbbb`, on `main`/,
    );
  });
});
