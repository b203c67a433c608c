import { describe, expect, it } from 'vitest';
import { Histogram } from '../../src/domain/histogram.js';
import {
  brokenFindings,
  brokenReason,
  DROPPED_SHARE_BROKEN,
  EXCEPTION_SHARE_BROKEN,
  FAILED_SHARE_BROKEN,
  FAILED_SHARE_WARNING,
  findingText,
  runHealth,
  samplesOf,
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

describe('runHealth: the words of each finding', () => {
  const K6_BY_HAND = 'run the script by hand with k6 run and read its errors';

  it("says how to repeat the run: the recorded command, else k6's or vegeta's own words", () => {
    const nothing = (r: RunSummary) => runHealth(r)[0]?.see;
    expect(nothing(run({ requests: 0, iterations: 0 }))).toBe(K6_BY_HAND);
    const vegeta = run({ requests: 0, iterations: 0 });
    vegeta.tool = { name: 'vegeta' };
    expect(nothing(vegeta)).toBe('run the attack by hand with vegeta attack and read its errors');
    const recorded = run({
      requests: 0,
      iterations: 0,
      execution: { exceptions: 0, command: 'k6 run s.js' },
    });
    expect(nothing(recorded)).toBe('run it by hand: k6 run s.js');
    expect(runHealth(run({ requests: 0, iterations: 0 }))[0]?.what).toBe(
      'the run made no request and completed no iteration',
    );
  });

  it('cleans the first error to one line: each run of white space one space, none at either end', () => {
    const first = '\n  TypeError:   cannot read\n\tat  default (s.js:3)  \n';
    const r = run({ execution: { exceptions: 1, firstException: first } });
    r.metrics.order_latency = { type: 'trend', contains: 'time', thresholds: ['p(95)<500'] };
    const found = runHealth(r);
    expect(found.find((f) => f.check === 'script-exceptions')?.see).toBe(
      'the first error was: TypeError: cannot read at default (s.js:3)',
    );
    expect(found.find((f) => f.check === 'metric-missing')?.see).toBe(
      'the script threw (the first error was: TypeError: cannot read at default (s.js:3))',
    );
  });

  it('says how to see an exception or a missing metric when the run recorded no error message', () => {
    const r = run({ requests: 1000, execution: { exceptions: 1 } });
    r.metrics.order_latency = { type: 'trend', contains: 'time', thresholds: ['p(95)<500'] };
    const found = runHealth(r);
    expect(found.find((f) => f.check === 'script-exceptions')?.see).toBe(K6_BY_HAND);
    expect(found.find((f) => f.check === 'metric-missing')?.see).toBe(
      `check the branch of the script that records it, then ${K6_BY_HAND}`,
    );
  });

  it('writes a share under 0.1% with three decimals and from 0.1% with one', () => {
    const what = (exceptions: number, iterations: number) =>
      runHealth(run({ requests: iterations, execution: { exceptions } }))[0]?.what;
    expect(what(1, 1001)).toBe('the script threw an uncaught exception in 1 of 1,001 iterations (0.100%)');
    expect(what(1, 1000)).toBe('the script threw an uncaught exception in 1 of 1,000 iterations (0.1%)');
  });

  it('words a warning of failed requests without the outage sentence', () => {
    const [f] = runHealth(run({ requests: 1000, failed: 500 }));
    expect(f?.what).toBe('50.0% of 1,000 requests failed');
    expect(f?.see).toBe(`check that the service is up at the script's target, then ${K6_BY_HAND}`);
  });

  it('words dropped iterations with the share of the scheduled ones and how to offer the load', () => {
    const [f] = runHealth(run({ iterations: 400, dropped: 600 }));
    expect(findingText(f!)).toBe(
      "k6 dropped 600 of 1,000 scheduled iterations (60.0%): the load the script describes was never offered; raise the scenario's preAllocatedVUs/maxVUs, then " +
        K6_BY_HAND,
    );
  });

  it('words a short run with its span, warm-up included, against its scheduled length', () => {
    const r = run({ durationSeconds: 8, execution: { exceptions: 0, scheduledSeconds: 30 } });
    r.run.warmupSeconds = 2;
    expect(runHealth(r)[0]?.what).toBe(
      "the run's samples span 10.0s of the 30s its scenarios are scheduled for: it stopped early",
    );
    // 10 s measured after a 5 s warm-up span exactly half of 30 s: not short.
    r.run.warmupSeconds = 5;
    r.run.durationSeconds = 10;
    expect(runHealth(r)).toEqual([]);
  });

  it('joins the broken findings of the reason with a full stop each', () => {
    const r = run({ requests: 1000, failed: 1000, execution: { exceptions: 1000 } });
    expect(brokenReason(runHealth(r))).toBe(
      'The run is broken: 100.0% of 1,000 requests failed: the service was down, refused the load or answered every request with an error, so the run measured no working service; ' +
        `check that the service is up at the script's target, then ${K6_BY_HAND}. ` +
        `the script threw an uncaught exception in 1,000 of 1,000 iterations (100.0%); ${K6_BY_HAND}.`,
    );
  });
});

describe('runHealth: edges of the checks', () => {
  it('judges no failed-request share when the run recorded no failed-request rate, or one of no request', () => {
    const noRate = run();
    noRate.series[0]!.rates = {};
    expect(runHealth(noRate)).toEqual([]);
    const emptyRate = run();
    emptyRate.series[0]!.rates = { http_req_failed: { passes: 0, total: 0 } };
    expect(runHealth(emptyRate)).toEqual([]);
    // Iterations without an HTTP request (a gRPC script): a failed-request rate there is no outage.
    const noRequests = run({ iterations: 100 });
    noRequests.series[0]!.counters.http_reqs = 0;
    noRequests.series[0]!.rates = { http_req_failed: { passes: 10, total: 10 } };
    expect(runHealth(noRequests)).toEqual([]);
  });

  it('calls a run with iterations but no request, or requests but no iteration, something that ran', () => {
    expect(checks(run({ requests: 0, iterations: 10 }))).not.toContain('broken:nothing-ran');
    const noIterations = run({ iterations: 0 });
    expect(checks(noIterations)).not.toContain('broken:nothing-ran');
  });

  it('leaves a run that ran nothing to that finding alone, even against a baseline that gates metrics', () => {
    expect(checks(run({ requests: 0, iterations: 0 }), run())).toEqual(['broken:nothing-ran']);
    // expectDropped only leaves dropped iterations to the search: a run that ran nothing is still broken.
    expect(
      runHealth(run({ requests: 0, iterations: 0, dropped: 10 }), undefined, { expectDropped: true }).map(
        (f) => f.check,
      ),
    ).toEqual(['nothing-ran']);
  });

  it('does not miss dropped iterations the candidate no longer has, nor a metric the baseline had no sample of', () => {
    const baseline = run({ dropped: 5 });
    baseline.metrics.dropped_iterations = { type: 'counter', contains: 'default' };
    baseline.metrics.order_latency = { type: 'trend', contains: 'time' };
    baseline.series[0]!.trends.order_latency = Histogram.of([]).toJSON();
    expect(runHealth(run(), baseline)).toEqual([]);
  });

  it('misses a metric the baseline gates only through its own thresholds', () => {
    const baseline = run();
    baseline.metrics.orders_failed = { type: 'rate', contains: 'default', thresholds: ['rate<0.01'] };
    baseline.series[0]!.rates.orders_failed = { passes: 1, total: 200 };
    expect(runHealth(run(), baseline).map((f) => f.what)).toEqual([
      'orders_failed has no samples in this run (the baseline has 200): a gated statistic vanished from the comparison',
    ]);
  });

  it('names a vanished metric once, in the words of the baseline, when a threshold names it too', () => {
    const baseline = run();
    baseline.metrics.order_latency = { type: 'trend', contains: 'time' };
    baseline.series[0]!.trends.order_latency = Histogram.of([10, 20]).toJSON();
    const candidate = run();
    candidate.metrics.order_latency = { type: 'trend', contains: 'time', thresholds: ['p(95)<500'] };
    const found = runHealth(candidate, baseline);
    expect(found).toHaveLength(1);
    expect(found[0]?.what).toMatch(/\(the baseline has 2\)/);
  });

  it("finds a Trend's threshold by every Trend aggregation, and by the metric of a tagged threshold", () => {
    const missing = (metric: string, expression: string) => {
      const r = run();
      r.thresholds = [{ metric, expression, ok: true }];
      return runHealth(r).map((f) => f.what.split(' ')[0]);
    };
    for (const expression of [
      'avg<200',
      'min>0',
      'max<=900',
      'med!=0',
      'p(95)<500',
      'p(99.9)<800',
      ' p(90) < 1',
    ])
      expect(missing('order_latency', expression), expression).toEqual(['order_latency']);
    for (const expression of ['count<10', 'rate<0.01', 'value>0', 'p95<500', 'p(9a)<5', 'average<2'])
      expect(missing('order_latency', expression), expression).toEqual([]);
    expect(missing('order_latency{kind:checkout}', 'p(95)<500')).toEqual(['order_latency']);
  });

  it('finds nothing missing for a Trend threshold whose metric has samples', () => {
    const r = run();
    r.thresholds = [{ metric: 'http_req_duration', expression: 'p(95)<500', ok: true }];
    expect(runHealth(r)).toEqual([]);
  });

  it('lets only the failed threshold of the same expression stand in for the missing metric', () => {
    const r = run();
    r.thresholds = [
      { metric: 'order_latency', expression: 'p(99)<900', ok: false },
      { metric: 'order_latency', expression: 'p(95)<500', ok: true },
    ];
    expect(checks(r)).toEqual(['broken:metric-missing']);
  });
});

describe('runHealth: findings that come together', () => {
  it('reports a vanished metric beside dropped iterations: only a run that ran nothing hides it', () => {
    const baseline = run();
    const candidate = run({ iterations: 400, dropped: 600 });
    candidate.series[0]!.trends = {};
    expect(checks(candidate, baseline)).toEqual(['broken:iterations-dropped', 'broken:metric-missing']);
  });
});

describe('samplesOf', () => {
  it('counts the samples of a metric of every type, and none without a series', () => {
    const s = run().series[0]!;
    s.trends.t = Histogram.of([1, 2, 3]).toJSON();
    s.failedTrends.t = Histogram.of([4, 5]).toJSON();
    s.rates.t = { passes: 1, total: 7 };
    s.counters.t = 11;
    s.gauges.t = { value: 3, min: 3, max: 3 } as never;
    expect(samplesOf(s, 't')).toBe(3 + 2 + 7 + 11 + 1);
    expect(samplesOf(s, 'absent')).toBe(0);
    expect(samplesOf(undefined, 't')).toBe(0);
  });
});
