import { describe, expect, it } from 'vitest';
import { mermaidXyChart } from '../../src/render/mermaid.js';

describe('mermaidXyChart (the one xychart builder)', () => {
  it('writes title, quoted x labels, the y axis with its range, bars then lines, 4 significant digits', () => {
    expect(
      mermaidXyChart({
        title: 'p95: candidate / baseline',
        x: ['1 AB', '2 BA'],
        y: 'ratio',
        yRange: [0.95, 1.123456],
        bars: [[20.123456, 21]],
        lines: [
          [1.0004, Number.NaN],
          [1, 1],
        ],
      }),
    ).toEqual([
      '```mermaid',
      'xychart-beta',
      '  title "p95: candidate / baseline"',
      '  x-axis ["1 AB", "2 BA"]',
      '  y-axis "ratio" 0.95 --> 1.123',
      '  bar [20.12, 21]',
      // A value that is not finite is drawn at 0: Mermaid needs a number in every place.
      '  line [1, 0]',
      '  line [1, 1]',
      '```',
    ]);
  });

  it('lets no label end itself, the line or the block, and leaves the range out when none is given', () => {
    const chart = mermaidXyChart({ title: 'a"\n```', x: ['p95"]\n```'], y: 'ms`', lines: [[1]] });
    expect(chart.filter((l) => l.startsWith('```'))).toEqual(['```mermaid', '```']);
    expect(chart[2]).toBe('  title "a     "');
    expect(chart[3]).toBe('  x-axis ["p95 ]    "]');
    expect(chart[4]).toBe('  y-axis "ms "');
  });
});
