/** The parser of k6's `--out csv` lines, on the captured real runs (fixtures/k6/capture.sh) and on edge cases. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { K6CsvLineParser, splitCsv } from '../../src/ingest/k6-csv-line.js';
import { ROOT } from '../support/k6.js';

const HEADER =
  'metric_name,timestamp,metric_value,check,error,error_code,expected_response,group,method,name,proto,scenario,service,status,subproto,tls_version,url,extra_tags,metadata';
const parser = (header = HEADER) => {
  const p = new K6CsvLineParser();
  expect(p.parse(header)).toEqual({ kind: 'skip' });
  return p;
};

describe('splitCsv (RFC 4180)', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['a,,c', ['a', '', 'c']],
    ['a,b,', ['a', 'b', '']],
    ['', ['']],
    ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['x,"a,b"', ['x', 'a,b']],
    ['"unterminated,rest', ['unterminated,rest']],
    ['"",""', ['', '']],
  ])('%j -> %j', (line, cells) => {
    expect(splitCsv(line)).toEqual(cells);
  });
});

describe.each(['v1.8.1', 'v2.2.0'])("k6 %s's CSV lines", (version) => {
  const lines = gunzipSync(readFileSync(join(ROOT, '__tests__', 'fixtures', 'k6', `shop-${version}.csv.gz`)))
    .toString('utf8')
    .split('\n');

  it('read the same on the fast path as split in full (a quoted line takes the general way)', () => {
    const fast = parser(lines[0]);
    const slow = parser(lines[0]);
    for (const line of lines.slice(1, 400)) {
      const a = fast.parse(line);
      expect(a.kind).toBe('sample');
      // Quoting the metric name forces the general path; the content is the same.
      const comma = line.indexOf(',');
      expect(slow.parse(`"${line.slice(0, comma)}"${line.slice(comma)}`)).toEqual(a);
    }
  });

  it('give the metric, the time in milliseconds, the value and the digested tags', () => {
    const p = parser(lines[0]);
    const line = lines.find((l) => l.startsWith('http_req_duration,') && l.includes(',browse,'))!;
    const cells = splitCsv(line);
    const parsed = p.parse(line);
    if (parsed.kind !== 'sample') throw new Error(`parsed as ${parsed.kind}`);
    expect(parsed.sample.metric).toBe('http_req_duration');
    expect(parsed.sample.time).toBe(Number(cells[1]) * 1000);
    expect(parsed.sample.value).toBe(Number(cells[2]));
    expect(parsed.sample.tags).toMatchObject({ scenario: 'browse', method: cells[8], expected: true });
  });
});

describe('time stamps: seconds, milliseconds, microseconds, nanoseconds or RFC 3339', () => {
  const at = (timestamp: string) => {
    const parsed = parser().parse(`x,${timestamp},1,,,,,,,,,,,,,,,,`);
    return parsed.kind === 'sample' ? parsed.sample.time : parsed.kind;
  };
  it.each([
    ['1795567116', 1795567116000],
    ['17955671160', 17955671160000],
    ['179556711612', 179556711612],
    ['17955671161234', 17955671161234],
    ['179556711612345', 179556711612.345],
    ['17955671161234567', 17955671161234.566],
    ['179556711612345678', 179556711612.34567],
    ['2026-11-25T00:38:36.5Z', Date.parse('2026-11-25T00:38:36.5Z')],
  ])('%s -> %d ms', (timestamp, ms) => {
    expect(at(timestamp)).toBeCloseTo(ms, 3);
  });
  it('calls a record without a readable time corrupt', () => {
    expect(at('yesterday')).toBe('corrupt');
    expect(at('')).toBe('corrupt');
  });
  it('calls a record without a value corrupt, not a sample of 0', () => {
    expect(parser().parse('x,1795567116,,,,,,,,,,,,,,,,,').kind).toBe('corrupt');
  });
});

describe('tags and records', () => {
  it('reads extra_tags as k=v pairs and ignores metadata and empty cells', () => {
    const p = parser('metric_name,timestamp,metric_value,scenario,extra_tags,metadata');
    const parsed = p.parse('x,1,2,buy,name=GET /a&=skip&novalue&method=GET,trace=1');
    expect(parsed).toMatchObject({
      kind: 'sample',
      sample: { metric: 'x', value: 2, tags: { scenario: 'buy', name: 'GET /a', method: 'GET' } },
    });
    const empty = p.parse('x,1,2,,,');
    expect(empty).toMatchObject({
      kind: 'sample',
      sample: { tags: { scenario: undefined, name: undefined } },
    });
  });

  it('reads columns in any order the header gives (the general path)', () => {
    const p = parser('timestamp,scenario,metric_value,metric_name');
    expect(p.parse('1,buy,2.5,order_duration')).toMatchObject({
      kind: 'sample',
      sample: { metric: 'order_duration', time: 1000, value: 2.5, tags: { scenario: 'buy' } },
    });
  });

  it.each([
    ['x,1', 'corrupt'],
    [',1,2,,,,,,,,,,,,,,,,', 'corrupt'],
    ['x,1,,,,,,,,,,,,,,,,,', 'corrupt'],
    ['x,1,abc,,,,,,,,,,,,,,,,', 'corrupt'],
    ['x,,2,,,,,,,,,,,,,,,,', 'corrupt'],
    ['', 'skip'],
  ])('%j is %s', (line, kind) => {
    expect(parser().parse(line).kind).toBe(kind);
  });

  it('calls a file whose first line is not a k6 header corrupt', () => {
    expect(new K6CsvLineParser().parse('a,b,c')).toEqual({ kind: 'corrupt' });
  });
});
