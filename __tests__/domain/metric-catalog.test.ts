import { describe, expect, it } from 'vitest';
import {
  BUILTIN_METRICS,
  SERVER_CPU_PER_REQUEST,
  comparisonUnit,
  directionFromThresholds,
  isBuiltin,
  isClientSide,
  isRequestLatency,
  isRequestTiming,
  isWindowedTrend,
  metricMeaning,
  metricRank,
  SERVER_METRICS,
  thresholdDirection,
  thresholdMetric,
  undeclaredMetricInfo,
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
    // Spaces where k6 allows them; the statistic must open the expression.
    [' p( 95 ) < 500', 'higher-is-worse'],
    ['rate==1', undefined],
    ['nonsense', undefined],
    ['1 p(95)<500', undefined],
    ['x.p(95)<500', undefined],
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
    // Only a Trend declared as time is a duration: a Counter or Rate of time says nothing about which way is worse.
    expect(metricMeaning('wait_total', { type: 'counter', contains: 'time' }, [])).toMatchObject({
      gated: false,
      source: 'unknown',
    });
    expect(metricMeaning('slow', { type: 'rate', contains: 'time' }, []).direction).toBeUndefined();
    // A metric perf-gate has no declaration for is taken as a Trend of unknown unit.
    expect(metricMeaning('mystery', undefined, [])).toEqual({
      type: 'trend',
      role: 'primary',
      gated: false,
      source: 'unknown',
    });
  });

  it('lists every built-in and server metric with a type and, where it gates, a direction', () => {
    for (const [name, entry] of Object.entries({ ...BUILTIN_METRICS, ...SERVER_METRICS })) {
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
    [SERVER_CPU_PER_REQUEST, undefined, 'mean', 'ratio', 'seconds'],
  ] as const)('%s %s (%s): %s', (metric, info, stat, scale, unit) => {
    expect(comparisonUnit(metric, info, stat, scale)).toBe(unit);
  });
});

describe('the catalog of k6 built-ins, as k6 documents them', () => {
  // name, type, contains (the unit: time = ms, data = bytes), direction, role, gated by default, windowed
  const table = [
    ['http_req_duration', 'trend', 'time', 'higher-is-worse', 'primary', true, true],
    ['http_req_failed', 'rate', 'default', 'higher-is-worse', 'primary', true, false],
    ['checks', 'rate', 'default', 'higher-is-better', 'primary', true, false],
    ['http_reqs', 'counter', 'default', 'higher-is-better', 'load', false, false],
    ['iterations', 'counter', 'default', 'higher-is-better', 'load', false, false],
    ['dropped_iterations', 'counter', 'default', 'higher-is-worse', 'load', false, false],
    ['data_sent', 'counter', 'data', null, 'load', false, false],
    ['data_received', 'counter', 'data', null, 'load', false, false],
    ['vus', 'gauge', 'default', null, 'load', false, false],
    ['vus_max', 'gauge', 'default', null, 'load', false, false],
    ['http_req_blocked', 'trend', 'time', 'higher-is-worse', 'diagnostic', false, false],
    ['http_req_connecting', 'trend', 'time', 'higher-is-worse', 'diagnostic', false, false],
    ['http_req_tls_handshaking', 'trend', 'time', 'higher-is-worse', 'diagnostic', false, false],
    ['http_req_sending', 'trend', 'time', 'higher-is-worse', 'diagnostic', false, false],
    ['http_req_waiting', 'trend', 'time', 'higher-is-worse', 'diagnostic', false, false],
    ['http_req_receiving', 'trend', 'time', 'higher-is-worse', 'diagnostic', false, false],
    ['iteration_duration', 'trend', 'time', 'higher-is-worse', 'diagnostic', false, false],
    ['group_duration', 'trend', 'time', 'higher-is-worse', 'diagnostic', false, false],
    ['grpc_req_duration', 'trend', 'time', 'higher-is-worse', 'primary', true, true],
    ['grpc_streams', 'counter', 'default', null, 'load', false, false],
    ['grpc_streams_msgs_sent', 'counter', 'default', null, 'load', false, false],
    ['grpc_streams_msgs_received', 'counter', 'default', null, 'load', false, false],
    ['ws_session_duration', 'trend', 'time', 'higher-is-worse', 'diagnostic', false, false],
    ['ws_connecting', 'trend', 'time', 'higher-is-worse', 'diagnostic', false, false],
    ['ws_ping', 'trend', 'time', 'higher-is-worse', 'primary', true, true],
    ['ws_sessions', 'counter', 'default', null, 'load', false, false],
    ['ws_msgs_sent', 'counter', 'default', null, 'load', false, false],
    ['ws_msgs_received', 'counter', 'default', null, 'load', false, false],
    ['browser_http_req_duration', 'trend', 'time', 'higher-is-worse', 'primary', true, true],
    ['browser_http_req_failed', 'rate', 'default', 'higher-is-worse', 'primary', true, false],
    ['browser_data_sent', 'counter', 'data', null, 'load', false, false],
    ['browser_data_received', 'counter', 'data', null, 'load', false, false],
    ['browser_web_vital_lcp', 'trend', 'time', 'higher-is-worse', 'primary', true, true],
    ['browser_web_vital_inp', 'trend', 'time', 'higher-is-worse', 'primary', true, true],
    ['browser_web_vital_fid', 'trend', 'time', 'higher-is-worse', 'primary', true, true],
    ['browser_web_vital_fcp', 'trend', 'time', 'higher-is-worse', 'primary', true, true],
    ['browser_web_vital_ttfb', 'trend', 'time', 'higher-is-worse', 'primary', true, true],
    ['browser_web_vital_cls', 'trend', 'default', 'higher-is-worse', 'primary', true, true],
  ] as const;

  it('lists exactly these built-ins', () => {
    expect(Object.keys(BUILTIN_METRICS).sort()).toEqual(table.map((row) => row[0]).sort());
  });

  it.each(table)(
    '%s: %s of %s, %s, %s, gated %s, windowed %s',
    (name, type, contains, direction, role, gated, windowed) => {
      const entry = BUILTIN_METRICS[name]!;
      expect({
        type: entry.type,
        contains: entry.contains,
        direction: entry.direction ?? null,
        role: entry.role,
        gated: entry.gated,
        windowed: entry.windowed === true,
      }).toEqual({ type, contains, direction, role, gated, windowed });
      expect(isBuiltin(name)).toBe(true);
      expect(isWindowedTrend(name)).toBe(windowed);
      // What ingestion assumes for a built-in k6 did not declare (CSV output): the catalog's type and unit.
      expect(undeclaredMetricInfo(name)).toEqual({ type, contains });
      // The meaning the comparison uses is the catalog's, whatever the script declared.
      expect(metricMeaning(name, { type: 'trend', contains: 'default' }, [])).toEqual({
        type,
        ...(direction ? { direction } : {}),
        role,
        gated,
        source: 'catalog',
      });
    },
  );

  it('gates CPU seconds per request from the server section, lower being better', () => {
    expect(SERVER_METRICS[SERVER_CPU_PER_REQUEST]).toMatchObject({
      direction: 'higher-is-worse',
      role: 'primary',
      gated: true,
    });
    expect(isBuiltin(SERVER_CPU_PER_REQUEST)).toBe(false);
    expect(metricMeaning(SERVER_CPU_PER_REQUEST, undefined, []).source).toBe('catalog');
  });

  it('treats a metric it does not know as a custom Trend, windowed, ranked after the primary built-ins', () => {
    expect(isBuiltin('order_duration')).toBe(false);
    expect(isBuiltin('toString')).toBe(false); // an own key only, never Object.prototype's
    expect(undeclaredMetricInfo('order_duration')).toEqual({ type: 'trend', contains: 'default' });
    expect(isWindowedTrend('order_duration')).toBe(true);
    expect(metricRank('http_req_duration')).toBe(0);
    expect(metricRank('http_req_failed')).toBe(1);
    expect(metricRank('checks')).toBe(2);
    expect(metricRank(SERVER_CPU_PER_REQUEST)).toBe(4);
    expect(metricRank('order_duration')).toBe(10);
    expect(metricRank('http_req_waiting')).toBe(50);
    expect(metricRank('http_reqs')).toBe(60);
  });

  it('keeps the timings of failed requests apart only for the HTTP request timings', () => {
    for (const name of [
      'http_req_duration',
      'http_req_blocked',
      'http_req_connecting',
      'http_req_tls_handshaking',
      'http_req_sending',
      'http_req_waiting',
      'http_req_receiving',
    ])
      expect(isRequestTiming(name), name).toBe(true);
    for (const name of [
      'iteration_duration',
      'grpc_req_duration',
      'browser_http_req_duration',
      'order_duration',
    ])
      expect(isRequestTiming(name), name).toBe(false);
  });
});
