/** The log-scale estimate of a run's rate-like statistic from its batch values, against hand-computed values. */
import { describe, expect, it } from 'vitest';
import { ASSUMED_CV, MIN_BATCHES, valueEstimate } from '../../../src/domain/compare/log-estimate.js';

describe('valueEstimate', () => {
  it('takes s²/(B · mean²) with B - 1 degrees of freedom from the batches', () => {
    // Batches 9, 10, 11, 10: mean 10, s² = 2/3, so the variance of the log is (2/3) / 4 / 100.
    const e = valueEstimate(10, [9, 10, 11, 10]);
    expect(e.value).toBe(10);
    expect(e.log).toBeCloseTo(Math.log(10), 15);
    expect(e.variance).toBeCloseTo(2 / 3 / 4 / 100, 15);
    expect(e.df).toBe(3);
  });

  it.each([0, 1, 2, MIN_BATCHES - 1])(
    'assumes the coefficient of variation ASSUMED_CV with %d batches',
    (n) => {
      const e = valueEstimate(
        5,
        Array.from({ length: n }, (_, i) => 4 + i),
      );
      expect(e.variance).toBe(ASSUMED_CV ** 2);
      expect(e.df).toBe(Infinity);
    },
  );

  it('has no spread when every batch is equal', () => {
    expect(valueEstimate(3, [3, 3, 3, 3])).toEqual({ value: 3, log: Math.log(3), variance: 0, df: 3 });
  });
});
