import type { Comparison, ComparisonVerdict, Report } from '../domain/report.js';
import { escapeTerminal } from './escape.js';
import { capacityLine } from './capacity.js';
import {
  candidateRunsText,
  formatChange,
  formatConfidence,
  formatTolerance,
  isDiagnostic,
  formatValue,
  isAllTraffic,
  seriesLabel,
  VERDICT_WORD,
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

const MARK: Record<ComparisonVerdict, string> = {
  regression: '✗',
  improvement: '↑',
  unchanged: '✓',
  inconclusive: '?',
};
const TONE: Record<ComparisonVerdict, keyof typeof CODES> = {
  regression: 'red',
  improvement: 'green',
  unchanged: 'dim',
  inconclusive: 'yellow',
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
  }

  const metricWidth = 24;
  const changeWidth = 27;
  const seriesWidth = Math.max(14, width - metricWidth - 22 - changeWidth - 7);
  const row = (c: Comparison): string => {
    const mark = paint(TONE[c.verdict], MARK[c.verdict]);
    const name = fit(escapeTerminal(`${c.metric} ${c.stat}`), metricWidth);
    const series = fit(escapeTerminal(seriesLabel(c.series)), seriesWidth);
    const values = `${formatValue(c.baseline, c.unit).padStart(10)} ${formatValue(c.candidate, c.unit).padStart(10)}`;
    const change = fit(formatChange(c), changeWidth);
    const line = `${name} ${series} ${values}  `;
    // Reported-only rows are dimmed: they explain, they cannot fail the gate.
    return c.gated
      ? `${mark} ${line}${paint(TONE[c.verdict], change)}`
      : paint('dim', `${MARK[c.verdict]} ${line}${change}`);
  };
  const header = `  ${fit('metric', metricWidth)} ${fit('series', seriesWidth)} ${'baseline'.padStart(10)} ${'candidate'.padStart(10)}  change [interval]`;

  const main = report.comparisons.filter((c) => isAllTraffic(c) && !isDiagnostic(c));
  const diagnostics = report.comparisons.filter(isDiagnostic).length;
  const breakdown = report.comparisons.filter(
    (c) => !isAllTraffic(c) && (c.gated || c.verdict !== 'unchanged'),
  );
  if (report.comparisons.length > 0) {
    out.push('', paint('dim', header));
    for (const c of main) out.push(row(c));
    const limit = options.maxBreakdownRows ?? 20;
    // Breakdowns: problems first, so a regression of one endpoint is never below the fold.
    const ordered = [...breakdown].sort((a, b) => rank(a.verdict) - rank(b.verdict));
    if (ordered.length > 0) out.push(paint('dim', '  per scenario / endpoint:'));
    for (const c of ordered.slice(0, limit)) out.push(row(c));
    if (ordered.length > limit)
      out.push(paint('dim', `  … ${ordered.length - limit} more rows in the report JSON (--json)`));
    if (diagnostics > 0)
      out.push(
        paint(
          'dim',
          `  ${diagnostics} diagnostic rows (HTTP timing phases, iteration duration) are in --json`,
        ),
      );
    const tolerances = [
      ...new Set(
        report.comparisons
          .filter((c) => c.gated)
          .map((c) => `${c.scale === 'ratio' ? 'latency/throughput' : 'rates'} ${formatTolerance(c)}`),
      ),
    ];
    out.push(
      paint(
        'dim',
        `  tolerance: ${tolerances.join(', ') || 'none gated'}; bounds at ${formatConfidence(report.settings.confidence)} confidence each side`,
      ),
    );
    out.push(
      paint('dim', '  ✓ unchanged  ✗ regression  ↑ improvement  ? inconclusive; plain rows are not gated'),
    );
  }

  if (report.thresholds.length > 0) {
    const failed = report.thresholds.filter((t) => !t.ok);
    out.push(
      '',
      failed.length === 0
        ? paint('green', `k6 thresholds: all ${report.thresholds.length} passed`)
        : paint('red', `k6 thresholds: ${failed.length} of ${report.thresholds.length} failed`),
    );
    for (const t of failed)
      out.push(paint('red', `  ✗ ${escapeTerminal(t.metric)}: ${escapeTerminal(t.expression)}`));
  }
  if (report.baseline) {
    const b = report.baseline;
    const parts = [
      b.commit ? `commit ${b.commit.slice(0, 7)}` : undefined,
      b.ref,
      b.start ? `from ${b.start}` : undefined,
      `${b.runs} run(s) pooled`,
      b.source,
    ].filter(Boolean);
    out.push('', paint('dim', `baseline: ${escapeTerminal(parts.join(', '))}`));
    const candidate = candidateRunsText(report);
    if (candidate) out.push(paint('dim', `this change: ${candidate}`));
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
  for (const w of report.warnings)
    out.push(...wrap(`warning: ${escapeTerminal(w)}`, width).map((l) => paint('yellow', l)));
  if (report.verdict === 'inconclusive') {
    out.push(
      '',
      ...wrap(
        'What to do: rerun to confirm, run the test longer (more windows narrow the interval), or compare on one machine with A/B mode.',
        width,
      ),
    );
  }
  out.push('');
  return out.join('\n');
}

function rank(v: ComparisonVerdict): number {
  return { regression: 0, inconclusive: 1, improvement: 2, unchanged: 3 }[v];
}
