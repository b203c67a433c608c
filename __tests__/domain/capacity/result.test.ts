import { describe, expect, it } from 'vitest';
import { capacityRunOf } from '../../../src/domain/capacity/result.js';
import { KEEP_UP } from '../../../src/domain/capacity/step.js';
import type { CapacityStep } from '../../../src/domain/capacity-model.js';

const SLO = 'http_req_duration:p95<200ms';
const SETTINGS = {
  from: 20,
  to: 400,
  factor: 2,
  resolution: 0.05,
  maxSteps: 16,
  stepSeconds: 3,
  warmupSeconds: 1,
};

/** A step at `offered` iterations/s that achieved `achieved`, its one objective met or broken. */
function step(
  offered: number,
  achieved: number,
  verdict: CapacityStep['verdict'],
  sloMet = true,
): CapacityStep {
  return {
    offered,
    achieved,
    seconds: 2,
    requests: achieved * 2,
    errorRate: 0,
    p50: 10,
    p95: 20,
    p99: 30,
    dropped: 0,
    slos: [
      {
        slo: SLO,
        value: sloMet ? 20 : 300,
        low: 0,
        high: 0,
        limit: 200,
        margin: 0,
        verdict: sloMet ? 'met' : 'broken',
      },
    ],
    verdict,
    reason: verdict,
  };
}

const run = (steps: CapacityStep[]) => capacityRunOf(steps, [SLO], 'default', SETTINGS);

describe('capacityRunOf: what a finished search found', () => {
  it('names throughput among what broke first when the first broken step achieved under 95% of its rate', () => {
    expect(KEEP_UP).toBe(0.95);
    // 100/s offered, 94.9/s achieved: the service did not keep up (and its objective held).
    expect(run([step(50, 50, 'met'), step(100, 94.9, 'broken')]).brokeFirst).toEqual(['throughput']);
    // Exactly 95% kept up: only the broken objective is named.
    expect(run([step(50, 50, 'met'), step(100, 95, 'broken', false)]).brokeFirst).toEqual([SLO]);
    expect(run([step(50, 50, 'met'), step(100, 90, 'broken', false)]).brokeFirst).toEqual([
      SLO,
      'throughput',
    ]);
  });

  it('reports the highest met rate below the lowest broken one, and the lowest rate the generator could not drive', () => {
    const result = run([
      step(50, 50, 'met'),
      step(200, 150, 'generator-limited'),
      step(120, 100, 'generator-limited'),
      step(100, 80, 'broken'),
      step(80, 80, 'met'),
    ]);
    expect(result.estimate).toEqual({ rate: 80, low: 80, high: 100 });
    expect(result.generatorLimited).toBe(120);
    // Nothing broke: no upper bound and nothing named.
    const unbroken = run([step(50, 50, 'met'), step(100, 100, 'met')]);
    expect(unbroken.estimate).toEqual({ rate: 100, low: 100, high: null });
    expect(unbroken.brokeFirst).toEqual([]);
    expect(unbroken.generatorLimited).toBeNull();
  });
});
