import { describe, expect, it } from 'vitest';
import { mostExtremeIndex } from '../../../src/domain/stats/most-extreme.js';

describe('mostExtremeIndex', () => {
  it('is undefined with no values (nothing to leave out)', () => {
    expect(mostExtremeIndex([])).toBeUndefined();
  });
  it('is the only value at n = 1', () => {
    expect(mostExtremeIndex([0.3])).toBe(0);
  });
  it('is the first of two equally distant values at n = 2', () => {
    // median 0.2: both lie 0.1 away; the tie goes to the lower index.
    expect(mostExtremeIndex([0.1, 0.3])).toBe(0);
  });
  it('finds the value farthest from the median, on either side', () => {
    // median of [0.1, 0.12, 0.9, 0.08] = 0.11; distances 0.01, 0.01, 0.79, 0.03.
    expect(mostExtremeIndex([0.1, 0.12, 0.9, 0.08])).toBe(2);
    // median of [0.2, -0.5, 0.21, 0.19, 0.22] = 0.2; -0.5 lies 0.7 below it.
    expect(mostExtremeIndex([0.2, -0.5, 0.21, 0.19, 0.22])).toBe(1);
  });
});
