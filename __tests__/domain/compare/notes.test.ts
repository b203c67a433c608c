import { describe, expect, it } from 'vitest';
import { pitfallNotes, primaryLatencyMetric } from '../../../src/domain/compare/notes.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import { Histogram } from '../../../src/domain/histogram.js';
import type { RunSummary } from '../../../src/domain/run-summary.js';
import { summaryAt } from '../../support/summaries.js';

const START = '2026-01-01T00:00:00Z';
/** A 10 s run of one scenario; `http_req_duration` and `http_req_failed` as in summaryAt. */
function run(scenario: Record<string, unknown>, over: (r: RunSummary) => void = () => {}): RunSummary {
  const r = summaryAt(START);
  r.fingerprint = { scenarios: { default: scenario }, hash: 'x' };
  r.thresholds = [{ metric: 'http_req_duration', expression: 'p(95)<500', ok: true }];
  over(r);
  return r;
}
const notes = (candidate: RunSummary, history: RunSummary[] = [], config = DEFAULT_GATE_CONFIG) =>
  pitfallNotes(history, candidate, config);

describe('pitfallNotes', () => {
  it('shows a closed-model test its open-model equivalent, at its rate, with VUs for twice the p95 iteration', () => {
    const closed = run({ executor: 'constant-vus', vus: 10 }, (r) => {
      r.series[0]!.counters.iterations = 3000;
      r.series[0]!.trends.iteration_duration = Histogram.of(Array(100).fill(50)).toJSON();
    });
    expect(notes(closed)).toEqual([
      'This is a closed-model test (constant-vus (default)): a slower service receives fewer requests, so ' +
        'throughput is gated, and the latency percentiles understate what users would wait (coordinated ' +
        "omission). An open-model version keeps the rate fixed whatever the latency: { executor: 'constant-arrival-rate', " +
        "rate: 300, timeUnit: '1s', duration: '10s', preAllocatedVUs: 30, maxVUs: 60 }.",
    ]);
    // Without iteration durations one second per iteration is assumed; at least 10 VUs, at least 1 per second.
    const bare = run({ executor: 'constant-vus', vus: 10 }, (r) => (r.series[0]!.counters.iterations = 3000));
    expect(notes(bare)[0]).toMatch(/rate: 300, .*preAllocatedVUs: 600, maxVUs: 1200 \}/);
    const slow = run({ executor: 'constant-vus', vus: 1 }, (r) => (r.series[0]!.counters.iterations = 2));
    expect(notes(slow)[0]).toMatch(/rate: 1, .*preAllocatedVUs: 10, maxVUs: 20 \}/);
  });

  it('says how much the warm-up setting left out', () => {
    const warm = run({ executor: 'constant-arrival-rate', rate: 10 }, (r) => {
      r.run.warmupSeconds = 5;
      r.ingest.excludedWarmup = 12_000;
      r.ingest.samples = 36_000;
    });
    expect(notes(warm)).toEqual([
      'The warm-up setting left out the first 5 s: 12,000 samples, 25% of the run.',
    ]);
  });

  it('names a warm-up it detects, slower or faster, with the --warmup that would leave it out', () => {
    /** 1 s windows whose medians are `medians` (20 samples each around the median). */
    const warmingUp = (medians: number[]) =>
      run({ executor: 'constant-arrival-rate', rate: 20 }, (r) => {
        const start = Date.parse(START) / 1000;
        r.windowSeconds = 1;
        r.series[0]!.windows = medians.map((m, i) => ({
          start: start + i,
          requests: 20,
          failed: 0,
          trends: {
            http_req_duration: Histogram.of(
              Array.from({ length: 20 }, (_, j) => m * (0.9 + j * 0.01)),
            ).toJSON(),
          },
          rates: {},
        }));
      });
    expect(notes(warmingUp([...Array(8).fill(30), ...Array(22).fill(10)]))).toEqual([
      'The first 8 s were 3x slower than the rest of the run (http_req_duration median per second): a warm-up ' +
        '(JIT, caches, connection pools). `--warmup 8s` (input `warmup`) would leave it out of the comparison.',
    ]);
    expect(notes(warmingUp([...Array(4).fill(4), ...Array(26).fill(10)]))[0]).toMatch(
      /^The first 4 s were 2\.5x faster than the rest of the run \(http_req_duration median per second\)/,
    );
    // A warm-up setting given: its own note, no detection.
    const set = warmingUp([...Array(8).fill(30), ...Array(22).fill(10)]);
    set.run.warmupSeconds = 8;
    expect(notes(set)).toEqual(['The warm-up setting left out the first 8 s: 0 samples, 0% of the run.']);
  });

  it('warns when an open model ran out of VUs (its peak reached maxVUs), not below it', () => {
    const atBudget = (peak: number) =>
      run(
        { executor: 'constant-arrival-rate', rate: 10, maxVUs: 50 },
        (r) => (r.series[0]!.gauges.vus = peak),
      );
    expect(notes(atBudget(50))).toEqual([
      "The VUs reached the scenarios' budget (50 of 50 maxVUs): k6 had no VU free to start iterations on time, " +
        'so this run partly measures the load generator. Raise maxVUs (about rate × p95 iteration time × 2).',
    ]);
    expect(notes(atBudget(49))).toEqual([]);
    // A mixed model's VU gauge counts the closed scenarios' VUs too: reaching the open budget proves nothing.
    const mixed = run({ executor: 'constant-arrival-rate', rate: 10, maxVUs: 50 }, (r) => {
      r.fingerprint.scenarios.browse = { executor: 'constant-vus', vus: 50 };
      r.series[0]!.gauges.vus = 100;
    });
    expect(notes(mixed).some((n) => n.includes('budget'))).toBe(false);
    // Closed models have no VU budget to exhaust.
    const closed = run({ executor: 'constant-vus', vus: 50 }, (r) => (r.series[0]!.gauges.vus = 50));
    expect(notes(closed).some((n) => n.includes('budget'))).toBe(false);
  });

  it('suggests thresholds from the baseline to a script that has none', () => {
    const bare = run({ executor: 'constant-arrival-rate', rate: 10 }, (r) => (r.thresholds = []));
    const baseline = run({ executor: 'constant-arrival-rate', rate: 10 }, (r) => {
      r.series[0]!.trends.http_req_duration = Histogram.of(Array(100).fill(100)).toJSON();
      r.series[0]!.rates.http_req_failed = { passes: 3, total: 100 };
    });
    const config = { ...DEFAULT_GATE_CONFIG, latencyTolerance: 0.25, errorRateTolerance: 0.002 };
    expect(notes(bare, [baseline], config)).toEqual([
      "The script has no thresholds. From the baseline, for example: thresholds: { http_req_duration: ['p(95)<125'], " +
        "http_req_failed: ['rate<0.032'] } (a hint; perf-gate applies nothing).",
    ]);
    // An error-free baseline still gets a usable limit of 1%.
    baseline.series[0]!.rates.http_req_failed = { passes: 0, total: 100 };
    expect(notes(bare, [baseline], config)[0]).toMatch(/\['rate<0\.01'\]/);
    // No baseline, or one without request durations: nothing to suggest from.
    expect(notes(bare)).toEqual([]);
    baseline.series[0]!.trends = {};
    expect(notes(bare, [baseline], config)).toEqual([]);
  });

  it('suggests no thresholds to a vegeta attack: it has no script to put them in', () => {
    const attack = run({ executor: 'constant-arrival-rate', rate: 10 }, (r) => {
      r.thresholds = [];
      r.tool = { name: 'vegeta' };
    });
    const baseline = run({ executor: 'constant-arrival-rate', rate: 10 }, (r) => {
      r.series[0]!.trends.http_req_duration = Histogram.of(Array(100).fill(100)).toJSON();
      r.tool = { name: 'vegeta' };
    });
    expect(notes(attack, [baseline]).join(' ')).not.toMatch(/thresholds/);
  });

  it('says a vegeta run is free of coordinated omission, first', () => {
    const vegeta = run({ executor: 'constant-vus', vus: 1 }, (r) => (r.tool = { name: 'vegeta' }));
    const all = notes(vegeta);
    expect(all[0]).toMatch(/^The runs were produced by vegeta, an open-model load generator/);
    expect(all[1]).toMatch(/^This is a closed-model test/);
  });
});

describe('primaryLatencyMetric', () => {
  const withTrends = (...names: string[]) =>
    run({}, (r) => {
      const h = r.series[0]!.trends.http_req_duration!;
      r.series[0]!.trends = Object.fromEntries(names.map((n) => [n, h]));
    });

  it('is the request duration, else a gated built-in latency, else a custom Trend', () => {
    expect(primaryLatencyMetric(withTrends('order_duration', 'http_req_duration'))).toBe('http_req_duration');
    expect(primaryLatencyMetric(withTrends('http_req_waiting', 'order_duration', 'grpc_req_duration'))).toBe(
      'grpc_req_duration',
    );
    expect(primaryLatencyMetric(withTrends('iteration_duration', 'order_duration'))).toBe('order_duration');
    expect(primaryLatencyMetric(withTrends('iteration_duration', 'http_req_waiting'))).toBeUndefined();
  });
});
