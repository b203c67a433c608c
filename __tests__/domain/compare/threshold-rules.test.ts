import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { isNamed, namedQuantiles, namedStatistics } from '../../../src/domain/compare/threshold-rules.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import { thresholdStat, thresholdTarget } from '../../../src/domain/metric-catalog.js';
import { seededRandom } from '../../../src/domain/random.js';
import type { RunSummary } from '../../../src/domain/run-summary.js';
import { DEFAULT_SIM, simulateRun } from '../../../eval/simulate.js';

describe('the statistics a k6 threshold names', () => {
  it('reads the target and the statistic as k6 writes them', () => {
    expect(thresholdTarget('http_req_duration{name:GET /products}')).toEqual({
      metric: 'http_req_duration',
      tags: { name: 'GET /products' },
    });
    expect(thresholdTarget('http_req_failed{ scenario: browse , method:"GET"}')).toEqual({
      metric: 'http_req_failed',
      tags: { scenario: 'browse', method: 'GET' },
    });
    expect(thresholdTarget('checks')).toEqual({ metric: 'checks', tags: {} });
    // A pair without a colon, or with nothing before it, is no tag.
    expect(thresholdTarget('checks{check, :x, a:b:c}')).toEqual({ metric: 'checks', tags: { a: 'b:c' } });
    expect(thresholdStat('p(99)<300')).toEqual({ stat: 'p99', q: 0.99 });
    expect(thresholdStat('p(99.9) < 500')).toEqual({ stat: 'p99.9', q: 0.999 });
    expect(thresholdStat('med<100')).toEqual({ stat: 'p50', q: 0.5 });
    expect(thresholdStat('rate<0.01')).toEqual({ stat: 'rate' });
    for (const unsupported of ['avg<200', 'max<1000', 'count>10', 'value<3', 'p(100)<5', 'nonsense'])
      expect(thresholdStat(unsupported)).toBeUndefined();
    // Blanks as k6 allows them, around the name and inside p( ); a statistic only at the start of the expression.
    expect(thresholdStat('  p( 95 ) <= 200')).toEqual({ stat: 'p95', q: 0.95 });
    expect(thresholdStat('xrate<0.01')).toBeUndefined();
    expect(thresholdStat('avg-p(95)<200')).toBeUndefined();
  });

  it('turns each into a gating rule, once, with the quantiles to compare beyond the defaults', () => {
    const named = namedStatistics([
      { metric: 'http_req_duration{name:orders}', expression: 'p(99)<300' },
      { metric: 'http_req_duration{name:orders}', expression: 'p(99)<400' },
      { metric: 'http_req_duration', expression: 'p(99.9)<900' },
      { metric: 'http_req_duration', expression: 'avg<100' },
      { metric: 'http_req_failed{name:orders}', expression: 'rate<0.01' },
    ]);
    expect(named.map((n) => n.rule)).toEqual([
      { metric: 'http_req_duration', stat: 'p99', series: { name: 'orders' }, gated: true },
      { metric: 'http_req_duration', stat: 'p99.9', gated: true },
      { metric: 'http_req_failed', stat: 'rate', series: { name: 'orders' }, gated: true },
    ]);
    expect(namedQuantiles(named, 'http_req_duration')).toEqual([0.99, 0.999]);
    expect(isNamed(named, 'http_req_duration', 'p99', { name: 'orders' })).toBe(true);
    expect(isNamed(named, 'http_req_duration', 'p99', {})).toBe(false);
    expect(isNamed(named, 'http_req_duration', 'p99.9', { name: 'orders' })).toBe(true); // no filter: every series
  });
});

describe('a named statistic in the comparison', () => {
  const withThreshold = (run: RunSummary, metric: string, expression: string): RunSummary => ({
    ...run,
    thresholds: [{ metric, expression, ok: true }],
  });
  const runs = (requests: number) => {
    const random = seededRandom(8);
    const spec = { ...DEFAULT_SIM, requests };
    const history = [0, 1, 2, 3, 4].map((i) =>
      simulateRun(spec, random, Date.UTC(2026, 0, 1) + i * 3_600_000),
    );
    return { history, candidate: simulateRun(spec, random, Date.UTC(2026, 0, 2)) };
  };
  const find = (report: ReturnType<typeof compareRuns>, stat: string, series: Record<string, string>) =>
    report.comparisons.find(
      (c) =>
        c.metric === 'http_req_duration' &&
        c.stat === stat &&
        JSON.stringify(c.series) === JSON.stringify(series),
    );

  it("gates that series' p99 in addition to the defaults, and nothing else's", () => {
    const { history, candidate } = runs(20_000);
    const plain = compareRuns(history, candidate, DEFAULT_GATE_CONFIG);
    expect(find(plain, 'p99', { name: 'GET /b' })?.gated).toBe(false);
    const report = compareRuns(
      history,
      withThreshold(candidate, 'http_req_duration{name:GET /b}', 'p(99)<300'),
      DEFAULT_GATE_CONFIG,
    );
    expect(find(report, 'p99', { name: 'GET /b' })?.gated).toBe(true);
    expect(find(report, 'p99', { name: 'GET /a' })?.gated).toBe(false);
    expect(find(report, 'p99', {})?.gated).toBe(false);
    expect(find(report, 'p95', { name: 'GET /b' })?.gated).toBe(true);
    // A quantile beyond the defaults is compared where it is named.
    const deep = compareRuns(
      history,
      withThreshold(candidate, 'http_req_duration', 'p(99.9)<900'),
      DEFAULT_GATE_CONFIG,
    );
    expect(find(deep, 'p99.9', {})?.gated).toBe(true);
    // The user's rules still win.
    const off = compareRuns(
      history,
      withThreshold(candidate, 'http_req_duration{name:GET /b}', 'p(99)<300'),
      {
        ...DEFAULT_GATE_CONFIG,
        rules: [{ metric: 'http_req_duration', stat: 'p99', gated: false }],
      },
    );
    // (a rule that ungates p99 everywhere leaves the per-series p99 out altogether)
    expect(find(off, 'p99', { name: 'GET /b' })?.gated).not.toBe(true);
  });

  it('gates it with few samples too, stating what it can catch', () => {
    // 300 requests per endpoint and run: fewer than the 1,000 that give 10 samples beyond p99.
    const { history, candidate } = runs(600);
    const plain = find(compareRuns(history, candidate, DEFAULT_GATE_CONFIG), 'p99', {});
    expect(plain?.gated).toBe(false);
    const named = find(
      compareRuns(
        history,
        withThreshold(candidate, 'http_req_duration{name:GET /b}', 'p(99)<300'),
        DEFAULT_GATE_CONFIG,
      ),
      'p99',
      { name: 'GET /b' },
    )!;
    expect(named.gated).toBe(true);
    expect(named.note).toMatch(
      /^gated as the script's threshold names it, with \d+ samples per run where 1000 give 10 beyond p99: it can only catch a change of \d+% or more$/,
    );
  });
});
