/**
 * An A/B report whose base commit perf-gate started says so on the baseline line of the comment, the job summary
 * and the terminal: "A/B against the base commit abc1234 on this runner", linked in Markdown when the repository is
 * known; an A/B report of hand-started targets keeps its own source.
 */
import { describe, expect, it } from 'vitest';
import { abBaseText } from '../../src/render/format.js';
import { renderComment, renderJobSummary, renderTerminal } from '../../src/render/index.js';
import type { Report } from '../../src/domain/report.js';
import { report } from './reports.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';

function abReport(base?: { commit: string }): Report {
  return report({
    baseline: { runs: 4, source: 'A/B: the baseline target, interleaved' },
    ab: {
      pairs: 4,
      warmupPairs: 1,
      firstLook: 4,
      maxPairs: 20,
      looks: 17,
      order: 'AB BA BA AB',
      stopped: 'settled',
      ...(base ? { base } : {}),
    },
  });
}

const CONTEXT = { gateId: 'default', now: '2026-11-24T13:05:00.000Z' };

describe('A/B against the base commit', () => {
  it('is one phrase, the short commit formatted for the target', () => {
    expect(abBaseText(abReport({ commit: COMMIT }), (short) => short)).toBe(
      'A/B against the base commit 0123456 on this runner, interleaved',
    );
    expect(abBaseText(abReport(), (short) => short)).toBeUndefined();
  });

  it('the comment and the job summary link the commit when the repository is known', () => {
    const r = abReport({ commit: COMMIT });
    const linked = `A/B against the base commit [\`0123456\`](https://github.com/org/shop/commit/${COMMIT}) on this runner, interleaved`;
    for (const render of [renderComment, renderJobSummary]) {
      expect(render(r, { ...CONTEXT, repositoryUrl: 'https://github.com/org/shop' })).toContain(linked);
      expect(render(r, CONTEXT)).toContain('A/B against the base commit `0123456` on this runner');
      expect(render(r, CONTEXT)).not.toContain('the baseline target');
    }
  });

  it('a repository URL that is not a plain https address is not linked', () => {
    const md = renderComment(abReport({ commit: COMMIT }), {
      ...CONTEXT,
      repositoryUrl: 'javascript:alert(1)//x/y',
    });
    expect(md).toContain('A/B against the base commit `0123456` on this runner');
    expect(md).not.toContain('javascript:');
  });

  it('the terminal says it too; hand-started targets keep their source', () => {
    expect(renderTerminal(abReport({ commit: COMMIT }), { color: false })).toContain(
      'A/B against the base commit 0123456 on this runner, interleaved',
    );
    const plain = renderTerminal(abReport(), { color: false });
    expect(plain).toContain('A/B: the baseline target, interleaved');
    expect(plain).not.toContain('A/B against the base commit');
  });
});
