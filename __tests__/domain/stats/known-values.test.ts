/** Every statistical function against values from the literature or an independent computation. */
import { PRIOR_DF, runNoise } from '../../../src/domain/compare/run-noise.js';
import { describe, expect, it } from 'vitest';
import { batchMeans, lag1Autocorrelation } from '../../../src/domain/stats/batch-means.js';
import { binomialUpperTail, errorIncreasePValue } from '../../../src/domain/stats/binomial-test.js';
import { regularizedIncompleteBeta } from '../../../src/domain/stats/incomplete-beta.js';
import { newcombeInterval } from '../../../src/domain/stats/newcombe.js';
import { normalCdf, normalQuantile } from '../../../src/domain/stats/normal-quantile.js';
import { studentTCdf, studentTQuantile } from '../../../src/domain/stats/student-t.js';
import { welchDf } from '../../../src/domain/stats/welch-df.js';
import { wilsonInterval } from '../../../src/domain/stats/wilson.js';
import { dispersion } from '../../../src/domain/compare/overdispersion.js';

describe('normal distribution', () => {
  // Reference values: R qnorm / pnorm.
  it.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.99, 2.3263478740408408],
    [0.999, 3.090232306167813],
    [0.025, -1.959963984540054],
    [1e-10, -6.361340902404056],
  ])('normalQuantile(%d) = %d', (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1.15e-9 * Math.abs(z) + 1e-12);
  });
  it('normalCdf inverts it', () => {
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-3.3)).toBeCloseTo(0.00048342414, 7); // where simple-statistics' table saturates
  });
  it('rejects p outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe("Student's t", () => {
  // Reference values: R qt / pt.
  it.each([
    [0.975, 10, 2.2281388519649385],
    [0.99, 5, 3.3649299989072183],
    [0.95, 1, 6.313751514675041],
    [0.975, 30, 2.0422724563012373],
    [0.99, 2.5, 5.353111173030241], // independent: Simpson integration of the t density
    // Large df, where the t quantile is close to the normal (1.959964 at 0.975) but not yet equal to it: a shortcut
    // to the normal from df > 100 would be off by 2.4e-3 even at df 1000. Independent: mpmath at 30 digits, the root
    // of 1 - I_{df/(df+t²)}(df/2, 1/2) / 2 = p (R's qt agrees to the digits it prints).
    [0.975, 100, 1.983971518523552],
    [0.975, 101, 1.983731002955606],
    [0.995, 101, 2.625385964668441],
    [0.975, 200, 1.971896223633909],
    [0.9, 200, 1.2857987939948012],
    [0.975, 1000, 1.9623390808264081],
    [0.995, 1000, 2.580754698065951],
  ])('studentTQuantile(%d, %d) = %d', (p, df, t) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 6);
  });
  it('studentTCdf(2, 10) = 0.96330598', () => {
    expect(studentTCdf(2, 10)).toBeCloseTo(0.9633059826146299, 9);
    expect(studentTCdf(-2, 10)).toBeCloseTo(1 - 0.9633059826146299, 9);
  });
  it('approaches the normal for large df', () => {
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959963984540054, 6);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches the binomial identity I_x(2, 3) = P(Bin(4, x) >= 2)', () => {
    expect(regularizedIncompleteBeta(0.3, 2, 3)).toBeCloseTo(0.3483, 12);
    expect(regularizedIncompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(regularizedIncompleteBeta(0, 2, 2)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 2)).toBe(1);
  });
});

describe('Wilson and Newcombe intervals', () => {
  it('Wilson at zero events is [0, z²/(n+z²)]', () => {
    const [lo, hi] = wilsonInterval(0, 1000, 1.959964);
    expect(lo).toBeCloseTo(0, 12);
    expect(hi).toBeCloseTo(3.841459 / 1003.841459, 6);
  });
  it('Wilson 81/263 = [0.2553, 0.3662] (Newcombe 1998, Table I)', () => {
    const [lo, hi] = wilsonInterval(81, 263, 1.959964);
    expect(lo).toBeCloseTo(0.2553, 4);
    expect(hi).toBeCloseTo(0.3662, 4);
  });
  it('Newcombe hybrid 56/70 - 48/80 = [0.0524, 0.3339] (Newcombe 1998, method 10)', () => {
    const [lo, hi] = newcombeInterval(48, 80, 56, 70, 1.959964);
    expect(lo).toBeCloseTo(0.0524, 4);
    expect(hi).toBeCloseTo(0.3339, 4);
  });
});

describe('exact binomial test', () => {
  it('upper tails', () => {
    expect(binomialUpperTail(3, 3, 0.5)).toBeCloseTo(0.125, 12);
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    // P(X >= 2), X ~ Bin(10, 0.1) = 1 - 0.9^10 - 10 * 0.1 * 0.9^9
    expect(binomialUpperTail(2, 10, 0.1)).toBeCloseTo(1 - 0.9 ** 10 - 0.9 ** 9, 12);
  });
  it('a baseline with zero errors and 8 candidate errors on equal traffic: p = 0.5^8', () => {
    expect(errorIncreasePValue(0, 10_000, 8, 10_000)).toBeCloseTo(0.00390625, 12);
  });
});

describe('batch means, autocorrelation, Welch df, dispersion', () => {
  it('batchMeans', () => {
    const bm = batchMeans([1, 2, 3, 4]);
    expect(bm.mean).toBe(2.5);
    expect(bm.varianceOfMean).toBeCloseTo(5 / 3 / 4, 12);
    expect(bm.df).toBe(3);
  });
  it('lag-1 autocorrelation of 1..5 is 0.4', () => {
    expect(lag1Autocorrelation([1, 2, 3, 4, 5])).toBeCloseTo(0.4, 12);
    expect(lag1Autocorrelation([2, 2, 2])).toBe(0);
  });
  it('Welch–Satterthwaite df', () => {
    expect(
      welchDf([
        { variance: 1, df: 9 },
        { variance: 1, df: 9 },
      ]),
    ).toBeCloseTo(18, 12);
    expect(welchDf([{ variance: 1, df: Infinity }])).toBe(Infinity);
  });
  it('dispersion of bursty counts', () => {
    expect(
      dispersion([
        { hits: 0, total: 100 },
        { hits: 10, total: 100 },
      ]),
    ).toBeCloseTo((25 / 4.75) * 2, 9);
    expect(
      dispersion([
        { hits: 5, total: 100 },
        { hits: 5, total: 100 },
      ]),
    ).toBe(1);
  });
});

describe('runNoise (moderated run-to-run variance)', () => {
  it('is the prior alone, with PRIOR_DF degrees of freedom, below 2 runs', () => {
    expect(runNoise([Math.log(10)], [0.0001], 0.03)).toEqual({ variance: 0.0009, df: PRIOR_DF, runs: 0 });
  });
  it('blends the history with the prior by degrees of freedom (computed by hand)', () => {
    // logs of 10, 10.5, 9.8: sample variance 0.00125811; minus within-run 0.0001 = 0.00115811;
    // (10 · 0.0009 + 2 · 0.00115811) / 12 = 0.00094302.
    const noise = runNoise([Math.log(10), Math.log(10.5), Math.log(9.8)], [0.0001, 0.0001, 0.0001], 0.03);
    expect(noise.variance).toBeCloseTo(0.00094302, 7);
    expect(noise.df).toBe(12);
    expect(noise.runs).toBe(3);
  });
  it('never goes below the prior share when the runs agree exactly', () => {
    const noise = runNoise([1, 1, 1, 1, 1], [0.001, 0.001, 0.001, 0.001, 0.001], 0.03);
    expect(noise.variance).toBeCloseTo((10 * 0.0009) / 14, 12);
  });
});
