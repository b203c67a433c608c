import { describe, expect, it } from 'vitest';
import { Histogram } from '../../src/domain/histogram.js';
import {
  brokenFindings,
  brokenReason,
  DROPPED_SHARE_BROKEN,
  EXCEPTION_SHARE_BROKEN,
  FAILED_SHARE_BROKEN,
  FAILED_SHARE_WARNING,
  runHealth,
  SPAN_SHARE_BROKEN,
} from '../../src/domain/run-health.js';
import type { RunExecution, RunSummary } from '../../src/domain/run-summary.js';
import { summaryAt } from '../support/summaries.js';

/** A run of `requests` requests of which `failed` failed, over `iterations` iterations. */
function run(
  opts: {
    requests?: number;
    failed?: number;
    iterations?: number;
    dropped?: number;
    execution?: RunExecution;
    durationSeconds?: number;
  } = {},
): RunSummary {
  const s = summaryAt('2026-01-01T00:00:00.000Z');
  const requests = opts.requests ?? 1000;
  const all = s.series[0]!;
  all.counters = {
    http_reqs: requests,
    iterations: opts.iterations ?? requests,
    ...(opts.dropped !== undefined ? { dropped_iterations: opts.dropped } : {}),
  };
  all.rates = requests > 0 ? { http_req_failed: { passes: opts.failed ?? 0, total: requests } } : {};
  if (requests === 0) all.trends = {};
  if (opts.execution) s.execution = opts.execution;
  if (opts.durationSeconds !== undefined) s.run.durationSeconds = opts.durationSeconds;
  return s;
}

const checks = (r: RunSummary, baseline?: RunSummary) =>
  runHealth(r, baseline).map((f) => `${f.severity}:${f.check}`);

describe('runHealth: did the run measure the service at all?', () => {
  it('finds nothing wrong with a healthy run, an old summary without the execution field included', () => {
    expect(runHealth(run())).toEqual([]);
    expect(runHealth(run({ execution: { exceptions: 0, scheduledSeconds: 10 } }))).toEqual([]);
  });

  it('calls a run with no request and no iteration broken (0 requests, 0 iterations)', () => {
    expect(checks(run({ requests: 0, iterations: 0 }))).toEqual(['broken:nothing-ran']);
    const allDropped = runHealth(run({ requests: 0, iterations: 0, dropped: 300 }));
    expect(allDropped[0]?.what).toBe('no iteration ran: all 300 scheduled iterations were dropped');
  });

  it('calls a run without a series at all broken, not a crash', () => {
    const r = run();
    r.series = [];
    expect(checks(r)).toEqual(['broken:nothing-ran']);
  });

  it(`calls ${FAILED_SHARE_BROKEN * 100}% failed requests broken, ${FAILED_SHARE_WARNING * 100}% a warning, less nothing`, () => {
    expect(checks(run({ requests: 1000, failed: 1000 }))).toEqual(['broken:requests-failed']);
    expect(checks(run({ requests: 1000, failed: 950 }))).toEqual(['broken:requests-failed']);
    expect(checks(run({ requests: 1000, failed: 949 }))).toEqual(['warning:requests-failed']);
    expect(checks(run({ requests: 1000, failed: 500 }))).toEqual(['warning:requests-failed']);
    expect(checks(run({ requests: 1000, failed: 499 }))).toEqual([]);
    const [down] = runHealth(run({ requests: 2000, failed: 2000 }));
    expect(down?.what).toBe(
      '100.0% of 2,000 requests failed: the service was down, refused the load or answered every request with an error, so the run measured no working service',
    );
  });

  it(`calls exceptions in ${EXCEPTION_SHARE_BROKEN * 100}% of the iterations broken; 1 in 10,000 is a warning`, () => {
    const first = 'ReferenceError: x is not defined\n\tat default (file:///s.js:42:3(12))';
    const rare = runHealth(run({ requests: 10_000, execution: { exceptions: 1, firstException: first } }));
    expect(rare.map((f) => f.severity)).toEqual(['warning']);
    expect(rare[0]?.what).toBe('the script threw an uncaught exception in 1 of 10,000 iterations (0.010%)');
    expect(rare[0]?.see).toBe(
      'the first error was: ReferenceError: x is not defined at default (file:///s.js:42:3(12))',
    );
    expect(checks(run({ requests: 1000, execution: { exceptions: 99 } }))).toEqual([
      'warning:script-exceptions',
    ]);
    expect(checks(run({ requests: 1000, execution: { exceptions: 100 } }))).toEqual([
      'broken:script-exceptions',
    ]);
  });

  it('counts exceptions against at least as many iterations (a script that throws before k6 counts any)', () => {
    const [f] = runHealth(run({ requests: 10, iterations: 0, execution: { exceptions: 50 } }));
    expect(f?.what).toMatch(/in 50 of 50 iterations \(100\.0%\)/);
    expect(f?.severity).toBe('broken');
  });

  it(`calls ${DROPPED_SHARE_BROKEN * 100}% of the scheduled iterations dropped broken, fewer nothing`, () => {
    expect(checks(run({ iterations: 500, dropped: 500 }))).toEqual(['broken:iterations-dropped']);
    expect(checks(run({ iterations: 501, dropped: 499 }))).toEqual([]);
    // Capacity steps past the capacity drop iterations by design: the search judges them, not the health check.
    expect(runHealth(run({ iterations: 100, dropped: 900 }), undefined, { expectDropped: true })).toEqual([]);
  });

  it(`calls a run spanning under ${SPAN_SHARE_BROKEN * 100}% of its scheduled length broken (from 5 s up)`, () => {
    const cut = (durationSeconds: number, scheduledSeconds: number) =>
      checks(run({ durationSeconds, execution: { exceptions: 0, scheduledSeconds } }));
    expect(cut(10, 30)).toEqual(['broken:run-short']);
    expect(cut(15, 30)).toEqual([]);
    expect(cut(1, 4)).toEqual([]);
    expect(cut(2, 5)).toEqual(['broken:run-short']);
  });

  it('calls a metric the baseline gates and the candidate lost broken, naming it', () => {
    const baseline = run();
    const all = baseline.series[0]!;
    baseline.metrics.order_latency = { type: 'trend', contains: 'time' };
    all.trends.order_latency = Histogram.of([10, 20, 30]).toJSON();
    const candidate = run();
    candidate.metrics.order_latency = { type: 'trend', contains: 'time' };
    const found = runHealth(candidate, baseline);
    expect(found.map((f) => f.check)).toEqual(['metric-missing']);
    expect(found[0]?.what).toMatch(/^order_latency has no samples in this run \(the baseline has 3\)/);
    // Reported-only metrics (no direction) and metrics absent from both runs are no finding.
    baseline.metrics.order_latency = { type: 'trend', contains: 'default' };
    expect(runHealth(candidate, baseline)).toEqual([]);
  });

  it("calls a Trend a threshold names with no samples broken, but not a counter's empty threshold", () => {
    const r = run({ execution: { exceptions: 3, firstException: 'ReferenceError: y is not defined' } });
    r.metrics.order_latency = { type: 'trend', contains: 'time', thresholds: ['p(95)<500'] };
    r.metrics.errors = { type: 'counter', contains: 'default', thresholds: ['count<10'] };
    const found = runHealth(r).filter((f) => f.check === 'metric-missing');
    expect(found).toHaveLength(1);
    expect(found[0]?.what).toMatch(
      /order_latency has no samples in this run, though the threshold order_latency p\(95\)<500 names it/,
    );
    expect(found[0]?.see).toBe('the script threw (the first error was: ReferenceError: y is not defined)');
  });

  it('leaves a threshold k6 already failed to fail the gate in its own name', () => {
    const r = run();
    r.thresholds = [{ metric: 'order_latency', expression: 'p(95)<500', ok: false }];
    expect(runHealth(r)).toEqual([]);
    r.thresholds = [{ metric: 'order_latency', expression: 'p(95)<500', ok: true }];
    expect(checks(r)).toEqual(['broken:metric-missing']);
  });

  it('orders broken findings first, and leads the reason with them only', () => {
    const r = run({ requests: 1000, failed: 600, execution: { exceptions: 1000, command: 'k6 run s.js' } });
    const found = runHealth(r);
    expect(found.map((f) => `${f.severity}:${f.check}`)).toEqual([
      'broken:script-exceptions',
      'warning:requests-failed',
    ]);
    expect(brokenFindings(found)).toHaveLength(1);
    expect(brokenReason(found)).toMatch(
      /^The run is broken: the script threw an uncaught exception in 1,000 of 1,000/,
    );
    expect(brokenReason(found)).not.toMatch(/requests failed/);
    expect(found[1]?.see).toBe(
      "check that the service is up at the script's target, then run it by hand: k6 run s.js",
    );
  });
});
