import { describe, expect, it } from 'vitest';
import { compareCapacity, pooledEstimate } from '../../../src/domain/capacity/compare.js';
import type { CapacityEstimate, CapacityRun } from '../../../src/domain/capacity-model.js';

const run = (estimate: CapacityEstimate): CapacityRun => ({
  slos: ['http_req_duration:p95<200ms'],
  exec: 'default',
  settings: {
    from: 20,
    to: 2000,
    factor: 2,
    resolution: 0.05,
    maxSteps: 16,
    stepSeconds: 20,
    warmupSeconds: 5,
  },
  estimate,
  brokeFirst: [],
  margins: null,
  generatorLimited: null,
  steps: [],
});

describe('pooledEstimate (median of rates, lows and highs)', () => {
  it('is undefined for no runs, the run itself for one, the midpoint for two', () => {
    expect(pooledEstimate([])).toBeUndefined();
    expect(pooledEstimate([{ rate: 100, low: 100, high: 105 }])).toEqual({ rate: 100, low: 100, high: 105 });
    expect(
      pooledEstimate([
        { rate: 100, low: 100, high: 104 },
        { rate: 90, low: 90, high: 96 },
      ]),
    ).toEqual({
      rate: 95,
      low: 95,
      high: 100,
    });
  });
  it('takes medians of three and keeps an open high open', () => {
    const three = [
      { rate: 100, low: 100, high: 110 },
      { rate: 90, low: 90, high: 100 },
      { rate: 95, low: 95, high: 104 },
    ];
    expect(pooledEstimate(three)).toEqual({ rate: 95, low: 95, high: 104 });
    expect(pooledEstimate([...three, { rate: 99, low: 99, high: null }])?.high).toBeNull();
  });
});

describe('compareCapacity', () => {
  const base = [run({ rate: 77, low: 77, high: 80 })];

  it('fails a drop beyond the tolerance even at the brackets’ most favourable reading (1.5x slower: -33%)', () => {
    const c = compareCapacity(base, run({ rate: 51, low: 51, high: 53 }), 0.1);
    expect(c.verdict).toBe('regression');
    expect(c.change).toBeCloseTo(51 / 77 - 1, 10);
    expect(c.changeRange![0]).toBeCloseTo(51 / 80 - 1, 10);
    expect(c.changeRange![1]).toBeCloseTo(53 / 77 - 1, 10);
  });

  it('passes the same capacity: even the least favourable reading is within the tolerance', () => {
    const c = compareCapacity(base, run({ rate: 77, low: 77, high: 80 }), 0.1);
    expect(c.verdict).toBe('unchanged');
    expect(c.changeRange![0]).toBeCloseTo(77 / 80 - 1, 10);
  });

  it('calls a rise beyond the tolerance at the least favourable reading an improvement', () => {
    expect(compareCapacity(base, run({ rate: 100, low: 100, high: 104 }), 0.1).verdict).toBe('improvement');
  });

  it('is inconclusive when the brackets are too wide to tell, and says how to narrow them', () => {
    const c = compareCapacity(
      [run({ rate: 100, low: 100, high: 200 })],
      run({ rate: 85, low: 85, high: 170 }),
      0.1,
    );
    expect(c.verdict).toBe('inconclusive');
    expect(c.reason).toMatch(/--capacity-resolution.*--step-duration/);
  });

  it('with a baseline that never broke an objective: a clear drop still fails, a near one is inconclusive (raise --to)', () => {
    const open = [run({ rate: 2000, low: 2000, high: null })];
    expect(compareCapacity(open, run({ rate: 1000, low: 1000, high: 1100 }), 0.1).verdict).toBe('regression');
    const c = compareCapacity(open, run({ rate: 1900, low: 1900, high: 2000 }), 0.1);
    expect(c.verdict).toBe('inconclusive');
    expect(c.changeRange).toBeNull();
    expect(c.reason).toMatch(/raise --to/);
  });

  it('has no baseline without stored capacities', () => {
    expect(compareCapacity([], run({ rate: 50, low: 50, high: 55 }), 0.1)).toMatchObject({
      verdict: 'no-baseline',
      baseline: null,
      change: null,
    });
  });

  it('a baseline below the range (low 0) leaves the favourable end open and never fails', () => {
    const c = compareCapacity([run({ rate: 0, low: 0, high: 20 })], run({ rate: 0, low: 0, high: 20 }), 0.1);
    expect(c.change).toBeNull();
    expect(c.changeRange).toEqual([-1, null]);
    expect(c.verdict).toBe('inconclusive');
  });
});
