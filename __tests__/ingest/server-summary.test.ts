import { describe, expect, it } from 'vitest';
import type { WindowStats } from '../../src/domain/run-summary.js';
import { parsePrometheusText } from '../../src/ingest/prometheus-text.js';
import {
  bucketQuantile,
  monotone,
  summarizeServerTarget,
  valueAt,
  type Scrape,
} from '../../src/ingest/server-summary.js';

describe('valueAt (linear interpolation of a cumulative series)', () => {
  it('is 0 with no points, constant with one, linear between two and flat outside', () => {
    expect(valueAt([], 5)).toBe(0);
    expect(valueAt([[1, 7]], 0)).toBe(7);
    expect(valueAt([[1, 7]], 9)).toBe(7);
    expect(
      valueAt(
        [
          [0, 0],
          [2, 10],
        ],
        1,
      ),
    ).toBe(5);
    expect(
      valueAt(
        [
          [0, 0],
          [2, 10],
        ],
        0.5,
      ),
    ).toBe(2.5);
    expect(
      valueAt(
        [
          [0, 0],
          [2, 10],
        ],
        -1,
      ),
    ).toBe(0);
    expect(
      valueAt(
        [
          [0, 0],
          [2, 10],
        ],
        3,
      ),
    ).toBe(10);
  });
});

describe('monotone (counter resets)', () => {
  it('treats a decrease as a restart from zero', () => {
    expect(monotone([])).toEqual([]);
    expect(monotone([[0, 5]])).toEqual([[0, 5]]);
    expect(
      monotone([
        [0, 5],
        [1, 8],
        [2, 2],
        [3, 4],
      ]),
    ).toEqual([
      [0, 5],
      [1, 8],
      [2, 10],
      [3, 12],
    ]);
  });
});

describe('bucketQuantile (histogram_quantile)', () => {
  const b: Array<[number, number]> = [
    [0.1, 50],
    [0.2, 100],
    [Infinity, 100],
  ];
  it('interpolates inside the bucket holding the rank and states its width', () => {
    expect(bucketQuantile(b, 0.5)).toEqual({ value: 0.1, width: 0.1 });
    expect(bucketQuantile(b, 0.25)).toEqual({ value: 0.05, width: 0.1 });
    expect(bucketQuantile(b, 0.75)?.value).toBeCloseTo(0.15, 12);
  });
  it('answers the highest finite bound for a rank in +Inf, nothing for an empty histogram or a bad q', () => {
    expect(
      bucketQuantile(
        [
          [0.1, 1],
          [Infinity, 2],
        ],
        0.99,
      ),
    ).toEqual({ value: 0.1, width: Infinity });
    expect(bucketQuantile([], 0.5)).toBeUndefined();
    expect(
      bucketQuantile(
        [
          [0.1, 0],
          [Infinity, 0],
        ],
        0.5,
      ),
    ).toBeUndefined();
    expect(bucketQuantile(b, 1.5)).toBeUndefined();
  });
  it('with one observation, every quantile lies in its bucket', () => {
    expect(
      bucketQuantile(
        [
          [1, 0],
          [2, 1],
          [Infinity, 1],
        ],
        0.5,
      ),
    ).toEqual({ value: 1.5, width: 1 });
  });
});

/** A Node service's exposition at time t: CPU grows 0.01 s/s, RSS 1 MB/s, a histogram of route "a". */
function exposition(t: number, cpuOffset = 0): string {
  const requests = 100 * t;
  return [
    '# TYPE process_cpu_seconds_total counter',
    `process_cpu_seconds_total ${0.01 * t - cpuOffset}`,
    '# TYPE process_resident_memory_bytes gauge',
    `process_resident_memory_bytes ${1e6 * t}`,
    '# TYPE nodejs_eventloop_lag_seconds gauge',
    `nodejs_eventloop_lag_seconds ${t === 5 ? 0.2 : 0.01}`,
    '# TYPE nodejs_gc_duration_seconds histogram',
    `nodejs_gc_duration_seconds_sum{kind="minor"} ${0.001 * t}`,
    `nodejs_gc_duration_seconds_count{kind="minor"} ${t}`,
    '# TYPE http_request_duration_seconds histogram',
    `http_request_duration_seconds_bucket{route="a",le="0.01"} ${requests / 2}`,
    `http_request_duration_seconds_bucket{route="a",le="0.02"} ${requests}`,
    `http_request_duration_seconds_bucket{route="a",le="+Inf"} ${requests}`,
    `http_request_duration_seconds_sum{route="a"} ${requests * 0.01}`,
    `http_request_duration_seconds_count{route="a"} ${requests}`,
  ].join('\n');
}

const windowsOf = (starts: number[], requests = 100): WindowStats[] =>
  starts.map((start) => ({ start, requests, failed: 0, trends: {}, rates: {} }));

describe('summarizeServerTarget', () => {
  const scrapes = (times: number[]): Scrape[] =>
    times.map((t) => ({ t, exposition: parsePrometheusText(exposition(t)) }));

  it('aligns counters to the client windows and derives the efficiency figures', () => {
    const s = summarizeServerTarget(
      {
        target: 'http://x/metrics',
        source: 'scrape',
        intervalSeconds: 2,
        scrapes: scrapes([0, 2, 4, 6, 8, 10]),
      },
      windowsOf([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
      1,
    );
    // Window 10 ends after the last scrape: not covered.
    expect(s.windows.map((w) => w.start)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s.windows[3]?.counters.process_cpu_seconds_total).toBeCloseTo(0.01, 12);
    expect(s.efficiency.cpuSecondsPerRequest).toBeCloseTo(0.0001, 12);
    expect(s.efficiency.coresUsed).toBeCloseTo(0.01, 12);
    expect(s.efficiency.memoryGrowthBytes).toBe(10e6);
    expect(s.efficiency.gcTimeShare).toBeCloseTo(0.001, 12);
    expect(s.efficiency.eventLoopLagMaxSeconds).toBe(0.01);
    expect(s.gauges.process_resident_memory_bytes).toEqual({ mean: 5e6, max: 10e6, first: 0, last: 10e6 });
    expect(s.routes).toHaveLength(1);
    const route = s.routes[0];
    expect(route?.route).toEqual({ route: 'a' });
    expect(route?.count).toBe(1000);
    expect(route?.sum).toBeCloseTo(10, 9);
    expect(route?.quantiles.p50).toBeCloseTo(0.01, 12);
    expect(route?.quantiles.p95).toBeCloseTo(0.019, 12);
    expect(route?.resolution.p95).toBeCloseTo(0.01, 12);
    expect(route?.buckets.at(-1)).toEqual([null, 1000]);
    expect(s.failures).toBe(0);
  });

  it('covers a window only between the first and the last answered scrape, both edges included', () => {
    // Scrapes answered at 2..8 (the one at 0 failed): window 1 starts before the first, 8 ends after the last.
    const log = [{ t: 0, error: 'ECONNREFUSED' }, ...scrapes([2, 4, 6, 8])];
    const s = summarizeServerTarget(
      { target: 't', source: 'scrape', intervalSeconds: 2, scrapes: log },
      windowsOf([1, 2, 3, 4, 5, 6, 7, 8]),
      1,
    );
    expect(s.windows.map((w) => w.start)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('counts a restart of the process as a reset, not as negative CPU', () => {
    const log = scrapes([0, 2, 4]).concat([
      { t: 6, exposition: parsePrometheusText(exposition(6, 0.06)) },
      { t: 8, exposition: parsePrometheusText(exposition(8, 0.06)) },
    ]);
    const s = summarizeServerTarget(
      { target: 't', source: 'scrape', intervalSeconds: 2, scrapes: log },
      windowsOf([0, 2, 4, 6]),
      2,
    );
    // 0..4: +0.04; 4..6: the counter restarted at 0 and reached 0: +0; 6..8: +0.02.
    expect(s.counters.process_cpu_seconds_total).toBeCloseTo(0.06, 12);
    expect(s.windows.map((w) => w.counters.process_cpu_seconds_total)).toEqual([0.02, 0.02, 0, 0.02]);
  });

  it('takes a route whose labels come in another order in a later scrape as the same route', () => {
    // The text format does not fix the order of labels: one series, whatever order a scrape writes them in.
    const twoLabels = (t: number, swapped: boolean) => {
      const labels = swapped ? 'method="GET",route="a"' : 'route="a",method="GET"';
      return [
        '# TYPE http_request_duration_seconds histogram',
        `http_request_duration_seconds_bucket{${labels},le="0.01"} ${50 * t}`,
        `http_request_duration_seconds_bucket{${labels},le="+Inf"} ${100 * t}`,
        `http_request_duration_seconds_sum{${labels}} ${t}`,
        `http_request_duration_seconds_count{${labels}} ${100 * t}`,
      ].join('\n');
    };
    const s = summarizeServerTarget(
      {
        target: 't',
        source: 'scrape',
        intervalSeconds: 2,
        scrapes: [0, 2, 4].map((t) => ({ t, exposition: parsePrometheusText(twoLabels(t, t === 4)) })),
      },
      windowsOf([0, 2]),
      2,
    );
    expect(s.routes).toHaveLength(1);
    expect(s.routes[0]?.count).toBe(400);
  });

  it('reads buckets written in any order of le as one cumulative histogram', () => {
    const summarize = (reversed: boolean) => {
      const text = (t: number) => {
        const buckets = [
          `http_request_duration_seconds_bucket{route="a",le="0.01"} ${50 * t}`,
          `http_request_duration_seconds_bucket{route="a",le="0.02"} ${90 * t}`,
          `http_request_duration_seconds_bucket{route="a",le="+Inf"} ${100 * t}`,
        ];
        return [
          '# TYPE http_request_duration_seconds histogram',
          ...(reversed ? buckets.reverse() : buckets),
          // The sum starts above zero (the process served requests before the test): only its increase counts.
          `http_request_duration_seconds_sum{route="a"} ${1 + 2 * t}`,
        ].join('\n');
      };
      return summarizeServerTarget(
        {
          target: 't',
          source: 'scrape',
          intervalSeconds: 2,
          scrapes: [0, 2, 4].map((t) => ({ t, exposition: parsePrometheusText(text(t)) })),
        },
        windowsOf([0, 2]),
        2,
      ).routes[0]!;
    };
    const ordered = summarize(false);
    expect(ordered.buckets).toEqual([
      [0.01, 200],
      [0.02, 360],
      [null, 400],
    ]);
    expect(ordered.quantiles.p95).toBeCloseTo(0.02, 12);
    expect(ordered.sum).toBe(8);
    expect(summarize(true)).toEqual(ordered);
  });

  it('counts failures and remembers the last error; with no answer there are no figures', () => {
    const s = summarizeServerTarget(
      {
        target: 't',
        source: 'scrape',
        intervalSeconds: 2,
        scrapes: [
          { t: 0, error: 'ECONNREFUSED' },
          { t: 2, error: 'HTTP 500' },
        ],
      },
      windowsOf([0, 1]),
      1,
    );
    expect(s).toMatchObject({ scrapes: 2, failures: 2, lastError: 'HTTP 500', windows: [], efficiency: {} });
  });

  it('with a single answered scrape covers no window', () => {
    const s = summarizeServerTarget(
      { target: 't', source: 'scrape', intervalSeconds: 2, scrapes: scrapes([0]) },
      windowsOf([0]),
      1,
    );
    expect(s.windows).toEqual([]);
    expect(s.efficiency).toEqual({});
  });
});
