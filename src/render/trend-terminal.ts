/**
 * `perf-gate trend` in the terminal: per statistic a one-line chart of the newest runs (eight block heights between
 * the statistic's lowest and highest value shown, `^` under the first run of each new level, `o` under a one-off
 * run), then its change points. Pure; text from the trend is stripped of control characters.
 */
import type { StatisticChangePoints, TrendAnalysis } from '../domain/trend/change-points.js';
import type { Trend } from '../domain/trend/model.js';
import { escapeTerminal } from './escape.js';
import { formatValue } from './format.js';
import { changeText, levelsText, shortSha } from './trend-format.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

/**
 * Values as one line of block heights (eight between `lo` and `hi`, clamped; the middle block when lo = hi; a space
 * for a value that is missing): the terminal's one chart, shared by the trend and the A/B pairs.
 * @example blockChart([1, 2, undefined, 3], 1, 3) // '▁▅ █'
 */
export function blockChart(values: readonly (number | undefined)[], lo: number, hi: number): string {
  return values
    .map((v) => {
      if (v === undefined) return ' ';
      const share = hi > lo ? Math.min(1, Math.max(0, (v - lo) / (hi - lo))) : 0.5;
      return BLOCKS[Math.round(share * (BLOCKS.length - 1))];
    })
    .join('');
}

/** The chart of one statistic over the given runs (indexes into the trend), with its marker line. */
export function sparkline(
  trend: Trend,
  s: StatisticChangePoints,
  indexes: readonly number[],
): [string, string] {
  const values = indexes.map((i) => trend.entries[i]?.points[s.statistic.id]?.estimate);
  const starts = new Set(s.changePoints.map((c) => c.firstAfter.index));
  const odd = new Set(s.outliers.map((o) => o.index));
  // The scale leaves one-off runs out (they show as the top or bottom block), so one 2x run does not flatten the rest.
  const known = values.filter((v, k): v is number => v !== undefined && !odd.has(indexes[k] as number));
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const bars = blockChart(values, lo, hi);
  const marks = indexes.map((i) => (starts.has(i) ? '^' : odd.has(i) ? 'o' : ' ')).join('');
  return [bars, marks];
}

export interface TrendTerminalOptions {
  /** Columns available (the chart takes what the label leaves). */
  width?: number;
}

/** The trend of every statistic with its change points, as terminal lines. */
export function renderTrendTerminal(
  trend: Trend,
  analysis: TrendAnalysis,
  options: TrendTerminalOptions = {},
): string {
  const width = Math.max(40, options.width ?? 100);
  const out = [
    `Trend: ${analysis.runs} runs of the default branch, ${analysis.statistics.length} statistics`,
  ];
  const chartWidth = Math.max(10, width - 2);
  const indexes = trend.entries.map((_, i) => i).slice(-chartWidth);
  for (const s of analysis.statistics) {
    const st = s.statistic;
    const newest = trend.entries.at(-1)?.points[st.id];
    out.push(
      '',
      `${escapeTerminal(st.id)}${newest ? `  now ${formatValue(newest.estimate, st.unit)}` : ''}  (runs ${indexes[0]! + 1}-${indexes.at(-1)! + 1})`,
    );
    const [bars, marks] = sparkline(trend, s, indexes);
    out.push(`  ${bars}`);
    if (marks.trim() !== '') out.push(`  ${marks}`);
    for (const cp of [...s.changePoints].reverse()) {
      const tag = cp.worse ? (cp.beyondTolerance ? 'WORSE' : 'worse') : 'better';
      const cumulative =
        cp.cumulative.steps > 1
          ? `; ${changeText(st, cp.cumulative.change, cp.cumulative.interval)} over ${cp.cumulative.steps} steps`
          : '';
      out.push(
        `  ${tag.padEnd(6)} run ${cp.firstAfter.index + 1} (${shortSha(cp.lastBefore.commit)}..${shortSha(cp.firstAfter.commit)}): ` +
          `${levelsText(st, cp.before, cp.after)}, ${changeText(st, cp.change, cp.interval)}${cumulative}, p = ${cp.pValue.toPrecision(2)}`,
      );
    }
    if (s.changePoints.length === 0)
      out.push(
        s.runs < 2 * analysis.options.minSegment
          ? `  too few runs for change points (${s.runs})`
          : '  no change point',
      );
  }
  return out.join('\n') + '\n';
}
