/** Any k6 metric can be gated: custom Rates and Trends take their direction from rules and thresholds, never names. */
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import type { Report } from '../../../src/domain/report.js';
import { customRun, type CustomRunSpec } from '../../support/custom-runs.js';

const base: Omit<CustomRunSpec, 'seed'> = { iterations: 3000, rate: 100, rates: {}, trends: {} };
const history = (spec: Partial<CustomRunSpec>) =>
  [1, 2, 3].map((seed) => customRun({ ...base, ...spec, seed }, Date.UTC(2026, 0, seed)));
const row = (r: Report, metric: string, stat = 'rate') =>
  r.comparisons.find((c) => c.metric === metric && c.stat === stat && Object.keys(c.series).length === 0);

describe('custom Rates', () => {
  it('token_errors 1% -> 20% with threshold rate<0.5 is a gated regression (a name says nothing)', () => {
    const thresholds = { token_errors: ['rate<0.5'] };
    const report = compareRuns(
      history({ rates: { token_errors: 0.01 }, thresholds }),
      customRun({ ...base, rates: { token_errors: 0.2 }, thresholds, seed: 9 }),
      DEFAULT_GATE_CONFIG,
    );
    expect(row(report, 'token_errors')).toMatchObject({
      gated: true,
      verdict: 'regression',
      direction: 'higher-is-worse',
    });
    expect(report.verdict).toBe('fail');
  });

  it('cache_hits 60% -> 30% with threshold rate>0.05 is a regression', () => {
    const thresholds = { cache_hits: ['rate>0.05'] };
    const report = compareRuns(
      history({ rates: { cache_hits: 0.6 }, thresholds }),
      customRun({ ...base, rates: { cache_hits: 0.3 }, thresholds, seed: 9 }),
      DEFAULT_GATE_CONFIG,
    );
    expect(row(report, 'cache_hits')).toMatchObject({
      gated: true,
      verdict: 'regression',
      direction: 'higher-is-better',
    });
    expect(report.verdict).toBe('fail');
  });

  it('takes the direction from k6 threshold outcomes too (the end-of-test summary)', () => {
    const outcomes = [{ metric: 'token_errors', expression: 'rate<0.5', ok: true }];
    const report = compareRuns(
      history({ rates: { token_errors: 0.01 }, outcomes }),
      customRun({ ...base, rates: { token_errors: 0.2 }, outcomes, seed: 9 }),
      DEFAULT_GATE_CONFIG,
    );
    expect(row(report, 'token_errors')?.verdict).toBe('regression');
  });

  it('a custom Rate with no rule and no threshold is reported, never gated, with a note saying how to gate it', () => {
    const report = compareRuns(
      history({ rates: { token_errors: 0.01 } }),
      customRun({ ...base, rates: { token_errors: 0.2 }, seed: 9 }),
      DEFAULT_GATE_CONFIG,
    );
    const c = row(report, 'token_errors');
    expect(c).toMatchObject({ gated: false, direction: 'unknown', verdict: 'inconclusive' });
    expect(c?.note).toMatch(/add a k6 threshold .* or a rule with a direction/);
    // It is the only statistic compared: a gate that judged nothing is inconclusive, never a pass (issue 25 item 1).
    expect(report.verdict).toBe('inconclusive');
    expect(report.reason).toMatch(
      /^no gated statistic was compared: the 2 compared \(iterations throughput .*, token_errors rate /,
    );
  });

  it("a user's rule gives the direction and overrides the thresholds", () => {
    const thresholds = { cache_hits: ['rate<0.9'] };
    const config = {
      ...DEFAULT_GATE_CONFIG,
      rules: [{ metric: 'cache_hits', direction: 'higher-is-better' as const }],
    };
    const report = compareRuns(
      history({ rates: { cache_hits: 0.6 }, thresholds }),
      customRun({ ...base, rates: { cache_hits: 0.3 }, thresholds, seed: 9 }),
      config,
    );
    expect(row(report, 'cache_hits')).toMatchObject({ verdict: 'regression', direction: 'higher-is-better' });
  });
});

describe('scripts without HTTP requests', () => {
  const spec = {
    rates: { msg_errors: 0.01 },
    trends: { msg_latency: 30 },
    thresholds: { msg_errors: ['rate<0.1'] },
  };
  it('are gated on their Trends and Rates: unchanged does not fail (exit 0)', () => {
    const report = compareRuns(history(spec), customRun({ ...base, ...spec, seed: 9 }), DEFAULT_GATE_CONFIG);
    expect(['pass', 'inconclusive']).toContain(report.verdict);
    expect(report.comparisons.filter((c) => c.gated && c.verdict === 'regression')).toEqual([]);
    expect(row(report, 'msg_latency', 'p95')?.gated).toBe(true);
    expect(row(report, 'msg_errors')?.gated).toBe(true);
    expect(report.comparisons.some((c) => c.metric.startsWith('http_'))).toBe(false);
  });
  it('fail when their custom Rate regresses', () => {
    const report = compareRuns(
      history(spec),
      customRun({ ...base, ...spec, rates: { msg_errors: 0.08 }, seed: 9 }),
      DEFAULT_GATE_CONFIG,
    );
    expect(report.verdict).toBe('fail');
    expect(report.reason).toMatch(/msg_errors rate/);
  });
});
