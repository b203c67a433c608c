/**
 * The one Mermaid xychart builder of the Markdown renderers (the comment's latency chart, the A/B pairs chart, the
 * trend's charts): every label is escaped and quoted here, so no caller can let text from a report end a label, a
 * line or the code block.
 */
import { escapeMermaid } from './escape.js';

export interface XyChart {
  /** Plain text; escaped (and cut to 60 characters) here. */
  title: string;
  /** One label per point, plain text; escaped and quoted here. */
  x: readonly string[];
  /** The y axis' label, plain text. */
  y: string;
  /** The y axis' range, [low, high]; Mermaid fits it to the data without one. */
  yRange?: readonly [number, number];
  /** Bar series, one value per x label. */
  bars?: readonly (readonly number[])[];
  /** Line series, one value per x label, drawn in this order over the bars. */
  lines?: readonly (readonly number[])[];
}

/** A number in a series: 4 significant digits; a value that is not finite is drawn at 0 (Mermaid needs one). */
const num = (x: number): string => (Number.isFinite(x) ? String(Number(x.toPrecision(4))) : '0');
const series = (xs: readonly number[]): string => `[${xs.map(num).join(', ')}]`;

/** The chart as the lines of a ```mermaid code block. */
export function mermaidXyChart(chart: XyChart): string[] {
  const range = chart.yRange ? ` ${num(chart.yRange[0])} --> ${num(chart.yRange[1])}` : '';
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${escapeMermaid(chart.title)}"`,
    `  x-axis [${chart.x.map((label) => `"${escapeMermaid(label)}"`).join(', ')}]`,
    `  y-axis "${escapeMermaid(chart.y)}"${range}`,
    ...(chart.bars ?? []).map((b) => `  bar ${series(b)}`),
    ...(chart.lines ?? []).map((l) => `  line ${series(l)}`),
    '```',
  ];
}
