/**
 * The A/B pairs shown: the comment's folded "Pairs" section (chart and table) and the terminal's block chart, from
 * hand-built reports; hostile text from a report stays text.
 */
import { describe, expect, it } from 'vitest';
import type { ABPairResult, Report } from '../../src/domain/report.js';
import { disturbedText, MAX_PAIRS_SHOWN, pairsMarkdown, pairsTerminal } from '../../src/render/ab-pairs.js';
import { renderComment, renderTerminal } from '../../src/render/index.js';
import { abPairs, CONTEXT } from './reports.js';

const ab = (over: Partial<NonNullable<Report['ab']>> = {}) => ({ ...abPairs().ab!, ...over });
const plain = (pair: number, latency: number | null): ABPairResult => ({
  pair,
  order: pair % 4 === 1 || pair % 4 === 0 ? 'AB' : 'BA',
  latency,
  errorRate: 0,
});

describe('pairsMarkdown (the comment and job summary)', () => {
  it('folds a chart of the per-pair ratios against 1 and 1 + tolerance, and a table of the pairs', () => {
    const lines = pairsMarkdown(ab());
    expect(lines[0]).toBe('<details><summary>Pairs (6 compared, 1 judged disturbed)</summary>');
    expect(lines.at(-1)).toBe('</details>');
    expect(lines).toContain('  x-axis ["1 AB", "2 BA", "3 BA", "4 AB", "5 AB", "6 BA"]');
    expect(lines).toContain('  line [1.021, 0.984, 1.013, 1.006, 1.28, 0.995]');
    expect(lines).toContain('  line [1, 1, 1, 1, 1, 1]');
    expect(lines).toContain('  line [1.1, 1.1, 1.1, 1.1, 1.1, 1.1]');
    // The y axis holds the ratios, 1 and 1.1, with a tenth of the span above and below: 0.984 - 0.0296 to 1.28 + 0.0296.
    expect(lines).toContain('  y-axis "ratio" 0.9544 --> 1.31');
    expect(lines).toContain('| pair | order | p95 ratio | error rate | CPU/request ratio | note |');
    expect(lines).toContain('| 3 | BA | 1.013 | +0.04 pp | 1.060 |  |');
    expect(lines.find((l) => l.startsWith('| 5 |'))).toMatch(
      /^\| 5 \| AB \| 1\.280 \| \+0\.00 pp \| 1\.070 \| 🟡 judged disturbed: a regression in http\\_req\\_duration p95 only with this pair; k6 short of CPU/,
    );
  });

  it('has no CPU column without server metrics, and no chart with fewer than 2 ratios', () => {
    const lines = pairsMarkdown(
      ab({
        perPairStatistics: { latency: { metric: 'http_req_duration', stat: 'p95', tolerance: 0.1 } },
        perPair: [plain(1, 1.02), plain(2, null)],
      }),
    );
    expect(lines).toContain('| pair | order | p95 ratio | error rate | note |');
    expect(lines).toContain('| 2 | BA | – | +0.00 pp |  |');
    expect(lines.some((l) => l.includes('mermaid'))).toBe(false);
  });

  it('shows at most MAX_PAIRS_SHOWN pairs and counts the rest', () => {
    const perPair = Array.from({ length: MAX_PAIRS_SHOWN + 7 }, (_, i) => plain(i + 1, 1));
    const lines = pairsMarkdown(ab({ pairs: perPair.length, perPair }));
    expect(lines.filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(MAX_PAIRS_SHOWN);
    expect(lines).toContain('_7 more pairs are left out; the report JSON has them all._');
  });

  it('is empty for a report written before the pairs were listed, and outside A/B mode', () => {
    const { perPair: _p, perPairStatistics: _s, ...before } = ab();
    expect(pairsMarkdown(before)).toEqual([]);
    expect(pairsMarkdown(undefined)).toEqual([]);
    const old = abPairs();
    old.ab = before;
    expect(renderComment(old, CONTEXT)).not.toContain('Pairs (');
    expect(renderComment(old, CONTEXT)).toContain('**This change:** 6 A/B pairs');
  });

  it('keeps hostile names and notes inert: no fence, heading, mention, HTML or link of their own', () => {
    const marker = '<!-- perf-gate:other -->';
    const hostile = abPairs();
    hostile.ab = ab({
      perPairStatistics: {
        latency: { metric: `x"\n\`\`\`\n## owned ${marker}`, stat: 'p95|<img src=x>', tolerance: 0.1 },
      },
      perPair: [
        plain(1, 1),
        {
          ...plain(2, 1.5),
          disturbed: { regressionOnlyWith: [`@org/team\n## x ${marker} https://evil.example`] },
        },
      ],
    });
    const comment = renderComment(hostile, CONTEXT);
    expect(comment.split('<!--').length).toBe(2);
    expect(comment).not.toMatch(/^#{1,6} (?!.*perf-gate: )/m);
    expect(comment).not.toMatch(/@org|<img|https:\/\/evil/);
    // Two charts (the pairs' and the latency percentiles'), each with exactly one opening and one closing fence.
    expect(comment.split('\n').filter((l) => l.startsWith('```'))).toEqual([
      '```mermaid',
      '```',
      '```mermaid',
      '```',
    ]);
    // The table keeps its six cells in every row.
    const rows = comment.split('\n').filter((l) => /^\| (pair|\d+) \|/.test(l));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
  });
});

describe('disturbedText: why a pair was judged disturbed', () => {
  it('names up to 3 comparisons a regression rested on, counts the rest, and gives each reason it has', () => {
    const names = ['a p95', 'b p95', 'c p95', 'd p95', 'e p95'];
    expect(disturbedText({ ...plain(1, 1), disturbed: { regressionOnlyWith: names.slice(0, 3) } })).toBe(
      'judged disturbed: a regression in a p95, b p95, c p95 only with this pair',
    );
    expect(disturbedText({ ...plain(1, 1), disturbed: { regressionOnlyWith: names } })).toBe(
      'judged disturbed: a regression in a p95, b p95, c p95 and 2 more only with this pair',
    );
    expect(disturbedText({ ...plain(1, 1), disturbed: { k6ShortOfCpu: ['baseline arm: 96%'] } })).toBe(
      'judged disturbed: k6 short of CPU (baseline arm: 96%)',
    );
    expect(
      disturbedText({
        ...plain(1, 1),
        disturbed: { k6ShortOfCpu: ['baseline arm: 96%', 'candidate arm: 97%'] },
      }),
    ).toBe('judged disturbed: k6 short of CPU (baseline arm: 96%; candidate arm: 97%)');
    expect(
      disturbedText({ ...plain(1, 1), disturbed: { regressionOnlyWith: [], k6ShortOfCpu: [] } }),
    ).toBeUndefined();
    expect(disturbedText(plain(1, 1))).toBeUndefined();
  });
});

describe('pairsTerminal (the CLI)', () => {
  it('charts the ratios in blocks from min(1, ratios) to max(1 + tolerance, ratios) and lists them', () => {
    const t = pairsTerminal(ab(), 100)!;
    expect(t.head).toBe('pairs: http_req_duration p95, candidate/baseline (▁ 0.98 … █ 1.28; tolerance 1.10)');
    // (r - 0.984) / 0.296 · 7, rounded: 0.9, 0, 0.7, 0.5, 7, 0.3.
    expect(t.chart).toBe('▂▁▂▂█▁');
    expect(t.lines).toEqual([
      'ratios: 1 AB 1.021; 2 BA 0.984; 3 BA 1.013; 4 AB 1.006; 5 AB 1.280; 6 BA 0.995',
      'CPU per request: 1.040 1.050 1.060 1.030 1.070 1.050',
      'pair 5 judged disturbed: a regression in http_req_duration p95 only with this pair; k6 short of CPU (candidate arm: k6 used 95% of the 1 CPU(s) it may run on)',
    ]);
    expect(renderTerminal(abPairs(), { color: false })).toContain('\n  ▂▁▂▂█▁\n');
  });

  it('keeps the newest pairs that fit the width, and strips control characters from report text', () => {
    const perPair = Array.from({ length: 30 }, (_, i) => plain(i + 1, 1 + i / 100));
    const t = pairsTerminal(
      ab({
        perPair,
        perPairStatistics: { latency: { metric: 'a\u001b[2Jb', stat: 'p95', tolerance: 0.1 } },
      }),
      14,
    )!;
    expect(t.head).toMatch(/^pairs: a \[2Jb p95, candidate\/baseline, pairs 21-30 /);
    expect(t.chart).toHaveLength(10);
    expect(pairsTerminal(undefined, 100)).toBeUndefined();
  });
});
