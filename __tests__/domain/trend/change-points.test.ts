import { describe, expect, it } from 'vitest';
import {
  analyseStatistic,
  detectChangePoints,
  segmentSeries,
  DEFAULT_CHANGE_POINT_OPTIONS,
} from '../../../src/domain/trend/change-points.js';
import type { Trend } from '../../../src/domain/trend/model.js';
import { estimateTrendNoise } from '../../../src/domain/trend/noise.js';
import { ERROR_RATE } from '../../support/trends.js';
import { seededRandom } from '../../../src/domain/random.js';
import { DEFAULT_TREND_SIM, P95, simulatedTrend, simulateTrend } from '../../../eval/trend-sim.js';

const noise = { variance: 0.03 ** 2, autocorrelation: 0, df: 30, runs: 30 };

/** A trend of exact values (no noise drawn), se 3% each. */
function exactTrend(values: number[]): Trend {
  return {
    statistics: { [P95.id]: P95 },
    entries: values.map((v, i) => ({
      commit: (i + 1).toString(16).padStart(40, '0'),
      date: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
      points: { [P95.id]: { estimate: v, se: 0.03 } },
    })),
  };
}

describe('segmentSeries', () => {
  it('finds nothing in n = 0, 1, 2 points (and up to 2 × minSegment - 1)', () => {
    for (const n of [0, 1, 2, 5]) {
      const y = Array.from({ length: n }, (_, i) => (i < n / 2 ? 0 : 1));
      expect(
        segmentSeries(
          y,
          y.map(() => 0.0009),
          noise,
          DEFAULT_CHANGE_POINT_OPTIONS,
        ),
      ).toEqual([]);
    }
  });

  it('places a clear step exactly, with the smallest p-value the bootstrap can give', () => {
    const y = [...Array(10).fill(0), ...Array(10).fill(0.3)];
    const found = segmentSeries(
      y,
      y.map(() => 0.0009),
      noise,
      DEFAULT_CHANGE_POINT_OPTIONS,
    );
    expect(found).toEqual([{ index: 10, pValue: 1 / (DEFAULT_CHANGE_POINT_OPTIONS.replicates + 1) }]);
  });

  it('finds a +15% step whose own lag differences, counted as noise, would have hidden it (seed 45)', () => {
    const trend = simulatedTrend({ steps: [{ at: 30, factor: 1.15 }] }, 45);
    const [analysis] = detectChangePoints(trend).statistics;
    expect(analysis!.changePoints.map((c) => c.firstAfter.index)).toEqual([30]);
  });

  it('is deterministic: the same input and seed give the same answer', () => {
    const trend = simulatedTrend({ steps: [{ at: 30, factor: 1.15 }] }, 7);
    expect(detectChangePoints(trend)).toEqual(detectChangePoints(trend));
  });
});

describe('analyseStatistic', () => {
  it('reports a +20% step at its commits, with before -> after levels and an interval around the ratio', () => {
    const values = [...Array(12).fill(100), ...Array(12).fill(120)];
    const trend = exactTrend(values);
    const a = analyseStatistic(trend, P95);
    expect(a.changePoints).toHaveLength(1);
    const cp = a.changePoints[0]!;
    expect(cp.lastBefore.index).toBe(11);
    expect(cp.firstAfter.index).toBe(12);
    expect(cp.firstAfter.commit).toBe(trend.entries[12]!.commit);
    expect(cp.before).toBeCloseTo(100, 6);
    expect(cp.after).toBeCloseTo(120, 6);
    expect(cp.change).toBeCloseTo(1.2, 6);
    expect(cp.interval[0]).toBeLessThan(1.2);
    expect(cp.interval[1]).toBeGreaterThan(1.2);
    expect(cp.worse).toBe(true);
    expect(cp.beyondTolerance).toBe(true);
    expect(cp.cumulative.steps).toBe(1);
    expect(a.levels.map((l) => [l.first.index, l.last.index])).toEqual([
      [0, 11],
      [12, 23],
    ]);
  });

  it('calls a fall of latency better, not worse, and a +5% step not beyond a 10% tolerance', () => {
    const down = analyseStatistic(exactTrend([...Array(12).fill(100), ...Array(12).fill(70)]), P95);
    expect(down.changePoints[0]!.worse).toBe(false);
    const small = analyseStatistic(exactTrend([...Array(15).fill(100), ...Array(15).fill(105)]), P95, {
      ...DEFAULT_CHANGE_POINT_OPTIONS,
      runNoisePrior: 0.005,
    });
    expect(small.changePoints).toHaveLength(1);
    expect(small.changePoints[0]!.beyondTolerance).toBe(false);
  });

  it('adds up a staircase: the second +6% step is cumulatively beyond the 10% tolerance', () => {
    const values = [...Array(15).fill(100), ...Array(15).fill(106), ...Array(15).fill(112.36)];
    const a = analyseStatistic(exactTrend(values), P95, {
      ...DEFAULT_CHANGE_POINT_OPTIONS,
      runNoisePrior: 0.005,
    });
    expect(a.changePoints.map((c) => c.firstAfter.index)).toEqual([15, 30]);
    const [first, second] = a.changePoints;
    expect(first!.beyondTolerance).toBe(false);
    expect(second!.change).toBeCloseTo(1.06, 6);
    expect(second!.cumulative.change).toBeCloseTo(1.1236, 6);
    expect(second!.cumulative.since.index).toBe(14);
    expect(second!.cumulative.steps).toBe(2);
    expect(second!.beyondTolerance).toBe(true);
  });

  it('reads one run 2x slower as an outlier, not a change, even second to last', () => {
    for (const at of [10, 22]) {
      const values = Array.from({ length: 24 }, (_, i) => (i === at ? 200 : 100 * (1 + 0.01 * Math.sin(i))));
      const a = analyseStatistic(exactTrend(values), P95);
      expect(a.changePoints).toEqual([]);
      expect(a.outliers.map((o) => o.index)).toEqual([at]);
    }
  });

  it('sets a one-off run aside in the test itself: no change point next to it on a strongly autocorrelated trend', () => {
    // Seed 73 of the evaluation's outlier trials at lag-1 autocorrelation 0.8: clipping alone still read the clipped
    // run as part of a +7% segment starting next to it.
    const random = seededRandom(73);
    const at = 10 + Math.floor(random() * 48);
    const trend = simulateTrend(
      { ...DEFAULT_TREND_SIM, autocorrelation: 0.8, outliers: [{ at, factor: 2 }] },
      random,
    );
    const a = analyseStatistic(trend, P95);
    expect(a.outliers.map((o) => o.index)).toContain(at);
    expect(a.changePoints.filter((c) => Math.abs(c.firstAfter.index - at) <= 3)).toEqual([]);
  });

  it('finds nothing in a statistic with n = 0, 1, 2 runs', () => {
    for (const n of [0, 1, 2]) {
      const a = analyseStatistic(exactTrend(Array(n).fill(100)), P95);
      expect(a.changePoints).toEqual([]);
      expect(a.runs).toBe(n);
      expect(a.noise.runs).toBe(0);
    }
  });

  it('finds a simulated +15% step on a noisy, autocorrelated trend within one run', () => {
    const trend = simulatedTrend({ steps: [{ at: 30, factor: 1.15 }] }, 3);
    const cps = detectChangePoints(trend).statistics[0]!.changePoints;
    expect(cps.some((c) => Math.abs(c.firstAfter.index - 30) <= 1 && c.worse)).toBe(true);
  });

  it("sets a rate's noise prior to runNoisePrior times its median run (the upper one for even n), a ratio's to runNoisePrior", () => {
    const rate = ERROR_RATE;
    const rateTrend = (values: number[]): Trend => ({
      statistics: { [rate.id]: rate },
      entries: values.map((v, i) => ({
        commit: (i + 1).toString(16).padStart(40, '0'),
        date: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
        points: { [rate.id]: { estimate: v, se: 0.0001 } },
      })),
    });
    const { runNoisePrior, autocorrelationPrior } = DEFAULT_CHANGE_POINT_OPTIONS;
    // n = 3 (the prior alone): the median of 0.004, 0.001, 0.002 is 0.002.
    expect(analyseStatistic(rateTrend([0.004, 0.001, 0.002]), rate).noise.variance).toBeCloseTo(
      (runNoisePrior * 0.002) ** 2,
      15,
    );
    // n = 4: the upper median 0.004 of 0.008, 0.001, 0.004, 0.002 sets the prior the data are moderated toward.
    const four = [0.008, 0.001, 0.004, 0.002];
    expect(analyseStatistic(rateTrend(four), rate).noise).toEqual(
      estimateTrendNoise(four, Array(4).fill(0.0001 ** 2), runNoisePrior * 0.004, autocorrelationPrior),
    );
    // n = 0: no level, no prior variance.
    expect(analyseStatistic(rateTrend([]), rate).noise.variance).toBe(0);
    // A ratio statistic's prior is relative already (its log scale): runNoisePrior itself, whatever the level.
    expect(analyseStatistic(exactTrend([500, 100, 300]), P95).noise.variance).toBeCloseTo(
      runNoisePrior ** 2,
      15,
    );
  });
});
