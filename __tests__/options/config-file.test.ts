/**
 * The gate config file's own rules: each mistake is refused naming the file, the place and what to write; rules
 * read as MetricRules. (surfaces.test.ts checks that the file reads options by the same grammar as flags and inputs.)
 */
import { describe, expect, it } from 'vitest';
import { PerfGateError } from '../../src/errors.js';
import { parseGateFileConfig } from '../../src/options/config-file.js';

const rules = (metrics: unknown) => parseGateFileConfig('c.json', JSON.stringify({ metrics })).rules;
const refusal = (read: () => unknown): { message: string; hint?: string } => {
  try {
    read();
  } catch (err) {
    expect(err).toBeInstanceOf(PerfGateError);
    return { message: (err as PerfGateError).message, hint: (err as PerfGateError).hint };
  }
  throw new Error('not refused');
};

describe('per-metric rules', () => {
  it('read better: lower as higher-is-worse and better: higher as higher-is-better', () => {
    expect(rules([{ metric: 'queue_wait', better: 'lower' }])).toEqual([
      { metric: 'queue_wait', direction: 'higher-is-worse' },
    ]);
    expect(rules([{ metric: 'cache_hits', better: 'higher' }])).toEqual([
      { metric: 'cache_hits', direction: 'higher-is-better' },
    ]);
  });

  it('refuse an unknown key, naming the rule, with the key meant or else the known keys', () => {
    expect(refusal(() => rules([{ metric: 'x' }, { metric: 'x', tolerence: '5%' }]))).toEqual({
      message: 'c.json: unknown key "tolerence" in metrics[1]',
      hint: 'Did you mean "tolerance"? ',
    });
    expect(refusal(() => rules([{ metric: 'x', zzz: 1 }]))).toEqual({
      message: 'c.json: unknown key "zzz" in metrics[0]',
      hint: 'Known keys: metric, stats, series, gate, tolerance, better',
    });
  });

  it('refuse a statistic the gate does not compare, listing those it does and the one meant', () => {
    const hint = (stat: string) => refusal(() => rules([{ metric: 'x', stats: [stat] }])).hint;
    expect(hint('p96')).toMatch(/^Use p50, .*p95.* \(did you mean "p95"\?\)$/);
    expect(hint('zzzzzz')).toMatch(/^Use p50, [^(]*[^)]$/);
  });

  it('refuse a series that is not a tag filter, showing one', () => {
    expect(refusal(() => rules([{ metric: 'x', series: 'GET /' }])).hint).toBe(
      'Write it like "series": { "name": "GET /products" }',
    );
  });

  it.each([
    [['checks'], 'c.json: metrics[0] is not an object'],
    [[null], 'c.json: metrics[0] is not an object'],
    [[['metric', 'x']], 'c.json: metrics[0] is not an object'],
    [[{ stats: ['p95'] }], 'c.json: metrics[0].metric is missing or not a k6 metric name'],
    [[{ metric: 'my-metric' }], 'c.json: metrics[0].metric is missing or not a k6 metric name'],
    [[{ metric: 'x', stats: 'p95' }], 'c.json: metrics[0].stats is not a list of statistics'],
    [[{ metric: 'x', stats: [95] }], 'c.json: metrics[0].stats is not a list of statistics'],
    [[{ metric: 'x', series: 'GET /' }], 'c.json: metrics[0].series is not a tag filter'],
    [[{ metric: 'x', series: { name: 1 } }], 'c.json: metrics[0].series is not a tag filter'],
    [[{ metric: 'x', gate: 'no' }], 'c.json: metrics[0].gate is not true or false'],
    [{ metric: 'x' }, 'c.json: metrics is not a list'],
  ])('refuse %j: %s', (metrics, message) => {
    expect(refusal(() => rules(metrics)).message).toBe(message);
  });

  it('accept every metric name k6 accepts (letters, digits, underscores, not a digit first)', () => {
    expect(rules([{ metric: '_a9' }, { metric: 'A_b' }])).toEqual([{ metric: '_a9' }, { metric: 'A_b' }]);
    expect(() => rules([{ metric: '9a' }])).toThrow(/metric is missing or not a k6 metric name/);
  });
});

describe('the file as a whole', () => {
  it('is empty when the YAML document is null', () => {
    expect(parseGateFileConfig('g.yml', '~').rules).toEqual([]);
  });

  it('is empty when the YAML file is', () => {
    expect(parseGateFileConfig('perf-gate.config.yml', '')).toEqual({
      file: 'perf-gate.config.yml',
      values: {},
      rules: [],
      written: {},
    });
  });

  it('shows how a rule is written when one is not an object', () => {
    expect(refusal(() => rules(['checks'])).hint).toBe('Write it like { "metric": "checks", "gate": false }');
  });

  it('names the syntax it could not read, by the extension', () => {
    expect(refusal(() => parseGateFileConfig('g.yml', 'a: [')).message).toMatch(/^g.yml is not valid YAML: /);
    expect(refusal(() => parseGateFileConfig('g.yml.json', '{')).message).toMatch(
      /^g.yml.json is not valid JSON: /,
    );
    expect(refusal(() => parseGateFileConfig('g.YAML', 'a: [')).message).toMatch(
      /^g.YAML is not valid YAML: /,
    );
    expect(refusal(() => parseGateFileConfig('g.json', '{')).message).toMatch(/^g.json is not valid JSON: /);
  });

  it('refuses a document that is not an object of settings', () => {
    expect(refusal(() => parseGateFileConfig('g.json', '["tolerance"]')).message).toBe(
      'g.json is not an object of settings',
    );
  });

  it('keeps each top-level key as written: a string as it is, anything else as JSON', () => {
    const file = parseGateFileConfig(
      'g.json',
      '{"tolerance": "5%", "runs": 3, "metrics": [{"metric": "x"}]}',
    );
    expect(file.written).toEqual({ tolerance: '5%', runs: '3', metrics: '[{"metric":"x"}]' });
  });
});
