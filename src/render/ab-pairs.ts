/**
 * A/B mode's pairs, shown: in Markdown a collapsible "Pairs" section (a Mermaid chart of each pair's
 * candidate/baseline ratio of the gated latency statistic against 1 and 1 + tolerance, and a table of the pairs),
 * in the terminal a block chart of the same ratios and their values. Pure; the statistic's name and the notes come
 * from the report (a fork's artifact, perhaps) and are escaped; the numbers were validated finite when it was read.
 */
import type { ABPairResult, ABSequence } from '../domain/report.js';
import { escapeMarkdown, escapeTerminal } from './escape.js';
import { formatDifferenceChange, formatTolerance } from './format.js';
import { mermaidXyChart } from './mermaid.js';
import { blockChart } from './trend-terminal.js';

/** Pairs shown in the chart and the table (the report JSON has every one, up to max-pairs' 200). */
export const MAX_PAIRS_SHOWN = 50;
/** Comparisons named in one pair's note, the rest counted. */
const MAX_NAMED = 3;

const ratioText = (x: number | null | undefined): string =>
  x === null || x === undefined ? '–' : x.toFixed(3);

/** Why a pair was judged disturbed, in one phrase (plain text; the caller escapes it), or undefined. */
export function disturbedText(r: ABPairResult): string | undefined {
  const d = r.disturbed;
  if (!d) return undefined;
  const parts: string[] = [];
  const only = d.regressionOnlyWith ?? [];
  if (only.length > 0) {
    const more = only.length > MAX_NAMED ? ` and ${only.length - MAX_NAMED} more` : '';
    parts.push(`a regression in ${only.slice(0, MAX_NAMED).join(', ')}${more} only with this pair`);
  }
  if ((d.k6ShortOfCpu ?? []).length > 0) parts.push(`k6 short of CPU (${d.k6ShortOfCpu!.join('; ')})`);
  return parts.length > 0 ? `judged disturbed: ${parts.join('; ')}` : undefined;
}

/** The latency statistic's name (`http_req_duration p95`), plain text, or undefined without one. */
function latencyName(ab: ABSequence): string | undefined {
  const l = ab.perPairStatistics?.latency;
  return l ? `${l.metric} ${l.stat}` : undefined;
}

/** The pairs with a latency ratio, and the y range that holds them, 1 and 1 + tolerance. */
function charted(ab: ABSequence, shown: readonly ABPairResult[]) {
  const tolerance = ab.perPairStatistics?.latency?.tolerance;
  const points = shown.filter((r): r is ABPairResult & { latency: number } => r.latency !== null);
  if (tolerance === undefined || points.length < 2) return undefined;
  const ratios = points.map((r) => r.latency);
  const lo = Math.min(1, ...ratios);
  const hi = Math.max(1 + tolerance, ...ratios);
  return { points, ratios, tolerance, lo, hi };
}

function chartMarkdown(ab: ABSequence, shown: readonly ABPairResult[]): string[] {
  const c = charted(ab, shown);
  if (!c) return [];
  const pad = (c.hi - c.lo) * 0.1;
  return [
    ...mermaidXyChart({
      title: `${latencyName(ab) ?? ''}: candidate / baseline per pair`,
      x: c.points.map((r) => `${r.pair} ${r.order}`),
      y: 'ratio',
      yRange: [Math.max(0, c.lo - pad), c.hi + pad],
      lines: [c.ratios, c.points.map(() => 1), c.points.map(() => 1 + c.tolerance)],
    }),
    '',
    `The first line is each pair's ratio (the x axis names the pair and which version ran first: AB, the baseline); the flat lines are 1 (no change) and ${Number((1 + c.tolerance).toFixed(4))} (the tolerance, ${formatTolerance({ scale: 'ratio', tolerance: c.tolerance })}).`,
  ];
}

function tableMarkdown(ab: ABSequence, shown: readonly ABPairResult[]): string[] {
  const stats = ab.perPairStatistics ?? {};
  const cpu = stats.cpuPerRequest !== undefined;
  const head = [
    'pair',
    'order',
    `${escapeMarkdown(stats.latency?.stat ?? 'latency')} ratio`,
    'error rate',
    ...(cpu ? ['CPU/request ratio'] : []),
    'note',
  ];
  const row = (r: ABPairResult) => {
    const note = disturbedText(r);
    const cells = [
      String(r.pair),
      r.order,
      ratioText(r.latency),
      r.errorRate === null ? '–' : formatDifferenceChange(r.errorRate, null),
      ...(cpu ? [ratioText(r.cpuPerRequest)] : []),
      note ? `🟡 ${escapeMarkdown(note)}` : '',
    ];
    return `| ${cells.join(' | ')} |`;
  };
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...shown.map(row)];
}

/**
 * The comment's and job summary's "Pairs" section, folded: the chart (with at least 2 pairs that have the latency
 * statistic), the table, and a line counting the pairs left out beyond MAX_PAIRS_SHOWN. Empty without `perPair`
 * (not A/B mode, or a report written before it).
 */
export function pairsMarkdown(ab: ABSequence | undefined): string[] {
  const pairs = ab?.perPair ?? [];
  if (!ab || pairs.length === 0) return [];
  const shown = pairs.slice(0, MAX_PAIRS_SHOWN);
  const disturbed = pairs.filter((r) => disturbedText(r) !== undefined).length;
  const summary = `Pairs (${pairs.length} compared${disturbed > 0 ? `, ${disturbed} judged disturbed` : ''})`;
  const omitted = pairs.length - shown.length;
  const chart = chartMarkdown(ab, shown);
  return [
    `<details><summary>${summary}</summary>`,
    '',
    ...(chart.length > 0 ? [...chart, ''] : []),
    ...tableMarkdown(ab, shown),
    ...(omitted > 0 ? ['', `_${omitted} more pairs are left out; the report JSON has them all._`] : []),
    '',
    '</details>',
  ];
}

/**
 * The terminal's pairs: a heading naming the statistic and the chart's scale, the block chart of the latency
 * ratios (one block a pair, from min(1, ratios) to max(1 + tolerance, ratios)), then plain lines (the caller wraps
 * them): the ratios, CPU per request's ratios when scraped, and each disturbed pair. Undefined without `perPair`.
 */
export function pairsTerminal(
  ab: ABSequence | undefined,
  width: number,
): { head: string; chart?: string; lines: string[] } | undefined {
  const pairs = ab?.perPair ?? [];
  if (!ab || pairs.length === 0) return undefined;
  const shown = pairs.slice(-Math.max(10, width - 4));
  const c = charted(ab, shown);
  const name = escapeTerminal(latencyName(ab) ?? 'latency');
  const scale = c
    ? ` (▁ ${c.lo.toFixed(2)} … █ ${c.hi.toFixed(2)}; tolerance ${(1 + c.tolerance).toFixed(2)})`
    : '';
  const from = shown.length < pairs.length ? `, pairs ${shown[0]!.pair}-${pairs.at(-1)!.pair}` : '';
  const lines = [`ratios: ${shown.map((r) => `${r.pair} ${r.order} ${ratioText(r.latency)}`).join('; ')}`];
  if (ab.perPairStatistics?.cpuPerRequest)
    lines.push(`CPU per request: ${shown.map((r) => ratioText(r.cpuPerRequest)).join(' ')}`);
  for (const r of pairs) {
    const note = disturbedText(r);
    if (note) lines.push(`pair ${r.pair} ${escapeTerminal(note)}`);
  }
  return {
    head: `pairs: ${name}, candidate/baseline${from}${scale}`,
    ...(c
      ? {
          chart: blockChart(
            shown.map((r) => r.latency ?? undefined),
            c.lo,
            c.hi,
          ),
        }
      : {}),
    lines,
  };
}
