import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../../src/domain/stats/mean-interval.js';

describe('meanInterval (mean ± t·s/√n)', () => {
  it('is undefined at n = 0 and n = 1', () => {
    expect(meanInterval([], 0.99)).toBeUndefined();
    expect(meanInterval([5], 0.99)).toBeUndefined();
  });

  it('at n = 2: [1, 3] at 90% is 2 ± 3.077684 (t_{0.9,1}) · 1', () => {
    const i = meanInterval([1, 3], 0.9);
    expect(i?.mean).toBe(2);
    expect(i?.low).toBeCloseTo(2 - 3.077684, 4);
    expect(i?.high).toBeCloseTo(2 + 3.077684, 4);
  });

  it('at n = 4: [10, 12, 14, 16] at 95% is 13 ± 2.353363 (t_{0.95,3}) · 2.581989 / 2', () => {
    const i = meanInterval([10, 12, 14, 16], 0.95);
    const half = (2.353363 * Math.sqrt(20 / 3)) / 2;
    expect(i?.low).toBeCloseTo(13 - half, 4);
    expect(i?.high).toBeCloseTo(13 + half, 4);
  });

  it('has no width for constant windows', () => {
    expect(meanInterval([0, 0, 0], 0.99)).toEqual({ mean: 0, low: 0, high: 0 });
  });
});
