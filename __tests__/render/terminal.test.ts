/** The terminal report's own rules (render.test.ts holds the snapshots of whole reports). */
import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/render/index.js';
import { comparison, report } from './reports.js';

/** A report with `n` gated all-traffic rows (each a headline row). */
const withRows = (n: number) =>
  report({
    comparisons: Array.from({ length: n }, (_, i) => comparison({ metric: `metric_${i}`, stat: 'p95' })),
  });
const moreLine = (text: string) => text.split('\n').find((l) => l.includes('more gated rows'));

describe('the table of gated rows', () => {
  it('shows at most maxBreakdownRows rows and counts the rest, which the JSON report holds', () => {
    const text = renderTerminal(withRows(5), { color: false, maxBreakdownRows: 3 });
    expect(text).toContain('metric_2 p95');
    expect(text).not.toContain('metric_3 p95');
    expect(moreLine(text)).toBe('  … 2 more gated rows in --json');
  });

  it('has no count line when every row fits, and shows 20 rows by default', () => {
    expect(moreLine(renderTerminal(withRows(3), { color: false, maxBreakdownRows: 3 }))).toBeUndefined();
    expect(moreLine(renderTerminal(withRows(20), { color: false }))).toBeUndefined();
    expect(moreLine(renderTerminal(withRows(21), { color: false }))).toBe('  … 1 more gated rows in --json');
  });
});

describe('a capacity report', () => {
  const capacity = {
    baseline: { rate: 400, low: 400, high: 420 },
    candidate: { rate: 300, low: 290, high: null },
    change: -0.25,
    changeRange: [-0.3, null],
    tolerance: 0.1,
    verdict: 'regression',
    slos: ['http_req_duration:p95<200ms'],
    brokeFirst: ['http_req_duration:p95<200ms'],
    margins: null,
    generatorLimited: null,
    bottleneck: { resource: 'GC', evidence: 'at 400/s garbage collection took 30% of the time' },
    steps: { baseline: [], candidate: [] },
  };

  it('says the capacity line, the objective that broke first and the bottleneck, each on its own line', () => {
    const lines = renderTerminal(report({ capacity } as never), { color: false }).split('\n');
    const at = lines.findIndex((l) => l.startsWith('  capacity: '));
    expect(lines.slice(at - 1, at + 3)).toEqual([
      '',
      '  capacity: 400/s [400–420] → 300/s [290–not reached], -25% [-30%, open] (tolerance 10%): regression',
      '  broke first: http_req_duration:p95<200ms',
      '  bottleneck: GC: at 400/s garbage collection took 30% of the time',
    ]);
  });

  it('has no broke-first or bottleneck line when nothing broke', () => {
    const text = renderTerminal(
      report({ capacity: { ...capacity, brokeFirst: [], bottleneck: undefined } } as never),
      { color: false },
    );
    expect(text).toContain('  capacity: ');
    expect(text).not.toMatch(/broke first|bottleneck/);
  });
});
