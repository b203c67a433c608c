/**
 * The parser of one line of `k6 run --out json`, fed lines of the captured real runs (fixtures/k6/capture.sh).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { metricMeaning } from '../../src/domain/metric-catalog.js';
import { K6JsonLineParser } from '../../src/ingest/k6-json-line.js';
import { ROOT } from '../support/k6.js';

const VERSIONS = ['v1.8.1', 'v2.2.0'] as const;
const lines = (version: string) =>
  gunzipSync(readFileSync(join(ROOT, '__tests__', 'fixtures', 'k6', `shop-${version}.json.gz`)))
    .toString('utf8')
    .split('\n');
const declaration = (version: string, metric: string) => {
  const line = lines(version).find((l) => l.includes('"type":"Metric"') && l.includes(`"name":"${metric}"`));
  if (!line) throw new Error(`no declaration of ${metric} in the ${version} fixture`);
  return line;
};

describe.each(VERSIONS)("k6 %s's Metric declarations", (version) => {
  it.each([
    // `new Trend('order_duration', true)` in the script: k6 declares it as time, so it is a duration that gates.
    ['order_duration', 'trend', 'time', undefined],
    ['http_req_duration', 'trend', 'time', undefined],
    ['data_sent', 'counter', 'data', undefined],
    ['cart_size', 'gauge', 'default', undefined],
    ['http_req_failed', 'rate', 'default', ['rate<0.5']],
    ['order_errors', 'rate', 'default', ['rate<0.01']],
  ])('%s is a %s of %s', (metric, type, contains, thresholds) => {
    const parsed = new K6JsonLineParser().parse(declaration(version, metric));
    expect(parsed).toEqual({
      kind: 'metric',
      metric: { name: metric, type, contains, ...(thresholds ? { thresholds } : {}) },
    });
  });

  it('a custom Trend declared as time keeps its unit, so it is gated as a duration (not "reported only")', () => {
    const parsed = new K6JsonLineParser().parse(declaration(version, 'order_duration'));
    if (parsed.kind !== 'metric') throw new Error(`parsed as ${parsed.kind}`);
    const info = { type: 'trend', contains: parsed.metric.contains } as const;
    expect(info.contains).toBe('time');
    expect(metricMeaning('order_duration', info as never, [])).toMatchObject({
      direction: 'higher-is-worse',
      gated: true,
      source: 'duration',
    });
  });
});

describe('Metric declarations from hostile or older output', () => {
  const parse = (data: Record<string, unknown>) =>
    new K6JsonLineParser().parse(JSON.stringify({ type: 'Metric', data, metric: data.name }));

  it('reads a declaration without a unit as default', () => {
    expect(parse({ name: 'x', type: 'trend' })).toEqual({
      kind: 'metric',
      metric: { name: 'x', type: 'trend', contains: 'default' },
    });
  });

  it('keeps at most 20 threshold expressions of at most 200 characters, strings only', () => {
    const many = Array.from({ length: 30 }, (_, i) => `rate<0.${i + 1}`);
    const parsed = parse({
      name: 'x',
      type: 'rate',
      contains: 'default',
      thresholds: [42, 'a'.repeat(201), 'b'.repeat(200), ...many],
    });
    if (parsed.kind !== 'metric') throw new Error(`parsed as ${parsed.kind}`);
    expect(parsed.metric.thresholds).toEqual(['b'.repeat(200), ...many.slice(0, 19)]);
    const none = parse({ name: 'x', type: 'rate', thresholds: [1, 2] });
    expect(none).toEqual({ kind: 'metric', metric: { name: 'x', type: 'rate', contains: 'default' } });
    expect(parse({ name: 'x', type: 'rate', thresholds: 'rate<1' })).toEqual(none);
  });

  it('skips a declaration without a name', () => {
    expect(parse({ type: 'trend' })).toEqual({ kind: 'skip' });
  });
});

describe.each(VERSIONS)("k6 %s's Point lines", (version) => {
  const points = lines(version)
    .filter((l) => l.includes('"type":"Point"'))
    .slice(0, 400);

  it('read the same on the fast path as through JSON.parse (reordered keys take the slow one)', () => {
    const fast = new K6JsonLineParser();
    const slow = new K6JsonLineParser();
    for (const line of points) {
      const obj = JSON.parse(line) as { metric: string; type: string; data: unknown };
      // The same content with the keys in another order cannot take the indexOf fast path.
      const reordered = JSON.stringify({ type: obj.type, data: obj.data, metric: obj.metric });
      const a = fast.parse(line);
      const b = slow.parse(reordered);
      expect(a.kind).toBe('sample');
      expect(b).toEqual(a);
    }
  });

  it("take the fast path: once a tag set and a metric name have been seen, k6's layout never reaches JSON.parse", () => {
    const parser = new K6JsonLineParser();
    const first = points.map((line) => parser.parse(line));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(points.map((line) => parser.parse(line))).toEqual(first);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('give the time in milliseconds, the value and the digested tags', () => {
    const line = points.find((l) => l.includes('"metric":"http_req_duration"') && l.includes('"scenario"'))!;
    const obj = JSON.parse(line) as {
      data: { time: string; value: number; tags: Record<string, string> };
    };
    const parsed = new K6JsonLineParser().parse(line);
    if (parsed.kind !== 'sample') throw new Error(`parsed as ${parsed.kind}`);
    expect(parsed.sample.metric).toBe('http_req_duration');
    expect(parsed.sample.value).toBe(obj.data.value);
    expect(Math.floor(parsed.sample.time)).toBe(Date.parse(obj.data.time));
    expect(parsed.sample.tags.scenario).toBe(obj.data.tags.scenario);
    expect(parsed.sample.tags.expected).toBe(obj.data.tags.expected_response === 'true');
  });
});

describe('the caches of the fast path stay bounded (a script can mint a metric name per request)', () => {
  const point = (metric: string) =>
    `{"metric":"${metric}","type":"Point","data":{"time":"2026-01-01T00:00:00Z","value":1,"tags":{}}}`;
  const parsesOf = (parser: K6JsonLineParser, line: string) => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(parser.parse(line).kind).toBe('sample');
      return parse.mock.calls.length;
    } finally {
      parse.mockRestore();
    }
  };

  it('keeps 10,000 metric names, and starts afresh at the 10,001st', () => {
    const parser = new K6JsonLineParser();
    for (let i = 0; i < 10_000; i++) parser.parse(point(`m${i}`));
    expect(parsesOf(parser, point('m0'))).toBe(0);
    parser.parse(point('m10000'));
    expect(parsesOf(parser, point('m0'))).toBeGreaterThan(0);
    expect(parsesOf(parser, point('m0'))).toBe(0);
  });
});

describe('lines that are not samples', () => {
  const parser = new K6JsonLineParser();
  it.each([
    ['', 'skip'],
    ['{"type":"Point","data":{"time":"2026-01-01T00:00:00Z","value":1,"tags":{}}}', 'skip'],
    ['{"metric":"x","type":"Other","data":{}}', 'skip'],
    ['not json', 'corrupt'],
    ['null', 'corrupt'],
    ['42', 'corrupt'],
    ['{"metric":"x","type":"Point","data":{"time":"2026-01-01T00:00:00Z","value":"1","tags":{}}}', 'corrupt'],
    ['{"metric":"x","type":"Point","data":{"time":"yesterday","value":1,"tags":{}}}', 'corrupt'],
    ['{"metric":"x","type":"Point","data":{"value":1,"tags":{}}}', 'corrupt'],
    [
      '{"metric":"x","type":"Point","data":{"time":"2026-01-01T00:00:00Z","value":1e999,"tags":{}}}',
      'corrupt',
    ],
  ])('%s -> %s', (line, kind) => {
    expect(parser.parse(line).kind).toBe(kind);
  });

  it('reads a Point whose data carries a name as a sample, not as a declaration', () => {
    const parsed = parser.parse(
      '{"type":"Point","metric":"x","data":{"name":"y","type":"trend","time":"2026-01-01T00:00:00Z","value":3,"tags":{}}}',
    );
    expect(parsed).toMatchObject({ kind: 'sample', sample: { metric: 'x', value: 3 } });
  });

  it('reads a Point without tags as a sample with no tags', () => {
    const parsed = parser.parse(
      '{"metric":"x","type":"Point","data":{"time":"2026-01-01T00:00:00Z","value":2,"tags":null}}',
    );
    expect(parsed).toMatchObject({ kind: 'sample', sample: { metric: 'x', value: 2 } });
  });
});
