/**
 * vegeta results (`vegeta encode --to json|csv` of v12.13.0, captured from the pinned vegeta against the demo service
 * with 20% of 500s and one unreachable target) become the same RunSummary whatever the encoding; the parsers agree
 * with JSON.parse on every line; URLs fold into per-endpoint series; bad input is refused with one message.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { PerfGateError } from '../../src/errors.js';
import { mergeRunSummaries, vegetaFingerprint } from '../../src/ingest/index.js';
import { vegetaFailed } from '../../src/ingest/vegeta-fold.js';
import { parseVegetaRate } from '../../src/ingest/vegeta-rate.js';
import { seriesPath } from '../../src/ingest/url-series.js';
import {
  detectFormat,
  VegetaCsvLineParser,
  VegetaJsonLineParser,
  type VegetaResult,
} from '../../src/ingest/vegeta-line.js';
import { summarizeK6Output } from '../../src/io/k6-output.js';
import { readResultFile } from '../../src/io/run-summary-file.js';
import { ROOT } from '../support/k6.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'vegeta');
const jsonPath = join(FIXTURES, 'attack-v12.13.0.json');
const csvPath = join(FIXTURES, 'attack-v12.13.0.csv');
const jsonLines = readFileSync(jsonPath, 'utf8').trimEnd().split('\n');
const csvLines = readFileSync(csvPath, 'utf8').trimEnd().split('\n');
/** The reference: every line through JSON.parse, independent of the parsers under test. */
const reference = jsonLines.map((l) => JSON.parse(l) as Record<string, unknown>);
const dir = mkdtempSync(join(tmpdir(), 'vegeta-ingest-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('vegeta result lines', () => {
  it('the JSON parser (fast path or not) agrees with JSON.parse on every captured line', () => {
    const parser = new VegetaJsonLineParser();
    for (const [i, line] of jsonLines.entries()) {
      const r = reference[i] as Record<string, unknown>;
      const parsed = parser.parse(line);
      expect(parsed.kind).toBe('result');
      const got = (parsed as { result: VegetaResult }).result;
      expect(got).toMatchObject({
        code: r.code,
        latencyNs: r.latency,
        bytesOut: r.bytes_out,
        bytesIn: r.bytes_in,
        error: r.error,
        method: r.method,
        url: r.url,
      });
      expect(Math.floor(got.time)).toBe(Date.parse(r.timestamp as string));
    }
  });

  it("takes the fast path on vegeta's own layout: no captured line reaches JSON.parse whole (an escaped error alone)", () => {
    const parser = new VegetaJsonLineParser();
    const parse = vi.spyOn(JSON, 'parse');
    try {
      for (const line of jsonLines) expect(parser.parse(line).kind).toBe('result');
      const wholeLines = parse.mock.calls.filter(([text]) => String(text).startsWith('{'));
      expect(wholeLines).toEqual([]);
    } finally {
      parse.mockRestore();
    }
  });

  it('the CSV parser reads the same results from the CSV encoding of the same attack', () => {
    const json = new VegetaJsonLineParser();
    const csv = new VegetaCsvLineParser();
    expect(csvLines).toHaveLength(jsonLines.length);
    for (const [i, line] of csvLines.entries()) {
      const a = (json.parse(jsonLines[i] as string) as { result: VegetaResult }).result;
      const b = (csv.parse(line) as { result: VegetaResult }).result;
      expect({ ...b, time: Math.floor(b.time) }).toEqual({ ...a, time: Math.floor(a.time) });
    }
  });

  it('reads CSV records as Go writes them: quoted fields, doubled quotes, empty fields', () => {
    const csv = new VegetaCsvLineParser();
    const line =
      '1796041819899025322,0,1500000,0,0,"Get ""http://h/a,b"": refused",,"my, attack",7,GET,"http://h/a,b",';
    expect(csv.parse(line)).toEqual({
      kind: 'result',
      result: {
        time: 1796041819899 + 25322 / 1e6,
        code: 0,
        latencyNs: 1500000,
        bytesOut: 0,
        bytesIn: 0,
        error: 'Get "http://h/a,b": refused',
        method: 'GET',
        url: 'http://h/a,b',
      },
    });
    expect(csv.parse(`${line}\r`)).toEqual(csv.parse(line));
    expect(csv.parse('1796041819899025322,0,1,0,0,"unterminated,,,7,GET,http://h/,')).toEqual({
      kind: 'corrupt',
    });
    expect(csv.parse('1796041819899025322,0,1,0,0,"a"b,,,7,GET,http://h/,')).toEqual({ kind: 'corrupt' });
    expect(csv.parse('1796041819899025322,0,1,0,0,,,,7,GET,http://h/,,extra')).toEqual({ kind: 'corrupt' });
  });

  it('refuses malformed lines as corrupt, never as results', () => {
    const json = new VegetaJsonLineParser();
    expect(
      json.parse('{"attack":"","seq":0,"code":200,"timestamp":"2026-11-30T12:00:00Z","latency":-5}'),
    ).toEqual({
      kind: 'corrupt',
    });
    expect(json.parse('{"attack":"","code":"200"')).toEqual({ kind: 'corrupt' });
    expect(json.parse('[1,2]')).toEqual({ kind: 'corrupt' });
    expect(json.parse('')).toEqual({ kind: 'skip' });
    const csv = new VegetaCsvLineParser();
    expect(csv.parse('1,2,3')).toEqual({ kind: 'corrupt' });
    expect(csv.parse('x,200,1,0,0,,,,0,GET,http://h/,')).toEqual({ kind: 'corrupt' });
    expect(csv.parse('1796041819899025322,70000,1,0,0,,,,0,GET,http://h/,')).toEqual({ kind: 'corrupt' });
  });

  it('tells the tool and encoding from the first line', () => {
    expect(detectFormat(jsonLines[0] as string)).toBe('vegeta-json');
    expect(detectFormat(csvLines[0] as string)).toBe('vegeta-csv');
    expect(detectFormat('{"type":"Metric","data":{}}')).toBe('k6-json');
    expect(detectFormat('{"metric":"http_reqs","type":"Point"}')).toBe('k6-json');
    expect(detectFormat('metric_name,timestamp,metric_value')).toBe('k6-csv');
    expect(detectFormat('{"code":200,"latency":5,"bytes_in":3}')).toBe('vegeta-json');
    // vegeta CSV: the line opens with a Unix-nanosecond time stamp, a code, then latency and bytes of any length;
    // the same fields later in a line do not make it vegeta's.
    expect(detectFormat('1796041819848563446,200,5695129,1024,41,,,,0,GET,http://h/a,')).toBe('vegeta-csv');
    expect(detectFormat('x,1796041819848563446,200,5695129,1024,41,')).toBe('k6-csv');
  });

  it('counts a result as failed for code 0, a status outside 200-399, or an error', () => {
    const r = (code: number, error = ''): VegetaResult => ({
      time: 0,
      code,
      latencyNs: 1,
      bytesOut: 0,
      bytesIn: 0,
      error,
      method: 'GET',
      url: '/',
    });
    expect([0, 199, 200, 302, 399, 400, 500].map((c) => vegetaFailed(r(c)))).toEqual([
      true,
      true,
      false,
      false,
      false,
      true,
      true,
    ]);
    expect(vegetaFailed(r(200, 'read: connection reset'))).toBe(true);
  });
});

describe('series paths', () => {
  it('drops scheme, host, query and fragment, and folds numeric and UUID segments into :id', () => {
    expect(seriesPath('http://127.0.0.1:8080/orders/42?x=1')).toBe('/orders/:id');
    expect(seriesPath('https://h/orders/43#top')).toBe('/orders/:id');
    expect(seriesPath('http://h/u/0B7E1C1A-5C8F-4A5E-9D1F-2A3B4C5D6E7F/items/7')).toBe('/u/:id/items/:id');
    expect(seriesPath('http://h')).toBe('/');
    expect(seriesPath('http://h/v2/orders/a42')).toBe('/v2/orders/a42');
    expect(seriesPath('/relative/1')).toBe('/relative/:id');
  });
});

describe('vegeta rates and fingerprints', () => {
  it('reads rates as vegeta does, in requests per second', () => {
    expect(parseVegetaRate('100/s')).toBe(100);
    expect(parseVegetaRate('100/1s')).toBe(100);
    expect(parseVegetaRate('100')).toBe(100);
    expect(parseVegetaRate('6000/1m')).toBe(100);
    expect(parseVegetaRate('50/500ms')).toBe(100);
    for (const bad of ['0', 'infinity', '10/0s', '-5/s', 'fast', '10/x'])
      expect(() => parseVegetaRate(bad)).toThrow(PerfGateError);
  });

  it('fingerprints rate, duration, targets and extra flags; results read from a file carry the tool only', () => {
    const w = { ratePerSecond: 100, durationSeconds: 30, targets: 'GET http://h/a\n' };
    const a = vegetaFingerprint(w);
    expect(a.scenarios.vegeta).toMatchObject({ executor: 'vegeta', rate: 100, duration: '30s' });
    // The targets by the first 16 hex digits of their SHA-256 (the script hash keeps all 64).
    expect((a.scenarios.vegeta as { targets: string }).targets).toMatch(/^[0-9a-f]{16}$/);
    expect(a.scriptHash).toMatch(
      new RegExp(`^${(a.scenarios.vegeta as { targets: string }).targets}[0-9a-f]{48}$`),
    );
    expect(vegetaFingerprint(w).hash).toBe(a.hash);
    expect(vegetaFingerprint({ ...w, ratePerSecond: 200 }).hash).not.toBe(a.hash);
    expect(vegetaFingerprint({ ...w, durationSeconds: 10 }).hash).not.toBe(a.hash);
    expect(vegetaFingerprint({ ...w, targets: 'GET http://h/b\n' }).hash).not.toBe(a.hash);
    expect(vegetaFingerprint({ ...w, extraArgs: ['-max-workers=5'] }).hash).not.toBe(a.hash);
    // The flags are the workload's, in order; none given and an empty list are the same attack.
    expect(
      vegetaFingerprint({ ...w, extraArgs: ['-max-workers=5', '-keepalive=false'] }).scenarios.vegeta,
    ).toMatchObject({
      args: ['-max-workers=5', '-keepalive=false'],
    });
    expect(vegetaFingerprint({ ...w, extraArgs: ['-max-workers=5'] }).hash).not.toBe(
      vegetaFingerprint({ ...w, extraArgs: ['-max-workers=6'] }).hash,
    );
    expect(vegetaFingerprint({ ...w, extraArgs: [] })).toEqual(a);
    expect(vegetaFingerprint(undefined).scenarios).toEqual({});
  });
});

describe('vegeta results summarized', () => {
  it('JSON, CSV and gzipped JSON of one attack give identical summaries, read by readResultFile too', async () => {
    const json = await summarizeK6Output(jsonPath);
    expect(await summarizeK6Output(csvPath)).toEqual(json);
    expect(await summarizeK6Output(file('a.json.gz', gzipSync(readFileSync(jsonPath))))).toEqual(json);
    expect(await readResultFile(csvPath)).toEqual(json);
  });

  it('maps results to the k6 metrics: requests, failures, latency in ms, bytes, per method and folded path', async () => {
    const s = await summarizeK6Output(jsonPath);
    expect(s.tool).toEqual({ name: 'vegeta' });
    expect(s.k6).toEqual({});
    const all = s.series[0]!;
    const failed = reference.filter((r) => r.code === 0 || (r.code as number) >= 400 || r.error !== '');
    expect(failed.length).toBeGreaterThan(0);
    expect(all.counters.http_reqs).toBe(reference.length);
    expect(all.rates.http_req_failed).toEqual({ passes: failed.length, total: reference.length });
    const sum = (k: string) => reference.reduce((t, r) => t + (r[k] as number), 0);
    expect(all.counters.data_received).toBe(sum('bytes_in'));
    expect(all.counters.data_sent).toBe(sum('bytes_out'));
    expect(s.metrics.http_req_duration).toEqual({ type: 'trend', contains: 'time' });
    // Successful requests' latencies only; the failed ones are kept apart.
    const okMax = Math.max(
      ...reference.filter((r) => !failed.includes(r)).map((r) => (r.latency as number) / 1e6),
    );
    expect(all.trends.http_req_duration!.max).toBeCloseTo(okMax, 6);
    expect(all.windows.reduce((t, w) => t + w.requests, 0)).toBe(reference.length);
    expect(
      s.series.map((x) => x.key).sort((a, b) => String(a.name ?? '').localeCompare(String(b.name ?? ''))),
    ).toEqual([
      {},
      { name: 'GET /products' },
      { name: 'GET /products/:id' },
      { name: 'GET /refused/:id' },
      { name: 'POST /orders' },
    ]);
    expect(s.series.find((x) => x.key.name === 'GET /refused/:id')!.rates.http_req_failed!.passes).toBe(10);
  });

  it('merges vegeta shards exactly, and never a vegeta result with a k6 one', async () => {
    const json = await summarizeK6Output(jsonPath);
    const merged = mergeRunSummaries([json, await summarizeK6Output(csvPath)]);
    expect(merged.tool).toEqual({ name: 'vegeta' });
    expect(merged.series[0]!.counters.http_reqs).toBe(2 * reference.length);
    const k6 = await summarizeK6Output(join(ROOT, '__tests__', 'fixtures', 'k6', 'shop-v1.8.1.json.gz'));
    expect(() => mergeRunSummaries([json, k6])).toThrow(/different workload fingerprints/);
  });

  it('caps the series: beyond --max-series the rest are pooled into (other)', async () => {
    const s = await summarizeK6Output(jsonPath, { maxSeries: 2 });
    expect(s.series).toHaveLength(4);
    expect(s.series.at(-1)).toMatchObject({ key: { name: '(other)' }, pooled: true });
    expect(s.warnings.join()).toMatch(/pooled/);
  });

  it('a last line cut off (vegeta stopped): summarized up to it, with a warning', async () => {
    const text = jsonLines.join('\n');
    const s = await summarizeK6Output(file('cut.json', text.slice(0, -30)));
    expect(s.ingest.truncated).toBe(true);
    expect(s.warnings.join()).toMatch(/last line cut off\): vegeta was probably stopped/);
    expect(s.series[0]!.counters.http_reqs).toBe(reference.length - 1);
  });

  it('refuses results with too many corrupt lines, naming the file and what to do', async () => {
    const damaged = jsonLines.map((l, i) => (i % 5 === 1 ? l.slice(0, 40) : l)).join('\n') + '\n';
    const err = await summarizeK6Output(file('damaged.json', damaged)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PerfGateError);
    expect((err as Error).message).toMatch(/damaged\.json has 8 corrupt lines out of 40/);
    expect((err as PerfGateError).hint).toMatch(/vegeta encode/);
  });
});
