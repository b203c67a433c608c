/** The words shared by every rendering of the trend: commits from an artifact are hostile text. */
import { describe, expect, it } from 'vitest';
import { changeText, shortSha, statisticWords } from '../../src/render/trend-format.js';
import { P95 } from '../../eval/trend-sim.js';
import { ERROR_RATE } from '../support/trends.js';

describe('shortSha', () => {
  it('shows the first 7 hex digits of a sha, lower-cased', () => {
    expect(shortSha('ABCDEF0123456789abcdef0123456789abcdef01')).toBe('abcdef0');
    expect(shortSha('abcdef0')).toBe('abcdef0');
  });

  it('shows ? for anything that is not wholly a sha of 7 to 64 hex digits, even when it starts or ends like one', () => {
    expect(shortSha('abcdef')).toBe('?');
    expect(shortSha('a'.repeat(65))).toBe('?');
    expect(shortSha('abcdef0123 <img src=x>')).toBe('?');
    expect(shortSha('](https://evil.example) abcdef0123')).toBe('?');
  });
});

describe('statisticWords', () => {
  const words = (metric: string, stat: string, series: Record<string, string> = {}) =>
    statisticWords({ id: `${metric} ${stat}`, metric, stat, series } as never);

  it('says p95 for request latency, error rate for failed requests, metric and statistic otherwise', () => {
    expect(words('http_req_duration', 'p95')).toBe('p95');
    expect(words('http_req_failed', 'rate')).toBe('error rate');
    expect(words('checks', 'rate')).toBe('checks rate');
    expect(words('http_req_failed', 'p95')).toBe('http_req_failed p95');
    expect(words('http_req_duration', 'p95', { name: 'GET /a' })).toBe('http_req_duration p95');
  });
});

describe('changeText', () => {
  it("writes a change on its statistic's scale: a ratio in percent, a rate's difference in points", () => {
    expect(changeText(P95, 1.18, [1.12, 1.24])).toBe('+18.0% [+12.0%, +24.0%]');
    expect(changeText(ERROR_RATE, 0.005, [0.003, 0.007])).toBe('+0.50 pp [+0.30, +0.70]');
  });
});
