import { describe, expect, it } from 'vitest';
import { PerfGateError } from '../../src/errors.js';
import {
  closest,
  parseChoice,
  editDistance,
  parseConfidence,
  parseCount,
  parseDuration,
  parseKeyValues,
  parseMetricStats,
  parseName,
  parsePercent,
  parsePoints,
  parseTolerance,
  splitArgs,
} from '../../src/options/values.js';

/** The hint of what `build` throws. */
const hintOf = (build: () => unknown): string | undefined => {
  try {
    build();
  } catch (err) {
    return (err as PerfGateError).hint;
  }
  return undefined;
};

describe('parseDuration', () => {
  it.each([
    ['0', 0],
    ['30s', 30],
    ['500ms', 0.5],
    ['1m30s', 90],
    ['2h', 7200],
    ['1.5m', 90],
  ])('%s is %d seconds', (text, seconds) => {
    expect(parseDuration(text, '--warmup')).toBe(seconds);
  });
  it.each(['', 'abc', '10x', '1m junk'])('rejects %j naming the flag', (text) => {
    expect(() => parseDuration(text, '--warmup')).toThrow(/--warmup .* is not a duration/);
  });
  it('refuses a bare number other than 0: a duration says its unit (issue 23)', () => {
    expect(() => parseDuration('5', '--duration')).toThrow('--duration "5" has no unit');
    try {
      parseDuration('5', '--duration');
    } catch (err) {
      expect((err as PerfGateError).hint).toMatch(/Write 5s for 5 seconds/);
    }
  });
  it('says a negative duration must be positive', () => {
    expect(() => parseDuration('-5s', '--warmup')).toThrow(/--warmup "-5s" must be positive/);
  });
});

describe('parsePercent: one rule, a % sign or a fraction below 1', () => {
  it.each([
    ['5%', 0.05],
    ['0.05', 0.05],
    ['.1', 0.1],
    ['12.5%', 0.125],
    ['150%', 1.5],
  ])('%s is %d', (text, value) => {
    expect(parsePercent(text, '--tolerance')).toBeCloseTo(value, 12);
  });
  it('refuses a bare number of 1 or more as ambiguous, saying what to write', () => {
    expect(() => parsePercent('1', '--tolerance')).toThrow(/--tolerance "1" is ambiguous/);
    expect(() => parsePercent('5', "input 'tolerance'")).toThrow(PerfGateError);
    try {
      parsePercent('5', '--tolerance');
    } catch (err) {
      expect((err as PerfGateError).hint).toMatch(/Write 5% for 5 percent/);
    }
  });
  it('refuses zero: no interval can show a change within it (issue 23)', () => {
    for (const zero of ['0', '0%', '0.0'])
      expect(() => parsePercent(zero, '--tolerance')).toThrow(
        /is zero: no interval can show a change within it/,
      );
    try {
      parsePercent('0', '--tolerance');
    } catch (err) {
      expect((err as PerfGateError).hint).toMatch(/at least 1%/);
    }
  });
  it('says a negative value must be positive, and names garbage', () => {
    expect(() => parsePercent('-5%', '--tolerance')).toThrow(/--tolerance "-5%" must be positive/);
    expect(() => parsePercent('five', '--tolerance')).toThrow(/is not a percentage/);
  });
});

describe('parseName: a name that becomes part of a path or an artifact name', () => {
  it('takes letters, digits, . _ - only, around spaces it trims', () => {
    expect(parseName(' checkout-v2.1_a ', '--gate-id')).toBe('checkout-v2.1_a');
    for (const bad of ['', ' ', 'a/b', '../x', 'a b', 'x/checkout', 'checkout/x'])
      expect(() => parseName(bad, '--gate-id')).toThrow(/has characters other than letters, digits, \. _ -/);
    expect(hintOf(() => parseName('a/b', '--gate-id'))).toBe('Use e.g. checkout');
  });

  it('refuses a name of dots only: `.` and `..` would be the baseline folder itself or its parent', () => {
    for (const dots of ['.', '..', ' ... '])
      expect(() => parseName(dots, '--gate-id')).toThrow(
        /is only dots, which as part of a path is the folder itself or its parent/,
      );
    expect(parseName('.hidden..gate', '--gate-id')).toBe('.hidden..gate');
  });
});

describe('parsePoints: percentage points, written with pp', () => {
  it.each([
    ['0.1pp', 0.001],
    ['0.5 pp', 0.005],
    ['.25pp', 0.0025],
  ])('%s is %d', (text, value) => {
    expect(parsePoints(text, '--error-tolerance')).toBeCloseTo(value, 12);
  });
  it('refuses a bare number or a % sign, which read as relative amounts elsewhere (issue 23)', () => {
    expect(() => parsePoints('0.05', '--error-tolerance')).toThrow(
      '--error-tolerance "0.05" does not say its unit',
    );
    expect(() => parsePoints('0.5%', '--error-tolerance')).toThrow(/"0.5%" does not say its unit/);
    try {
      parsePoints('0.05', '--error-tolerance');
    } catch (err) {
      expect((err as PerfGateError).hint).toBe(
        'Write 0.05pp for 0.05 percentage points (a change of a rate, e.g. from 1% to 1.05%)',
      );
    }
  });
  it('refuses garbage, zero, negative and out-of-range values', () => {
    expect(() => parsePoints('1e-1', '--error-tolerance')).toThrow(/not a number of percentage points/);
    expect(() => parsePoints('0pp', '--error-tolerance')).toThrow(/is zero/);
    expect(() => parsePoints('-0.1pp', '--error-tolerance')).toThrow(/must be positive/);
    expect(() => parsePoints('100pp', '--error-tolerance')).toThrow(/out of range/);
    expect(hintOf(() => parsePoints('100pp', '--error-tolerance'))).toBe(
      'Use less than 100 percentage points',
    );
    expect(parsePoints('99.9pp', '--error-tolerance')).toBeCloseTo(0.999, 12);
  });
});

describe('parseTolerance: a per-metric tolerance, by its unit', () => {
  it('reads pp as points and anything else as a relative amount, the grammar of every option', () => {
    expect(parseTolerance('0.5pp', 'c')).toEqual({ value: 0.005, scale: 'difference' });
    expect(parseTolerance('0.5', 'c')).toEqual({ value: 0.5, scale: 'ratio' });
    expect(parseTolerance('20%', 'c')).toEqual({ value: 0.2, scale: 'ratio' });
  });
});

describe('the other kinds', () => {
  it('reads a confidence as a fraction or a percentage', () => {
    expect(parseConfidence('0.99', '--confidence')).toBe(0.99);
    expect(parseConfidence('95%', '--confidence')).toBe(0.95);
    expect(() => parseConfidence('1', '--confidence')).toThrow(/not a confidence in \[0.5, 1\)/);
  });
  it('keeps everything after the first = of KEY=VALUE, and names the malformed item', () => {
    expect(parseKeyValues(['A=1', 'URL=http://x/?a=b'], '--env')).toEqual({ A: '1', URL: 'http://x/?a=b' });
    expect(() => parseKeyValues(['NOVALUE'], '--env')).toThrow(/--env "NOVALUE" is not KEY=VALUE/);
    // A key of at least one character; an empty value is a value.
    expect(() => parseKeyValues(['=x'], '--env')).toThrow(/--env "=x" is not KEY=VALUE/);
    expect(hintOf(() => parseKeyValues(['=x'], '--env'))).toBe(
      'Write it like BASE_URL=http://127.0.0.1:8080',
    );
    expect(parseKeyValues(['A='], '--env')).toEqual({ A: '' });
  });
  it('parses counts and rejects fractions, zero and negatives', () => {
    expect(parseCount('7', '--history')).toBe(7);
    expect(() => parseCount('1.5', '--history')).toThrow(/whole number of at least 1/);
    expect(() => parseCount('0', '--history')).toThrow(/at least 1/);
    expect(() => parseCount('-2', '--history')).toThrow(/must be positive/);
  });
  it('bounds a count from above when the option has a largest value, naming it', () => {
    expect(parseCount('200', '--max-pairs', 3, 200)).toBe(200);
    expect(() => parseCount('201', '--max-pairs', 3, 200)).toThrow(/--max-pairs "201" is more than 200/);
  });
  it('reads metric:stat items', () => {
    expect(parseMetricStats(['http_req_duration:p99', 'checks'], '--report-only')).toEqual([
      { metric: 'http_req_duration', stat: 'p99' },
      { metric: 'checks' },
    ]);
    expect(() => parseMetricStats([':p99'], '--report-only')).toThrow(/not a metric or metric:stat/);
  });
  it('splits extra arguments like a shell, keeping quoted parts together', () => {
    expect(splitArgs(`--tag env=ci -e 'A=b c' "x y"`)).toEqual(['--tag', 'env=ci', '-e', 'A=b c', 'x y']);
  });
  it('refuses a statistic the gate never compares', () => {
    expect(() => parseMetricStats(['http_req_duration:p96'], '--report-only')).toThrow(
      /names a statistic the gate does not compare/,
    );
  });
  it('suggests the closest name for a typo, and nothing for a stranger', () => {
    expect(editDistance('tolerence', 'tolerance')).toBe(1);
    expect(closest('tolerence', ['tolerance', 'error-tolerance', 'confidence'])).toBe('tolerance');
    expect(closest('zzz', ['tolerance', 'history'])).toBeUndefined();
  });
  it('suggests a name up to 2 edits away, or a quarter of the typo for long ones, and no farther', () => {
    expect(closest('tolernse', ['tolerance'])).toBe('tolerance'); // 2 edits
    expect(closest('tlrnse', ['tolerance'])).toBeUndefined(); // 4 edits for 6 letters
    // 16 letters: 4 edits allowed, 5 not.
    expect(closest('maxbaselineagexx', ['max-baseline-age'])).toBe('max-baseline-age');
    expect(closest('maxbaselineagexxx', ['max-baseline-age'])).toBeUndefined();
  });
});

describe('what a refusal of a value tells the user to write', () => {
  const hintOf = (parse: () => unknown) => {
    try {
      parse();
    } catch (err) {
      return (err as PerfGateError).hint;
    }
    return 'no error';
  };

  it('negative points: a positive amount in pp', () => {
    expect(hintOf(() => parsePoints('-0.1pp', '--error-tolerance'))).toBe('Write it like 0.1pp');
  });

  it('a word not among the choices: the first of them', () => {
    expect(hintOf(() => parseChoice('sometimes', '--save', ['auto', 'always', 'never']))).toBe(
      'Write one of them, e.g. auto',
    );
  });
});
