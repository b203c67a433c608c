import { describe, expect, it } from 'vitest';
import { renderComment } from '../../../src/render/index.js';
import { scrapedTarget, summaryAt } from '../../support/summaries.js';
import {
  compareAB,
  hangsOnOnePair,
  pairedRatioInterval,
  statisticIn,
  type ABPair,
} from '../../../src/domain/compare/paired.js';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import { Histogram } from '../../../src/domain/histogram.js';
import type { Comparison } from '../../../src/domain/report.js';
import { seededRandom, standardNormal } from '../../../src/domain/random.js';
import { DEFAULT_SIM, simulateRun, type SimSpec } from '../../../eval/simulate.js';

describe('pairedRatioInterval', () => {
  it('matches the paired t interval computed by hand', () => {
    // mean 0.1, sd 0.02, n 3; t(0.95, 2) = 2.919986 (tables); half = 2.919986 · 0.02 / √3 = 0.0337171.
    const { interval, df } = pairedRatioInterval([0.1, 0.12, 0.08], 0.95);
    expect(df).toBe(2);
    expect(interval[0]).toBeCloseTo(Math.exp(0.1 - 0.0337171), 6);
    expect(interval[1]).toBeCloseTo(Math.exp(0.1 + 0.0337171), 6);
  });
  it('is exactly the point ratio when every pair agrees', () => {
    const { interval } = pairedRatioInterval([Math.log(1.2), Math.log(1.2)], 0.99);
    expect(interval[0]).toBeCloseTo(1.2, 12);
    expect(interval[1]).toBeCloseTo(1.2, 12);
  });
  it('refuses fewer than 2 pairs', () => {
    expect(() => pairedRatioInterval([0.1], 0.99)).toThrow(RangeError);
  });
});

/** n pairs where both arms of a pair share the machine (one run effect drawn per pair, much larger than the change). */
function pairs(n: number, candidate: Partial<SimSpec>, seed: number, machineSd = 0.1): ABPair[] {
  const random = seededRandom(seed);
  // Less autocorrelation than the default simulation, so that within-run noise is small next to the machine's.
  const spec = { ...DEFAULT_SIM, requests: 20_000, rho: 0.5 };
  return Array.from({ length: n }, (_, i) => {
    const machine = machineSd * standardNormal(random);
    const start = Date.UTC(2026, 0, 1) + i * 3_600_000;
    return {
      baseline: simulateRun({ ...spec, fixedRunEffect: machine }, random, start),
      candidate: simulateRun({ ...spec, ...candidate, fixedRunEffect: machine }, random, start + 600_000),
    };
  });
}
const p95 = (r: ReturnType<typeof compareAB>) =>
  r.comparisons.find(
    (c) => c.metric === 'http_req_duration' && c.stat === 'p95' && Object.keys(c.series).length === 0,
  )!;
const config = { ...DEFAULT_GATE_CONFIG, latencyTolerance: 0.05 };

describe("statisticIn: a pair arm's value of a comparison's statistic", () => {
  const run = summaryAt('2026-01-01T00:00:00Z');
  run.series.push({
    ...run.series[0]!,
    key: { name: 'GET /x' },
    trends: { http_req_duration: Histogram.of([100, 200, 300]).toJSON() },
    rates: { http_req_failed: { passes: 1, total: 4 } },
  });
  const of = (stat: string, series: Record<string, string>) =>
    statisticIn(run, {
      metric: stat === 'rate' ? 'http_req_failed' : 'http_req_duration',
      stat,
      series,
    } as Comparison);

  it("reads the comparison's own series: all traffic, or the breakdown with the same tags", () => {
    expect(of('p50', {})).toBeCloseTo(9.5, 1);
    expect(of('p50', { name: 'GET /x' })).toBeCloseTo(200, 0);
    expect(of('rate', {})).toBe(0);
    expect(of('rate', { name: 'GET /x' })).toBe(0.25);
    expect(of('p50', { name: 'GET /y' })).toBeUndefined();
    // Throughput: the run's http_reqs per second (10 requests in 10 s).
    expect(of('throughput', {})).toBe(1);
  });
});

describe('compareAB on simulated interleaved pairs (machine effect shared within a pair)', () => {
  it('passes an unchanged candidate even when machines differ by 10% between pairs', () => {
    const report = compareAB(pairs(6, {}, 1), config);
    expect(
      report.verdict,
      report.comparisons
        .map((c) => `${JSON.stringify(c.series)} ${c.metric} ${c.stat} ${c.verdict} ${c.interval}`)
        .join('\n'),
    ).toBe('pass');
    expect(p95(report).verdict).toBe('unchanged');
    expect(p95(report).method).toMatch(/paired t over 6 A\/B pairs/);
    expect(report.baseline?.runs).toBe(6);
    // The comment says it was an A/B comparison.
    expect(renderComment(report, { gateId: 'default', now: '2026-01-02T00:00:00Z' })).toMatch(
      /\*\*Baseline:\*\* .*A\/B: the baseline target, interleaved/,
    );
  });

  it('finds a 15% slowdown that the same runs compared unpaired cannot separate from machine noise', () => {
    const ab = pairs(6, { slowdown: 1.15 }, 2);
    const report = compareAB(ab, config);
    expect(report.verdict).toBe('fail');
    expect(p95(report).verdict).toBe('regression');
    expect(p95(report).interval![0]).toBeGreaterThan(1.05);
    // The same candidates against the same baselines, ignoring the pairing: the 10% machine spread swamps it.
    const unpaired = compareRuns(
      ab.map((p) => p.baseline),
      ab[0]!.candidate,
      config,
    );
    expect(p95(unpaired).verdict).not.toBe('regression');
  });

  it('fails the comparison when the baseline arm is broken (its target down), naming the arm', () => {
    const ab = pairs(4, {}, 5);
    for (const p of ab) {
      const failed = p.baseline.series[0]!.rates.http_req_failed!;
      failed.passes = failed.total;
    }
    const report = compareAB(ab, config);
    expect(report.verdict).toBe('fail');
    expect(report.reason).toMatch(/^The run is broken: the baseline arm: 100\.0% of [\d,]+ requests failed/);
  });

  it('refuses a single pair', () => {
    expect(() => compareAB(pairs(1, {}, 3), config)).toThrow(RangeError);
  });
});

describe('compareAB with both versions scraped (CPU seconds per request paired like the latencies)', () => {
  const scraped = scrapedTarget;
  /** Pairs whose machine effect moves both arms' CPU per request alike (±8% between pairs). */
  const withServer = (candidateFactor: number, seed: number): ABPair[] => {
    const random = seededRandom(seed);
    return pairs(4, {}, seed).map((p) => {
      const machine = Math.exp(0.08 * standardNormal(random));
      const name = 'http://candidate/metrics';
      const section = (cpu: number) => ({ schemaVersion: 1, targets: [scraped(cpu, name)] });
      return {
        baseline: { ...p.baseline, server: section(0.01 * machine) },
        candidate: { ...p.candidate, server: section(0.01 * machine * candidateFactor) },
      } as ABPair;
    });
  };
  const cpu = (r: ReturnType<typeof compareAB>) =>
    r.comparisons.find((c) => c.metric === 'server_cpu_seconds_per_request');

  it('passes the same service and fails one costing 70% more CPU per request, on the paired interval', () => {
    const same = cpu(compareAB(withServer(1, 5), config));
    expect(same?.method).toMatch(/^paired t over 4 A\/B pairs/);
    expect(same?.verdict).toBe('unchanged');
    const heavier = compareAB(withServer(1.7, 6), config);
    expect(cpu(heavier)?.verdict).toBe('regression');
    expect(cpu(heavier)?.ratio).toBeCloseTo(1.7, 1);
    // The pairs share the machine, so the ±8% between them cancels: the interval hugs 1.7.
    expect(cpu(heavier)?.interval?.[0]).toBeGreaterThan(1.6);
    expect(heavier.verdict).toBe('fail');
    expect(heavier.reason).toContain('server_cpu_seconds_per_request');
  });
});

describe('hangsOnOnePair (leave-one-out: does one pair decide the conclusion?)', () => {
  // The regression test of a 7% tolerance at 99%: the paired interval's lower bound above 1.07.
  const lowerAbove = (bound: number) => (logs: readonly number[]) =>
    pairedRatioInterval(logs, 0.99).interval[0] > bound;

  it('names the extreme pair when the conclusion falls without it', () => {
    // Lower bounds (t(0.99, 4) = 3.7469, t(0.99, 3) = 4.5407): all five 1.0723, without 0.13 1.0679.
    const logs = [0.08, 0.09, 0.1, 0.11, 0.13];
    expect(pairedRatioInterval(logs, 0.99).interval[0]).toBeCloseTo(1.0723, 4);
    expect(pairedRatioInterval(logs.slice(0, 4), 0.99).interval[0]).toBeCloseTo(1.0679, 4);
    expect(hangsOnOnePair(logs, lowerAbove(1.07))).toBe(4);
  });
  it('is undefined when the conclusion holds without the extreme pair', () => {
    expect(hangsOnOnePair([0.08, 0.09, 0.1, 0.11, 0.13], lowerAbove(1.06))).toBeUndefined();
  });
  it('is undefined with no pairs, and the extreme pair at n = 1 and n = 2 (one left: cannot estimate)', () => {
    const always = () => true;
    expect(hangsOnOnePair([], always)).toBeUndefined();
    expect(hangsOnOnePair([0.5], always)).toBe(0);
    expect(hangsOnOnePair([0.5, 0.6], always)).toBe(0);
  });
});

describe('compareAB: one disturbed pair cannot establish a regression alone', () => {
  /**
   * Five pairs whose CPU per request differs by exactly exp(log) in pair i (the machine factor shared by both arms
   * cancels): at a 20% tolerance, lower bounds ≈1.2025 with all five and ≈1.1975 without the last (the 0.08...0.13
   * example above shifted by ln 1.1214).
   */
  const shift = Math.log(1.1214);
  const logs = [0.08, 0.09, 0.1, 0.11, 0.13].map((d) => d + shift);
  const disturbedPairs = (generator?: ABPair['candidate']['generator']): ABPair[] =>
    pairs(5, {}, 11).map((p, i) => {
      const section = (cpu: number) => ({
        schemaVersion: 1,
        targets: [scrapedTarget(cpu, 'http://candidate/metrics')],
      });
      const machine = 1 + 0.05 * i;
      return {
        baseline: { ...p.baseline, server: section(0.01 * machine) },
        candidate: {
          ...p.candidate,
          server: section(0.01 * machine * Math.exp(logs[i]!)),
          ...(i === 4 && generator ? { generator } : {}),
        },
      } as ABPair;
    });
  const cpu = (r: ReturnType<typeof compareAB>) =>
    r.comparisons.find((c) => c.metric === 'server_cpu_seconds_per_request')!;

  it('makes the row suspected, not a regression, and names the pair', () => {
    const report = compareAB(disturbedPairs(), config);
    expect(cpu(report).interval![0]).toBeGreaterThan(1.2);
    expect(cpu(report).verdict).toBe('inconclusive');
    expect(cpu(report).suspected).toBe(true);
    expect(cpu(report).note).toMatch(/^a regression only with pair 5 \(ratio 1\.28,.*judged disturbed/);
    // The same pair, as data: the report's per-pair list marks it (ab-pairs.ts).
    expect(cpu(report).hangsOnPair).toBe(5);
    expect(report.verdict).not.toBe('fail');
  });
  it('marks a reported-only breakdown that hangs on one pair suspected too (nothing else judges such a row)', () => {
    // Two scraped services: CPU per request compares per target ({ server: role }), reported only by a rule.
    const twoTargets = disturbedPairs().map((p) => {
      const withDb = (arm: ABPair['baseline']) => ({
        ...arm,
        server: {
          schemaVersion: 1,
          targets: [...arm.server!.targets, scrapedTarget(0.02, 'http://db/metrics')],
        },
      });
      return { baseline: withDb(p.baseline), candidate: withDb(p.candidate) } as ABPair;
    });
    const reportedOnly = {
      ...config,
      rules: [{ metric: 'server_cpu_seconds_per_request', gated: false }],
    };
    const row = compareAB(twoTargets, reportedOnly).comparisons.find(
      (c) => c.metric === 'server_cpu_seconds_per_request' && c.series.server === 'http://candidate/metrics',
    )!;
    expect(row.gated).toBe(false);
    expect(row).toMatchObject({ verdict: 'inconclusive', suspected: true, hangsOnPair: 5 });
  });

  it("says when the disturbed pair's k6 was short of CPU", () => {
    const report = compareAB(disturbedPairs({ cpuSeconds: 9.5, wallSeconds: 10, cpusAllowed: 1 }), config);
    expect(cpu(report).note).toMatch(/k6 was short of CPU in it \(candidate arm: k6 used 95% of the 1 CPU/);
  });
});

describe('compareAB over several looks (the confidence split as the reruns split it)', () => {
  it("puts each look's regression bound at 1 - (1 - c) / looks and keeps the other bound nominal", () => {
    const ab = pairs(6, { slowdown: 1.15 }, 2);
    const one = p95(compareAB(ab, config));
    const report = compareAB(ab, config, { looks: 10, maxPairs: 15 });
    const many = p95(report);
    expect(report.settings).toMatchObject({ looks: 10, maxRuns: 15, regressionConfidence: 0.999 });
    // The lower bound (the regression's) is the paired interval at 99.9%, wider; the upper stays at 99%.
    expect(many.interval![1]).toBeCloseTo(one.interval![1], 12);
    expect(many.interval![0]).toBeLessThan(one.interval![0]);
  });
  it('carries the estimate the nominal interval is built from: exp(m ± t(0.99, n-1) · se) (Comparison.paired)', () => {
    const ab = pairs(6, { slowdown: 1.15 }, 2);
    const many = p95(compareAB(ab, config, { looks: 10, maxPairs: 15 }));
    const logs = ab.map((p) => Math.log(statisticIn(p.candidate, many)! / statisticIn(p.baseline, many)!));
    const m = logs.reduce((s, x) => s + x, 0) / 6;
    const se = Math.sqrt(logs.reduce((s, x) => s + (x - m) ** 2, 0) / 5 / 6);
    expect(many.paired!.pairs).toBe(6);
    expect(many.paired!.meanLogRatio).toBeCloseTo(m, 12);
    expect(many.paired!.standardError).toBeCloseTo(se, 12);
    // t(0.99, 5) = 3.36493: the upper bound, the nominal one that decides "unchanged".
    expect(many.interval![1]).toBeCloseTo(Math.exp(m + 3.36493 * se), 5);
  });
});
