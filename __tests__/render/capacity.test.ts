import { describe, expect, it } from 'vitest';
import type { CapacityStep } from '../../src/domain/capacity/step.js';
import { capacityLine, formatEstimate, valuesAt } from '../../src/render/capacity.js';

const step = (offered: number, p95: number | null): CapacityStep => ({
  offered,
  achieved: offered,
  seconds: 10,
  requests: offered * 10,
  errorRate: 0,
  p50: p95,
  p95,
  p99: p95,
  dropped: 0,
  slos: [],
  verdict: 'met',
  reason: '',
});

describe('valuesAt: a value per chart category from the steps a run measured', () => {
  const steps = [step(200, 30), step(100, 10), step(400, null), step(300, NaN)];
  it('is measured at a step, interpolated between steps, the nearest step beyond them', () => {
    // Unsorted steps and steps without a value (null, NaN) are handled: only 100 -> 10 and 200 -> 30 count.
    expect(valuesAt(steps, [50, 100, 150, 175, 200, 250], (s) => s.p95)).toEqual([10, 10, 20, 25, 30, 30]);
  });
  it('is 0 with no usable step, and the later value when two steps share a rate', () => {
    expect(valuesAt([step(100, null)], [100, 200], (s) => s.p95)).toEqual([0, 0]);
    expect(valuesAt([step(100, 10), step(100, 20)], [100, 150], (s) => s.p95)).toEqual([10, 20]);
  });
});

describe('the capacity line', () => {
  const c = {
    baseline: { rate: 400, low: 400, high: 420 },
    candidate: { rate: 300, low: 290, high: null },
    change: -0.25,
    changeRange: [-0.3, null] as [number, number | null],
    tolerance: 0.1,
    verdict: 'regression' as const,
  };
  it('gives both estimates with their ranges, the change with its range, the tolerance and the verdict', () => {
    expect(capacityLine(c as never)).toBe(
      '400/s [400–420] → 300/s [290–not reached], -25% [-30%, open] (tolerance 10%): regression',
    );
    expect(capacityLine({ ...c, change: 0.051, changeRange: [0.01, 0.1] } as never)).toBe(
      '400/s [400–420] → 300/s [290–not reached], +5.1% [+1%, +10%] (tolerance 10%): regression',
    );
    expect(capacityLine({ ...c, change: 0, changeRange: null } as never)).toBe(
      '400/s [400–420] → 300/s [290–not reached], +0% (tolerance 10%): regression',
    );
    expect(capacityLine({ ...c, baseline: null, change: null, verdict: 'no-baseline' } as never)).toBe(
      'none → 300/s [290–not reached] (tolerance 10%): no-baseline',
    );
  });
  it('rounds an estimate to four significant digits', () => {
    expect(formatEstimate({ rate: 1234.56, low: 1200.04, high: 1300.5 })).toBe('1235/s [1200–1301]');
    expect(formatEstimate(null)).toBe('none');
  });
});
