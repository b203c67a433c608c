import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/domain/random.js';
import { clipOutliers, scanSplits, simulateNull, testSplit } from '../../../src/domain/trend/split-test.js';

const model = (variance: number, autocorrelation = 0) => ({ variance, autocorrelation, df: 10, runs: 0 });

describe('scanSplits', () => {
  it('standardizes the difference of the two sides: 1 / sqrt(1/3 + 1/3) for a unit step between 3 and 3', () => {
    expect(scanSplits([0, 0, 0, 1, 1, 1], Array(6).fill(0), model(1), 3)).toEqual({
      split: 3,
      statistic: 1 / Math.sqrt(2 / 3),
    });
  });
  it('allows no split with fewer than 2 × minSegment points (n = 0, 1, 2)', () => {
    for (const n of [0, 1, 2, 5])
      expect(scanSplits(Array(n).fill(0), Array(n).fill(0), model(1), 3)).toBeUndefined();
  });
});

describe('clipOutliers', () => {
  it('moves a value beyond z standard deviations of its neighbourhood median to that bound', () => {
    const y = [0, 0, 0, 10, 0, 0, 0];
    expect(clipOutliers(y, Array(7).fill(0), model(1), 3.5)).toEqual({
      values: [0, 0, 0, 3.5, 0, 0, 0],
      outliers: [3],
    });
  });
  it('keeps a step: three of five neighbours are already on the new level', () => {
    const y = [0, 0, 0, 0, 10, 10, 10, 10];
    expect(clipOutliers(y, Array(8).fill(0), model(1), 3.5).outliers).toEqual([]);
  });
});

describe('testSplit', () => {
  const options = { minSegment: 3, replicates: 199, alpha: 0.01, outlierZ: 3.5 };
  it('holds its level on null series: about alpha of them are significant', () => {
    const random = seededRandom(11);
    const w = Array(30).fill(0.0009);
    const noise = model(0.0009, 0.5);
    let significant = 0;
    for (let i = 0; i < 300; i++) {
      const r = testSplit(simulateNull(w, noise, random), w, noise, options, random);
      if (r?.pValue !== undefined) significant++;
    }
    expect(significant).toBeLessThanOrEqual(9);
  });
  it('stops early (no p-value) once alpha is out of reach, and finds a big step', () => {
    const w = Array(12).fill(0.0009);
    const flat = testSplit(Array(12).fill(0), w, model(0.0009), options, seededRandom(1));
    expect(flat?.pValue).toBeUndefined();
    const step = testSplit(
      [...Array(6).fill(0), ...Array(6).fill(0.5)],
      w,
      model(0.0009),
      options,
      seededRandom(1),
    );
    expect(step).toMatchObject({ split: 6, pValue: 1 / 200 });
  });
});
