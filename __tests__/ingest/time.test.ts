import { describe, expect, it } from 'vitest';
import { parseK6Time } from '../../src/ingest/time.js';

describe('parseK6Time', () => {
  it('reads nanosecond fractions and any zone offset', () => {
    expect(parseK6Time('2026-07-13T17:32:38.605870576Z')).toBeCloseTo(
      Date.UTC(2026, 6, 13, 17, 32, 38, 605) + 0.870576,
      6,
    );
    expect(parseK6Time('2026-07-13T19:32:38.5+02:00')).toBe(Date.UTC(2026, 6, 13, 17, 32, 38, 500));
    expect(parseK6Time('2026-07-13T12:02:38-05:30')).toBe(Date.UTC(2026, 6, 13, 17, 32, 38));
  });
  it('reads a stamp inside a longer line in place', () => {
    const line = '{"time":"2026-07-13T17:32:38.25Z","value":1}';
    const start = line.indexOf('2026');
    expect(parseK6Time(line, start, line.indexOf('"', start))).toBe(Date.UTC(2026, 6, 13, 17, 32, 38, 250));
  });
  it('stays right when samples alternate between seconds and zones (the remembered parts are checked)', () => {
    const stamps = [
      ['2026-07-13T17:32:38.1Z', Date.UTC(2026, 6, 13, 17, 32, 38, 100)],
      ['2026-07-13T17:32:39.2Z', Date.UTC(2026, 6, 13, 17, 32, 39, 200)],
      ['2026-07-13T17:32:38.3Z', Date.UTC(2026, 6, 13, 17, 32, 38, 300)],
      ['2026-07-13T17:32:38.3+01:00', Date.UTC(2026, 6, 13, 16, 32, 38, 300)],
      ['2026-07-13T17:32:39.4Z', Date.UTC(2026, 6, 13, 17, 32, 39, 400)],
      ['2026-07-13T17:32:40Z', Date.UTC(2026, 6, 13, 17, 32, 40)],
    ] as const;
    for (let round = 0; round < 3; round++)
      for (const [text, ms] of stamps) expect(parseK6Time(text), text).toBeCloseTo(ms, 6);
  });
  it('reads a stamp without a zone as UTC, not local time', () => {
    expect(parseK6Time('2026-07-13T17:32:38.5')).toBe(Date.UTC(2026, 6, 13, 17, 32, 38, 500));
  });
});
