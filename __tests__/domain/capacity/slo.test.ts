import { describe, expect, it } from 'vitest';
import { PerfGateError } from '../../../src/errors.js';
import { parseSlo, within } from '../../../src/domain/capacity/slo.js';

describe('parseSlo', () => {
  it('reads percentiles in ms or s and rates as fractions or percentages', () => {
    expect(parseSlo('http_req_duration:p95<200ms')).toMatchObject({
      metric: 'http_req_duration',
      stat: 'p95',
      quantile: 0.95,
      limit: 200,
      inclusive: false,
    });
    const tail = parseSlo(' checkout_time:p99.9<=1.5s ');
    expect(tail).toMatchObject({ limit: 1500, inclusive: true });
    expect(tail.quantile).toBeCloseTo(0.999, 12);
    expect(parseSlo('http_req_duration:p50<30')).toMatchObject({ limit: 30 });
    expect(parseSlo('http_req_failed:rate<1%')).toMatchObject({ stat: 'rate', limit: 0.01 });
    expect(parseSlo('http_req_failed:rate<0.05').limit).toBe(0.05);
  });

  it.each([
    ['http_req_duration<200ms', 'is not metric:stat<limit'],
    ['http_req_duration:p95>200ms', 'is not metric:stat<limit'],
    ['http_req_failed:rate<5ms', 'is a rate'],
    ['http_req_failed:rate<150%', 'at most 100%'],
    ['http_req_failed:rate<0', 'needs a rate limit above 0 and at most 100%'],
    ['http_req_failed:rate<1.01', 'needs a rate limit above 0 and at most 100%'],
    ['http_req_duration:p95<5%', 'is a percentile'],
    ['http_req_duration:p0<5ms', 'between p0 and p100'],
    ['http_req_duration:p95<0ms', 'above 0'],
  ])('refuses %s with one message', (text, why) => {
    expect(() => parseSlo(text)).toThrow(PerfGateError);
    expect(() => parseSlo(text)).toThrow(why);
    expect(() => parseSlo(text)).toThrow(
      expect.objectContaining({
        hint: 'Write it like http_req_duration:p95<200ms or http_req_failed:rate<1%',
      }),
    );
  });

  it('takes a rate limit of exactly 100% (every request may fail: the objective of a chaos test)', () => {
    expect(parseSlo('http_req_failed:rate<=100%').limit).toBe(1);
    expect(parseSlo('http_req_failed:rate<1').limit).toBe(1);
  });

  it('compares strictly or inclusively', () => {
    expect(within(parseSlo('m:p95<200'), 200)).toBe(false);
    expect(within(parseSlo('m:p95<=200'), 200)).toBe(true);
    expect(within(parseSlo('m:p95<200'), 199.9)).toBe(true);
    expect(within(parseSlo('m:p95<=200'), 200.1)).toBe(false);
  });

  it('keeps the objective as written, trimmed, for messages and the report', () => {
    expect(parseSlo('  http_req_duration:p95 <= 250ms\n').text).toBe('http_req_duration:p95 <= 250ms');
    expect(parseSlo('http_req_failed:rate <= 2%')).toEqual({
      text: 'http_req_failed:rate <= 2%',
      metric: 'http_req_failed',
      stat: 'rate',
      limit: 0.02,
      inclusive: true,
    });
  });

  it('reads a limit in seconds as milliseconds and one without a unit as milliseconds', () => {
    expect(parseSlo('http_req_duration:p99<.5s').limit).toBe(500);
    expect(parseSlo('http_req_duration:p99<0.25').limit).toBe(0.25);
  });

  it('refuses a rate limit in seconds as in milliseconds', () => {
    expect(() => parseSlo('http_req_failed:rate<1s')).toThrow(
      '--slo "http_req_failed:rate<1s" is a rate: its limit is a fraction or a percentage',
    );
  });

  it('names the objective by the label it came from, its text cut at 80 characters', () => {
    expect(() => parseSlo(' p95<200ms ', "input 'slo'")).toThrow(
      `input 'slo' "p95<200ms" is not metric:stat<limit`,
    );
    const long = `${'m'.repeat(100)}:p95<0ms`;
    expect(() => parseSlo(long)).toThrow(`--slo "${'m'.repeat(80)}" needs a limit above 0`);
  });

  it('compares a rate strictly or inclusively too', () => {
    expect(within(parseSlo('http_req_failed:rate<1%'), 0.01)).toBe(false);
    expect(within(parseSlo('http_req_failed:rate<=1%'), 0.01)).toBe(true);
  });
});
