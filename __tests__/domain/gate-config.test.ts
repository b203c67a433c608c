import { describe, expect, it } from 'vitest';
import { PerfGateError } from '../../src/errors.js';
import {
  DEFAULT_GATE_CONFIG,
  knownStats,
  quantileLabel,
  ruleDirection,
  ruleFor,
  scaleOfStat,
  type MetricRule,
} from '../../src/domain/gate-config.js';

const config = (...rules: MetricRule[]) => ({ ...DEFAULT_GATE_CONFIG, rules });
const defaults = { gated: true, tolerance: 0.1 };

describe('the defaults every surface overrides', () => {
  it('compares p50, p95 and p99, gates p50 and p95, at 99% per bound with a 3% run-noise prior', () => {
    expect(DEFAULT_GATE_CONFIG).toEqual({
      quantiles: [0.5, 0.95, 0.99],
      gatedQuantiles: [0.5, 0.95],
      latencyTolerance: 0.1,
      errorRateTolerance: 0.001,
      throughputTolerance: 0.1,
      confidence: 0.99,
      runNoisePrior: 0.03,
      minTailSamples: 10,
      minRequests: 100,
      inconclusivePolicy: 'warn',
      forceFingerprint: false,
      rules: [],
    });
  });

  it.each([
    [0.5, 'p50'],
    [0.95, 'p95'],
    [0.99, 'p99'],
    [0.999, 'p99.9'],
    [0.9999, 'p99.99'],
    [0.123456, 'p12.346'],
  ])('labels quantile %d as %s', (q, label) => {
    expect(quantileLabel(q)).toBe(label);
  });
});

describe('ruleFor: the rules over the defaults, later rules winning', () => {
  it('keeps the defaults without a rule for the metric', () => {
    expect(ruleFor(config({ metric: 'other', gated: false }), 'http_req_duration', 'p95', defaults)).toEqual(
      defaults,
    );
  });

  it('applies a rule to every statistic unless it names one', () => {
    const c = config({ metric: 'http_req_duration', gated: false });
    expect(ruleFor(c, 'http_req_duration', 'p95', defaults).gated).toBe(false);
    expect(ruleFor(c, 'http_req_duration', 'p50', defaults).gated).toBe(false);
    const p99 = config({ metric: 'http_req_duration', stat: 'p99', gated: true, tolerance: 0.2 });
    expect(ruleFor(p99, 'http_req_duration', 'p99', { gated: false, tolerance: 0.1 })).toEqual({
      gated: true,
      tolerance: 0.2,
    });
    expect(ruleFor(p99, 'http_req_duration', 'p95', { gated: false, tolerance: 0.1 })).toEqual({
      gated: false,
      tolerance: 0.1,
    });
  });

  it('applies a rule with a series only to series that carry all its tags', () => {
    const c = config({
      metric: 'http_req_duration',
      series: { name: 'GET /a', scenario: 'browse' },
      gated: false,
    });
    expect(
      ruleFor(c, 'http_req_duration', 'p95', defaults, { name: 'GET /a', scenario: 'browse' }).gated,
    ).toBe(false);
    expect(ruleFor(c, 'http_req_duration', 'p95', defaults, { name: 'GET /a' }).gated).toBe(true);
    expect(ruleFor(c, 'http_req_duration', 'p95', defaults).gated).toBe(true);
  });

  it('lets a later rule override an earlier one field by field', () => {
    const c = config(
      { metric: 'http_req_duration', gated: false, tolerance: 0.3 },
      { metric: 'http_req_duration', stat: 'p95', gated: true },
    );
    expect(ruleFor(c, 'http_req_duration', 'p95', defaults)).toEqual({ gated: true, tolerance: 0.3 });
    expect(ruleFor(c, 'http_req_duration', 'p50', defaults)).toEqual({ gated: false, tolerance: 0.3 });
  });
});

describe('ruleDirection', () => {
  it('is the direction of the last rule for the metric that gives one', () => {
    const c = config(
      { metric: 'cache_hits', direction: 'higher-is-worse' },
      { metric: 'cache_hits', direction: 'higher-is-better' },
      { metric: 'cache_hits', gated: true },
      { metric: 'other', direction: 'higher-is-worse' },
    );
    expect(ruleDirection(c, 'cache_hits')).toBe('higher-is-better');
    expect(ruleDirection(c, 'queue_depth')).toBeUndefined();
  });
});

describe("a rule's tolerance carries its unit to the statistic (issue 22)", () => {
  it("refuses a tolerance whose unit does not fit the statistic, once the run says the metric's type", () => {
    // A custom metric without stats: only the run tells a Rate (points) from a Trend (relative).
    const c = config({ metric: 'token_errors', tolerance: 0.5, toleranceScale: 'ratio' });
    expect(() => ruleFor(c, 'token_errors', 'rate', defaults)).toThrow(PerfGateError);
    expect(() => ruleFor(c, 'token_errors', 'rate', defaults)).toThrow(
      'the rule for token_errors gives a tolerance in a relative change (e.g. 20%), but its rate is compared as percentage points (e.g. 0.5pp)',
    );
    expect(ruleFor(c, 'token_errors', 'p95', defaults).tolerance).toBe(0.5);
  });
});

describe('the statistics the gate compares', () => {
  it('are the compared quantiles, rate, throughput and mean; a rate is a difference, the rest ratios', () => {
    expect(knownStats()).toEqual(['p50', 'p95', 'p99', 'rate', 'throughput', 'mean']);
    expect(scaleOfStat('rate')).toBe('difference');
    expect(scaleOfStat('p95')).toBe('ratio');
  });
});
