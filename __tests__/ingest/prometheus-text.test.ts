import { describe, expect, it } from 'vitest';
import { familyOf, parsePromValue, parsePrometheusText } from '../../src/ingest/prometheus-text.js';
import { costRatio } from '../support/relative-cost.js';

describe('parsePrometheusText', () => {
  it('reads counters, gauges, HELP and TYPE, with and without labels and timestamps', () => {
    const e = parsePrometheusText(
      [
        '# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.',
        '# TYPE process_cpu_seconds_total counter',
        'process_cpu_seconds_total 12.5 1700000000000',
        '# TYPE go_goroutines gauge',
        'go_goroutines{instance="a"} 17',
        '',
      ].join('\n'),
    );
    expect(e.samples).toEqual([
      { name: 'process_cpu_seconds_total', labels: {}, value: 12.5 },
      { name: 'go_goroutines', labels: { instance: 'a' }, value: 17 },
    ]);
    expect(e.families.get('process_cpu_seconds_total')).toEqual({
      name: 'process_cpu_seconds_total',
      type: 'counter',
      help: 'Total user and system CPU time spent in seconds.',
    });
    expect(e.invalidLines).toBe(0);
    expect(e.eof).toBe(false);
  });

  it('reads histograms and summaries and maps their samples to the family', () => {
    const e = parsePrometheusText(
      [
        '# TYPE http_request_duration_seconds histogram',
        'http_request_duration_seconds_bucket{route="a",le="0.1"} 3',
        'http_request_duration_seconds_bucket{route="a",le="+Inf"} 5',
        'http_request_duration_seconds_sum{route="a"} 0.9',
        'http_request_duration_seconds_count{route="a"} 5',
        '# TYPE go_gc_duration_seconds summary',
        'go_gc_duration_seconds{quantile="0.5"} 1e-05',
        'go_gc_duration_seconds_sum 0.002',
        'go_gc_duration_seconds_count 40',
      ].join('\n'),
    );
    expect(e.samples).toHaveLength(7);
    expect(e.samples[1]).toEqual({
      name: 'http_request_duration_seconds_bucket',
      labels: { route: 'a', le: '+Inf' },
      value: 5,
    });
    expect(familyOf(e, 'http_request_duration_seconds_sum')?.type).toBe('histogram');
    expect(familyOf(e, 'go_gc_duration_seconds_count')?.type).toBe('summary');
    expect(familyOf(e, 'go_gc_duration_seconds')?.type).toBe('summary');
    expect(familyOf(e, 'nothing_total')).toBeUndefined();
  });

  it('unescapes label values and keeps commas, braces and spaces inside them', () => {
    const e = parsePrometheusText('m{path="/a\\\\b",msg="say \\"hi\\"\\nnext",x="{a, b}"} 1\n');
    expect(e.samples[0]?.labels).toEqual({ path: '/a\\b', msg: 'say "hi"\nnext', x: '{a, b}' });
  });

  it('reads NaN and ±Inf values', () => {
    const e = parsePrometheusText('a NaN\nb +Inf\nc -Inf\nd 1.5e3\n');
    expect(Number.isNaN(e.samples[0]?.value)).toBe(true);
    expect(e.samples.slice(1).map((s) => s.value)).toEqual([Infinity, -Infinity, 1500]);
  });

  it('reads OpenMetrics: counters declared without _total, UNIT, exemplars, and stops at # EOF', () => {
    const e = parsePrometheusText(
      [
        '# TYPE requests counter',
        '# UNIT requests requests',
        'requests_total{code="200"} 10 # {trace_id="abc"} 1 1700000000.1',
        'requests_created{code="200"} 1700000000',
        '# EOF',
        'after_eof 1',
      ].join('\n'),
    );
    expect(e.eof).toBe(true);
    expect(e.samples.map((s) => s.name)).toEqual(['requests_total', 'requests_created']);
    expect(e.samples[0]?.value).toBe(10);
    expect(familyOf(e, 'requests_total')?.type).toBe('counter');
    expect(e.families.get('requests')?.unit).toBe('requests');
  });

  it('counts and skips what is not a sample, never throws: hostile text', () => {
    const e = parsePrometheusText(
      [
        'good 1',
        '<html>not metrics</html>',
        'bad{unterminated="x 1',
        'bad{a="\\q"} 1',
        'bad{a=xy"} 1',
        'bad{a="x" b="y"} 1',
        'bad 1 notatimestamp',
        'name_only',
        'two values 1 2 3',
        'three 1 2 3',
        'labels_only{a="1"}',
        'm 12abc',
        '# TYPE x notatype',
        '# just a comment',
        'good2{} 2\r',
      ].join('\n'),
    );
    expect(e.samples.map((s) => s.name)).toEqual(['good', 'good2']);
    expect(e.invalidLines).toBe(12);
    expect(parsePrometheusText('').samples).toEqual([]);
  });
});

describe('declarations', () => {
  it('read a TYPE in any case with trailing blanks, HELP with its escapes, UNIT trimmed', () => {
    const e = parsePrometheusText(
      ['# TYPE a COUNTER  \t', '# HELP a line one\\nline \\\\two', '# UNIT a seconds  ', 'a_total 1'].join(
        '\n',
      ),
    );
    expect(e.families.get('a')).toEqual({
      name: 'a',
      type: 'counter',
      help: 'line one\nline \\two',
      unit: 'seconds',
    });
    expect(e.invalidLines).toBe(0);
  });

  it('count a declaration of a name that cannot start a metric name as invalid, declaring nothing', () => {
    const e = parsePrometheusText('# TYPE 9lives gauge\n# HELP {a} x\n');
    expect(e.invalidLines).toBe(2);
    expect(e.families.size).toBe(0);
  });

  it('refuses a declared name that only begins like a metric name (a-b, a.b)', () => {
    const e = parsePrometheusText('# HELP a-b x\n# TYPE a.b gauge\n# TYPE ok_name gauge\n');
    expect(e.invalidLines).toBe(2);
    expect([...e.families.keys()]).toEqual(['ok_name']);
  });
});

describe('parsePromValue', () => {
  it('reads floats, Go hex integers and the special values, and rejects anything else', () => {
    expect(parsePromValue('0')).toBe(0);
    expect(parsePromValue('-1.25')).toBe(-1.25);
    expect(parsePromValue('.5')).toBe(0.5);
    expect(parsePromValue('1e-3')).toBe(0.001);
    expect(parsePromValue('0x1F')).toBe(31);
    expect(parsePromValue('inf')).toBe(Infinity);
    expect(parsePromValue('1,5')).toBeUndefined();
    expect(parsePromValue('')).toBeUndefined();
    expect(parsePromValue('abc')).toBeUndefined();
  });

  it("refuses what JavaScript's Number reads but Go's ParseFloat does not: binary, octal, a trailing word", () => {
    // Number('0b101') is 5 and Number('0o17') is 15; the format's values are Go floats, and these are not.
    expect(parsePromValue('0b101')).toBeUndefined();
    expect(parsePromValue('0o17')).toBeUndefined();
    expect(parsePromValue('1.5x')).toBeUndefined();
    expect(parsePromValue('1e')).toBeUndefined();
  });
});

describe('hostile text costs what its size costs (no backtracking regex)', () => {
  /** A normal exposition of about `bytes` bytes: typed gauges with labels, the reference cost. */
  function normalExposition(bytes: number): string {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < bytes; i++) {
      const line =
        i % 2 === 0 ? `# TYPE metric_${i} gauge` : `metric_${i - 1}{route="/r/${i}",code="200"} ${i}.5`;
      lines.push(line);
      size += line.length + 1;
    }
    return lines.join('\n');
  }
  function sameSize(line: string, bytes: number): string {
    return Array.from({ length: Math.ceil(bytes / (line.length + 1)) }, () => line).join('\n');
  }

  it('reads comment lines of many spaces ending in carriage returns as fast as a normal exposition', () => {
    // The line is `# TYPE` + 8,000 spaces + `a\rb\rc` (81 s with the old backtracking regex); 600 spaces
    // keep the old code's failure to seconds while it still costs hundreds of times the normal parse.
    const hostile = sameSize(`# TYPE${' '.repeat(600)}a\rb\rc`, 40_000);
    const normal = normalExposition(hostile.length);
    expect(parsePrometheusText(`# TYPE${' '.repeat(8000)}a\rb\rc\nup 1`).samples).toHaveLength(1);
    expect(
      costRatio(
        () => parsePrometheusText(hostile),
        () => parsePrometheusText(normal),
      ),
    ).toBeLessThan(5);
  });

  it('reads long runs of digits that are not a value as fast as a normal exposition', () => {
    const hostile = sameSize(`m ${'1'.repeat(6000)}x`, 40_000);
    const normal = normalExposition(hostile.length);
    expect(parsePrometheusText(hostile).invalidLines).toBeGreaterThan(0);
    expect(
      costRatio(
        () => parsePrometheusText(hostile),
        () => parsePrometheusText(normal),
      ),
    ).toBeLessThan(5);
  });
});

describe('parsePromValue: non-finite numbers', () => {
  it('refuses a number too large for a double; only the words mean infinity', () => {
    expect(parsePromValue('1e999')).toBeUndefined();
    expect(parsePromValue('-1e999')).toBeUndefined();
    expect(parsePromValue('+Inf')).toBe(Infinity);
    expect(parsePromValue('-inf')).toBe(-Infinity);
    expect(parsePromValue('NaN')).toBeNaN();
    expect(parsePromValue('+NaN')).toBeUndefined();
    expect(parsePrometheusText('m 1e999\nn 2').samples).toEqual([{ name: 'n', labels: {}, value: 2 }]);
  });
});
