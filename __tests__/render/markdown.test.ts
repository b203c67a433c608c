/** The Markdown renderers' own rules (render.test.ts holds the snapshots of whole comments). */
import { describe, expect, it } from 'vitest';
import { renderComment, renderJobSummary } from '../../src/render/index.js';
import { comparison, CONTEXT, report } from './reports.js';

const HOW = '<details><summary>How these were computed</summary>';

describe('how the intervals were computed', () => {
  const r = report({
    comparisons: [
      comparison({ stat: 'p95', method: 'method A' }),
      comparison({ stat: 'p99', method: 'method A', gated: false }),
      comparison({ stat: 'p50', method: 'method <B>', gated: false }),
    ],
  });

  it('is listed in the job summary, each method once and escaped', () => {
    const text = renderJobSummary(r, CONTEXT);
    const at = text.indexOf(`\n\n${HOW}`) + 2;
    expect(text.slice(at).split('\n').slice(0, 6)).toEqual([
      HOW,
      '',
      '- method A',
      '- method &lt;B&gt;',
      '',
      '</details>',
    ]);
  });

  it('is left out of the comment, and out of a job summary without comparisons', () => {
    expect(renderComment(r, CONTEXT)).not.toContain(HOW);
    expect(renderJobSummary(report({ comparisons: [] }), CONTEXT)).not.toContain(HOW);
  });
});
