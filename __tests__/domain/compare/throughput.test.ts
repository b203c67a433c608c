import { describe, expect, it } from 'vitest';
import { ASSUMED_CV, valueEstimate } from '../../../src/domain/compare/log-estimate.js';
import { eventRate } from '../../../src/domain/compare/throughput.js';
import type { RunSummary } from '../../../src/domain/run-summary.js';
import { summaryAt } from '../../support/summaries.js';

/** A 10 s run of 1 s windows whose iterations are `perWindow` (undefined: not recorded), 100 in all. */
function run(perWindow: Array<number | undefined>): RunSummary {
  const r = summaryAt('2026-01-01T00:00:00Z');
  r.windowSeconds = 1;
  r.series[0]!.counters.iterations = 100;
  r.series[0]!.windows = perWindow.map((iterations, i) => ({
    start: i,
    requests: 10,
    failed: 0,
    ...(iterations === undefined ? {} : { iterations }),
    trends: {},
    rates: {},
  }));
  return r;
}

describe('eventRate: events per second of a run and the variance of its log', () => {
  it('is the whole-run rate, its variance by batch means over the complete windows (not the first and last)', () => {
    // The partial first and last windows (1 and 3 iterations) are left out of the batches, not out of the rate.
    const windows = [1, 9, 11, 10, 10, 9, 11, 10, 3];
    const e = eventRate(run(windows), 'iterations')!;
    expect(e).toEqual(valueEstimate(10, [9, 11, 10, 10, 9, 11, 10]));
    expect(e.df).toBe(6);
  });

  it('falls back to the assumed variance when any complete window lacks its count (summaries from before)', () => {
    const e = eventRate(run([1, 9, 11, undefined, 10, 9, 11, 10, 3]), 'iterations')!;
    expect(e).toEqual({ value: 10, log: Math.log(10), variance: ASSUMED_CV ** 2, df: Infinity });
  });

  it('cannot estimate a run without events', () => {
    const none = run([0, 0, 0]);
    none.series[0]!.counters.iterations = 0;
    expect(eventRate(none, 'iterations')).toBeUndefined();
  });
});
