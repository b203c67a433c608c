import { describe, expect, it } from 'vitest';
import { Histogram } from '../../../src/domain/histogram.js';
import type { RunSummary, WindowStats } from '../../../src/domain/run-summary.js';
import { parseSlo } from '../../../src/domain/capacity/slo.js';
import { judgeStep } from '../../../src/domain/capacity/step.js';
import { summaryAt } from '../../support/summaries.js';

const P95 = parseSlo('http_req_duration:p95<200ms');
const ERRORS = parseSlo('http_req_failed:rate<1%');

/**
 * A step whose windows hold `latencies[i]` (every request of window i takes that long), 10 requests each, one per
 * iteration unless `iterations` says otherwise.
 */
function step(
  latencies: number[],
  opts: { failed?: number; requests?: number; iterations?: number; dropped?: number } = {},
): RunSummary {
  const s = summaryAt('2026-01-01T00:00:00Z');
  const all = s.series[0]!;
  const windows: WindowStats[] = latencies.map((ms, i) => ({
    start: 1_767_225_600 + i,
    requests: 10,
    failed: 0,
    trends: { http_req_duration: Histogram.of(Array(10).fill(ms)).toJSON() },
    rates: { http_req_failed: { passes: i === 0 ? (opts.failed ?? 0) : 0, total: 10 } },
  }));
  all.windows = windows;
  all.trends.http_req_duration = Histogram.of(latencies.flatMap((ms) => Array(10).fill(ms))).toJSON();
  all.rates.http_req_failed = { passes: opts.failed ?? 0, total: 10 * latencies.length };
  const requests = opts.requests ?? 10 * latencies.length;
  all.counters = {
    http_reqs: requests,
    iterations: opts.iterations ?? requests,
    dropped_iterations: opts.dropped ?? 0,
  };
  s.run.durationSeconds = latencies.length;
  return s;
}

describe('judgeStep', () => {
  it('meets the objectives when every window is well within them and the rate kept up', () => {
    const r = judgeStep(step([10, 10, 10, 10]), 10, [P95, ERRORS], 0.99);
    expect(r).toMatchObject({
      offered: 10,
      achieved: 10,
      requests: 40,
      dropped: 0,
      errorRate: 0,
      verdict: 'met',
      reason: 'every objective held and the achieved rate kept up',
    });
    expect(r.p95).toBeCloseTo(10, 0);
    expect(r.slos[0]).toMatchObject({ verdict: 'met', limit: 200 });
    expect(r.slos[0]!.margin).toBeCloseTo(0.95, 2);
    expect(r.slos[1]).toMatchObject({ value: 0, low: 0, high: 0, verdict: 'met', margin: 1 });
  });

  it("measures a rate objective by the step's whole error rate, failures over requests", () => {
    const r = judgeStep(step([10, 10, 10, 10], { failed: 2 }), 10, [ERRORS], 0.99);
    expect(r.slos[0]?.value).toBe(0.05);
    const none = step([10, 10]);
    none.series[0]!.rates.http_req_failed = { passes: 0, total: 0 };
    expect(judgeStep(none, 10, [ERRORS], 0.99).slos[0]?.value).toBeNull();
  });

  it('breaks when every window is beyond a limit', () => {
    const r = judgeStep(step([300, 310, 320, 330]), 10, [P95], 0.99);
    expect(r.verdict).toBe('broken');
    expect(r.slos[0]!.verdict).toBe('broken');
    expect(r.reason).toMatch(/http_req_duration:p95<200ms broken/);
  });

  it('decides an unclear objective by its point estimate, and says so', () => {
    // Windows 20 and 380 ms: the interval spans the 200 ms limit; the pooled p95 (380) is beyond it.
    const beyond = judgeStep(step([20, 380]), 10, [P95], 0.9);
    expect(beyond.slos[0]!.verdict).toBe('unclear');
    expect(beyond.verdict).toBe('broken');
    expect(beyond.reason).toMatch(/point estimate/);
    // Windows 20, 20, 20, 190: pooled p95 190 is within, the interval (t with 3 df) reaches past 200.
    const within = judgeStep(step([20, 20, 20, 190]), 10, [P95], 0.99);
    expect(within.slos[0]!.verdict).toBe('unclear');
    expect(within.verdict).toBe('met');
    expect(within.reason).toMatch(/point estimate only/);
  });

  it('measures the achieved rate in the offered unit, iterations/s, however many requests an iteration makes', () => {
    // 10 iterations/s offered, each making two requests: 20 requests/s, and the step kept up.
    const r = judgeStep(step([10, 10, 10, 10], { requests: 80, iterations: 40 }), 10, [P95], 0.99);
    expect(r).toMatchObject({ offered: 10, achieved: 10, requests: 80, verdict: 'met' });
  });

  it('breaks when the achieved rate falls below 95% of the offered one (queueing)', () => {
    const r = judgeStep(step([10, 10, 10, 10], { requests: 37 }), 10, [P95], 0.99);
    expect(r.achieved).toBe(9.25);
    expect(r.verdict).toBe('broken');
    expect(r.reason).toMatch(/achieved 9\.25 of 10 iterations\/s offered/);
  });

  it('names the load generator when k6 dropped iterations while every objective held', () => {
    const r = judgeStep(step([10, 10, 10, 10], { requests: 36, dropped: 4 }), 10, [P95], 0.99);
    expect(r.verdict).toBe('generator-limited');
    expect(r.reason).toMatch(/load generator could not keep up/);
  });

  it('blames the service, not k6, when iterations were dropped and an objective broke', () => {
    const r = judgeStep(step([300, 300, 300, 300], { requests: 36, dropped: 4 }), 10, [P95], 0.99);
    expect(r.verdict).toBe('broken');
  });

  it('judges an error-rate objective over the windows', () => {
    const r = judgeStep(step([10, 10, 10, 10], { failed: 8 }), 10, [ERRORS], 0.99);
    expect(r.errorRate).toBe(0.2);
    expect(r.verdict).toBe('broken');
  });

  it('at n = 0 windows and no requests: nothing to judge, so not met', () => {
    const s = summaryAt('2026-01-01T00:00:00Z');
    s.series[0]!.trends = {};
    s.series[0]!.rates = {};
    s.series[0]!.counters = {};
    const r = judgeStep(s, 10, [P95], 0.99);
    expect(r).toMatchObject({ requests: 0, achieved: 0, p95: null, errorRate: null, verdict: 'broken' });
    expect(r.slos[0]).toMatchObject({ value: null, verdict: 'unclear' });
  });
});
