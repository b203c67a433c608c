import { describe, expect, it } from 'vitest';
import {
  BUILTIN_METRICS,
  SERVER_CPU_PER_REQUEST,
  comparisonUnit,
  directionFromThresholds,
  isClientSide,
  isRequestLatency,
  metricMeaning,
  thresholdDirection,
  thresholdMetric,
} from '../../src/domain/metric-catalog.js';

describe('thresholdDirection: what a k6 threshold expression says about which way is worse', () => {
  it.each([
    ['rate<0.5', 'higher-is-worse'],
    ['p(95)<500', 'higher-is-worse'],
    ['p(99.9) <= 800', 'higher-is-worse'],
    ['value<3', 'higher-is-worse'],
    ['avg<200', 'higher-is-worse'],
    ['rate>0.05', 'higher-is-better'],
    ['count>=10', 'higher-is-better'],
    ['rate==1', undefined],
    ['nonsense', undefined],
  ] as const)('%s -> %s', (expression, direction) => {
    expect(thresholdDirection(expression)).toBe(direction);
  });

  it('reads the metric of a target without its tag filter', () => {
    expect(thresholdMetric('http_req_duration{name:GET /a,status:200}')).toBe('http_req_duration');
    expect(thresholdMetric('token_errors')).toBe('token_errors');
  });

  it('takes the direction the thresholds agree on, and none from a band', () => {
    const t = (metric: string, expression: string) => ({ metric, expression });
    expect(directionFromThresholds('x', [t('x', 'rate<0.5'), t('x{a:b}', 'rate<0.1')])).toBe(
      'higher-is-worse',
    );
    expect(directionFromThresholds('x', [t('x', 'rate>0.1'), t('x', 'rate<0.9')])).toBeUndefined();
    expect(directionFromThresholds('x', [t('y', 'rate<0.5')])).toBeUndefined();
  });
});

describe('metricMeaning: a name never decides', () => {
  it('keeps the catalog for built-ins', () => {
    expect(metricMeaning('checks', undefined, [])).toMatchObject({
      direction: 'higher-is-better',
      gated: true,
    });
    expect(metricMeaning('http_req_waiting', undefined, [])).toMatchObject({
      role: 'diagnostic',
      gated: false,
    });
    expect(metricMeaning('http_reqs', undefined, [])).toMatchObject({ role: 'load', gated: false });
  });

  it('gives custom Rates no direction from their names', () => {
    for (const name of ['token_errors', 'cache_hits', 'login_success', 'payment_ok', 'pass_rate']) {
      expect(metricMeaning(name, { type: 'rate', contains: 'default' }, [])).toMatchObject({
        gated: false,
        source: 'unknown',
      });
      expect(metricMeaning(name, { type: 'rate', contains: 'default' }, []).direction).toBeUndefined();
    }
  });

  it('takes a custom metric direction from the rule first, then the thresholds, then a time Trend', () => {
    const rate = { type: 'rate', contains: 'default' } as const;
    const below = [{ metric: 'cache_hits', expression: 'rate<0.5' }];
    expect(metricMeaning('cache_hits', rate, below)).toMatchObject({
      direction: 'higher-is-worse',
      source: 'threshold',
    });
    expect(metricMeaning('cache_hits', rate, below, 'higher-is-better')).toMatchObject({
      direction: 'higher-is-better',
      source: 'rule',
    });
    expect(metricMeaning('checkout', { type: 'trend', contains: 'time' }, [])).toMatchObject({
      direction: 'higher-is-worse',
      source: 'duration',
      gated: true,
    });
    expect(metricMeaning('queue_depth', { type: 'trend', contains: 'default' }, []).gated).toBe(false);
  });

  it('lists every built-in with a type and, where it gates, a direction', () => {
    for (const [name, entry] of Object.entries(BUILTIN_METRICS)) {
      if (entry.gated) expect(entry.direction, name).toBeDefined();
      if (entry.role === 'diagnostic') expect(entry.gated, name).toBe(false);
    }
  });
});

describe('what a saturated load generator bears on, by the catalog', () => {
  it("counts timings, throughput, drops and custom metrics as the client's; not outcomes nor the server's own", () => {
    for (const m of [
      'http_req_duration',
      'http_req_waiting',
      'http_reqs',
      'dropped_iterations',
      'order_duration',
    ])
      expect(isClientSide(m), m).toBe(true);
    for (const m of ['http_req_failed', 'checks', 'browser_http_req_failed', SERVER_CPU_PER_REQUEST])
      expect(isClientSide(m), m).toBe(false);
  });

  it("holds only request latencies against the server's request histograms", () => {
    expect(isRequestLatency('http_req_duration')).toBe(true);
    expect(isRequestLatency('grpc_req_duration')).toBe(true);
    for (const m of ['http_req_waiting', 'iteration_duration', 'ws_ping', 'checkout'])
      expect(isRequestLatency(m), m).toBe(false);
  });
});

describe('comparisonUnit', () => {
  it.each([
    ['http_reqs', undefined, 'throughput', 'ratio', 'per-second'],
    ['http_req_failed', undefined, 'rate', 'difference', 'fraction'],
    ['http_req_duration', undefined, 'p95', 'ratio', 'ms'],
    ['data_received', undefined, 'count', 'ratio', 'bytes'],
    ['checkout', { type: 'trend', contains: 'time' }, 'p95', 'ratio', 'ms'],
    ['queue_depth', { type: 'trend', contains: 'default' }, 'p95', 'ratio', ''],
    [SERVER_CPU_PER_REQUEST, undefined, 'mean', 'ratio', ''],
  ] as const)('%s %s (%s): %s', (metric, info, stat, scale, unit) => {
    expect(comparisonUnit(metric, info, stat, scale)).toBe(unit);
  });
});
