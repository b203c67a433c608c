/** The terminal report's own rules (render.test.ts holds the snapshots of whole reports). */
import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/render/index.js';
import { shouldUseColor } from '../../src/render/terminal.js';
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

describe('colour', () => {
  it('is forced off a terminal by any FORCE_COLOR but empty and 0', () => {
    expect(shouldUseColor({ FORCE_COLOR: '' }, false)).toBe(false);
    expect(shouldUseColor({ FORCE_COLOR: '0' }, false)).toBe(false);
    expect(shouldUseColor({ FORCE_COLOR: '0' }, true)).toBe(true);
  });

  it('dims a reported-only row whole, and paints a gated row its mark and change in its tone', () => {
    const r = report({
      comparisons: [
        comparison({ stat: 'p95', verdict: 'regression', interval: [1.2, 1.3], candidate: 27, ratio: 1.25 }),
        comparison({ stat: 'p99', gated: false }),
      ],
    });
    const lines = renderTerminal(r, { color: true }).split('\n');
    const row = (stat: string) => lines.find((l) => l.includes(`http_req_duration ${stat}`))!;
    // eslint-disable-next-line no-control-regex
    expect(row('p99')).toMatch(/^\u001b\[2m· http_req_duration p99 .*\u001b\[0m$/);
    // eslint-disable-next-line no-control-regex
    expect(row('p95')).toMatch(/^\u001b\[31m✗\u001b\[0m http_req_duration p95 .*\u001b\[31m.*\u001b\[0m$/);
  });
});

describe('the saturation panel', () => {
  it('follows the table when the run scraped a server', () => {
    const r = report({
      saturation: { targets: [], firstSaturated: 'GC: pauses took 10% or more of the time' },
    });
    const text = renderTerminal(r, { color: false });
    expect(text).toContain(
      '\nsaturation (server-side):\n  first saturated: GC: pauses took 10% or more of the time\n',
    );
  });
});
