import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { classify } from '../../../src/domain/compare/verdict.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import { seededRandom } from '../../../src/domain/random.js';
import { DEFAULT_SIM, simulateRun, simulateRuns } from '../../../eval/simulate.js';
import { ROOT } from '../../support/k6.js';

const validate = new Ajv({ strict: false }).compile(
  JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8')),
);
const history = simulateRuns(DEFAULT_SIM, 5, 1);
const sim = (over: Partial<typeof DEFAULT_SIM>, seed: number) =>
  simulateRun({ ...DEFAULT_SIM, ...over }, seededRandom(seed));
const p95 = (r: ReturnType<typeof compareRuns>) =>
  r.comparisons.find(
    (c) => c.metric === 'http_req_duration' && c.stat === 'p95' && Object.keys(c.series).length === 0,
  )!;

describe('classify: the three-way verdict with inconclusive', () => {
  it.each([
    [[1.12, 1.3], 'regression'],
    [[0.97, 1.04], 'unchanged'],
    [[0.8, 0.88], 'improvement'],
    [[1.02, 1.15], 'inconclusive'],
    [[0.85, 1.05], 'unchanged'],
  ] as const)('ratio interval %j with 10%% tolerance is %s', (interval, verdict) => {
    expect(classify([...interval], 0.1, 'ratio', 'higher-is-worse')).toBe(verdict);
  });
  it('mirrors for higher-is-better (throughput) and for differences (rates)', () => {
    expect(classify([0.7, 0.85], 0.1, 'ratio', 'higher-is-better')).toBe('regression');
    expect(classify([1.15, 1.3], 0.1, 'ratio', 'higher-is-better')).toBe('improvement');
    expect(classify([0.002, 0.004], 0.001, 'difference', 'higher-is-worse')).toBe('regression');
    expect(classify([-0.004, -0.002], 0.001, 'difference', 'higher-is-better')).toBe('regression');
  });
});

describe('compareRuns on simulated runs with known truth', () => {
  it('passes an unchanged candidate and produces a report that validates against the schema', () => {
    const report = compareRuns(history, sim({}, 99), DEFAULT_GATE_CONFIG);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.verdict).not.toBe('fail');
    expect(p95(report).verdict).not.toBe('regression');
    expect(report.baseline?.runs).toBe(5);
    expect(report.settings.noiseRuns).toBe(5);
  });

  it('fails a +50% slowdown with the p95 interval above the tolerance', () => {
    const report = compareRuns(history, sim({ slowdown: 1.5 }, 99), DEFAULT_GATE_CONFIG);
    expect(report.verdict).toBe('fail');
    const c = p95(report);
    expect(c.verdict).toBe('regression');
    expect(c.interval![0]).toBeGreaterThan(1.1);
    expect(c.ratio).toBeGreaterThan(1.35);
    expect(report.reason).toMatch(/http_req_duration p95/);
  });

  it('catches one endpoint regressing in its own series', () => {
    const report = compareRuns(history, sim({ slowdown: 1.6, endpoint: 'GET /b' }, 7), DEFAULT_GATE_CONFIG);
    const b = report.comparisons.find((c) => c.series.name === 'GET /b' && c.stat === 'p95')!;
    const a = report.comparisons.find((c) => c.series.name === 'GET /a' && c.stat === 'p95')!;
    expect(b.verdict).toBe('regression');
    expect(a.verdict).not.toBe('regression');
    expect(report.verdict).toBe('fail');
  });

  it('catches an error rate going from 0.1% to 1% and not a zero-error candidate', () => {
    const worse = compareRuns(history, sim({ errorRate: 0.01 }, 3), DEFAULT_GATE_CONFIG);
    const rate = worse.comparisons.find(
      (c) => c.metric === 'http_req_failed' && Object.keys(c.series).length === 0,
    )!;
    expect(rate.verdict).toBe('regression');
    expect(rate.scale).toBe('difference');
    const clean = compareRuns(history, sim({ errorRate: 0 }, 3), DEFAULT_GATE_CONFIG);
    expect(clean.comparisons.find((c) => c.metric === 'http_req_failed')!.verdict).not.toBe('regression');
  });

  it('is deterministic: identical inputs give identical reports', () => {
    const candidate = sim({ slowdown: 1.07 }, 11);
    expect(JSON.stringify(compareRuns(history, candidate, DEFAULT_GATE_CONFIG))).toBe(
      JSON.stringify(compareRuns(history, candidate, DEFAULT_GATE_CONFIG)),
    );
  });

  it('says no-baseline without history, and fail when k6 thresholds failed', () => {
    const candidate = sim({}, 5);
    expect(compareRuns([], candidate, DEFAULT_GATE_CONFIG).verdict).toBe('no-baseline');
    const failed = {
      ...candidate,
      thresholds: [{ metric: 'http_req_failed', expression: 'rate<0.0001', ok: false }],
    };
    const r = compareRuns([], failed, DEFAULT_GATE_CONFIG);
    expect(r.verdict).toBe('fail');
    expect(r.reason).toMatch(/k6's thresholds failed \(http_req_failed rate<0\.0001\)/);
  });

  it('refuses to judge different workloads unless forced', () => {
    const candidate = { ...sim({ slowdown: 1.5 }, 5) };
    candidate.fingerprint = {
      scenarios: { default: { executor: 'constant-arrival-rate', rate: 200 } },
      hash: 'different',
    };
    const r = compareRuns(history, candidate, DEFAULT_GATE_CONFIG);
    expect(r.verdict).toBe('inconclusive');
    expect(r.fingerprint.differences).toEqual(['scenario default: rate 100 -> 200']);
    expect(compareRuns(history, candidate, { ...DEFAULT_GATE_CONFIG, forceFingerprint: true }).verdict).toBe(
      'fail',
    );
  });

  it('does not gate a series below the minimum sample size, and says why', () => {
    const small = sim({ requests: 300 }, 8);
    const r = compareRuns(history, small, DEFAULT_GATE_CONFIG);
    const c = r.comparisons.find((x) => x.series.name === 'GET /a' && x.stat === 'p95')!;
    expect(c.gated).toBe(false);
    expect(c.note).toMatch(/too few samples to gate p95/);
  });
});

describe('the order of the comparisons in a report', () => {
  it('is gated first, all traffic before breakdowns, the catalog order, then the series, then the percentile', () => {
    const report = compareRuns(history, sim({}, 99), DEFAULT_GATE_CONFIG);
    const row = (c: (typeof report.comparisons)[number]) =>
      `${c.gated ? 'gated' : 'reported'} ${c.metric} ${c.stat} ${c.series.name ?? 'all'}`;
    expect(report.comparisons.map(row)).toEqual([
      'gated http_req_duration p50 all',
      'gated http_req_duration p95 all',
      'gated http_req_failed rate all',
      'gated http_req_duration p50 GET /a',
      'gated http_req_duration p95 GET /a',
      'gated http_req_duration p50 GET /b',
      'gated http_req_duration p95 GET /b',
      'gated http_req_failed rate GET /a',
      'gated http_req_failed rate GET /b',
      'reported http_req_duration p99 all',
      'reported http_reqs throughput all',
      'reported http_req_duration p99 GET /a',
      'reported http_req_duration p99 GET /b',
    ]);
  });

  it('sorts the percentiles whatever order the configuration lists them in', () => {
    const config = { ...DEFAULT_GATE_CONFIG, quantiles: [0.99, 0.95, 0.5] };
    const report = compareRuns(history, sim({}, 99), config);
    const all = report.comparisons.filter((c) => c.metric === 'http_req_duration' && !c.series.name);
    expect(all.map((c) => c.stat)).toEqual(['p50', 'p95', 'p99']);
  });
});

describe('a first run, without a baseline', () => {
  it('is no-baseline, or a failure when its own k6 thresholds failed', () => {
    const first = sim({}, 99);
    expect(compareRuns([], first, DEFAULT_GATE_CONFIG)).toMatchObject({
      verdict: 'no-baseline',
      reason: 'There is no baseline yet: this run can become the first one.',
      comparisons: [],
      baseline: null,
    });
    first.thresholds = [{ metric: 'http_req_failed', expression: 'rate<0.01', ok: false }];
    expect(compareRuns([], first, DEFAULT_GATE_CONFIG)).toMatchObject({
      verdict: 'fail',
      reason: "k6's thresholds failed (http_req_failed rate<0.01); there is no baseline to compare with yet.",
    });
  });
});
