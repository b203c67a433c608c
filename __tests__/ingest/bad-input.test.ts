import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PerfGateError } from '../../src/errors.js';
import { MAX_CORRUPT_FRACTION } from '../../src/ingest/index.js';
import { summarizeK6Output } from '../../src/io/k6-output.js';
import { ROOT } from '../support/k6.js';

const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
const realLines = gunzipSync(readFileSync(join(ROOT, '__tests__', 'fixtures', 'k6', 'shop-v1.8.1.json.gz')))
  .toString('utf8')
  .trimEnd()
  .split('\n');
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('bad k6 output', () => {
  it('a last line cut off (k6 killed): summarized up to it, with a warning', async () => {
    const whole = await summarizeK6Output(file('whole.json', realLines.join('\n') + '\n'));
    const cut = realLines.join('\n').slice(0, -25);
    const s = await summarizeK6Output(file('cut.json', cut));
    expect(s.ingest.truncated).toBe(true);
    expect(s.warnings.join()).toMatch(/last line cut off/);
    const seen = (x: typeof s) => x.ingest.samples + x.ingest.excludedSetupTeardown + x.ingest.excludedWarmup;
    expect(seen(s)).toBe(seen(whole) - 1);
  });

  it('a gzip stream without its end: summarized up to the cut, with a warning', async () => {
    const gz = gzipSync(Buffer.from(realLines.join('\n') + '\n'));
    const s = await summarizeK6Output(file('cut.json.gz', gz.subarray(0, Math.floor(gz.length * 0.6))));
    expect(s.ingest.truncated).toBe(true);
    expect(s.warnings.join()).toMatch(/gzip stream without its end|last line cut off/);
    expect(s.ingest.samples).toBeGreaterThan(realLines.length * 0.3);
  });

  it(`corrupt lines in the middle: skipped and counted below ${MAX_CORRUPT_FRACTION * 100}%, refused above`, async () => {
    const few = [...realLines];
    few.splice(1000, 0, '{"metric":"http_reqs","type":"Po', 'garbage');
    const s = await summarizeK6Output(file('few.json', few.join('\n')));
    expect(s.ingest.skippedLines).toBe(2);
    expect(s.warnings.join()).toMatch(/2 corrupt line\(s\)/);
    const many = realLines.map((l, i) => (i % 20 === 5 ? 'not json' : l));
    await expect(summarizeK6Output(file('many.json', many.join('\n')))).rejects.toThrow(
      /corrupt lines out of/,
    );
  });

  it(`exactly ${MAX_CORRUPT_FRACTION * 100}% corrupt lines are still skipped; a line more is refused`, async () => {
    const at = (good: number, bad: number) =>
      summarizeK6Output(
        file(
          `at-${bad}.json`,
          [...realLines.slice(0, 50), ...Array(bad).fill('garbage'), ...realLines.slice(50, good)].join('\n'),
        ),
      );
    expect((await at(99, 1)).ingest.skippedLines).toBe(1);
    await expect(at(98, 2)).rejects.toThrow('has 2 corrupt lines out of 100 (2.0%, more than 1%)');
  });

  it('input of nothing readable counts its unreadable lines in the refusal', async () => {
    await expect(summarizeK6Output(file('garbage.json', 'a\nb\nc\n'))).rejects.toThrow(
      /^no k6 samples or vegeta results in .*garbage\.json \(3 unreadable lines\)$/,
    );
    await expect(summarizeK6Output(file('blank.json', '\n\n'))).rejects.toThrow(
      /^no k6 samples or vegeta results in .*blank\.json$/,
    );
  });

  it('vegeta results all inside the warm-up are refused as vegeta results', async () => {
    const attack = join(ROOT, '__tests__', 'fixtures', 'vegeta', 'attack-v12.13.0.json');
    await expect(summarizeK6Output(attack, { warmupSeconds: 3600 })).rejects.toThrow(
      /^no vegeta results in .* after the warm-up$/,
    );
  });

  it('empty input and a missing file each fail with a clear error; output without HTTP requests is summarized', async () => {
    await expect(summarizeK6Output(file('empty.json', ''))).rejects.toThrow(
      /no k6 samples or vegeta results in/,
    );
    // The error says what to pass instead.
    await expect(summarizeK6Output(file('empty2.json', ''))).rejects.toMatchObject({
      hint: 'Pass the file k6 wrote with --out json=<file> (or csv=<file>), or vegeta results encoded with `vegeta encode --to json` (or csv)',
    });
    await expect(summarizeK6Output(join(dir, 'nope.json'))).rejects.toThrow(PerfGateError);
    await expect(summarizeK6Output(join(dir, 'nope.json'))).rejects.toThrow(/k6 output not found/);
    const noHttp = realLines.filter((l) => !l.includes('"http_'));
    const summary = await summarizeK6Output(file('nohttp.json', noHttp.join('\n')));
    expect(summary.series[0]?.counters.http_reqs).toBeUndefined();
    expect(Object.keys(summary.series[0]?.trends ?? {})).toContain('iteration_duration');
    // Everything inside the warm-up: nothing is left to compare, which is an error, not an empty pass.
    await expect(
      summarizeK6Output(file('nohttp2.json', noHttp.join('\n')), { warmupSeconds: 3600 }),
    ).rejects.toThrow(/no k6 samples .* after the warm-up/);
  });

  it('reads time stamps in any zone offset', async () => {
    const sample = (time: string) =>
      `{"metric":"http_reqs","type":"Point","data":{"time":"${time}","value":1,"tags":{"name":"x","method":"GET","scenario":"default"}}}`;
    const utc = await summarizeK6Output(
      file(
        'utc.json',
        [sample('2026-07-13T17:32:38.605870576Z'), sample('2026-07-13T17:32:40.1Z')].join('\n'),
      ),
    );
    const offset = await summarizeK6Output(
      file(
        'tz.json',
        [sample('2026-07-13T19:32:38.605870576+02:00'), sample('2026-07-13T15:02:40.1-02:30')].join('\n'),
      ),
    );
    expect(offset.run).toEqual(utc.run);
  });

  it('ignores metrics of an unknown type', async () => {
    const lines = [
      '{"type":"Metric","data":{"name":"weird","type":"histogram","contains":"default"},"metric":"weird"}',
      '{"metric":"weird","type":"Point","data":{"time":"2026-07-13T17:32:38Z","value":3,"tags":{}}}',
      ...realLines.slice(0, 500),
    ];
    const s = await summarizeK6Output(file('weird.json', lines.join('\n')));
    expect(s.metrics.weird).toBeUndefined();
    expect(s.series[0]!.trends.weird).toBeUndefined();
  });
});
