/** trendPublication: what the default branch's trend adds to a run's publication, by where the run is. */
import { describe, expect, it } from 'vitest';
import { trendPublication } from '../../src/action/trend.js';
import type { RunContext } from '../../src/action/run-context.js';
import { exactTrend, steps } from '../support/trends.js';

const trend = (values: number[]) => exactTrend(values, 'd');
const push = { defaultBranch: 'main', repositoryUrl: 'https://github.com/org/shop' } as unknown as RunContext;
const pr = { ...push, pullRequest: { number: 7 } } as unknown as RunContext;

describe('trendPublication', () => {
  it("a stored run's entry gives the summary section, and the change it first establishes to announce", () => {
    const established = trendPublication(
      { trend: trend(steps([0.1, 20], [0.125, 2])), appended: true },
      push,
    );
    expect(established.section).toMatch(/^### Trend on main\n/);
    expect(established.note).toBeUndefined();
    // Two runs at the new level establish it, placed within a run of the true step (run 20).
    expect(established.announce?.fresh).toHaveLength(1);
    expect(Math.abs(established.announce!.fresh[0]!.firstAfter.index - 20)).toBeLessThanOrEqual(1);
    // A run later the same change is still shown and alerting, but not news.
    const later = trendPublication({ trend: trend(steps([0.1, 20], [0.125, 4])), appended: true }, push);
    expect(later.section).toMatch(/\*\*1 change point\*\*/);
    expect(later.announce?.fresh).toEqual([]);
  });

  it('a pull request gets one line when main shifted lately, nothing when it did not', () => {
    const shifted = trendPublication({ trend: trend(steps([0.1, 20], [0.125, 4])), appended: false }, pr);
    expect(shifted.note).toMatch(
      /^⚠️ main's p95 rose 25% \[.*\] between `ddddddd` and `ddddddd` \(\[commits\]\(https:\/\/github\.com\/org\/shop\/compare\//,
    );
    expect(shifted.section).toBeUndefined();
    expect(trendPublication({ trend: trend(steps([0.1, 24])), appended: false }, pr)).toEqual({});
  });

  it('a default-branch run that stored nothing publishes nothing of the trend', () => {
    expect(trendPublication({ trend: trend(steps([0.1, 20], [0.125, 4])), appended: false }, push)).toEqual(
      {},
    );
    expect(trendPublication(undefined, pr)).toEqual({});
  });
});
