import { describe, expect, it } from 'vitest';
import { abLooks, abStopping, pairOrder } from '../../../src/domain/compare/ab-stopping.js';
import type { Comparison } from '../../../src/domain/report.js';
import { comparison, report } from '../../render/reports.js';

describe('pairOrder: balanced blocks of four', () => {
  it('runs AB BA BA AB, repeated', () => {
    const order = Array.from({ length: 8 }, (_, i) => (pairOrder(i)[0] === 'baseline' ? 'AB' : 'BA'));
    expect(order.join(' ')).toBe('AB BA BA AB AB BA BA AB');
  });
  it('balances both versions over a block: equal sums and sums of squares of their positions', () => {
    const positions = { baseline: [] as number[], candidate: [] as number[] };
    for (let i = 0; i < 4; i++) pairOrder(i).forEach((side, j) => positions[side].push(2 * i + j + 1));
    const sum = (xs: number[], f: (x: number) => number) => xs.reduce((s, x) => s + f(x), 0);
    expect(positions.baseline).toEqual([1, 4, 6, 7]);
    expect(sum(positions.baseline, (x) => x)).toBe(sum(positions.candidate, (x) => x));
    expect(sum(positions.baseline, (x) => x * x)).toBe(sum(positions.candidate, (x) => x * x));
  });
});

describe('abLooks', () => {
  it('is one look at the first look and one per added pair', () => {
    expect(abLooks(4, 20)).toBe(17);
    expect(abLooks(10, 10)).toBe(1);
    expect(() => abLooks(5, 4)).toThrow(RangeError);
    expect(() => abLooks(0, 4)).toThrow(RangeError);
  });
});

describe('abStopping', () => {
  const limits = { firstLook: 4, maxPairs: 8 };
  const allTrafficP95 = (c: Partial<Comparison>) => {
    const r = report();
    r.comparisons[1] = comparison(c);
    return r;
  };
  const settled = report();
  const suspected = allTrafficP95({ ratio: 1.14, interval: [1.02, 1.27], verdict: 'inconclusive' });
  const unsure = allTrafficP95({ ratio: 1.03, interval: [0.92, 1.15], verdict: 'inconclusive' });
  const regressed = {
    ...allTrafficP95({ ratio: 1.8, interval: [1.6, 2], verdict: 'regression' }),
    verdict: 'fail' as const,
  };

  it('continues before the first look', () => {
    expect(abStopping(regressed, 3, limits)).toEqual({ continue: true });
  });
  it('stops on an established regression, and on a failure that is not one', () => {
    expect(abStopping(regressed, 4, limits)).toEqual({ continue: false, reason: 'regression' });
    expect(abStopping({ ...settled, verdict: 'fail' }, 4, limits)).toEqual({
      continue: false,
      reason: 'broken',
    });
  });
  it('stops when every gated all-traffic comparison is settled and nothing is suspected', () => {
    expect(abStopping(settled, 4, limits)).toEqual({ continue: false, reason: 'settled' });
  });
  it('continues while a regression is suspected or a gated comparison is unsettled, up to max-pairs', () => {
    expect(abStopping({ ...suspected, verdict: 'inconclusive' }, 4, limits)).toEqual({ continue: true });
    // A pass with an unsettled gated comparison is still open.
    expect(abStopping(unsure, 7, limits)).toEqual({ continue: true });
    expect(abStopping(unsure, 8, limits)).toEqual({ continue: false, reason: 'max-pairs' });
  });
  it('stops when the workloads differ (more pairs cannot change that)', () => {
    const mismatch = { ...unsure, fingerprint: { match: false, forced: false, differences: ['x'] } };
    expect(abStopping(mismatch, 4, limits)).toEqual({ continue: false, reason: 'workload-differs' });
  });
});
