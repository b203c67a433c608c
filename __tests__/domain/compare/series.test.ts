import { describe, expect, it } from 'vitest';
import {
  droppedIterations,
  seriesComparisons,
  seriesContext,
  type SeriesContext,
} from '../../../src/domain/compare/series.js';
import { DEFAULT_GATE_CONFIG, type GateConfig } from '../../../src/domain/gate-config.js';
import { Histogram } from '../../../src/domain/histogram.js';
import type { RunSummary, SeriesKey, SeriesSummary } from '../../../src/domain/run-summary.js';
import { summaryAt } from '../../support/summaries.js';

/** 2,000 latencies from 10 to 109.95: enough tail samples for p99 to be estimable. */
const durations = () => Histogram.of(Array.from({ length: 2000 }, (_, i) => 10 + (i % 2000) / 20)).toJSON();

function series(key: SeriesKey): SeriesSummary {
  return {
    key,
    trends: {
      http_req_duration: durations(),
      http_req_waiting: durations(),
      iteration_duration: durations(),
      order_duration: durations(),
      queue_depth: durations(),
    },
    failedTrends: {},
    rates: {
      http_req_failed: { passes: 2, total: 2000 },
      checks: { passes: 1990, total: 2000 },
      cache_hits: { passes: 1500, total: 2000 },
    },
    counters: { http_reqs: 2000, iterations: 2000 },
    gauges: {},
    windows: [],
  };
}

function run(): RunSummary {
  const r = summaryAt('2026-01-01T00:00:00Z');
  r.metrics = {
    ...r.metrics,
    http_req_waiting: { type: 'trend', contains: 'time' },
    iteration_duration: { type: 'trend', contains: 'time' },
    // A custom Trend k6 declared as time (`new Trend('order_duration', true)`): a duration, gated.
    order_duration: { type: 'trend', contains: 'time' },
    // A custom Trend of plain numbers and a custom Rate: nothing says which way is worse.
    queue_depth: { type: 'trend', contains: 'default' },
    cache_hits: { type: 'rate', contains: 'default' },
    checks: { type: 'rate', contains: 'default' },
  };
  return r;
}

const context = (config: GateConfig = DEFAULT_GATE_CONFIG): SeriesContext => seriesContext(run(), config, 1);

/** `metric stat: gated|reported[, diagnostic]` for every comparison of one series, sorted. */
function table(key: SeriesKey, config?: GateConfig): string[] {
  return seriesComparisons(key, series(key), [series(key), series(key)], context(config))
    .map(
      (c) => `${c.metric} ${c.stat}: ${c.gated ? 'gated' : 'reported'}${c.diagnostic ? ', diagnostic' : ''}`,
    )
    .sort();
}

describe('the default gated set of one series', () => {
  it('for all traffic: p50 and p95 of latencies and durations gate, p99 is reported; failures and checks gate', () => {
    expect(table({})).toEqual([
      'cache_hits rate: reported',
      'checks rate: gated',
      'http_req_duration p50: gated',
      'http_req_duration p95: gated',
      'http_req_duration p99: reported',
      'http_req_failed rate: gated',
      'http_req_waiting p50: reported, diagnostic',
      'http_req_waiting p95: reported, diagnostic',
      'http_req_waiting p99: reported, diagnostic',
      'iteration_duration p50: reported, diagnostic',
      'iteration_duration p95: reported, diagnostic',
      'iteration_duration p99: reported, diagnostic',
      'order_duration p50: gated',
      'order_duration p95: gated',
      'order_duration p99: reported',
      'queue_depth p50: reported',
      'queue_depth p95: reported',
      'queue_depth p99: reported',
    ]);
  });

  it('per request name: only the metrics that gate, with their p99 reported; explanations stay with all traffic', () => {
    expect(table({ name: 'GET /a' })).toEqual([
      'checks rate: gated',
      'http_req_duration p50: gated',
      'http_req_duration p95: gated',
      'http_req_duration p99: reported',
      'http_req_failed rate: gated',
      'order_duration p50: gated',
      'order_duration p95: gated',
      'order_duration p99: reported',
    ]);
  });

  it('says how to gate a custom metric that has no direction', () => {
    const cs = seriesComparisons({}, series({}), [series({})], context());
    const queue = cs.find((c) => c.metric === 'queue_depth' && c.stat === 'p95')!;
    const hits = cs.find((c) => c.metric === 'cache_hits')!;
    expect(queue.direction).toBe('unknown');
    expect(queue.note).toMatch(/reported only: .*queue_depth.*'p\(95\)<500'/);
    expect(hits.note).toMatch(/reported only: .*cache_hits.*'rate<0.01'/);
    expect(cs.find((c) => c.metric === 'checks')!.direction).toBe('higher-is-better');
  });

  it('follows gatedQuantiles and rules: p99 gated when asked, a metric ungated by a rule leaves the breakdown', () => {
    const config: GateConfig = {
      ...DEFAULT_GATE_CONFIG,
      gatedQuantiles: [0.5, 0.95, 0.99],
      rules: [{ metric: 'order_duration', gated: false }],
    };
    expect(table({ name: 'GET /a' }, config)).toEqual([
      'checks rate: gated',
      'http_req_duration p50: gated',
      'http_req_duration p95: gated',
      'http_req_duration p99: gated',
      'http_req_failed rate: gated',
    ]);
    // A rule cannot gate a metric of unknown direction (there is no bad side to fail on).
    const forced = { ...DEFAULT_GATE_CONFIG, rules: [{ metric: 'queue_depth', gated: true }] };
    expect(table({}, forced).filter((row) => row.startsWith('queue_depth'))).toEqual([
      'queue_depth p50: reported',
      'queue_depth p95: reported',
      'queue_depth p99: reported',
    ]);
  });
});

describe('droppedIterations', () => {
  const withDropped = (dropped: number): RunSummary => {
    const r = summaryAt('2026-01-01T00:00:00Z');
    r.series[0]!.counters = { iterations: 1000 - dropped, dropped_iterations: dropped };
    return r;
  };

  it('is a rate of dropped over scheduled iterations, gated only under an open model', () => {
    const open = droppedIterations([withDropped(0)], withDropped(100), DEFAULT_GATE_CONFIG, true)!;
    expect(open.candidate).toBeCloseTo(0.1, 12);
    expect(open.baseline).toBe(0);
    expect(open.gated).toBe(true);
    expect(open.direction).toBe('higher-is-worse');
    expect(droppedIterations([withDropped(0)], withDropped(100), DEFAULT_GATE_CONFIG, false)!.gated).toBe(
      false,
    );
  });

  it('is left out when neither side dropped anything', () => {
    expect(droppedIterations([withDropped(0)], withDropped(0), DEFAULT_GATE_CONFIG, true)).toBeUndefined();
  });
});
