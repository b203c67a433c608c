import { describe, expect, it } from 'vitest';
import { Histogram } from '../../src/domain/histogram.js';
import {
  mapToObject,
  SeriesAccumulator,
  WINDOW_ALPHA,
  type SampleRouting,
} from '../../src/domain/series-accumulator.js';

const plain = { windowed: false, failedRequest: false, requests: false, failures: false } as const;
const route = (over: Partial<SampleRouting> & Pick<SampleRouting, 'type'>): SampleRouting => ({
  ...plain,
  ...over,
});

/** The same samples, in two windows of 5 s, as ingestion adds them. */
function filled(): SeriesAccumulator {
  const acc = new SeriesAccumulator({ name: 'GET /a' });
  const duration = route({ type: 'trend', windowed: true });
  acc.add('http_req_duration', 10, duration, 0);
  acc.add('http_req_duration', 20, duration, 5);
  acc.add('http_req_duration', 500, route({ type: 'trend', windowed: true, failedRequest: true }), 5);
  acc.add('http_req_waiting', 8, route({ type: 'trend' }), 0);
  acc.add('http_req_failed', 0, route({ type: 'rate', failures: true }), 0);
  acc.add('http_req_failed', 1, route({ type: 'rate', failures: true }), 5);
  acc.add('checks', 1, route({ type: 'rate' }), 5);
  acc.add('http_reqs', 1, route({ type: 'counter', requests: true }), 0);
  acc.add('http_reqs', 2, route({ type: 'counter', requests: true }), 5);
  acc.add('iterations', 3, route({ type: 'counter', iterations: true }), 5);
  acc.add('data_sent', 100, route({ type: 'counter' }), 5);
  acc.add('vus', 4, route({ type: 'gauge' }), 0);
  acc.add('vus', 2, route({ type: 'gauge' }), 5);
  acc.add('temperature', -5, route({ type: 'gauge' }), 5);
  return acc;
}

describe('SeriesAccumulator', () => {
  it('routes each sample: failed request timings apart, windowed trends per window, rates, counters, gauge maxima', () => {
    const json = filled().toJSON();
    expect(json.key).toEqual({ name: 'GET /a' });
    expect(json.pooled).toBeUndefined();
    expect(Object.keys(json.trends)).toEqual(['http_req_duration', 'http_req_waiting']);
    expect(json.trends.http_req_duration!.count).toBe(2);
    expect(json.failedTrends.http_req_duration!.count).toBe(1);
    expect(json.rates).toEqual({ checks: { passes: 1, total: 1 }, http_req_failed: { passes: 1, total: 2 } });
    expect(json.counters).toEqual({ data_sent: 100, http_reqs: 3, iterations: 3 });
    expect(json.gauges).toEqual({ temperature: -5, vus: 4 });
    expect(filled().requests()).toBe(3);
    expect(new SeriesAccumulator({}).requests()).toBe(0);
    expect(json.windows.map((w) => ({ ...w, trends: Object.keys(w.trends) }))).toEqual([
      {
        start: 0,
        requests: 1,
        failed: 0,
        trends: ['http_req_duration'],
        rates: { http_req_failed: { passes: 0, total: 1 } },
      },
      {
        start: 5,
        requests: 2,
        failed: 1,
        iterations: 3,
        trends: ['http_req_duration'],
        rates: { checks: { passes: 1, total: 1 }, http_req_failed: { passes: 1, total: 1 } },
      },
    ]);
    // Window histograms are coarser than the whole run's.
    expect(json.windows[0]!.trends.http_req_duration!.alpha).toBe(WINDOW_ALPHA);
    expect(json.trends.http_req_duration!.alpha).not.toBe(WINDOW_ALPHA);
  });

  it('lists the windows in time order, whatever order the samples came in', () => {
    const acc = new SeriesAccumulator({});
    const requests = route({ type: 'counter', requests: true });
    for (const start of [10, 0, 5]) acc.add('http_reqs', 1, requests, start);
    expect(acc.toJSON().windows.map((w) => w.start)).toEqual([0, 5, 10]);
  });

  it('round-trips through JSON exactly', () => {
    const json = filled().toJSON();
    expect(SeriesAccumulator.fromJSON(json).toJSON()).toEqual(json);
    const pooled = { ...json, pooled: true };
    expect(SeriesAccumulator.fromJSON(pooled).toJSON().pooled).toBe(true);
  });

  it('merges by adding histograms and counts and taking the larger gauge', () => {
    const merged = filled().merge(filled()).toJSON();
    const once = filled().toJSON();
    expect(merged.trends.http_req_duration!.count).toBe(4);
    expect(merged.failedTrends.http_req_duration!.count).toBe(2);
    expect(merged.rates.http_req_failed).toEqual({ passes: 2, total: 4 });
    expect(merged.counters).toEqual({ data_sent: 200, http_reqs: 6, iterations: 6 });
    expect(merged.gauges).toEqual(once.gauges);
    expect(merged.windows.map((w) => [w.start, w.requests, w.failed, w.iterations])).toEqual([
      [0, 2, 0, undefined],
      [5, 4, 2, 6],
    ]);
    expect(merged.windows[1]!.rates.checks).toEqual({ passes: 2, total: 2 });
    expect(merged.windows[1]!.trends.http_req_duration!.count).toBe(2);
    const pooled = new SeriesAccumulator({});
    pooled.pooled = true;
    expect(new SeriesAccumulator({}).merge(pooled).pooled).toBe(true);
    expect(pooled.merge(new SeriesAccumulator({})).pooled).toBe(true);
  });

  it('coalesces windows into longer ones aligned to absolute time', () => {
    const acc = filled();
    acc.add('http_reqs', 7, route({ type: 'counter', requests: true }), 10);
    const json = acc.coalesce(10).toJSON();
    expect(json.windows.map((w) => [w.start, w.requests, w.failed])).toEqual([
      [0, 3, 1],
      [10, 7, 0],
    ]);
    expect(json.windows[0]!.trends.http_req_duration!.count).toBe(2);
    expect(json.windows[0]!.rates.http_req_failed).toEqual({ passes: 1, total: 2 });
  });
});

describe('mapToObject', () => {
  it('sorts the keys, for stable JSON', () => {
    const m = new Map([
      ['b', 2],
      ['a', 1],
      ['c', 3],
    ]);
    expect(Object.keys(mapToObject(m, (v) => v * 10))).toEqual(['a', 'b', 'c']);
    expect(mapToObject(m, (v) => v * 10)).toEqual({ a: 10, b: 20, c: 30 });
  });
});

it('keeps the histograms it merges intact (merge reads, never moves, the other side)', () => {
  const a = filled();
  const b = filled();
  a.merge(b);
  expect(b.toJSON()).toEqual(filled().toJSON());
  expect(Histogram.fromJSON(a.toJSON().trends.http_req_duration!).count).toBe(4);
});
