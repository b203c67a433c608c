import { describe, expect, it } from 'vitest';
import { capacityRunOf } from '../../../src/domain/capacity/result.js';
import { KEEP_UP } from '../../../src/domain/capacity/step.js';
import type { CapacityStep } from '../../../src/domain/capacity-model.js';
import { SETTINGS, SLOS, stepAt } from '../../support/capacity-steps.js';

const run = (steps: CapacityStep[]) => capacityRunOf(steps, SLOS, 'default', SETTINGS);

describe('capacityRunOf: what a finished search found', () => {
  it('names throughput among what broke first when the first broken step achieved under 95% of its rate', () => {
    expect(KEEP_UP).toBe(0.95);
    // 100/s offered, 94.9/s achieved: the service did not keep up (and its objectives held).
    const met = stepAt(50, 20, 'met');
    expect(run([met, stepAt(100, 20, 'broken', { achieved: 94.9 })]).brokeFirst).toEqual(['throughput']);
    // Exactly 95% kept up: only the broken objective is named.
    expect(run([met, stepAt(100, 300, 'broken', { achieved: 95 })]).brokeFirst).toEqual([SLOS[0]]);
    expect(run([met, stepAt(100, 300, 'broken', { achieved: 90 })]).brokeFirst).toEqual([
      SLOS[0],
      'throughput',
    ]);
  });

  it('reports the highest met rate below the lowest broken one, and the lowest rate the generator could not drive', () => {
    const result = run([
      stepAt(50, 20, 'met'),
      stepAt(200, 20, 'generator-limited', { achieved: 150 }),
      stepAt(120, 20, 'generator-limited', { achieved: 100 }),
      stepAt(100, 300, 'broken'),
      stepAt(80, 20, 'met'),
    ]);
    expect(result.estimate).toEqual({ rate: 80, low: 80, high: 100 });
    expect(result.generatorLimited).toBe(120);
    // Nothing broke: no upper bound and nothing named.
    const unbroken = run([stepAt(50, 20, 'met'), stepAt(100, 20, 'met')]);
    expect(unbroken.estimate).toEqual({ rate: 100, low: 100, high: null });
    expect(unbroken.brokeFirst).toEqual([]);
    expect(unbroken.generatorLimited).toBeNull();
  });
});
