/**
 * Capacity mode in the comment and the terminal: the capacity line (baseline vs. candidate, change, verdict), what
 * broke first, the margins, a Mermaid chart of p95 and error rate against offered rate for both runs with the
 * objectives' lines, and the steps. Pure; every text from the report is escaped.
 */
import type { Report } from '../domain/report.js';
import { HTTP_REQ_DURATION, HTTP_REQ_FAILED } from '../domain/metric-catalog.js';
import {
  CAPACITY_RATE_UNIT,
  type CapacityEstimate,
  type CapacityReport,
  type CapacityStep,
  type SloAtStep,
} from '../domain/capacity-model.js';
import { parseSlo, type Slo } from '../domain/capacity/slo.js';
import { codeSpan, escapeMarkdown } from './escape.js';

const num = (n: number) => Number(n.toPrecision(4)).toString();
const pct = (x: number) => `${x >= 0 ? '+' : ''}${Number((x * 100).toFixed(1))}%`;

/** `77/s [77-80]`, or `400/s [400, not reached]` when no rate broke an objective. */
export function formatEstimate(e: CapacityEstimate | null): string {
  if (!e) return 'none';
  return `${num(e.rate)}/s [${num(e.low)}–${e.high === null ? 'not reached' : num(e.high)}]`;
}

/** The one capacity line: `baseline → candidate, change [range], verdict`. */
export function capacityLine(c: CapacityReport): string {
  const change =
    c.change === null
      ? ''
      : `, ${pct(c.change)}${c.changeRange ? ` [${pct(c.changeRange[0])}, ${c.changeRange[1] === null ? 'open' : pct(c.changeRange[1])}]` : ''}`;
  return `${formatEstimate(c.baseline)} → ${formatEstimate(c.candidate)}${change} (tolerance ${Number((c.tolerance * 100).toFixed(2))}%): ${c.verdict}`;
}

/** An objective as parsed again from the report (hostile text): undefined when it does not parse. */
function sloOf(text: string): Slo | undefined {
  try {
    return parseSlo(text);
  } catch {
    return undefined;
  }
}

/**
 * The value of one run's steps at each of the offered rates on the axis: measured where the run has that rate,
 * linearly interpolated between its neighbours otherwise, the nearest step's value beyond its range
 * (xychart-beta lines need a value per category).
 */
export function valuesAt(
  steps: readonly CapacityStep[],
  rates: readonly number[],
  pick: (s: CapacityStep) => number | null,
): number[] {
  const points = steps
    .map((s) => [s.offered, pick(s)] as const)
    .filter((p): p is readonly [number, number] => p[1] !== null && Number.isFinite(p[1]))
    .sort((a, b) => a[0] - b[0]);
  return rates.map((r) => {
    if (points.length === 0) return 0;
    const after = points.findIndex((p) => p[0] >= r);
    if (after === 0) return points[0]![1];
    if (after === -1) return points[points.length - 1]![1];
    const [x1, y1] = points[after]!;
    const [x0, y0] = points[after - 1]!;
    return x1 === x0 ? y1 : y0 + ((y1 - y0) * (r - x0)) / (x1 - x0);
  });
}

function chartOf(
  title: string,
  unit: string,
  c: CapacityReport,
  pick: (s: CapacityStep) => number | null,
  limit: number | undefined,
): string[] {
  const rates = [...new Set([...c.steps.baseline, ...c.steps.candidate].map((s) => s.offered))]
    .filter((r) => Number.isFinite(r))
    .sort((a, b) => a - b);
  if (rates.length < 2) return [];
  const line = (vs: number[]) => `  line [${vs.map(num).join(', ')}]`;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis "offered ${CAPACITY_RATE_UNIT}" [${rates.map(num).join(', ')}]`,
    `  y-axis "${unit}"`,
    ...(c.steps.baseline.length > 0 ? [line(valuesAt(c.steps.baseline, rates, pick))] : []),
    line(valuesAt(c.steps.candidate, rates, pick)),
    ...(limit !== undefined ? [line(rates.map(() => limit))] : []),
    '```',
  ];
}

function stepRow(s: CapacityStep): string {
  const ms = (v: number | null) => (v === null ? 'n/a' : `${num(v)} ms`);
  const mark = s.verdict === 'met' ? '✓' : s.verdict === 'broken' ? '✗' : '⚠️ generator';
  return `| ${num(s.offered)} | ${num(s.achieved)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.errorRate === null ? 'n/a' : `${num(s.errorRate * 100)}%`} | ${s.dropped} | ${mark} |`;
}

function stepsTable(title: string, steps: readonly CapacityStep[]): string[] {
  if (steps.length === 0) return [];
  return [
    `<details><summary>${title}: ${steps.length} steps</summary>`,
    '',
    `| offered ${CAPACITY_RATE_UNIT} | achieved ${CAPACITY_RATE_UNIT} | p50 | p95 | p99 | errors | dropped | objectives |`,
    '|---|---|---|---|---|---|---|---|',
    ...[...steps].sort((a, b) => a.offered - b.offered).map(stepRow),
    '',
    '</details>',
  ];
}

/** `p95<200ms` 190.6 ms (4.7% headroom): the value in its objective's unit (ms for percentiles, % for rates). */
function marginText(m: SloAtStep): string {
  const rate = sloOf(m.slo)?.quantile === undefined;
  const value = m.value === null ? 'n/a' : rate ? `${num(m.value * 100)}%` : `${num(m.value)} ms`;
  const headroom = m.margin === null ? 'n/a' : `${Number((m.margin * 100).toFixed(1))}% headroom`;
  return `${codeSpan(m.slo, 80)} ${value} (${headroom})`;
}

/** The comment's capacity section; empty for a report of another mode. */
export function capacitySection(report: Report): string[] {
  const c = report.capacity;
  if (!c) return [];
  const slos = c.slos.map(sloOf);
  const p95 = slos.find((s) => s?.metric === HTTP_REQ_DURATION && s.stat === 'p95');
  const errors = slos.find((s) => s?.metric === HTTP_REQ_FAILED && s.stat === 'rate');
  const out = [
    `**Capacity** (maximum sustained rate under ${c.slos.map((s) => codeSpan(s, 80)).join(', ')}, in ${CAPACITY_RATE_UNIT}): ${escapeMarkdown(capacityLine(c))}`,
  ];
  if (c.brokeFirst.length > 0)
    out.push('', `**Broke first:** ${c.brokeFirst.map((s) => codeSpan(s, 80)).join(', ')}.`);
  if (c.bottleneck)
    out.push(
      '',
      `**Bottleneck:** ${escapeMarkdown(c.bottleneck.resource)}: ${escapeMarkdown(c.bottleneck.evidence)}.`,
    );
  if (c.margins && c.margins.length > 0)
    out.push('', `**Margins at ${num(c.candidate.rate)}/s:** ${c.margins.map(marginText).join('; ')}.`);
  if (c.generatorLimited !== null)
    out.push(
      '',
      `**Load generator:** k6 could not keep up at ${num(c.generatorLimited)}/s; the service may carry more.`,
    );
  const legend = `Lines: ${c.steps.baseline.length > 0 ? 'baseline, ' : ''}candidate, then the objective; values between a run's steps are interpolated.`;
  const latencyChart = chartOf('p95 latency (ms) against offered rate', 'ms', c, (s) => s.p95, p95?.limit);
  const charts = [
    ...latencyChart,
    ...(latencyChart.length > 0 ? [''] : []),
    ...chartOf(
      'error rate (%) against offered rate',
      '%',
      c,
      (s) => (s.errorRate === null ? null : s.errorRate * 100),
      errors ? errors.limit * 100 : undefined,
    ),
  ];
  if (charts.length > 0) out.push('', ...charts, '', `<sub>${legend}</sub>`);
  out.push(
    '',
    ...stepsTable('Baseline steps', c.steps.baseline),
    ...(c.steps.baseline.length > 0 ? [''] : []),
    ...stepsTable('Candidate steps', c.steps.candidate),
  );
  return out;
}
