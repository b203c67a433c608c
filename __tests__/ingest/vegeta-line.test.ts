/** Edge cases of vegeta's result lines that the captured attack (vegeta.test.ts) does not hold. */
import { describe, expect, it } from 'vitest';
import { VegetaCsvLineParser, VegetaJsonLineParser } from '../../src/ingest/vegeta-line.js';

/** A result line in vegeta's own key order, with `error` as written (JSON-escaped). */
const jsonLine = (error: string) =>
  `{"attack":"","seq":1,"code":0,"timestamp":"2026-11-30T12:30:19.873474481Z","latency":10279245,"bytes_out":0,` +
  `"bytes_in":0,"error":"${error}","body":null,"method":"GET","url":"http://127.0.0.1:1/a","headers":null}`;

describe('vegeta JSON lines with escapes in the error', () => {
  it.each([
    // A transport error quotes the URL: escaped quotes inside the string do not end it.
    ['Get \\"http://127.0.0.1:1/a\\": connection refused', 'Get "http://127.0.0.1:1/a": connection refused'],
    // An escaped backslash right before the closing quote: the quote does end the string.
    ['path C:\\\\', 'path C:\\'],
    // Three backslashes: an escaped backslash, then an escaped quote.
    ['a\\\\\\"b', 'a\\"b'],
    ['', ''],
  ])('%s reads as %s, the same as JSON.parse', (raw, error) => {
    const line = jsonLine(raw);
    expect((JSON.parse(line) as { error: string }).error).toBe(error);
    const parsed = new VegetaJsonLineParser().parse(line);
    expect(parsed).toMatchObject({
      kind: 'result',
      result: { error, method: 'GET', url: 'http://127.0.0.1:1/a' },
    });
  });

  it('refuses a line without its latency, as JSON.parse reads it, even when the fields after it are there', () => {
    const line = jsonLine('').replace('"latency":10279245,', '');
    expect(JSON.parse(line)).not.toHaveProperty('latency');
    expect(new VegetaJsonLineParser().parse(line).kind).toBe('corrupt');
  });

  it('calls a negative latency or byte count corrupt', () => {
    const line = jsonLine('');
    for (const [from, to] of [
      ['"latency":10279245', '"latency":-1'],
      ['"bytes_out":0', '"bytes_out":-1'],
      ['"bytes_in":0', '"bytes_in":-1'],
    ])
      expect(new VegetaJsonLineParser().parse(line.replace(from!, to!))).toEqual({ kind: 'corrupt' });
  });

  it('calls a line that is JSON but not an object corrupt', () => {
    for (const line of ['null', '5', '"x"', '[1]', 'true'])
      expect(new VegetaJsonLineParser().parse(line)).toEqual({ kind: 'corrupt' });
  });

  it('skips empty lines and a lone carriage return, in both encodings', () => {
    expect(new VegetaJsonLineParser().parse('')).toEqual({ kind: 'skip' });
    expect(new VegetaJsonLineParser().parse('\r')).toEqual({ kind: 'skip' });
    expect(new VegetaCsvLineParser().parse('')).toEqual({ kind: 'skip' });
    expect(new VegetaCsvLineParser().parse('\r')).toEqual({ kind: 'skip' });
  });
});

describe('vegeta CSV records', () => {
  const record = '1796041819848563446,200,5695129,0,41,,eyJ9,,0,GET,http://127.0.0.1:1/p,SGVhZGVy';
  it('reads a record whose last field is quoted, and refuses one with a field too many or too few', () => {
    const parser = new VegetaCsvLineParser();
    expect(parser.parse(record)).toMatchObject({
      kind: 'result',
      result: { code: 200, url: 'http://127.0.0.1:1/p' },
    });
    expect(parser.parse(`${record.slice(0, record.lastIndexOf(','))},"SGVhZGVy"`)).toMatchObject({
      kind: 'result',
      result: { code: 200 },
    });
    expect(parser.parse(`${record}\r`)).toMatchObject({ kind: 'result', result: { code: 200 } });
    expect(parser.parse(`${record},extra`).kind).toBe('corrupt');
    expect(parser.parse(`${record.slice(0, record.lastIndexOf(','))},"SGVhZGVy",x`).kind).toBe('corrupt');
    expect(parser.parse(record.slice(0, record.lastIndexOf(','))).kind).toBe('corrupt');
  });

  it('reads a time stamp of 7 to 20 digits of Unix nanoseconds, in milliseconds, and refuses any other', () => {
    const parser = new VegetaCsvLineParser();
    const at = (ts: string) => {
      const parsed = parser.parse(`${ts}${record.slice(record.indexOf(','))}`);
      return parsed.kind === 'result' ? parsed.result.time : parsed.kind;
    };
    expect(at('1796041819848563446')).toBeCloseTo(1796041819848.563, 2);
    expect(at('1234567')).toBeCloseTo(1.234567, 9);
    expect(at('12345678901234567890')).toBeCloseTo(12345678901234.57, 1);
    expect(at('123456')).toBe('corrupt');
    expect(at('123456789012345678901')).toBe('corrupt');
    expect(at('"1796041819848563446"')).toBe('corrupt');
  });
});
