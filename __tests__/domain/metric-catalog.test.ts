import { describe, expect, it } from 'vitest';
import {
  BUILTIN_METRICS,
  directionFromThresholds,
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
