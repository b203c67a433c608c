import { describe, expect, it } from 'vitest';
import {
  abLooks,
  abStopping,
  couldBecomeRegressionBy,
  couldSettleBy,
  openRows,
  pairOrder,
} from '../../../src/domain/compare/ab-stopping.js';
import type { Comparison, Report } from '../../../src/domain/report.js';
import { comparison, report } from '../../render/reports.js';

/** An inconclusive paired p95 over 4 pairs, mean log ratio ln(ratio), standard error se: at 99% exp(m ± 4.5407 · se). */
function pairedRow(ratio: number, se: number, over: Partial<Comparison> = {}): Comparison {
  const m = Math.log(ratio);
  const half = 4.540702858554189 * se; // t(0.99, 3) · se
  return comparison({
    ratio,
    tolerance: 0.05,
    interval: [Math.exp(m - half), Math.exp(m + half)],
    verdict: 'inconclusive',
    paired: { meanLogRatio: m, standardError: se, pairs: 4 },
    ...over,
  });
}

/** An inconclusive error-rate difference against a baseline of 0.1%, at a 0.1 pp tolerance. */
function rateRow(candidate: number, interval: [number, number]): Comparison {
  return comparison({
    metric: 'http_req_failed',
    stat: 'rate',
    scale: 'difference',
    baseline: 0.001,
    candidate,
    interval,
    tolerance: 0.001,
    verdict: 'inconclusive',
  });
}

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

describe('couldSettleBy: the nominal interval projected to max-pairs at the same estimate and spread', () => {
  // A paired p95: mean log ratio m and standard error se over 4 pairs; at 99% now exp(m ± 4.5407 · se).
  const pairedP95 = (ratio: number, tolerance = 0.05) => pairedRow(ratio, 0.03, { tolerance });
  it('projects exp(m ± t(0.99, 19) · se · √(4/20)): 1.02 crosses 5% at 20 pairs, 1.00 settles', () => {
    // ln 1.02 ± 2.5395 · 0.03 · 0.4472 = [0.986, 1.055]: above 1.05. ln 1 ± 0.0341 = [0.967, 1.035]: within.
    expect(couldSettleBy(pairedP95(1.02), 4, 20, 0.99)).toBe(false);
    expect(couldSettleBy(pairedP95(1.0), 4, 20, 0.99)).toBe(true);
    // 1.02 projected to 10 pairs, t(0.99, 9) = 2.8214: ln 1.02 + 2.8214 · 0.03 · √0.4 = 1.0761: still crosses 5%,
    // but within 10%.
    expect(couldSettleBy(pairedP95(1.02), 4, 10, 0.99)).toBe(false);
    expect(couldSettleBy(pairedP95(1.02, 0.1), 4, 10, 0.99)).toBe(true);
  });
  it('projects from the pairs the row has, plus the pairs left', () => {
    // 4 pairs with the statistic after 10 run, max 20: N = 14, ln 1.02 + t(0.99, 13) · 0.03 · √(4/14) = 1.0642.
    expect(couldSettleBy(pairedP95(1.02, 0.06), 10, 20, 0.99)).toBe(false);
    expect(couldSettleBy(pairedP95(1.02, 0.07), 10, 20, 0.99)).toBe(true);
  });
  it('is the interval itself at max-pairs', () => {
    // ln 1 ± 4.5407 · 0.03: [0.873, 1.146]; within a 15% tolerance, not within 14%.
    expect(couldSettleBy(pairedP95(1.0, 0.15), 4, 4, 0.99)).toBe(true);
    expect(couldSettleBy(pairedP95(1.0, 0.14), 4, 4, 0.99)).toBe(false);
  });
  it('shrinks a rate difference by √(n/N) around candidate - baseline', () => {
    // 0.0002 + 0.0009 · √0.2 = 0.000602 <= 0.001; 0.0007 + 0.0018 · √0.2 = 0.001505 > 0.001.
    expect(couldSettleBy(rateRow(0.0012, [-0.0008, 0.0011]), 4, 20, 0.99)).toBe(true);
    expect(couldSettleBy(rateRow(0.0017, [-0.0003, 0.0025]), 4, 20, 0.99)).toBe(false);
  });
  it('never calls futile what it cannot project: no interval, or a ratio without a paired estimate', () => {
    expect(couldSettleBy(comparison({ interval: null, verdict: 'inconclusive' }), 4, 20, 0.99)).toBe(true);
    expect(couldSettleBy(comparison({ interval: [0.5, 2], verdict: 'inconclusive' }), 4, 20, 0.99)).toBe(
      true,
    );
    // Before any pair there is nothing to project.
    const rate = comparison({ stat: 'rate', scale: 'difference', interval: [-0.01, 0.01], tolerance: 0.001 });
    expect(couldSettleBy(rate, 0, 0, 0.99)).toBe(true);
  });
});

describe('abStopping: futility', () => {
  const limits = { firstLook: 4, maxPairs: 20 };
  const withP95 = (ratio: number, verdict: Report['verdict'] = 'pass') => {
    const r = report({ verdict });
    r.comparisons[1] = pairedRow(ratio, 0.03); // exp(m ± 0.1362)
    return r;
  };
  it('continues while an unsettled row could settle by max-pairs', () => {
    expect(abStopping(withP95(1.0), 4, limits)).toEqual({ continue: true });
  });
  it('stops `futile` when no unsettled row could settle by max-pairs and nothing is suspected', () => {
    expect(abStopping(withP95(1.02), 4, limits)).toEqual({ continue: false, reason: 'futile' });
  });
  it('continues when any unsettled row could still settle', () => {
    const r = withP95(1.02);
    r.comparisons[0] = { ...(withP95(1.0).comparisons[1] as Comparison), stat: 'p50' };
    expect(abStopping(r, 4, limits)).toEqual({ continue: true });
  });
  it('never stops a suspected regression for futility: more pairs confirm or clear it', () => {
    // 1.07 lies beyond 5%: suspected, and its projection [1.034, 1.107] crosses the edge too.
    expect(abStopping(withP95(1.07, 'inconclusive'), 4, limits)).toEqual({ continue: true });
    // A suspected per-endpoint row keeps the sequence going as well.
    const r = withP95(1.02);
    r.comparisons[5] = { ...(r.comparisons[5] as Comparison), verdict: 'inconclusive', suspected: true };
    expect(abStopping(r, 4, limits)).toEqual({ continue: true });
  });
  it('says `max-pairs`, not `futile`, at the last look', () => {
    expect(abStopping(withP95(1.02), 20, limits)).toEqual({ continue: false, reason: 'max-pairs' });
    expect(abStopping(withP95(1.0), 20, limits)).toEqual({ continue: false, reason: 'max-pairs' });
  });
});

describe('couldBecomeRegressionBy: the bad bound taken as the change, projected to max-pairs', () => {
  // The regression bound of 17 looks at 99%: 1 - 0.01/17, t(·, 19) = 3.8122 at 20 pairs; t(0.99, 3) = 4.5407.
  const perLook = 1 - 0.01 / 17;
  const paired = (ratio: number, direction: Comparison['direction'] = 'higher-is-worse') =>
    pairedRow(ratio, 0.015, { direction });
  it('projects exp(b ± t(c_look, 19) · se · √(4/20)) around the 99% bad bound b', () => {
    // m = 0: b = 4.5407 · 0.015 (1.0705), projected [1.0435, 1.0982]: not beyond 5%, excluded already.
    expect(couldBecomeRegressionBy(paired(1.0), 4, 20, 0.99, perLook)).toBe(false);
    // m = ln 1.04: b = 1.1133, projected [1.0852, 1.1421]: a regression 20 pairs could establish.
    expect(couldBecomeRegressionBy(paired(1.04), 4, 20, 0.99, perLook)).toBe(true);
  });
  it('mirrors a higher-is-better ratio: its bad bound is the low one', () => {
    expect(couldBecomeRegressionBy(paired(1.0, 'higher-is-better'), 4, 20, 0.99, perLook)).toBe(false);
    expect(couldBecomeRegressionBy(paired(1 / 1.04, 'higher-is-better'), 4, 20, 0.99, perLook)).toBe(true);
  });
  it('is the bad bound with the look-share reach at max-pairs: more pairs make it easier', () => {
    // At 4 pairs of 4, t(c_look, 3) = 12.2324: the low end exp(ln 1.04 + 0.0681 - 0.1835) = 0.927: nothing to show.
    expect(couldBecomeRegressionBy(paired(1.04), 4, 4, 0.99, perLook)).toBe(false);
  });
  it('moves a rate difference onto its bad bound and shrinks its reach by √(n/N)', () => {
    // 0.0011 - 0.001 · √0.2 = 0.000653 <= 0.001: excluded; 0.004 - 0.001 · √0.2 = 0.00355 > 0.001: possible.
    expect(couldBecomeRegressionBy(rateRow(0.0012, [-0.0008, 0.0011]), 4, 20, 0.99, perLook)).toBe(false);
    expect(couldBecomeRegressionBy(rateRow(0.0017, [-0.0003, 0.004]), 4, 20, 0.99, perLook)).toBe(true);
  });
  it('never excludes what it cannot project: no interval, no paired estimate, no pair, fewer than 2 pairs', () => {
    const args = [4, 20, 0.99, perLook] as const;
    expect(couldBecomeRegressionBy(comparison({ interval: null, verdict: 'inconclusive' }), ...args)).toBe(
      true,
    );
    expect(
      couldBecomeRegressionBy(comparison({ interval: [0.5, 2], verdict: 'inconclusive' }), ...args),
    ).toBe(true);
    expect(couldBecomeRegressionBy(paired(1.0), 0, 20, 0.99, perLook)).toBe(true);
    const one = { ...paired(1.0), paired: { meanLogRatio: 0, standardError: 0, pairs: 1 } };
    expect(couldBecomeRegressionBy(one, 4, 20, 0.99, perLook)).toBe(true);
  });
});

describe('abStopping: cleared', () => {
  const limits = { firstLook: 4, maxPairs: 20 };
  // The all-traffic p95 over 4 pairs with se 0.015: at 99% exp(m ± 0.0681), unsettled while it crosses 1.05.
  const withP95 = (ratio: number) => {
    const r = report();
    r.comparisons[1] = pairedRow(ratio, 0.015);
    return r;
  };
  it('stops `cleared` when nothing is suspected and no unsettled row could become a regression by max-pairs', () => {
    // 1.00 [0.934, 1.070]: could settle by 20 pairs, but its bad bound excludes any regression 20 pairs could show.
    expect(abStopping(withP95(1.0), 4, limits)).toEqual({ continue: false, reason: 'cleared' });
  });
  it('continues while a row could still become a regression and another could settle', () => {
    // 1.03: its bad bound 1.1025 projected to [1.075, 1.131] at 20 pairs; and it could still settle ([1.013, 1.047]).
    expect(abStopping(withP95(1.03), 4, limits)).toEqual({ continue: true });
  });
  it("uses the report's own regression confidence when it states one", () => {
    // At 99% on a single look (t(0.99, 19) = 2.5395) even 1.00 could become a regression: [1.052, 1.089].
    const r = withP95(1.0);
    r.settings = { ...r.settings, regressionConfidence: 0.99 };
    expect(abStopping(r, 4, limits)).toEqual({ continue: true });
  });
  it('never stops a suspected regression', () => {
    const r = withP95(1.0);
    r.comparisons[5] = { ...(r.comparisons[5] as Comparison), verdict: 'inconclusive', suspected: true };
    expect(abStopping(r, 4, limits)).toEqual({ continue: true });
  });
});

describe('openRows: what keeps a look open, and what more pairs could do', () => {
  it('lists the suspected rows first, then the unsettled all-traffic ones, with both projections', () => {
    const r = report({ verdict: 'inconclusive' });
    const m = Math.log(1.0);
    r.comparisons[1] = comparison({
      interval: [Math.exp(m - 0.0681), Math.exp(m + 0.0681)],
      tolerance: 0.05,
      verdict: 'inconclusive',
      paired: { meanLogRatio: m, standardError: 0.015, pairs: 4 },
    });
    r.comparisons[5] = { ...(r.comparisons[5] as Comparison), verdict: 'inconclusive', suspected: true };
    const rows = openRows(r, 4, { firstLook: 4, maxPairs: 20 });
    expect(rows.map((x) => [x.comparison, x.why])).toEqual([
      [r.comparisons[5], 'suspected'],
      [r.comparisons[1], 'unsettled'],
    ]);
    expect(rows[1]).toMatchObject({ couldSettle: true, couldBecomeRegression: false });
  });
  it('is empty when nothing is open', () => {
    expect(openRows(report(), 4, { firstLook: 4, maxPairs: 20 })).toEqual([]);
  });
});
