import { describe, expect, it } from 'vitest';
import { PerfGateError } from '../../src/errors.js';
import { parseCount, parseDuration, parseKeyValues, parsePercent } from '../../src/cli/parse.js';

describe('parseDuration', () => {
  it.each([
    ['0', 0],
    ['30', 30],
    ['30s', 30],
    ['500ms', 0.5],
    ['1m30s', 90],
    ['2h', 7200],
    ['1.5m', 90],
  ])('%s is %d seconds', (text, seconds) => {
    expect(parseDuration(text, '--warmup')).toBe(seconds);
  });
  it.each(['', 'abc', '10x', '1m junk', '-5s'])('rejects %j naming the flag', (text) => {
    expect(() => parseDuration(text, '--warmup')).toThrow(/--warmup/);
  });
});

describe('parsePercent', () => {
  it.each([
    ['5%', 0.05],
    ['5', 0.05],
    ['0.05', 0.05],
    ['12.5%', 0.125],
  ])('%s is %d', (text, value) => {
    expect(parsePercent(text, '--tolerance')).toBeCloseTo(value, 12);
  });
  it('rejects garbage with the flag name', () => {
    expect(() => parsePercent('five', '--tolerance')).toThrow(PerfGateError);
    expect(() => parsePercent('0', '--tolerance')).toThrow(/--tolerance/);
  });
});

describe('parseKeyValues and parseCount', () => {
  it('keeps everything after the first =', () => {
    expect(parseKeyValues(['A=1', 'URL=http://x/?a=b'], '--env')).toEqual({ A: '1', URL: 'http://x/?a=b' });
  });
  it('names the malformed item', () => {
    expect(() => parseKeyValues(['NOVALUE'], '--env')).toThrow(/--env "NOVALUE" is not KEY=VALUE/);
  });
  it('parses counts and rejects fractions', () => {
    expect(parseCount('7', '--history')).toBe(7);
    expect(() => parseCount('1.5', '--history')).toThrow(/--history/);
    expect(() => parseCount('0', '--history')).toThrow(/>= 1/);
  });
});
