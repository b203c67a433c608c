import { describe, expect, it } from 'vitest';
import { holmRejections } from '../../../src/domain/stats/holm.js';

describe("Holm's step-down procedure", () => {
  it('rejects in order of the p-values while each clears alpha / (hypotheses left)', () => {
    // R: p.adjust(c(0.001, 0.04, 0.03), "holm") = 0.003, 0.06, 0.06
    expect(holmRejections([0.001, 0.04, 0.03], 0.05)).toEqual([true, false, false]);
    // p.adjust(c(0.001, 0.02, 0.03), "holm") = 0.003, 0.04, 0.04
    expect(holmRejections([0.001, 0.02, 0.03], 0.05)).toEqual([true, true, true]);
    // p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "holm") = 0.05, 0.08, 0.09, 0.09, 0.09
    expect(holmRejections([0.04, 0.01, 0.05, 0.02, 0.03], 0.05)).toEqual([false, true, false, false, false]);
  });

  it('stops at the first failure, even when a later p-value would clear its own level', () => {
    // 0.03 > 0.05/2: neither is rejected, although 0.04 <= 0.05/1 would clear the last step.
    expect(holmRejections([0.03, 0.04], 0.05)).toEqual([false, false]);
  });

  it('is the single test for one hypothesis and rejects nothing for none; NaN never rejects', () => {
    expect(holmRejections([], 0.01)).toEqual([]);
    expect(holmRejections([0.009], 0.01)).toEqual([true]);
    expect(holmRejections([0.011], 0.01)).toEqual([false]);
    expect(holmRejections([Number.NaN, 0.001], 0.01)).toEqual([false, true]);
  });

  it('refuses a level outside (0, 1)', () => {
    expect(() => holmRejections([0.1], 0)).toThrow(RangeError);
    expect(() => holmRejections([0.1], 1)).toThrow(RangeError);
  });
});
