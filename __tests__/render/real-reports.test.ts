/**
 * The renderers on reports the real engine made (compareRuns) from real k6 runs (fixtures/k6: the same script run
 * by k6 v1.8.1 and v2.2.0) and from simulated histories with a known slowdown. The snapshot tests in
 * render.test.ts pin the layout of hand-built reports; these check the structure and the key facts of what a user
 * would actually see.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SIM, simulateRun, simulateRuns } from '../../eval/simulate.js';
import { compareRuns } from '../../src/domain/compare/index.js';
import { DEFAULT_GATE_CONFIG } from '../../src/domain/gate-config.js';
import { seededRandom } from '../../src/domain/random.js';
import type { Comparison, Report } from '../../src/domain/report.js';
import type { RunSummary } from '../../src/domain/run-summary.js';
import { summarizeK6Output } from '../../src/io/k6-output.js';
import { renderComment, renderJobSummary, renderTerminal, stickyMarker } from '../../src/render/index.js';
import { ROOT } from '../support/k6.js';

const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'k6');
const CONTEXT = { gateId: 'shop', now: '2026-12-01T00:00:00Z' };

/** A Markdown table row's cells, without the outer pipes; escaped pipes stay inside their cell. */
const cells = (row: string): string[] =>
  row
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((c) => c.trim());
const tableRows = (markdown: string): string[] => markdown.split('\n').filter((l) => /^\| \S/.test(l));
/** How a comparison's metric and series read in a row: Markdown escapes underscores and parentheses. */
const md = (text: string) => text.replace(/[_()]/g, (c) => `\\${c}`);
const seriesText = (c: Comparison) =>
  Object.keys(c.series).length === 0
    ? 'all traffic'
    : (c.series.name ?? `scenario ${c.series.scenario ?? ''}`.trim());
const rowsOf = (markdown: string, c: Comparison): string[][] =>
  tableRows(markdown)
    .map(cells)
    .filter(
      (r) =>
        r[1]!.replace(' <sub>(reported)</sub>', '') === `${md(c.metric)} ${c.stat}` &&
        // A row computed from the same samples as others stands for each of them: `POST /orders = scenario checkout`.
        (r.length === 7 ? isAll(c) : r[2]!.split(' = ').includes(seriesText(c))),
    );
const isAll = (c: Comparison) => Object.keys(c.series).length === 0;

describe('a real k6 run against another (the same script, k6 v1.8.1 then v2.2.0)', () => {
  let baseline: RunSummary;
  let candidate: RunSummary;
  let report: Report;
  let comment: string;

  beforeAll(async () => {
    baseline = await summarizeK6Output(join(FIXTURES, 'shop-v1.8.1.json.gz'));
    candidate = await summarizeK6Output(join(FIXTURES, 'shop-v2.2.0.json.gz'));
    report = compareRuns([baseline], candidate, DEFAULT_GATE_CONFIG);
    comment = renderComment(report, CONTEXT);
  });

  it("heads the comment with this gate's marker and the engine's verdict and reason", () => {
    // order_duration is whole milliseconds in this script: its median went from 4 to 5 ms, a real +25%.
    expect(report.verdict).toBe('fail');
    const lines = comment.split('\n');
    expect(lines[0]).toBe(stickyMarker('shop'));
    expect(lines[1]).toBe('### ❌ perf-gate: fail');
    expect(lines[3]).toMatch(/^order\\_duration p50 \\\+25\.\d%.* regressed beyond tolerance\.$/);
    expect(comment.split('<!--').length).toBe(2);
  });

  it('shows every comparison exactly once, in a row as wide as its header, with its values and verdict', () => {
    expect(comment).toContain(`<details><summary>All ${report.comparisons.length} comparisons</summary>`);
    for (const row of tableRows(comment)) expect([7, 8]).toContain(cells(row).length);
    for (const c of report.comparisons) {
      const rows = rowsOf(comment, c);
      expect(rows.length, `${c.metric} ${c.stat} ${seriesText(c)}`).toBe(1);
      const row = rows[0]!;
      const verdict = row.at(-1)!;
      const words = { regression: 'regression', improvement: 'improvement', unchanged: 'unchanged' } as const;
      if (c.verdict !== 'inconclusive') expect(verdict.startsWith(words[c.verdict])).toBe(true);
      else expect(verdict).toMatch(c.suspected ? /^suspected/ : /^within tolerance/);
      expect(row[1]!.includes('(reported)')).toBe(!c.gated);
      // A note (why it is not gated, why it is inconclusive) follows the verdict in small print.
      if (c.note) expect(verdict).toMatch(/ <sub>.+<\/sub>$/);
      else expect(verdict).not.toContain('<sub>');
      // Only a gated regression is red; a diagnostic or reported row never is, whatever its verdict.
      expect(row[0] === '🔴').toBe(c.gated && c.verdict === 'regression');
    }
  });

  it('puts the gated all-traffic rows in the open table and the diagnostics in their own folded section', () => {
    const open = comment.slice(0, comment.indexOf('<details>'));
    const gatedAll = report.comparisons.filter((c) => c.gated && isAll(c));
    expect(gatedAll.length).toBeGreaterThan(3);
    for (const c of gatedAll) expect(rowsOf(open, c)).toHaveLength(1);
    for (const c of report.comparisons.filter((x) => !x.gated)) expect(rowsOf(open, c)).toHaveLength(0);
    const diagnostics = comment.slice(comment.indexOf('**Diagnostics**'), comment.indexOf('</details>'));
    const diagnostic = report.comparisons.filter((c) => c.diagnostic);
    expect(diagnostic.map((c) => c.metric)).toContain('http_req_waiting');
    for (const c of diagnostic) {
      const [row] = rowsOf(diagnostics, c);
      expect(row?.[0], `${c.metric} ${c.stat}`).toBe('·');
    }
  });

  it('gives the regressed row its numbers: both values in ms and the change with its interval', () => {
    const c = report.comparisons.find((x) => x.metric === 'order_duration' && x.stat === 'p50' && isAll(x))!;
    expect(c.verdict).toBe('regression');
    const [row] = rowsOf(comment, c);
    // From the end: baseline, candidate, change [interval], tolerance, verdict (a series column may precede them).
    const [base, cand, change, tolerance] = row!.slice(-5);
    expect(base).toBe(`${c.baseline.toFixed(2)} ms`);
    expect(cand).toBe(`${c.candidate.toFixed(2)} ms`);
    const pct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs((x - 1) * 100).toFixed(1)}%`;
    expect(change).toBe(`${pct(c.ratio!)} [${pct(c.interval![0])}, ${pct(c.interval![1])}]`);
    expect(tolerance).toBe('10%');
  });

  it('charts the baseline and candidate latency percentiles it compared', () => {
    const p = (stat: string) =>
      report.comparisons.find((c) => c.metric === 'http_req_duration' && c.stat === stat && isAll(c))!;
    const n = (x: number) => Number(x.toPrecision(4));
    expect(comment).toContain('  x-axis ["p50", "p95", "p99"]');
    expect(comment).toContain(`  bar [${['p50', 'p95', 'p99'].map((s) => n(p(s).baseline)).join(', ')}]`);
    expect(comment).toContain(`  line [${['p50', 'p95', 'p99'].map((s) => n(p(s).candidate)).join(', ')}]`);
  });

  it('says where the baseline came from and, in the job summary, how every interval was computed', () => {
    expect(comment).toMatch(/^\*\*Baseline:\*\* 6 days ago, 1 run\.$/m);
    const summary = renderJobSummary(report, CONTEXT);
    // Every folded section is closed again, and the methods are a list of their own.
    expect(summary.split('<details>').length).toBe(summary.split('</details>').length);
    expect(summary).toMatch(
      /<details><summary>How these were computed<\/summary>\n\n(- .+\n)+\n<\/details>\n/,
    );
    for (const method of new Set(report.comparisons.map((c) => c.method)))
      expect(summary).toContain(`- ${method.replace(/[_()[\]*#+!|~]/g, (c) => `\\${c}`)}`);
    expect(summary.length).toBeGreaterThan(comment.length);
  });

  it('prints the same verdict and every gated row to the terminal', () => {
    const text = renderTerminal(report, { color: false });
    const lines = text.split('\n').filter((l) => l !== '');
    expect(lines[0]).toBe('perf-gate: FAIL');
    // The gated rows that matter (all traffic, or a problem anywhere); the rest is counted, not listed.
    const headline = report.comparisons.filter(
      (x) => x.gated && (isAll(x) || x.verdict === 'regression' || x.suspected === true),
    );
    const reported = report.comparisons.filter((x) => !x.gated && isAll(x) && !x.diagnostic);
    const folded = report.comparisons.length - headline.length - reported.length;
    expect(folded).toBeGreaterThan(0);
    expect(text).toContain(`  ${folded} more rows (per scenario and endpoint, diagnostics) are in --json`);
    for (const c of headline) {
      const line = lines.find(
        (l) => l.slice(2).startsWith(`${c.metric} ${c.stat} `) && l.includes(` ${seriesText(c)} `),
      );
      expect(line, `${c.metric} ${c.stat} ${seriesText(c)}`).toBeDefined();
      expect(line![0]).toBe(c.verdict === 'regression' ? '✗' : c.suspected ? '?' : '✓');
    }
  });

  it('passes the run compared with itself, every gated row within tolerance', () => {
    const same = compareRuns([baseline], baseline, DEFAULT_GATE_CONFIG);
    const text = renderComment(same, CONTEXT);
    expect(same.verdict).toBe('pass');
    expect(text.split('\n')[1]).toBe('### ✅ perf-gate: pass');
    expect(text).not.toMatch(/🔴|🟡/);
    for (const c of same.comparisons.filter((x) => x.gated)) expect(rowsOf(text, c)[0]![0]).toBe('⚪');
  });

  it('says there is no baseline yet, and compares nothing, without history', () => {
    const first = compareRuns([], candidate, DEFAULT_GATE_CONFIG);
    const text = renderComment(first, CONTEXT);
    expect(text.split('\n')[1]).toBe('### ℹ️ perf-gate: no baseline yet');
    expect(text).toContain('**No baseline yet.** Nothing was compared.');
    expect(tableRows(text)).toEqual([]);
  });
});

describe('simulated history of five runs against a candidate 50% slower', () => {
  const history = simulateRuns(DEFAULT_SIM, 5, 1);
  const report = compareRuns(history, simulateRun({ ...DEFAULT_SIM, slowdown: 1.5 }, seededRandom(99)), {
    ...DEFAULT_GATE_CONFIG,
  });
  const comment = renderComment(report, CONTEXT);

  it('fails on the latency percentiles, red in the open table, with the noise measured from the history', () => {
    expect(report.verdict).toBe('fail');
    expect(comment.split('\n')[1]).toBe('### ❌ perf-gate: fail');
    for (const stat of ['p50', 'p95']) {
      const c = report.comparisons.find(
        (x) => x.metric === 'http_req_duration' && x.stat === stat && isAll(x),
      )!;
      expect(c.verdict).toBe('regression');
      const [row] = rowsOf(comment.slice(0, comment.indexOf('<details>')), c);
      expect(row![0]).toBe('🔴');
      expect(row!.at(-1)).toBe('regression');
    }
    expect(comment).toMatch(/^\*\*Baseline:\*\* .*5 runs pooled \(run-to-run noise measured from them\)\.$/m);
  });
});
