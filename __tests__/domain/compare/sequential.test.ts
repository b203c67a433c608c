import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/domain/compare/index.js';
import {
  confidencePerLook,
  estimateBeyondTolerance,
  lookAdjusted,
  perLookConfig,
  worthAnotherRun,
} from '../../../src/domain/compare/sequential.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import { seededRandom } from '../../../src/domain/random.js';
import type { Comparison } from '../../../src/domain/report.js';
import { DEFAULT_SIM, simulateRun, simulateRuns } from '../../../eval/simulate.js';
import { comparison, report } from '../../render/reports.js';

describe('repeating the candidate while a regression is suspected (or inconclusive)', () => {
  it('splits the confidence over the looks (Bonferroni)', () => {
    expect(confidencePerLook(0.99, 1)).toBe(0.99);
    expect(confidencePerLook(0.99, 3)).toBeCloseTo(0.9966666667, 10);
    expect(confidencePerLook(0.95, 2)).toBeCloseTo(0.975, 12);
    expect(confidencePerLook(0.9, 10)).toBeCloseTo(0.99, 12);
    expect(() => confidencePerLook(1, 2)).toThrow(RangeError);
    expect(() => confidencePerLook(0.99, 0)).toThrow(RangeError);
    expect(() => confidencePerLook(0.99, 1.5)).toThrow(RangeError);
  });

  it('knows on which side of the tolerance an estimate lies', () => {
    expect(estimateBeyondTolerance(comparison({ ratio: 1.12, tolerance: 0.1 }))).toBe(true);
    expect(estimateBeyondTolerance(comparison({ ratio: 1.08, tolerance: 0.1 }))).toBe(false);
    const throughput = { direction: 'higher-is-better', tolerance: 0.1 } as const;
    expect(estimateBeyondTolerance(comparison({ ...throughput, ratio: 0.85 }))).toBe(true);
    expect(estimateBeyondTolerance(comparison({ ...throughput, ratio: 1.2 }))).toBe(false);
    const rate = { scale: 'difference', tolerance: 0.001, baseline: 0.001 } as const;
    expect(estimateBeyondTolerance(comparison({ ...rate, candidate: 0.0025 }))).toBe(true);
    expect(estimateBeyondTolerance(comparison({ ...rate, candidate: 0.0015 }))).toBe(false);
    expect(estimateBeyondTolerance(comparison({ ratio: null }))).toBe(false);
  });

  // An inconclusive gate whose all-traffic p95 is estimated 14% up (tolerance 10%): a suspected regression.
  const suspect = comparison({ ratio: 1.14, interval: [1.02, 1.27], verdict: 'inconclusive' });
  const unsure = comparison({ ratio: 1.03, interval: [0.92, 1.15], verdict: 'inconclusive' });
  const inconclusiveWith = (c: Comparison) => {
    const r = report({ verdict: 'inconclusive' });
    r.comparisons[1] = c; // the all-traffic p95
    return r;
  };

  it('runs again on a suspected regression by default, and on any inconclusive verdict when asked', () => {
    expect(worthAnotherRun(inconclusiveWith(suspect), 1, 3)).toBe(true);
    expect(worthAnotherRun(inconclusiveWith(unsure), 1, 3)).toBe(false);
    expect(worthAnotherRun(inconclusiveWith(unsure), 1, 3, 'inconclusive')).toBe(true);
    // Only a gated comparison is a suspect: all traffic by its estimate, a per-series row when the family suspects it.
    expect(worthAnotherRun(inconclusiveWith({ ...suspect, gated: false }), 1, 3)).toBe(false);
    expect(worthAnotherRun(inconclusiveWith({ ...suspect, series: { name: 'GET /a' } }), 1, 3)).toBe(false);
    const familySuspect = { ...suspect, series: { name: 'GET /a' }, suspected: true };
    expect(worthAnotherRun(inconclusiveWith(familySuspect), 1, 3)).toBe(true);
  });

  it('runs again only while runs are left and more data could settle it', () => {
    const suspected = inconclusiveWith(suspect);
    expect(worthAnotherRun(suspected, 2, 3)).toBe(true);
    expect(worthAnotherRun(suspected, 3, 3)).toBe(false);
    expect(worthAnotherRun(suspected, 1, 1)).toBe(false);
    // `inconclusive` also reruns a pass whose gated all-traffic comparisons are unproven; never a failure.
    expect(worthAnotherRun({ ...suspected, verdict: 'pass' }, 1, 3, 'inconclusive')).toBe(true);
    expect(worthAnotherRun({ ...suspected, verdict: 'pass' }, 1, 3, 'suspected')).toBe(false);
    expect(worthAnotherRun({ ...suspected, verdict: 'fail' }, 1, 3, 'inconclusive')).toBe(false);
    // A different workload stays different however often it runs; forced, it is compared like any other.
    const differences = ['scenario browse: rate 40 -> 80'];
    const mismatch = { ...suspected, fingerprint: { match: false, forced: false, differences } };
    expect(worthAnotherRun(mismatch, 1, 3, 'inconclusive')).toBe(false);
    const forced = { ...suspected, fingerprint: { match: false, forced: true, differences } };
    expect(worthAnotherRun(forced, 1, 3)).toBe(true);
  });
});

describe('a look: a regression at the look\'s share of the confidence, "unchanged" at the nominal one', () => {
  const both = (nominal: Partial<Comparison>, perLook: Partial<Comparison>) =>
    lookAdjusted([comparison(nominal)], [comparison(perLook)])[0]!;

  it('calls a regression only when the wider per-look bound clears the tolerance', () => {
    const regression = both(
      { interval: [1.14, 1.3], verdict: 'regression' },
      { interval: [1.12, 1.34], verdict: 'regression' },
    );
    expect(regression).toMatchObject({ verdict: 'regression', interval: [1.12, 1.3] });
    // Beyond the tolerance at 99% but not at 99.67%: inconclusive, shown with the bound that decided it.
    const edge = both(
      { interval: [1.11, 1.3], verdict: 'regression' },
      { interval: [1.08, 1.34], verdict: 'inconclusive' },
    );
    expect(edge).toMatchObject({ verdict: 'inconclusive', interval: [1.08, 1.3] });
  });

  it('claims "unchanged" and "improvement" with the nominal bound, as a single run does', () => {
    const within = both(
      { interval: [0.95, 1.09], verdict: 'unchanged' },
      { interval: [0.93, 1.12], verdict: 'inconclusive' },
    );
    expect(within).toMatchObject({ verdict: 'unchanged', interval: [0.93, 1.09] });
    const faster = both(
      { interval: [0.7, 0.85], verdict: 'improvement' },
      { interval: [0.66, 0.91], verdict: 'unchanged' },
    );
    expect(faster).toMatchObject({ verdict: 'improvement', interval: [0.66, 0.85] });
  });

  it('takes the regression side from the per-look comparison whichever side is bad', () => {
    const throughput = { direction: 'higher-is-better', stat: 'throughput', metric: 'http_reqs' } as const;
    const slower = both(
      { ...throughput, interval: [0.8, 0.88], verdict: 'regression' },
      { ...throughput, interval: [0.78, 0.91], verdict: 'inconclusive' },
    );
    expect(slower).toMatchObject({ verdict: 'inconclusive', interval: [0.8, 0.91] });
  });

  it('keeps the per-look note of a regression the exact test did not confirm', () => {
    const rate = { metric: 'http_req_failed', stat: 'rate', scale: 'difference' } as const;
    const note = 'too few events to be sure (exact binomial test p = 0.004)';
    const unsure = both(
      { ...rate, interval: [0.0012, 0.004], verdict: 'regression' },
      { ...rate, interval: [0.0011, 0.0045], verdict: 'inconclusive', note },
    );
    expect(unsure).toMatchObject({ verdict: 'inconclusive', note, interval: [0.0011, 0.004] });
    expect(
      both({ interval: [null, null] as never, verdict: 'unchanged' }, { verdict: 'unchanged' }).verdict,
    ).toBe('unchanged');
  });

  it('matches every comparison with its per-look twin', () => {
    expect(() => lookAdjusted([comparison()], [comparison({ stat: 'p50' })])).toThrow(/no per-look/);
  });

  it('in compareRuns: the same regressions as every bound at the per-look confidence, more settled "unchanged"', () => {
    const history = simulateRuns(DEFAULT_SIM, 5, 1);
    let settledByNominal = 0;
    for (let seed = 1; seed <= 16; seed++) {
      const candidate = simulateRun({ ...DEFAULT_SIM, slowdown: seed % 2 ? 1 : 1.25 }, seededRandom(seed));
      const looked = compareRuns(history, candidate, DEFAULT_GATE_CONFIG, { looks: 3 });
      const strict = compareRuns(history, candidate, perLookConfig(DEFAULT_GATE_CONFIG, 3));
      const single = compareRuns(history, candidate, DEFAULT_GATE_CONFIG);
      expect(looked.settings).toMatchObject({ confidence: 0.99, looks: 3 });
      expect(looked.settings.regressionConfidence).toBeCloseTo(1 - 0.01 / 3, 12);
      looked.comparisons.forEach((c, i) => {
        const s = strict.comparisons[i]!;
        const n = single.comparisons[i]!;
        expect([c.metric, c.stat, c.series]).toEqual([s.metric, s.stat, s.series]);
        expect(c.verdict === 'regression').toBe(s.verdict === 'regression');
        expect(c.verdict === 'unchanged').toBe(n.verdict === 'unchanged');
        if (c.verdict === 'unchanged' && s.verdict !== 'unchanged') settledByNominal++;
      });
      expect(looked.verdict === 'fail').toBe(strict.verdict === 'fail');
    }
    expect(settledByNominal).toBeGreaterThan(0);
  }, 120_000);
});
