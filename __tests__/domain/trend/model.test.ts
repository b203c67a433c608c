import { describe, expect, it } from 'vitest';
import { P95 } from '../../../eval/trend-sim.js';
import {
  appendTrend,
  emptyTrend,
  mergeTrends,
  statisticId,
  statisticSeries,
  type TrendStatistic,
} from '../../../src/domain/trend/model.js';

const ERR: TrendStatistic = {
  ...P95,
  id: 'http_req_failed rate',
  metric: 'http_req_failed',
  stat: 'rate',
  scale: 'difference',
  tolerance: 0.001,
};
const entry = (i: number, ids = [P95.id]) => ({
  commit: String(i).padStart(40, '0'),
  date: `2026-01-0${1 + (i % 9)}T00:00:00.000Z`,
  runId: i,
  points: Object.fromEntries(ids.map((id) => [id, { estimate: 100 + i, se: 0.02 }])),
});

describe('statisticId', () => {
  it('names all traffic by metric and stat, other series by their sorted tags', () => {
    expect(statisticId('http_req_duration', 'p95', {})).toBe('http_req_duration p95');
    expect(statisticId('server_cpu_seconds_per_request', 'mean', { server: 'api', b: '1' })).toBe(
      'server_cpu_seconds_per_request mean {b=1,server=api}',
    );
  });
});

describe('appendTrend', () => {
  it('appends without touching the input, newest last, and keeps the newest max entries', () => {
    const empty = emptyTrend();
    let trend = appendTrend(empty, entry(1), [P95]);
    expect(empty.entries).toEqual([]);
    for (let i = 2; i <= 7; i++) trend = appendTrend(trend, entry(i), [P95], 5);
    expect(trend.entries.map((e) => e.runId)).toEqual([3, 4, 5, 6, 7]);
  });

  it('replaces a re-run of the same workflow run instead of counting it twice', () => {
    let trend = appendTrend(emptyTrend(), entry(1), [P95]);
    trend = appendTrend(trend, { ...entry(1), points: { [P95.id]: { estimate: 1, se: 0 } } }, [P95]);
    expect(trend.entries).toHaveLength(1);
    expect(trend.entries[0]!.points[P95.id]!.estimate).toBe(1);
  });

  it('drops the description of a statistic no kept entry carries, and the newest description wins', () => {
    let trend = appendTrend(emptyTrend(), entry(1, [P95.id, ERR.id]), [P95, ERR]);
    trend = appendTrend(trend, entry(2), [{ ...P95, tolerance: 0.05 }], 1);
    expect(Object.keys(trend.statistics)).toEqual([P95.id]);
    expect(trend.statistics[P95.id]!.tolerance).toBe(0.05);
  });
});

describe('mergeTrends', () => {
  it('keeps every run of two overlapping pushes once, by start, whichever trend is given first', () => {
    let base = appendTrend(emptyTrend(), entry(1), [P95]);
    base = appendTrend(base, entry(2), [P95]);
    // Both pushes read [1, 2]; one stores 3, the other 4: neither knows the other's entry.
    const a = appendTrend(base, entry(3), [P95]);
    const b = appendTrend(base, entry(4), [P95]);
    expect(mergeTrends(a, b).entries.map((e) => e.runId)).toEqual([1, 2, 3, 4]);
    expect(mergeTrends(b, a).entries.map((e) => e.runId)).toEqual([1, 2, 3, 4]);
  });

  it("takes the newer trend's entry for a run in both, its descriptions, and the newest max entries", () => {
    const older = appendTrend(appendTrend(emptyTrend(), entry(1, [P95.id, ERR.id]), [P95, ERR]), entry(2), [
      P95,
    ]);
    const rerun = { ...entry(2), points: { [P95.id]: { estimate: 1, se: 0 } } };
    const newer = appendTrend(emptyTrend(), rerun, [{ ...P95, tolerance: 0.05 }]);
    const merged = mergeTrends(older, newer);
    expect(merged.entries.map((e) => e.points[P95.id]!.estimate)).toEqual([101, 1]);
    expect(merged.statistics[P95.id]!.tolerance).toBe(0.05);
    expect(Object.keys(merged.statistics).sort()).toEqual([ERR.id, P95.id].sort());
    const cut = mergeTrends(older, newer, 1);
    expect(cut.entries.map((e) => e.runId)).toEqual([2]);
    expect(Object.keys(cut.statistics)).toEqual([P95.id]);
  });

  it('is defined for empty trends', () => {
    expect(mergeTrends(emptyTrend(), emptyTrend())).toEqual(emptyTrend());
    const one = appendTrend(emptyTrend(), entry(5), [P95]);
    expect(mergeTrends(emptyTrend(), one)).toEqual(one);
    expect(mergeTrends(one, emptyTrend())).toEqual(one);
  });
});

describe('statisticSeries', () => {
  it('lists the runs that carry a statistic with their index in the trend', () => {
    let trend = appendTrend(emptyTrend(), entry(1, [P95.id, ERR.id]), [P95, ERR]);
    trend = appendTrend(trend, entry(2, [P95.id]), [P95]);
    trend = appendTrend(trend, entry(3, [ERR.id]), [ERR]);
    expect(statisticSeries(trend, ERR.id).map((p) => p.index)).toEqual([0, 2]);
    expect(statisticSeries(trend, 'nothing')).toEqual([]);
  });
});
