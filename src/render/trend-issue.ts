/**
 * The GitHub issue for a change point on the default branch: its title, its body (what changed, by how much, the
 * commits in the range, the run that found it) and the hidden marker that finds it again, so a later run updates it
 * instead of opening another. Pure; commit messages and author names come from GitHub and are escaped.
 */
import type { ChangePoint, TrendAnalysis } from '../domain/trend/change-points.js';
import { codeSpan, escapeMarkdown, escapeTerminal, isRunUrl } from './escape.js';
import { amountText, changeText, levelsText, shortSha, statisticWords, verb } from './trend-format.js';
import { compareUrl } from './trend.js';

/** A commit of the range, as the compare API lists it. */
export interface CommitSummary {
  sha: string;
  /** The commit message (only its first line is shown). */
  message: string;
  author?: string;
}

export interface ChangePointIssueContext {
  branch: string;
  /** Keeps several gates' issues apart (as the sticky comment's marker does). */
  gateId: string;
  repositoryUrl?: string;
  /** The commits between the last run at the old level and the first at the new one (oldest first). */
  commits: CommitSummary[];
  /** More commits than listed. */
  moreCommits?: number;
  /** The workflow run that found it. */
  runUrl?: string;
}

const safeId = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120);

/** The marker every change-point issue of one gate and statistic carries (the adapter searches bodies for it). */
export function changePointMarker(gateId: string, statistic: string): string {
  return `<!-- perf-gate-change-point:${safeId(gateId)}:${safeId(statistic)} -->`;
}

/** The hidden line that records which change an issue is about: its statistic and first commit at the new level. */
function recordLine(cp: ChangePoint): string {
  return `<!-- perf-gate-change-point-at:${shortSha(cp.firstAfter.commit) === '?' ? '' : cp.firstAfter.commit.toLowerCase()} -->`;
}

/**
 * The first-after commit an issue body records, when it carries one (hostile text: only a hex sha is accepted).
 * With the statistic of its marker, `sameChangePoint` (domain/trend/shifts.ts) tells whether it is this change.
 */
export function recordedCommit(body: string): string | undefined {
  return /<!-- perf-gate-change-point-at:([0-9a-f]{7,64}) -->/.exec(body)?.[1];
}

/** The issue's title and body. */
export function renderChangePointIssue(
  analysis: TrendAnalysis,
  cp: ChangePoint,
  ctx: ChangePointIssueContext,
): { title: string; body: string } {
  const s = analysis.statistics.find((x) => x.statistic.id === cp.statistic)?.statistic;
  if (!s) throw new RangeError(`no statistic ${cp.statistic} in the analysis`);
  const c = cp.cumulative;
  const words = statisticWords(s);
  // Titles are plain text on GitHub: no Markdown to escape, but control characters and length are cut.
  const title = escapeTerminal(
    `perf-gate: ${ctx.branch.slice(0, 40)}'s ${words} ${verb(s, c.change)} ${amountText(s, c.change, c.interval)} at ${shortSha(cp.firstAfter.commit)}`,
  ).slice(0, 200);
  const url = compareUrl(cp.lastBefore.commit, cp.firstAfter.commit, ctx.repositoryUrl);
  const lines = [
    changePointMarker(ctx.gateId, cp.statistic),
    recordLine(cp),
    `**${escapeMarkdown(s.id)}** on ${escapeMarkdown(ctx.branch)} changed between ${codeSpan(shortSha(cp.lastBefore.commit))} (the last run at the old level) and ${codeSpan(shortSha(cp.firstAfter.commit))} (the first at the new one)${url ? ` — [compare](${url})` : ''}.`,
    '',
    '| | |',
    '|---|---|',
    `| before → after | ${levelsText(s, cp.before, cp.after)} |`,
    `| change [interval] | ${changeText(s, cp.change, cp.interval)} |`,
    ...(c.steps > 1
      ? [
          `| since ${codeSpan(shortSha(c.since.commit))} (${c.steps} steps) | ${changeText(s, c.change, c.interval)} |`,
        ]
      : []),
    `| tolerance | ${s.scale === 'ratio' ? `${Number((s.tolerance * 100).toFixed(2))}%` : `${Number((s.tolerance * 100).toFixed(3))} pp`} |`,
    `| significance | p = ${cp.pValue.toPrecision(2)} (bootstrap under the trend's own noise) |`,
    '',
  ];
  if (ctx.commits.length > 0) {
    lines.push(`**Commits in the range** (${ctx.commits.length + (ctx.moreCommits ?? 0)}):`, '');
    for (const commit of ctx.commits) {
      const first = commit.message.split('\n')[0] ?? '';
      lines.push(
        `- ${codeSpan(shortSha(commit.sha))} ${escapeMarkdown(first.slice(0, 120))}${commit.author ? ` (${escapeMarkdown(commit.author.slice(0, 40))})` : ''}`,
      );
    }
    if (ctx.moreCommits) lines.push(`- … and ${ctx.moreCommits} more`);
    lines.push('');
  }
  const run = ctx.runUrl !== undefined && isRunUrl(ctx.runUrl) ? ctx.runUrl : undefined;
  lines.push(
    `<sub>Found by perf-gate's change-point detection on the default branch's trend${run ? ` in [this run](${run})` : ''}; updated by later runs. See docs/statistics.md, "Change points on the default branch".</sub>`,
    '',
  );
  return { title, body: lines.join('\n') };
}
