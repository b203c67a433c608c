import { describe, expect, it } from 'vitest';
import { cpuPerRequest, compareServerEfficiency } from '../../../src/domain/compare/server-efficiency.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import type { RunSummary } from '../../../src/domain/run-summary.js';
import type { ServerTargetSummary } from '../../../src/domain/server-summary.js';

/** A target whose windows cost `cpu[i]` CPU seconds for 100 requests each. */
function target(cpu: number[], name = 'http://x/metrics'): ServerTargetSummary {
  return {
    target: name,
    source: 'scrape',
    intervalSeconds: 1,
    scrapes: cpu.length + 1,
    failures: 0,
    windows: cpu.map((c, i) => ({ start: i, requests: 100, counters: { process_cpu_seconds_total: c } })),
    counters: {},
    gauges: {},
    routes: [],
    efficiency: {},
  };
}
const run = (...targets: ServerTargetSummary[]): RunSummary =>
  ({ windowSeconds: 1, server: { schemaVersion: 1, targets } }) as unknown as RunSummary;
/** 20 windows alternating ±2% around `level` CPU seconds per 100 requests. */
const steady = (level: number) => Array.from({ length: 20 }, (_, i) => level * (i % 2 ? 1.02 : 0.98));

describe('cpuPerRequest', () => {
  it('is Σcpu / Σrequests with the batch-means variance of the log', () => {
    const e = cpuPerRequest(target([0.01, 0.03, 0.01, 0.03]), 1);
    expect(e?.value).toBeCloseTo(0.0002, 15);
    // Batch ratios 1e-4, 3e-4, 1e-4, 3e-4: s² = 1.3333e-8, mean 2e-4: 1.3333e-8 / 4 / 4e-8 = 0.083333.
    expect(e?.variance).toBeCloseTo(1 / 12, 9);
    expect(e?.df).toBe(3);
  });
  it('assumes a 5% coefficient of variation below 4 batches, and is undefined without CPU or requests', () => {
    const one = cpuPerRequest(target([0.01]), 1);
    expect(one?.value).toBeCloseTo(0.0001, 15);
    expect(one?.variance).toBeCloseTo(0.0025, 15);
    expect(one?.df).toBe(Infinity);
    expect(cpuPerRequest(target([0.01, 0.01]), 1)?.df).toBe(Infinity);
    expect(cpuPerRequest(target([]), 1)).toBeUndefined();
    expect(cpuPerRequest(target([0, 0]), 1)).toBeUndefined();
  });
});

describe('compareServerEfficiency', () => {
  const history = [run(target(steady(0.01))), run(target(steady(0.0101))), run(target(steady(0.0099)))];

  it('gates CPU per request by default and calls +70% a regression', () => {
    const [c] = compareServerEfficiency(history, run(target(steady(0.017))), DEFAULT_GATE_CONFIG);
    expect(c).toMatchObject({
      metric: 'server_cpu_seconds_per_request',
      stat: 'mean',
      series: {},
      gated: true,
      direction: 'higher-is-worse',
      verdict: 'regression',
      tolerance: 0.2,
    });
    expect(c?.ratio).toBeCloseTo(1.7, 6);
  });

  it('calls an unchanged service unchanged', () => {
    const [c] = compareServerEfficiency(history, run(target(steady(0.01))), DEFAULT_GATE_CONFIG);
    expect(c?.verdict).toBe('unchanged');
    expect(c?.interval?.[0]).toBeLessThan(1);
    expect(c?.interval?.[1]).toBeGreaterThan(1);
  });

  it('compares only targets the baseline scraped too, and names them when there are several', () => {
    expect(compareServerEfficiency([run()], run(target(steady(0.01))), DEFAULT_GATE_CONFIG)).toEqual([]);
    expect(compareServerEfficiency([], run(target(steady(0.01))), DEFAULT_GATE_CONFIG)).toEqual([]);
    const both = compareServerEfficiency(
      [run(target(steady(0.01), 'a'), target(steady(0.01), 'b'))],
      run(target(steady(0.01), 'a'), target(steady(0.01), 'c')),
      DEFAULT_GATE_CONFIG,
    );
    expect(both.map((c) => c.series)).toEqual([{ server: 'a' }]);
  });

  it('follows a rule that ungates it or changes its tolerance', () => {
    const config = {
      ...DEFAULT_GATE_CONFIG,
      rules: [{ metric: 'server_cpu_seconds_per_request', gated: false, tolerance: 1 }],
    };
    const [c] = compareServerEfficiency(history, run(target(steady(0.017))), config);
    expect(c).toMatchObject({ gated: false, tolerance: 1, verdict: 'unchanged' });
  });
});
