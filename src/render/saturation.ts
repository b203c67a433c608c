/**
 * The saturation panel (domain/saturation-panel.ts) as lines: a Markdown table for the comment and job summary, and
 * plain lines for the terminal. Targets and route labels come from a scrape: hostile text, escaped for each medium.
 */
import type { PanelTarget, SaturationPanel } from '../domain/saturation-panel.js';
import { codeSpan, escapeMarkdown, escapeTerminal } from './escape.js';

const MAX_ROUTES = 10;

const num = (x: number, digits = 3): string => Number(x.toPrecision(digits)).toString();
const mb = (bytes: number): string => `${num(bytes / 1024 / 1024)} MB`;
const pct = (share: number): string => `${num(share * 100, 2)}%`;

/** One line per resource the target exports, as [label, value]. */
function facts(t: PanelTarget): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (t.cpuPerRequestMs !== undefined)
    out.push([
      'CPU per request',
      `${num(t.cpuPerRequestMs)} ms${t.baselineCpuPerRequestMs !== undefined ? ` (baseline ${num(t.baselineCpuPerRequestMs)} ms)` : ''}`,
    ]);
  if (t.coresUsed !== undefined) out.push(['CPU cores used', num(t.coresUsed)]);
  if (t.rssBytes !== undefined)
    out.push([
      'memory (RSS)',
      `${mb(t.rssBytes)}${t.memoryGrowthBytes !== undefined ? `, ${t.memoryGrowthBytes >= 0 ? '+' : ''}${mb(t.memoryGrowthBytes)} over the run` : ''}`,
    ]);
  if (t.gcTimeShare !== undefined) out.push(['GC time', pct(t.gcTimeShare)]);
  if (t.goroutinesMax !== undefined) out.push(['goroutines (max)', String(t.goroutinesMax)]);
  if (t.eventLoopLagMaxMs !== undefined) out.push(['event-loop lag (max)', `${num(t.eventLoopLagMaxMs)} ms`]);
  if (t.failures > 0) out.push(['failed scrapes', `${t.failures} of ${t.scrapes}`]);
  return out;
}

const routeQuantiles = (r: PanelTarget['routes'][number]): string =>
  `p50 ${r.p50 === undefined ? '–' : `${num(r.p50)} ms`}, p95 ${r.p95 === undefined ? '–' : `${num(r.p95)} ms`}${r.resolutionP95 !== undefined ? ` (±${num(r.resolutionP95)} ms bucket)` : ''}${r.baselineP95 !== undefined ? `; baseline p95 ${num(r.baselineP95)} ms` : ''}`;

export function panelMarkdown(panel: SaturationPanel | undefined): string[] {
  if (!panel) return [];
  const out = ['### Saturation (server-side)', ''];
  if (panel.firstSaturated) out.push(`First saturated: **${escapeMarkdown(panel.firstSaturated)}**`, '');
  for (const t of panel.targets) {
    out.push(`${codeSpan(t.target)}`, '', '| resource | value |', '| --- | --- |');
    // The values are perf-gate's own numbers; only the target and the route labels come from the scrape.
    for (const [k, v] of facts(t)) out.push(`| ${k} | ${v} |`);
    for (const r of t.routes.slice(0, MAX_ROUTES))
      out.push(
        `| latency ${escapeMarkdown(r.route.slice(0, 120))} (${requests(r.count)}) | ${routeQuantiles(r)} |`,
      );
    out.push('');
  }
  if (panel.generator)
    out.push(
      `Load generator (k6): ${pct(panel.generator.cpuShare)} of ${panel.generator.cpusAllowed ?? 1} CPU(s)${panel.generator.runQueueWaitShare !== undefined ? `, waited for a CPU ${pct(panel.generator.runQueueWaitShare)} of its runnable time` : ''}.`,
    );
  return out;
}

/**
 * A route's request count, whole: a count read off Prometheus counters over a window may be fractional
 * (`493.701556639`), and requests come in ones.
 */
const requests = (count: number): string => `${Math.round(count).toLocaleString('en-US')} req`;

export function panelTerminal(panel: SaturationPanel | undefined): string[] {
  if (!panel) return [];
  const out = ['', 'saturation (server-side):'];
  if (panel.firstSaturated) out.push(`  first saturated: ${escapeTerminal(panel.firstSaturated)}`);
  for (const t of panel.targets) {
    out.push(`  ${escapeTerminal(t.target)}`);
    for (const [k, v] of facts(t)) out.push(`    ${k}: ${v}`);
    for (const r of t.routes.slice(0, MAX_ROUTES))
      out.push(`    latency ${escapeTerminal(r.route)} (${requests(r.count)}): ${routeQuantiles(r)}`);
  }
  if (panel.generator)
    out.push(
      `  load generator (k6): ${pct(panel.generator.cpuShare)} of ${panel.generator.cpusAllowed ?? 1} CPU(s)${panel.generator.runQueueWaitShare !== undefined ? `, waited for a CPU ${pct(panel.generator.runQueueWaitShare)} of its runnable time` : ''}`,
    );
  return out;
}
