import { describe, expect, it } from 'vitest';
import { renderComment } from '../../../src/render/index.js';
import { scrapedTarget } from '../../support/summaries.js';
import { compareAB, pairedRatioInterval, type ABPair } from '../../../src/domain/compare/paired.js';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
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
