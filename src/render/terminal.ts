import type { Comparison, Report } from '../domain/report.js';
import { panelTerminal } from './saturation.js';
import { escapeTerminal } from './escape.js';
import { basisText } from './baseline-basis.js';
import { capacityLine } from './capacity.js';
import { pairsTerminal } from './ab-pairs.js';
import {
  abBaseText,
  candidateRunsText,
  formatChange,
  formatConfidence,
  formatTolerance,
  toleranceGroup,
  narrowMetricName,
  isDiagnostic,
  formatValue,
  isAllTraffic,
  isHeadlineRow,
  resolutionText,
  inconclusiveAdvice,
  rowMark,
  seriesLabel,
  VERDICT_WORD,
  type RowMark,
  healthWarningLines,
} from './format.js';

export interface TerminalOptions {
  color: boolean;
  /** Columns available; the table is laid out for 100. */
  width?: number;
  /** Breakdown rows shown at most (the rest are counted). */
  maxBreakdownRows?: number;
}

const CODES = { red: '31', green: '32', yellow: '33', dim: '2', bold: '1' } as const;

/**
 * Honours NO_COLOR (any non-empty value disables colour) and FORCE_COLOR (enables it off a TTY); otherwise colour
 * only on a terminal.
 */
export function shouldUseColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return isTTY;
}

const MARK: Record<RowMark, string> = {
  regression: '✗',
  suspected: '?',
  improvement: '↑',
  within: '✓',
  plain: '·',
};
const TONE: Record<RowMark, keyof typeof CODES> = {
  regression: 'red',
  suspected: 'yellow',
  improvement: 'green',
  within: 'dim',
  plain: 'dim',
};

function wrap(text: string, width: number, indent = ''): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width - indent.length) {
      lines.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(indent + line);
  return lines;
}

function fit(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

/** Like fit, but a long name keeps its end, the part that tells series apart (`…/orders/:id/items`). */
function fitTail(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `…${text.slice(text.length - width + 1)}`;
}

/** The CLI's report: the verdict and why, the comparisons as a table, k6's thresholds, the baseline, warnings. */
export function renderTerminal(report: Report, options: TerminalOptions): string {
  const width = Math.max(60, options.width ?? 100);
  const paint = (tone: keyof typeof CODES, text: string) =>
    options.color ? `\x1b[${CODES[tone]}m${text}\x1b[0m` : text;
  const out: string[] = [];
  const headTone = report.verdict === 'fail' ? 'red' : report.verdict === 'pass' ? 'green' : 'yellow';
  out.push('', paint('bold', paint(headTone, `perf-gate: ${VERDICT_WORD[report.verdict].toUpperCase()}`)));
  out.push(...wrap(escapeTerminal(report.reason), width, '  '));
  if (report.capacity) {
    out.push('', ...wrap(escapeTerminal(`capacity: ${capacityLine(report.capacity)}`), width, '  '));
    if (report.capacity.brokeFirst.length > 0)
      out.push(...wrap(escapeTerminal(`broke first: ${report.capacity.brokeFirst.join(', ')}`), width, '  '));
    const b = report.capacity.bottleneck;
    if (b) out.push(...wrap(escapeTerminal(`bottleneck: ${b.resource}: ${b.evidence}`), width, '  '));
  }

  const metricWidth = 24;
  const changeWidth = 27;
  const seriesWidth = Math.max(14, width - metricWidth - 22 - changeWidth - 7);
  const row = (c: Comparison): string => {
    const m = c.gated ? rowMark(c) : 'plain';
    const name = fit(escapeTerminal(`${narrowMetricName(c.metric)} ${c.stat}`), metricWidth);
    const series = fitTail(escapeTerminal(seriesLabel(c.series)), seriesWidth);
    const values = `${formatValue(c.baseline, c.unit).padStart(10)} ${formatValue(c.candidate, c.unit).padStart(10)}`;
    const change = fit(formatChange(c), changeWidth);
    const line = `${name} ${series} ${values}  `;
    // Reported-only rows are dimmed and marked ·: they explain, they cannot fail the gate.
    return m === 'plain'
      ? paint('dim', `${MARK[m]} ${line}${change}`)
      : `${paint(TONE[m], MARK[m])} ${line}${paint(TONE[m], change)}`;
  };
  const header = `  ${fit('metric', metricWidth)} ${fit('series', seriesWidth)} ${'baseline'.padStart(10)} ${'candidate'.padStart(10)}  change [interval]`;

  const main = report.comparisons.filter(isHeadlineRow);
  const reported = report.comparisons.filter((c) => !c.gated && isAllTraffic(c) && !isDiagnostic(c));
  const folded = report.comparisons.length - main.length - reported.length;
  if (report.comparisons.length > 0) {
    out.push('', paint('dim', header));
    for (const c of main.slice(0, options.maxBreakdownRows ?? 20)) out.push(row(c));
    if (main.length > (options.maxBreakdownRows ?? 20))
      out.push(
        paint('dim', `  … ${main.length - (options.maxBreakdownRows ?? 20)} more gated rows in --json`),
      );
    for (const c of reported) out.push(row(c));
    if (folded > 0)
      out.push(
        paint(
          'dim',
          `  ${folded} more rows (per scenario and endpoint, diagnostics) are in --json and --markdown`,
        ),
      );
    const tolerances = [
      ...new Set(
        report.comparisons.filter((c) => c.gated).map((c) => `${toleranceGroup(c)} ${formatTolerance(c)}`),
      ),
    ];
    out.push(
      paint(
        'dim',
        `  tolerance: ${tolerances.join(', ') || 'none gated'}; bounds at ${formatConfidence(report.settings.confidence)} confidence each side`,
      ),
    );
    out.push(
      paint('dim', '  ✗ regression  ? suspected  ↑ improvement  ✓ within tolerance  · reported, not gated'),
    );
  }

  if (report.thresholds.length > 0) {
    const failed = report.thresholds.filter((t) => !t.ok);
    out.push(
      '',
      failed.length === 0
        ? paint(
            'green',
            `k6 thresholds: ${report.thresholds.length === 1 ? 'the 1 threshold' : `all ${report.thresholds.length}`} passed`,
          )
        : paint('red', `k6 thresholds: ${failed.length} of ${report.thresholds.length} failed`),
    );
    for (const t of failed)
      out.push(paint('red', `  ✗ ${escapeTerminal(t.metric)}: ${escapeTerminal(t.expression)}`));
  }
  if (report.baseline) {
    const b = report.baseline;
    const byCommit = basisText(b, (c) => c);
    const parts = [
      byCommit ?? (b.commit ? `commit ${b.commit.slice(0, 7)}` : undefined),
      b.ref,
      b.start ? `from ${b.start}` : undefined,
      byCommit ? undefined : `${b.runs} run(s) pooled`,
      abBaseText(report, (short) => short) ?? b.source,
    ].filter(Boolean);
    out.push('', paint('dim', `baseline: ${escapeTerminal(parts.join(', '))}`));
    const candidate = candidateRunsText(report);
    if (candidate) out.push(paint('dim', `this change: ${candidate}`));
  }
  const pairs = pairsTerminal(report.ab, width);
  if (pairs) {
    out.push(...wrap(pairs.head, width));
    if (pairs.chart !== undefined) out.push(`  ${pairs.chart}`);
    for (const line of pairs.lines) out.push(...wrap(line, width, '  '));
  }
  if (!report.fingerprint.match) {
    out.push(
      paint(
        'yellow',
        `workload differs from the baseline${report.fingerprint.forced ? ' (compared anyway: --force)' : ''}:`,
      ),
    );
    for (const d of report.fingerprint.differences) out.push(paint('yellow', `  ${escapeTerminal(d)}`));
  }
  out.push(...panelTerminal(report.saturation));
  for (const w of [...healthWarningLines(report), ...report.warnings])
    out.push(...wrap(`warning: ${escapeTerminal(w)}`, width).map((l) => paint('yellow', l)));
  for (const n of report.notes ?? []) out.push(...wrap(`note: ${escapeTerminal(n)}`, width));
  const resolution = resolutionText(report);
  if (resolution) out.push('', ...wrap(`resolution: ${escapeTerminal(resolution)}`, width));
  if (report.verdict === 'inconclusive' && report.fingerprint.match) {
    out.push('', ...wrap(`What to do: ${inconclusiveAdvice(report)}`, width));
  }
  out.push('');
  return out.join('\n');
}
