import { describe, expect, it } from 'vitest';
import { detectChangePoints } from '../../src/domain/trend/change-points.js';
import type { Trend, TrendStatistic } from '../../src/domain/trend/model.js';
import { recentShift } from '../../src/domain/trend/shifts.js';
import { renderTrendSection, trendOneLiner } from '../../src/render/trend.js';
import { renderTrendTerminal } from '../../src/render/trend-terminal.js';
import { recordedCommit, renderChangePointIssue, changePointMarker } from '../../src/render/trend-issue.js';
import { amountText } from '../../src/render/trend-format.js';
import { P95 } from '../../eval/trend-sim.js';
import { ERROR_RATE } from '../support/trends.js';

const ERRORS = ERROR_RATE;
const sha = (i: number) => (0xabc0000 + i).toString(16).padEnd(40, '0');

/** 24 runs: p95 100 ms, then 120 ms from run 12 (index 12); errors 0.1% then 0.6% from index 16; run 5 an outlier. */
function trend(extra: Partial<TrendStatistic> = {}): Trend {
  const p95 = { ...P95, ...extra };
  return {
    statistics: { [p95.id]: p95, [ERRORS.id]: ERRORS },
    entries: Array.from({ length: 24 }, (_, i) => ({
      commit: sha(i),
      date: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
      runId: 100 + i,
      points: {
        [p95.id]: { estimate: i === 5 ? 200 : i < 12 ? 100 * (1 + 0.005 * Math.sin(i)) : 120, se: 0.02 },
        [ERRORS.id]: { estimate: i < 16 ? 0.001 : 0.006, se: 0.0003 },
      },
    })),
  };
}
const ctx = { branch: 'main', repositoryUrl: 'https://github.com/org/shop' };

describe('renderTrendSection', () => {
  const t = trend();
  const analysis = detectChangePoints(t);
  const md = renderTrendSection(t, analysis, ctx);

  it('draws p95 and the error rate with their levels, marking the first run of each new level', () => {
    const charts = md.match(/```mermaid[\s\S]*?```/g)!;
    expect(charts).toHaveLength(2);
    expect(charts[0]).toContain(`"▲${sha(12).slice(0, 7)}"`);
    expect(charts[0]).toMatch(/line \[100, 100\.4, /);
    expect(charts[0]).toMatch(/line \[100\.\d*, .*, 120, 120\]/);
    expect(charts[1]).toContain(`"▲${sha(16).slice(0, 7)}"`);
    expect(charts[1]).toMatch(/line \[0\.1, 0\.1, .*0\.6\]/);
  });

  it('tables the change points, newest first, with before -> after, the interval and the compare link', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| 🔴'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('http\\_req\\_failed rate');
    expect(rows[0]).toContain('0.100% → 0.600%');
    expect(rows[1]).toContain('100 ms → 120 ms');
    expect(rows[1]).toMatch(/\+(19\.\d|20\.\d)% \[\+1\d\.\d%, \+2\d\.\d%\]/);
    expect(rows[1]).toContain(
      `[${sha(11).slice(0, 7)}…${sha(12).slice(0, 7)}](https://github.com/org/shop/compare/${sha(11).slice(0, 7)}...${sha(12).slice(0, 7)})`,
    );
    expect(md).toContain(`|\n\nOne-off runs (not read as a change): p95 at \`${sha(5).slice(0, 7)}\`.`);
  });

  it("draws each run's fitted level as the chart's second line: one value per segment", () => {
    const levels = md
      .match(/```mermaid[\s\S]*?```/g)![0]!
      .split('\n')
      .filter((l) => l.startsWith('  line '))[1];
    expect(levels).toBe(`  line [${[...Array(12).fill('100.1'), ...Array(12).fill('120')].join(', ')}]`);
  });

  it('lists the newest change first whichever statistic it is in', () => {
    const t = trend();
    for (const [i, e] of t.entries.entries())
      e.points[ERRORS.id] = { estimate: i < 8 ? 0.001 : 0.006, se: 0.0003 };
    const rows = renderTrendSection(t, detectChangePoints(t), ctx)
      .split('\n')
      .filter((l) => l.startsWith('| 🔴'));
    expect(rows.map((r) => (r.includes('→ 120 ms') ? 'p95' : r.includes('→ 0.600%') ? 'errors' : r))).toEqual(
      ['p95', 'errors'],
    );
  });

  it('escapes a hostile statistic and branch, and links nothing to a repository that is not a plain address', () => {
    const evil = trend({ id: 'x|<img src=y>` @team', metric: 'x' });
    const out = renderTrendSection(evil, detectChangePoints(evil), {
      branch: '<b>main</b>',
      repositoryUrl: 'javascript:alert(1)//github.com/a/b',
    });
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).toContain('x\\|&lt;img src=y&gt;\\` @\u200dteam');
    expect(out).not.toContain('](javascript');
  });

  it('titles each chart and follows it with a blank line: p95 over the newest runs, the error rate in %', () => {
    // Rendered inside the test (not from the describe's `md`), so that mutation testing sees which test covers it.
    const lines = renderTrendSection(t, detectChangePoints(t), ctx).split('\n');
    expect(lines.filter((l) => l.startsWith('  title '))).toEqual([
      '  title "http_req_duration p95 (line) and its levels, newest 30 runs"',
      '  title "error rate in % (line) and its levels"',
    ]);
    const ends = lines.flatMap((l, i) => (l === '```' ? [lines[i + 1]] : []));
    expect(ends).toEqual(['', '']);
  });

  it('names at most 10 one-off runs and counts the rest', () => {
    const many = detectChangePoints(t);
    const runs = t.entries.slice(0, 12).map((e, index) => ({ index, commit: e.commit, date: e.date }));
    const p95 = many.statistics.find((s) => s.statistic.id === P95.id)!;
    const withOutliers = { ...many, statistics: [{ ...p95, outliers: runs }] };
    const line = renderTrendSection(t, withOutliers, ctx)
      .split('\n')
      .find((l) => l.startsWith('One-off runs'))!;
    const named = runs.slice(0, 10).map((r) => `p95 at \`${r.commit.slice(0, 7)}\``);
    expect(line).toBe(`One-off runs (not read as a change): ${named.join(', ')}, and 2 more.`);
    const ten = { ...many, statistics: [{ ...p95, outliers: runs.slice(0, 10) }] };
    expect(renderTrendSection(t, ten, ctx)).toContain(`${named.join(', ')}.`);
  });

  it('writes the commit range as code when the repository is not known', () => {
    const rows = renderTrendSection(t, analysis, { branch: 'main' })
      .split('\n')
      .filter((l) => l.startsWith('| 🔴'));
    expect(rows[1]).toContain(`| \`${sha(11).slice(0, 7)}…${sha(12).slice(0, 7)}\` |`);
  });

  it('says when a trend long enough has no change point, and how many statistics it followed', () => {
    const flat = trend();
    for (const e of flat.entries) {
      e.points[P95.id] = { estimate: 100, se: 0.02 };
      e.points[ERRORS.id] = { estimate: 0.001, se: 0.0003 };
    }
    const out = renderTrendSection(flat, detectChangePoints(flat), ctx).split('\n');
    expect(out).toContain('No change point in the 24 runs of main (2 statistics followed).');
  });

  it('says when the trend is too short for change points', () => {
    const short = { ...t, entries: t.entries.slice(0, 4) };
    expect(renderTrendSection(short, detectChangePoints(short), ctx)).toBe(
      '### Trend on main\n\n4 runs of main so far: change points need at least 6.\n',
    );
  });
});

describe('trendOneLiner', () => {
  it("says in one line that main's p95 rose, by how much, and between which commits", () => {
    const t = trend();
    const analysis = detectChangePoints(t);
    const shift = recentShift(
      { ...analysis, statistics: analysis.statistics.filter((s) => s.statistic.id === P95.id) },
      12,
    )!;
    expect(trendOneLiner(analysis, shift, ctx)).toMatch(
      new RegExp(
        `^main's p95 rose (19|20)% \\[\\d+, \\d+\\] between \`${sha(11).slice(0, 7)}\` and \`${sha(12).slice(0, 7)}\` \\(\\[commits\\]\\(https://github.com/org/shop/compare/`,
      ),
    );
  });
  it("names the statistic that shifted: main's error rate", () => {
    const t = trend();
    const analysis = detectChangePoints(t);
    const shift = recentShift(
      { ...analysis, statistics: analysis.statistics.filter((s) => s.statistic.id === ERRORS.id) },
      8,
    )!;
    expect(trendOneLiner(analysis, shift, ctx)).toMatch(/^main's error rate rose /);
  });

  it('words falls and rates by their own scale, keeping the sign of a bound on the other side', () => {
    expect(amountText(P95, 0.8, [0.75, 0.85])).toBe('20% [15, 25]');
    expect(amountText(P95, 1.05, [0.98, 1.12])).toBe('5.0% [−2.0, 12]');
    expect(amountText(ERRORS, 0.004, [0.0021, 0.006])).toBe('0.40 pp [0.21, 0.60]');
    // A bound at exactly no change shows no sign.
    expect(amountText(ERRORS, 0.004, [0, 0.006])).toBe('0.40 pp [0.00, 0.60]');
    expect(amountText(ERRORS, -0.004, [-0.006, 0])).toBe('0.40 pp [0.00, 0.60]');
  });
});

describe('renderChangePointIssue', () => {
  const t = trend();
  const analysis = detectChangePoints(t);
  const cp = analysis.statistics.find((s) => s.statistic.id === P95.id)!.changePoints[0]!;
  const issue = renderChangePointIssue(analysis, cp, {
    branch: 'main',
    gateId: 'default',
    repositoryUrl: ctx.repositoryUrl,
    commits: [
      { sha: sha(12), message: 'Add a cache\n\nlong body', author: 'dev' },
      { sha: 'not a sha', message: '<script>@org/team [x](http://evil)', author: '@someone' },
    ],
    moreCommits: 3,
    runUrl: 'https://github.com/org/shop/actions/runs/7',
  });

  it('refuses a change point of a statistic the analysis does not hold, naming it', () => {
    expect(() =>
      renderChangePointIssue({ ...analysis, statistics: [] }, cp, {
        branch: 'main',
        gateId: 'default',
        commits: [],
      }),
    ).toThrow(`no statistic ${P95.id} in the analysis`);
  });

  it('titles the change in one line and carries the markers that find it again', () => {
    expect(issue.title).toMatch(/^perf-gate: main's p95 rose (19|20)% \[\d+, \d+\] at abc000c$/);
    expect(issue.body.startsWith(changePointMarker('default', P95.id))).toBe(true);
    expect(recordedCommit(issue.body)).toBe(sha(12));
  });

  it('lists the commits of the range, escaped, with the count of the ones left out', () => {
    expect(issue.body).toContain('**Commits in the range** (5):');
    expect(issue.body).toContain(`- \`${sha(12).slice(0, 7)}\` Add a cache (dev)`);
    expect(issue.body).not.toContain('long body');
    expect(issue.body).not.toContain('<script>');
    expect(issue.body).toContain('@\u200dorg/team');
    expect(issue.body).toContain('- `?` ');
    expect(issue.body).toContain('- … and 3 more');
    expect(issue.body).toContain('[this run](https://github.com/org/shop/actions/runs/7)');
  });

  it('reads a recorded commit only when it is a sha', () => {
    expect(recordedCommit('<!-- perf-gate-change-point-at:<img> -->')).toBeUndefined();
  });
});

describe('renderTrendTerminal', () => {
  it('charts each statistic with a mark under the first run of each level and lists its change points', () => {
    const t = trend();
    const out = renderTrendTerminal(t, detectChangePoints(t), { width: 80 });
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('http_req_duration p95'));
    expect(lines[at]).toBe('http_req_duration p95  now 120 ms  (runs 1-24)');
    expect(lines[at + 1]).toMatch(/^ {2}[▁▂▃▄▅▆▇█]{24}$/);
    expect(lines[at + 2]).toBe(`  ${' '.repeat(5)}o${' '.repeat(6)}^${' '.repeat(11)}`);
    expect(lines[at + 1]).toBe('  ▁▁▁▁▁█▁▁▁▁▁▁████████████');
    expect(lines[at + 3]).toMatch(
      /^ {2}WORSE {2}run 13 \(abc000b\.\.abc000c\): 100 ms → 120 ms, \+(19|20)\.\d% \[/,
    );
    expect(out).not.toContain(String.fromCharCode(27));
  });

  const changeLine = (t: Trend) =>
    renderTrendTerminal(t, detectChangePoints(t), { width: 80 })
      .split('\n')
      .find((l) => / run 13 /.test(l));

  it('tags a rise within the tolerance worse (lower case), beyond it WORSE, and a fall better', () => {
    expect(changeLine(trend({ tolerance: 0.5 }))).toMatch(/^ {2}worse {2}run 13 /);
    const falling = trend();
    for (const e of falling.entries) {
      const p = e.points[P95.id]!;
      e.points[P95.id] = { ...p, estimate: 220 - p.estimate };
    }
    expect(changeLine(falling)).toMatch(
      /^ {2}better run 13 \(abc000b\.\.abc000c\): 120 ms → 100 ms, −16\.6% /,
    );
  });

  it('draws a flat statistic at mid height', () => {
    const flat = trend();
    for (const e of flat.entries) e.points[P95.id] = { estimate: 100, se: 0.02 };
    const lines = renderTrendTerminal(flat, detectChangePoints(flat)).split('\n');
    expect(lines[lines.findIndex((l) => l.startsWith('http_req_duration p95')) + 1]).toBe(
      `  ${'▅'.repeat(24)}`,
    );
  });

  it('says when a statistic has too few runs for change points, and when it has none', () => {
    const few = { ...trend(), entries: trend().entries.slice(0, 3) };
    expect(renderTrendTerminal(few, detectChangePoints(few))).toContain(
      '  too few runs for change points (3)',
    );
    const flat = { ...trend(), entries: trend().entries.slice(0, 12) };
    flat.entries[5]!.points[P95.id] = { estimate: 100, se: 0.02 };
    expect(renderTrendTerminal(flat, detectChangePoints(flat))).toMatch(
      /http_req_duration p95.*\n.*\n {2}no change point\n/,
    );
  });

  it('adds the cumulative change to the second step of a staircase, in the terminal and in the table', () => {
    // Two +6% steps of p95 at runs 16 and 31: the second is +12.4% over 2 steps since the level before the first.
    const stairs: Trend = {
      statistics: { [P95.id]: P95 },
      entries: Array.from({ length: 45 }, (_, i) => ({
        commit: sha(i),
        date: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
        points: { [P95.id]: { estimate: i < 15 ? 100 : i < 30 ? 106 : 112.36, se: 0.02 } },
      })),
    };
    const analysis = detectChangePoints(stairs, { runNoisePrior: 0.005 });
    const terminal = renderTrendTerminal(stairs, analysis, { width: 80 }).split('\n');
    const first = terminal.find((l) => / run 16 /.test(l))!;
    const second = terminal.find((l) => / run 31 /.test(l))!;
    expect(first).not.toContain('steps');
    expect(second).toMatch(/: 106 ms → 112 ms, \+6\.0% \[[^\]]+\]; \+12\.4% \[[^\]]+\] over 2 steps, p = /);
    const rows = renderTrendSection(stairs, analysis, ctx)
      .split('\n')
      .filter((l) => l.startsWith('| 🔴') || l.startsWith('| 🟡'));
    expect(rows[0]).toContain(`over 2 steps since \`${sha(14).slice(0, 7)}\``);
    expect(rows[1]).not.toContain('steps');
  });
});
