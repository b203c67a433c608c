import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { estimateLogQuantile } from '../../../src/domain/compare/quantile-estimate.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import { seededRandom } from '../../../src/domain/random.js';
import type { RunSummary } from '../../../src/domain/run-summary.js';
import { buildTrendEntry, rateStandardError } from '../../../src/domain/trend/entry.js';
import { DEFAULT_SIM, simulateRun } from '../../../eval/simulate.js';
import { P95 } from '../../../eval/trend-sim.js';
import { scrapedTarget } from '../../support/summaries.js';

const COMMIT = 'a'.repeat(40);

const target = (name: string) => scrapedTarget(0.01, name);

function run(over: Partial<RunSummary> = {}): RunSummary {
  const r = simulateRun({ ...DEFAULT_SIM, requests: 6000 }, seededRandom(5));
  return {
    ...r,
    git: { commit: COMMIT },
    server: { schemaVersion: 1, targets: [target('api')] },
    ...over,
  } as RunSummary;
}

describe('rateStandardError', () => {
  it.each([
    [0, 1000, 1, Math.sqrt(((0.5 / 1001) * (1 - 0.5 / 1001)) / 1000)],
    [1, 2, 1, Math.sqrt(0.25 / 2)],
    [0, 1, 1, Math.sqrt(0.1875)],
    [10, 1000, 4, Math.sqrt((4 * (10.5 / 1001) * (1 - 10.5 / 1001)) / 1000)],
  ])('passes %d of %d (dispersion %d): %f', (passes, total, phi, se) => {
    expect(rateStandardError(passes, total, phi)).toBeCloseTo(se, 12);
  });
  it('cannot estimate without samples', () => {
    expect(rateStandardError(0, 0)).toBeUndefined();
  });
});

describe('buildTrendEntry', () => {
  it('tracks every gated all-traffic statistic and CPU per request, with the gate estimators', () => {
    const r = run();
    const built = buildTrendEntry({ run: r, config: DEFAULT_GATE_CONFIG, runId: 42 })!;
    expect(built.entry.commit).toBe(COMMIT);
    expect(built.entry.runId).toBe(42);
    // Without a run id (a local run) the entry has no runId key at all: runs then match by commit and date.
    const local = buildTrendEntry({ run: r, config: DEFAULT_GATE_CONFIG })!;
    expect(Object.keys(local.entry)).toEqual(['commit', 'date', 'points']);
    expect(built.entry.date).toBe(r.run.start);
    expect(Object.keys(built.entry.points).sort()).toEqual([
      'http_req_duration p50',
      'http_req_duration p95',
      'http_req_failed rate',
      'server_cpu_seconds_per_request mean',
    ]);
    const p95 = estimateLogQuantile(
      r.series[0]!,
      'http_req_duration',
      0.95,
      DEFAULT_GATE_CONFIG.minTailSamples,
    )!;
    expect(built.entry.points['http_req_duration p95']!.estimate).toBeCloseTo(Math.exp(p95.log), 3);
    expect(built.entry.points['http_req_duration p95']!.se).toBeCloseTo(Math.sqrt(p95.variance), 4);
    const failed = r.series[0]!.rates.http_req_failed!;
    expect(built.entry.points['http_req_failed rate']!.estimate).toBeCloseTo(failed.passes / failed.total, 8);
    expect(built.entry.points['server_cpu_seconds_per_request mean']!.estimate).toBeCloseTo(0.0001, 8);
    const p95Stat = built.statistics.find((s) => s.id === 'http_req_duration p95')!;
    expect(p95Stat).toEqual(P95);
    expect(built.statistics.find((s) => s.id === 'http_req_failed rate')!.scale).toBe('difference');
  });

  it("follows the report's gating when there is one (a rule that ungates p50 drops it)", () => {
    const r = run();
    const config = {
      ...DEFAULT_GATE_CONFIG,
      rules: [{ metric: 'http_req_duration', stat: 'p50', gated: false }],
    };
    const report = compareRuns([run({ git: { commit: 'b'.repeat(40) } })], r, config);
    const built = buildTrendEntry({ run: r, config, report })!;
    expect(Object.keys(built.entry.points)).not.toContain('http_req_duration p50');
    expect(Object.keys(built.entry.points)).toContain('http_req_duration p95');
  });

  it('names CPU per request by target when several were scraped', () => {
    const r = run({ server: { schemaVersion: 1, targets: [target('api'), target('db')] } });
    const built = buildTrendEntry({ run: r, config: DEFAULT_GATE_CONFIG })!;
    expect(Object.keys(built.entry.points)).toEqual(
      expect.arrayContaining([
        'server_cpu_seconds_per_request mean {server=api}',
        'server_cpu_seconds_per_request mean {server=db}',
      ]),
    );
  });

  it('gives no entry without a commit or for a capacity search', () => {
    expect(buildTrendEntry({ run: run({ git: {} }), config: DEFAULT_GATE_CONFIG })).toBeUndefined();
    expect(
      buildTrendEntry({ run: run({ git: {} }), config: DEFAULT_GATE_CONFIG, commit: COMMIT }),
    ).toBeDefined();
    const capacity = run({ capacity: {} as RunSummary['capacity'] });
    expect(buildTrendEntry({ run: capacity, config: DEFAULT_GATE_CONFIG })).toBeUndefined();
  });
});
