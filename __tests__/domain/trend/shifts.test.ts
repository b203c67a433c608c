import { describe, expect, it } from 'vitest';
import { detectChangePoints } from '../../../src/domain/trend/change-points.js';
import type { Trend } from '../../../src/domain/trend/model.js';
import {
  alertingChangePoints,
  newAlertingChangePoints,
  recentShift,
  sameChangePoint,
} from '../../../src/domain/trend/shifts.js';
import { P95 } from '../../../eval/trend-sim.js';
import { exactTrend, steps, trendCommit } from '../../support/trends.js';

const sha = (i: number) => trendCommit(i);
const trend = (values: number[]): Trend => exactTrend(values);

describe('alertingChangePoints and recentShift', () => {
  it('alert on a recent shift for the worse beyond the tolerance, not on an old one, a small one or a better one', () => {
    const recent = detectChangePoints(trend(steps([100, 20], [125, 5])));
    expect(alertingChangePoints(recent, 10).map((c) => c.firstAfter.index)).toEqual([20]);
    expect(recentShift(recent)?.firstAfter.index).toBe(20);
    expect(alertingChangePoints(recent, 4)).toEqual([]);
    const better = detectChangePoints(trend(steps([100, 20], [75, 5])));
    expect(better.statistics[0]!.changePoints).toHaveLength(1);
    expect(recentShift(better)).toBeUndefined();
    const small = detectChangePoints(trend(steps([100, 20], [106, 6])), { runNoisePrior: 0.005 });
    expect(small.statistics[0]!.changePoints).toHaveLength(1);
    expect(recentShift(small)).toBeUndefined();
  });
  it('has nothing to say about a trend of n = 0, 1, 2 runs', () => {
    for (const n of [0, 1, 2])
      expect(recentShift(detectChangePoints(trend(Array(n).fill(100))))).toBeUndefined();
  });
});

describe('sameChangePoint', () => {
  const t = trend(steps([100, 20], [125, 5]));
  const cp = detectChangePoints(t).statistics[0]!.changePoints[0]!;
  it('is the same change when the reported commit lies within two runs of the first run at the new level', () => {
    expect(sameChangePoint(t, cp, { statistic: P95.id, commit: sha(20) })).toBe(true);
    expect(sameChangePoint(t, cp, { statistic: P95.id, commit: sha(18) })).toBe(true);
    expect(sameChangePoint(t, cp, { statistic: P95.id, commit: sha(17) })).toBe(false);
    expect(sameChangePoint(t, cp, { statistic: 'http_req_failed rate', commit: sha(20) })).toBe(false);
    expect(sameChangePoint(t, cp, { statistic: P95.id, commit: 'f'.repeat(40) })).toBe(false);
  });
});

describe('newAlertingChangePoints', () => {
  const analysed = (values: number[]) => {
    const t = trend(values);
    return { t, analysis: detectChangePoints(t), before: detectChangePoints(trend(values.slice(0, -1))) };
  };
  it('announces a change on the run that establishes it, and not again on the runs after', () => {
    // One run at the new level is a one-off; the second establishes the change (placed within a run of run 20).
    const first = analysed(steps([100, 20], [125, 2]));
    expect(alertingChangePoints(first.before)).toEqual([]);
    expect(newAlertingChangePoints(first.t, first.analysis, first.before)).toHaveLength(1);
    // The third run moves it to run 20: the same change, not news.
    const next = analysed(steps([100, 20], [125, 3]));
    expect(alertingChangePoints(next.before)).toHaveLength(1);
    expect(newAlertingChangePoints(next.t, next.analysis, next.before)).toEqual([]);
    const later = analysed(steps([100, 20], [125, 6]));
    expect(alertingChangePoints(later.analysis)).toHaveLength(1);
    expect(newAlertingChangePoints(later.t, later.analysis, later.before)).toEqual([]);
  });
  it('without an earlier analysis (the first runs), every alerting change is new', () => {
    const { t, analysis } = analysed(steps([100, 20], [125, 6]));
    expect(newAlertingChangePoints(t, analysis, undefined)).toHaveLength(1);
  });
});
