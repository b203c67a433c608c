/**
 * About 280 lines: the comment's sections share the escaping and the size budget (fitted), so they stay in one file; the capacity, saturation and baseline-basis parts live in their own.
 */
import type { Comparison, Report } from '../domain/report.js';
import { HTTP_REQ_DURATION } from '../domain/metric-catalog.js';
import { panelMarkdown } from './saturation.js';
import { codeSpan, escapeMarkdown, isRunUrl } from './escape.js';
import { mermaidXyChart } from './mermaid.js';
import { basisText } from './baseline-basis.js';
import { capacitySection } from './capacity.js';
import { pairsMarkdown } from './ab-pairs.js';
import { commitLink } from './trend.js';
import {
  abBaseText,
  age,
  candidateRunsText,
  formatConfidence,
  formatChange,
  formatTolerance,
  formatValue,
  isAllTraffic,
  isDiagnostic,
  foldSameSamples,
  isHeadlineRow,
  resolutionText,
  inconclusiveAdvice,
  rowMark,
  rowVerdictText,
  seriesLabel,
  VERDICT_WORD,
  type RowMark,
  healthWarningLines,
} from './format.js';

export interface RenderContext {
  /** Keeps several gates' comments apart; part of the hidden marker. */
  gateId: string;
  /** ISO time of rendering, injected (the renderer has no clock). */
  now: string;
  /** Link to the job that produced the report. */
  runUrl?: string;
  /** `https://github.com/owner/repo`: an A/B report's base commit links to its page. */
  repositoryUrl?: string;
  /** Link to the workflow run that produced the baseline. */
  baselineUrl?: string;
  /** The comment's size limit (GitHub: 65,536 characters). */
  maxChars?: number;
  /** A note placed under the headline, written by perf-gate itself (never text from a report): rendered as is. */
  notice?: string;
}

export const COMMENT_LIMIT = 65_536;
/** Rows in the open part of a comment: readable in ten seconds, even for a test with 400 endpoints. */
export const MAX_OPEN_ROWS = 12;
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

/** The hidden first line that identifies this gate's comment, for sticky updates. */
export function stickyMarker(gateId: string): string {
  return `<!-- perf-gate:${gateId.replace(/[^A-Za-z0-9._-]/g, '_')} -->`;
}

const ICON: Record<RowMark, string> = {
  regression: '🔴',
  suspected: '🟡',
  improvement: '🟢',
  within: '⚪',
  plain: '·',
};
const HEAD_ICON: Record<Report['verdict'], string> = {
  pass: '✅',
  fail: '❌',
  inconclusive: '⚠️',
  'no-baseline': 'ℹ️',
};

function tableRow(c: Comparison, withSeries: boolean, label = seriesLabel(c.series)): string {
  const name = `${escapeMarkdown(c.metric)} ${escapeMarkdown(c.stat)}${c.gated ? '' : ' <sub>(reported)</sub>'}`;
  const cells = [
    ICON[rowMark(c)],
    name,
    ...(withSeries ? [escapeMarkdown(label)] : []),
    formatValue(c.baseline, c.unit),
    formatValue(c.candidate, c.unit),
    formatChange(c),
    formatTolerance(c),
    rowVerdictText(c) + (c.note ? ` <sub>${escapeMarkdown(c.note)}</sub>` : ''),
  ];
  return `| ${cells.join(' | ')} |`;
}

function table(rows: Comparison[], withSeries: boolean, labels?: Map<Comparison, string>): string[] {
  const head = [
    '',
    'metric',
    ...(withSeries ? ['series'] : []),
    'baseline',
    'candidate',
    'change [interval]',
    'tolerance',
    'verdict',
  ];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((c) => tableRow(c, withSeries, labels?.get(c))),
  ];
}

/** A Mermaid chart of the main latency percentiles, baseline (bars) against candidate (line). */
function chart(report: Report): string[] {
  // Only plain percentile labels (p95, p99.9) become axis labels: a stat is text from the report, and inside a
  // Mermaid block anything else could end the label, the line or the block.
  const rows = report.comparisons.filter(
    (c) => isAllTraffic(c) && c.metric === HTTP_REQ_DURATION && /^p\d{1,2}(\.\d{1,3})?$/.test(c.stat),
  );
  if (rows.length < 2) return [];
  return mermaidXyChart({
    title: `${HTTP_REQ_DURATION}: baseline (bars) vs candidate (line)`,
    x: rows.map((c) => c.stat),
    y: 'ms',
    bars: [rows.map((c) => c.baseline)],
    lines: [rows.map((c) => c.candidate)],
  });
}

function thresholdsSection(report: Report): string[] {
  if (report.thresholds.length === 0) return [];
  const failed = report.thresholds.filter((t) => !t.ok);
  const lines = [
    failed.length === 0
      ? `**k6 thresholds:** ✅ ${report.thresholds.length === 1 ? 'the 1 threshold' : `all ${report.thresholds.length} thresholds`} passed.`
      : `**k6 thresholds:** ❌ ${failed.length} of ${report.thresholds.length} failed (this fails the gate on its own, whatever the baseline says):`,
  ];
  for (const t of failed) lines.push(`- ${escapeMarkdown(t.metric)}: **${escapeMarkdown(t.expression)}**`);
  return lines;
}

function baselineSection(report: Report, ctx: RenderContext): string[] {
  if (!report.baseline) return [];
  const b = report.baseline;
  const parts: string[] = [];
  // Chosen by commit (a pull request's base commit), the line says which commits; else the newest run's.
  const byCommit = basisText(b, (c) => codeSpan(c));
  if (byCommit) parts.push(byCommit);
  else if (b.commit) parts.push(`commit ${codeSpan(b.commit.slice(0, 7))}`);
  if (b.ref) parts.push(`on ${codeSpan(b.ref)}`);
  const old = age(b.start, ctx.now);
  if (old) parts.push(old);
  // Where the runs came from, as the terminal says it: `A/B: the baseline target, interleaved` says the comment is
  // an A/B comparison; a directory's file or a workflow run otherwise.
  const abBase = abBaseText(report, (short, commit) => commitLink(short, commit, ctx.repositoryUrl));
  if (abBase) parts.push(abBase);
  else if (b.source) parts.push(escapeMarkdown(b.source));
  const noise = report.settings.noiseRuns > 0;
  if (byCommit) {
    if (noise) parts.push('run-to-run noise measured from them');
  } else
    parts.push(
      b.runs === 1
        ? '1 run'
        : `${b.runs} runs pooled${noise ? ' (run-to-run noise measured from them)' : ''}`,
    );
  // The one link a report provides: shown only when it is a workflow run's page (a report may come from a fork).
  const url = ctx.baselineUrl ?? b.url;
  const link = url !== undefined && isRunUrl(url) ? url : undefined;
  const candidate = candidateRunsText(report);
  return [
    `**Baseline:** ${parts.join(', ')}${link ? ` — [its run](${link})` : ''}.`,
    ...(candidate ? ['', `**This change:** ${candidate}.`] : []),
  ];
}

function whatToDo(report: Report): string[] {
  if (report.verdict === 'inconclusive' && report.fingerprint.match) {
    return [`**What to do:** ${inconclusiveAdvice(report, (name, value) => `\`${name}: ${value}\``)}`];
  }
  if (report.verdict === 'no-baseline') {
    return [
      `**No baseline yet.** Nothing was compared. A baseline is stored when this workflow runs on a push to the default branch; merge a change (or re-run the workflow on the default branch) to create it. Locally: \`npx perf-gate ${report.capacity ? 'capacity' : 'run'} <script> --save-baseline\`.`,
    ];
  }
  return [];
}

interface Built {
  text: string;
  omitted: number;
}

function build(report: Report, ctx: RenderContext, breakdownLimit: number, long: boolean): Built {
  const out: string[] = [stickyMarker(ctx.gateId)];
  out.push(
    `### ${HEAD_ICON[report.verdict]} perf-gate: ${VERDICT_WORD[report.verdict]}`,
    '',
    escapeMarkdown(report.reason),
  );
  if (ctx.notice) out.push('', ctx.notice);
  if (report.override)
    out.push(
      '',
      // The zero-width joiner after @ names the person without notifying them again.
      `**Accepted:** ${report.override.by ? `@\u200d${escapeMarkdown(report.override.by)}` : 'someone'} applied the ${codeSpan(report.override.label, 50)} label, so the regression does not fail the gate.`,
    );
  if (!report.fingerprint.match) {
    out.push(
      '',
      `**The workload differs from the baseline's**${report.fingerprint.forced ? ' (compared anyway, as forced)' : ' so the runs were not judged against each other'}:`,
    );
    for (const d of report.fingerprint.differences) out.push(`- ${escapeMarkdown(d)}`);
  }
  // The open part: the gated all-traffic rows and the gated problems anywhere, at most MAX_OPEN_ROWS; the rest
  // (reported rows, per-series rows, diagnostics) folded away.
  // Rows computed from the same samples (a one-endpoint scenario and its endpoint) are shown once, labelled with
  // every series they stand for; the folded rows count as shown.
  const headline = foldSameSamples(report.comparisons.filter(isHeadlineRow));
  const open = headline.rows.slice(0, MAX_OPEN_ROWS);
  const folded = open.flatMap((c) => headline.twins.get(c) ?? []);
  if (open.length > 0) out.push('', ...table(open, !open.every(isAllTraffic), headline.labels));
  const resolution = resolutionText(report, escapeMarkdown, (name, value) => `\`${name}: ${value}\``);
  if (resolution) out.push('', `**Resolution:** ${resolution}`);
  const rest = report.comparisons.filter((c) => !open.includes(c) && !folded.includes(c));
  const reported = rest.filter((c) => isAllTraffic(c) && !isDiagnostic(c));
  const breakdown = rest.filter((c) => !isAllTraffic(c));
  const diagnostics = rest.filter(isDiagnostic);
  const shown = breakdown.slice(0, breakdownLimit);
  if (reported.length + shown.length + diagnostics.length > 0) {
    out.push('', `<details><summary>All ${report.comparisons.length} comparisons</summary>`);
    if (reported.length > 0) out.push('', '**All traffic**', '', ...table(reported, false));
    if (shown.length > 0)
      out.push('', `**Per scenario and endpoint** (${breakdown.length})`, '', ...table(shown, true));
    if (diagnostics.length > 0)
      out.push(
        '',
        '**Diagnostics** (HTTP timing phases, iteration duration: they explain, never gate)',
        '',
        ...table(diagnostics, false),
      );
    out.push('', '</details>');
  }
  const omitted = breakdown.length - shown.length;
  if (omitted > 0)
    out.push(
      '',
      `_${omitted} more comparisons are left out to fit; the job summary and the report JSON have them all._`,
    );
  const sections = [
    capacitySection(report),
    thresholdsSection(report),
    baselineSection(report, ctx),
    pairsMarkdown(report.ab),
    whatToDo(report),
    [...healthWarningLines(report), ...report.warnings].map((w) => `> ⚠️ ${escapeMarkdown(w)}`),
    (report.notes ?? []).map((n) => `> 💡 ${escapeMarkdown(n)}`),
    panelMarkdown(report.saturation),
    chart(report),
  ];
  for (const s of sections) if (s.length > 0) out.push('', ...s);
  if (long && report.comparisons.length > 0) {
    const methods = [...new Set(report.comparisons.map((c) => c.method))];
    out.push(
      '',
      '<details><summary>How these were computed</summary>',
      '',
      ...methods.map((m) => `- ${escapeMarkdown(m)}`),
      '',
      '</details>',
    );
  }
  const footer = [
    `confidence ${formatConfidence(report.settings.confidence)} per bound`,
    `report schema v${report.schemaVersion}`,
  ];
  if (ctx.runUrl) footer.unshift(`[job](${ctx.runUrl})`);
  out.push('', `<sub>perf-gate · ${footer.join(' · ')}</sub>`, '');
  return { text: out.join('\n'), omitted };
}

/** Renders within `limit` characters, dropping breakdown rows (never the headline or the main table) to fit. */
function fitted(report: Report, ctx: RenderContext, limit: number, long: boolean): string {
  const breakdown = report.comparisons.filter((c) => !isAllTraffic(c)).length;
  let keep = breakdown;
  for (;;) {
    const built = build(report, ctx, keep, long);
    if (built.text.length <= limit || keep === 0)
      return built.text.length <= limit
        ? built.text
        : built.text.slice(0, limit - 200) + '\n\n_(truncated)_\n';
    keep = Math.floor(keep * Math.min(0.9, limit / built.text.length));
  }
}

/** The PR comment: headline, diff table, breakdowns, thresholds, baseline provenance, chart, footer; ≤ 65,536 chars. */
export function renderComment(report: Report, ctx: RenderContext): string {
  return fitted(report, ctx, ctx.maxChars ?? COMMENT_LIMIT, false);
}

/** The job summary: the same content with every series and how each interval was computed; ≤ 1 MiB. */
export function renderJobSummary(report: Report, ctx: RenderContext): string {
  return fitted(report, ctx, JOB_SUMMARY_LIMIT, true);
}
