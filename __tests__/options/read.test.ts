/** Reading one option's raw text by its kind (the surfaces' tests check whole flag sets and input sets). */
import { describe, expect, it } from 'vitest';
import { parseOption, splitLines } from '../../src/options/read.js';
import { OPTIONS } from '../../src/options/spec.js';

describe('multi-line values', () => {
  it('drop blank lines and lines that start with #, and keep a # later in a line', () => {
    expect(splitLines('a.json\n\n  # the shards\r\nb.json # second\n#c.json')).toEqual([
      'a.json',
      'b.json # second',
    ]);
  });

  it('are one item per line, commas included, for a list of paths', () => {
    expect(parseOption(OPTIONS.results, 'a,b.json\nc.json', 'input results')).toEqual(['a,b.json', 'c.json']);
  });

  it('are one KEY=VALUE per line, commas in the value included, for an environment or PromQL queries', () => {
    expect(
      parseOption(
        OPTIONS.prometheusQuery,
        'cpu=sum by (pod, node) (rate(x[1m]))\nrss=max(y)',
        'input prometheus-query',
      ),
    ).toEqual({ cpu: 'sum by (pod, node) (rate(x[1m]))', rss: 'max(y)' });
    expect(parseOption(OPTIONS.env, 'HOSTS=a,b', 'input env')).toEqual({ HOSTS: 'a,b' });
  });

  it('split at commas as well as lines for a list of metrics', () => {
    expect(
      parseOption(OPTIONS.reportOnly, 'http_req_duration:p99, checks\ngroup_duration', 'input report-only'),
    ).toEqual([
      { metric: 'http_req_duration', stat: 'p99' },
      { metric: 'checks' },
      { metric: 'group_duration' },
    ]);
  });
});

describe('whole numbers and choices', () => {
  it("take the option's own minimum, else 1", () => {
    expect(() => parseOption(OPTIONS.pairs, '2', '--pairs')).toThrow(
      '--pairs "2" is not a whole number of at least 3',
    );
    expect(parseOption(OPTIONS.pairs, '3', '--pairs')).toBe(3);
    expect(() => parseOption(OPTIONS.runs, '0', '--runs')).toThrow(
      '--runs "0" is not a whole number of at least 1',
    );
  });

  it("take one of the option's words", () => {
    expect(parseOption(OPTIONS.onInconclusive, 'fail', '--on-inconclusive')).toBe('fail');
    expect(() => parseOption(OPTIONS.onInconclusive, 'maybe', '--on-inconclusive')).toThrow(
      /"maybe" is not /,
    );
  });
});
