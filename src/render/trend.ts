/**
 * The default branch's trend in Markdown: the job summary's "Trend on main" section (Mermaid charts of the newest
 * runs' p95 and error rate with the fitted levels, so change points show as steps; a table of change points with
 * their commit ranges linked to GitHub's compare view) and the one line a pull request's comment gets when main
 * itself shifted. Pure; all text from the trend is escaped, commits are shown only as hex.
 */
import type { ChangePoint, StatisticChangePoints, TrendAnalysis } from '../domain/trend/change-points.js';
import type { Trend } from '../domain/trend/model.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { mermaidXyChart } from './mermaid.js';
import {
  amountText,
  changeMark,
  changeText,
  levelsText,
  shortSha,
  statisticWords,
  verb,
} from './trend-format.js';

export interface TrendRenderContext {
  /** The default branch's name, as people say it ("main"). */
  branch: string;
  /** `https://github.com/owner/repo`: commit ranges link to its compare view. No links without it. */
  repositoryUrl?: string;
  /** Runs shown in the charts (the newest). */
  chartRuns?: number;
}

const CHART_RUNS = 30;

/** The repository's address when it is a plain `https://host/owner/repo` (it ends up in a link). */
function repository(url: string | undefined): string | undefined {
  return url !== undefined && /^https:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(url)
    ? url
    : undefined;
}

/** GitHub's compare view of two commits, when the repository is known and both are shas. */
export function compareUrl(from: string, to: string, repositoryUrl: string | undefined): string | undefined {
  const a = shortSha(from);
  const b = shortSha(to);
  const repo = repository(repositoryUrl);
  return repo && a !== '?' && b !== '?' ? `${repo}/compare/${a}...${b}` : undefined;
}

/** A short commit id as a code span, linked to the commit's page when the repository is known and it is a sha. */
export function commitLink(short: string, commit: string, repositoryUrl: string | undefined): string {
  const repo = repository(repositoryUrl);
  return repo && /^[0-9a-f]{7,64}$/.test(commit)
    ? `[${codeSpan(short)}](${repo}/commit/${commit})`
    : codeSpan(short);
}

/** `abc1234…def5678`, linked to the compare view of the two commits when the repository is known. */
export function commitRange(from: string, to: string, repositoryUrl: string | undefined): string {
  const text = `${shortSha(from)}…${shortSha(to)}`;
  const url = compareUrl(from, to, repositoryUrl);
  return url ? `[${text}](${url})` : codeSpan(text);
}

/** The chart of one statistic over the newest runs: its values (line) and the fitted levels (a second line). */
function chart(trend: Trend, s: StatisticChangePoints, runs: number, title: string, scale: number): string[] {
  const shown = trend.entries.map((e, index) => ({ e, index })).slice(-runs);
  const points = shown.filter(({ e }) => e.points[s.statistic.id] !== undefined);
  if (points.length < 2) return [];
  const starts = new Set(s.changePoints.map((c) => c.firstAfter.index));
  const levelAt = (index: number) =>
    s.levels.find((l) => l.first.index <= index && index <= l.last.index)?.level ?? Number.NaN;
  return mermaidXyChart({
    title,
    x: points.map(({ e, index }) => (starts.has(index) ? `▲${shortSha(e.commit)}` : `${index + 1}`)),
    y: s.statistic.unit === 'fraction' ? '%' : (s.statistic.unit ?? ''),
    lines: [
      points.map(({ e }) => e.points[s.statistic.id]!.estimate * scale),
      points.map(({ index }) => levelAt(index) * scale),
    ],
  });
}

function row(s: StatisticChangePoints, cp: ChangePoint, repositoryUrl: string | undefined): string {
  const st = s.statistic;
  const cumulative =
    cp.cumulative.steps > 1
      ? `${changeText(st, cp.cumulative.change, cp.cumulative.interval)} over ${cp.cumulative.steps} steps since ${codeSpan(shortSha(cp.cumulative.since.commit))}`
      : '';
  return `| ${changeMark(cp)} | ${escapeMarkdown(st.id)} | ${levelsText(st, cp.before, cp.after)} | ${changeText(st, cp.change, cp.interval)} | ${cumulative} | ${commitRange(cp.lastBefore.commit, cp.firstAfter.commit, repositoryUrl)} | ${cp.pValue.toPrecision(2)} |`;
}

/** The statistic a chart is drawn for: http_req_duration p95 and the error rate, when the trend has them. */
const charted = (analysis: TrendAnalysis, id: string) =>
  analysis.statistics.find((s) => s.statistic.id === id);

/** The job summary's "Trend on main" section, as Markdown lines. */
export function renderTrendSection(trend: Trend, analysis: TrendAnalysis, ctx: TrendRenderContext): string {
  const runs = ctx.chartRuns ?? CHART_RUNS;
  const out = [`### Trend on ${escapeMarkdown(ctx.branch)}`, ''];
  const minimum = 2 * analysis.options.minSegment;
  if (analysis.runs < minimum) {
    out.push(
      `${analysis.runs} ${analysis.runs === 1 ? 'run' : 'runs'} of ${escapeMarkdown(ctx.branch)} so far: change points need at least ${minimum}.`,
    );
    return out.join('\n') + '\n';
  }
  const p95 = charted(analysis, 'http_req_duration p95');
  const errors = charted(analysis, 'http_req_failed rate');
  if (p95)
    out.push(
      ...chart(trend, p95, runs, `http_req_duration p95 (line) and its levels, newest ${runs} runs`, 1),
      '',
    );
  if (errors) out.push(...chart(trend, errors, runs, 'error rate in % (line) and its levels', 100), '');
  const found = analysis.statistics.flatMap((s) => s.changePoints.map((cp) => ({ s, cp })));
  if (found.length === 0)
    out.push(
      `No change point in the ${analysis.runs} runs of ${escapeMarkdown(ctx.branch)} (${analysis.statistics.length} statistics followed).`,
    );
  else {
    found.sort((a, b) => b.cp.firstAfter.index - a.cp.firstAfter.index);
    out.push(
      `**${found.length} change ${found.length === 1 ? 'point' : 'points'}** in the ${analysis.runs} runs of ${escapeMarkdown(ctx.branch)} (🔴 worse beyond the tolerance, 🟡 worse within it, 🟢 better):`,
      '',
      '| | statistic | before → after | change [interval] | since the level before a staircase | between | p |',
      '|---|---|---|---|---|---|---|',
      ...found.map(({ s, cp }) => row(s, cp, ctx.repositoryUrl)),
    );
  }
  const outliers = analysis.statistics.flatMap((s) => s.outliers.map((o) => ({ s, o })));
  if (outliers.length > 0)
    out.push(
      '',
      `One-off runs (not read as a change): ${outliers
        .slice(0, 10)
        .map(
          ({ s, o }) => `${escapeMarkdown(statisticWords(s.statistic))} at ${codeSpan(shortSha(o.commit))}`,
        )
        .join(', ')}${outliers.length > 10 ? `, and ${outliers.length - 10} more` : ''}.`,
    );
  return out.join('\n') + '\n';
}

/**
 * The pull request's line when the default branch itself shifted: "main's p95 rose 18% [12, 24] between abc1234
 * and def5678", measured from the level before the first of its steps; Markdown.
 */
export function trendOneLiner(
  analysis: TrendAnalysis,
  cp: ChangePoint,
  ctx: Pick<TrendRenderContext, 'branch' | 'repositoryUrl'>,
): string {
  const s = analysis.statistics.find((x) => x.statistic.id === cp.statistic)?.statistic;
  if (!s) return '';
  const c = cp.cumulative;
  const url = compareUrl(c.since.commit, cp.firstAfter.commit, ctx.repositoryUrl);
  return (
    `${escapeMarkdown(ctx.branch)}'s ${escapeMarkdown(statisticWords(s))} ${verb(s, c.change)} ` +
    `${amountText(s, c.change, c.interval)} between ${codeSpan(shortSha(c.since.commit))} and ` +
    `${codeSpan(shortSha(cp.firstAfter.commit))}${url ? ` ([commits](${url}))` : ''}`
  );
}
