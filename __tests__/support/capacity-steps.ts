/** Capacity search steps for the capacity tests: two objectives, p95 under 200 ms and errors under 1%. */
import type { CapacityStep } from '../../src/domain/capacity-model.js';

export const SLOS = ['http_req_duration:p95<200ms', 'http_req_failed:rate<1%'];

export const SETTINGS = {
  from: 20,
  to: 400,
  factor: 2,
  resolution: 0.05,
  maxSteps: 16,
  stepSeconds: 3,
  warmupSeconds: 1,
};

/**
 * A step at `offered` iterations/s with this p95 (the latency objective broken from 195 ms, its interval ±5 ms), no
 * errors; a broken step achieved 90% of its rate unless `over` says otherwise.
 */
export function stepAt(
  offered: number,
  p95: number,
  verdict: CapacityStep['verdict'],
  over: Partial<CapacityStep> = {},
): CapacityStep {
  return {
    offered,
    achieved: verdict === 'broken' ? offered * 0.9 : offered,
    seconds: 2,
    requests: offered * 2,
    errorRate: 0,
    p50: p95 / 2,
    p95,
    p99: p95 * 1.2,
    dropped: 0,
    slos: [
      {
        slo: SLOS[0]!,
        value: p95,
        low: p95 - 5,
        high: p95 + 5,
        limit: 200,
        margin: (200 - p95) / 200,
        verdict: p95 < 195 ? 'met' : 'broken',
      },
      { slo: SLOS[1]!, value: 0, low: 0, high: 0, limit: 0.01, margin: 1, verdict: 'met' },
    ],
    verdict,
    reason: verdict,
    ...over,
  };
}
