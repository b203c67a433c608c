import { describe, expect, it } from 'vitest';
import { ratioPValues } from '../../../src/domain/compare/p-values.js';
import { ratioInterval } from '../../../src/domain/compare/ratio-interval.js';
import { classify } from '../../../src/domain/compare/verdict.js';
import { seededRandom } from '../../../src/domain/random.js';

describe('the p-values of a ratio comparison', () => {
  it('are the t tails of the log ratio from no change and from the tolerance (R: pt(-3.6464, 20))', () => {
    const p = ratioPValues(Math.log(1.2), 0.0025, 20, 0.1, 'higher-is-worse')!;
    expect(p.change).toBeCloseTo(0.000803, 5); // t = ln 1.2 / 0.05 = 3.6464
    expect(p.regression).toBeCloseTo(0.04859, 4); // t = (ln 1.2 - ln 1.1) / 0.05 = 1.7402
    // Higher is better (throughput): a drop is the bad side, mirrored by inversion as classify does.
    const drop = ratioPValues(-Math.log(1.2), 0.0025, 20, 0.1, 'higher-is-better')!;
    expect(drop.change).toBeCloseTo(p.change, 12);
    expect(drop.regression).toBeCloseTo(p.regression, 12);
    expect(ratioPValues(0.1, 0.01, 5, 0.1, 'unknown')).toBeUndefined();
    // No variance: 0 beyond the edge, 1 otherwise; infinite df: the normal tail.
    expect(ratioPValues(0.2, 0, 5, 0.1, 'higher-is-worse')).toEqual({ change: 0, regression: 0 });
    expect(ratioPValues(0.05, 0, 5, 0.1, 'higher-is-worse')).toEqual({ change: 0, regression: 1 });
    expect(ratioPValues(Math.log(1.2), 0.0025, Infinity, 0.1, 'higher-is-worse')!.change).toBeCloseTo(
      0.000133,
      5,
    );
  });

  it('decide exactly what the interval decides: p < 1 - c when its bound at c clears the edge', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 300; i++) {
      const c = 0.9 + random() * 0.099;
      const tolerance = 0.05 + random() * 0.2;
      const runs = Array.from({ length: 1 + Math.floor(random() * 6) }, () => ({
        log: Math.log(100) + 0.05 * (random() - 0.5),
        variance: 0.0001 + random() * 0.002,
        df: 3 + Math.floor(random() * 20),
      }));
      const candidate = { log: Math.log(100 * (0.8 + random() * 0.8)), variance: 0.001, df: 10 };
      const estimate = ratioInterval({
        candidate,
        candidateRuns: 1,
        baselineLog: Math.log(100),
        baselineRuns: runs,
        noisePrior: 0.03,
        confidence: c,
      })!;
      const p = ratioPValues(
        estimate.logRatio,
        estimate.variance.total,
        estimate.df,
        tolerance,
        'higher-is-worse',
      )!;
      const [lo] = estimate.interval;
      if (Math.abs(lo - (1 + tolerance)) > 1e-9)
        expect(p.regression < 1 - c).toBe(
          classify(estimate.interval, tolerance, 'ratio', 'higher-is-worse') === 'regression',
        );
      if (Math.abs(lo - 1) > 1e-9) expect(p.change < 1 - c).toBe(lo > 1);
    }
  });
});
