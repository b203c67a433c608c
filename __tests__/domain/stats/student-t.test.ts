/** Student's t quantile at the edges of its domain (known-values.test.ts holds the table of values). */
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../../src/domain/stats/normal-quantile.js';
import { studentTCdf, studentTQuantile } from '../../../src/domain/stats/student-t.js';

describe('studentTQuantile', () => {
  it('refuses a df that is not positive, naming itself', () => {
    for (const df of [0, -1, Number.NaN])
      expect(() => studentTQuantile(0.975, df)).toThrow(/^studentTQuantile: df must be > 0/);
  });

  it('is still the t quantile at df = 1e6 (the normal quantile only beyond): its tail is heavier by ~2.4e-6', () => {
    // t(0.975, df) ≈ z (1 + (z² + 1) / (4 df)): 1.959963985 + 2.37e-6 at df = 1e6.
    const z = normalQuantile(0.975);
    expect(studentTQuantile(0.975, 1e6) - z).toBeCloseTo(2.37e-6, 7);
    expect(studentTQuantile(0.975, 1e6 + 1)).toBe(z);
  });
});

describe('studentTCdf', () => {
  it('refuses a df that is not positive, naming itself; is defined for any positive df', () => {
    for (const df of [0, -1, Number.NaN])
      expect(() => studentTCdf(1, df)).toThrow(/^studentTCdf: df must be > 0, got /);
    // df = 1 is the Cauchy distribution: F(1) = 3/4.
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
    expect(studentTCdf(0, 0.5)).toBeCloseTo(0.5, 12);
  });
});
