/**
 * The default branch's trend where the team looks (issue 27): on a default-branch run that stored its entry, the job
 * summary's "Trend on main" section, a warning annotation for each new change point for the worse beyond the
 * tolerance and, with `change-point-issue`, one issue per alerting change point (updated, never duplicated); on a
 * pull request, one line in the comment when main itself shifted recently. Publishing problems are warnings: they
 * never change the verdict.
 */
import * as core from '@actions/core';
import { detectChangePoints, type ChangePoint, type TrendAnalysis } from '../domain/trend/change-points.js';
import type { Trend } from '../domain/trend/model.js';
import {
  newAlertingChangePoints,
  alertingChangePoints,
  recentShift,
  sameChangePoint,
} from '../domain/trend/shifts.js';
import { describeError } from '../errors.js';
import { githubChangePointIssues } from '../io/github/change-point-issues.js';
import type { GitHubClient } from '../io/github/client.js';
import type { Logger } from '../io/logger.js';
import type { TrendState } from '../pipeline/baseline-cycle.js';
import { renderTrendSection, trendOneLiner } from '../render/trend.js';
import { changePointMarker, recordedCommit, renderChangePointIssue } from '../render/trend-issue.js';
import type { ActionConfig } from './inputs.js';
import type { RunContext } from './run-context.js';

/** What the trend adds to the report's publication. */
export interface TrendPublication {
  /** The job summary's "Trend on main" section (a default-branch run that stored its entry). */
  section?: string;
  /** The pull request comment's line about a recent shift of main. */
  note?: string;
  /** New change points to announce, with the analysis they come from. */
  announce?: { trend: Trend; analysis: TrendAnalysis; fresh: ChangePoint[] };
}

const branchOf = (ctx: RunContext) => ctx.defaultBranch ?? 'main';

/** The trend's share of the publication: the summary section and alerts after a stored run, the PR's line. */
export function trendPublication(state: TrendState | undefined, ctx: RunContext): TrendPublication {
  if (!state) return {};
  const render = { branch: branchOf(ctx), repositoryUrl: ctx.repositoryUrl };
  if (state.appended) {
    const { trend } = state;
    const analysis = detectChangePoints(trend);
    // A change is announced once: on the run whose entry first establishes it.
    const before =
      trend.entries.length > 1
        ? detectChangePoints({ ...trend, entries: trend.entries.slice(0, -1) })
        : undefined;
    return {
      section: renderTrendSection(trend, analysis, render),
      announce: { trend, analysis, fresh: newAlertingChangePoints(trend, analysis, before) },
    };
  }
  if (!ctx.pullRequest) return {};
  const analysis = detectChangePoints(state.trend);
  const shift = recentShift(analysis);
  return shift ? { note: `⚠️ ${trendOneLiner(analysis, shift, render)}` } : {};
}

/**
 * The warning annotations of new change points, and with `change-point-issue` the issue of every alerting one
 * (created, or the earlier issue of the same change updated with the newest estimate and commits).
 */
export async function announceChangePoints(
  publication: TrendPublication,
  config: ActionConfig,
  ctx: RunContext,
  github: GitHubClient | undefined,
  logger: Logger,
): Promise<void> {
  const announce = publication.announce;
  if (!announce) return;
  const { trend, analysis, fresh } = announce;
  const context = { branch: branchOf(ctx), gateId: config.gateId, repositoryUrl: ctx.repositoryUrl };
  for (const cp of fresh) {
    const { title } = renderChangePointIssue(analysis, cp, { ...context, commits: [] });
    core.warning(title.replace(/^perf-gate: /, ''), { title: 'perf-gate change point' });
  }
  if (!config.changePointIssue) return;
  if (!github) {
    logger.warn('change-point-issue is set but there is no token to open issues with');
    return;
  }
  const issues = githubChangePointIssues(github);
  for (const cp of alertingChangePoints(analysis)) {
    try {
      const range = await issues.commits(cp.lastBefore.commit, cp.firstAfter.commit);
      const { title, body } = renderChangePointIssue(analysis, cp, {
        ...context,
        commits: range?.commits ?? [],
        ...(range?.more ? { moreCommits: range.more } : {}),
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
      });
      const done = await issues.upsert({
        marker: changePointMarker(config.gateId, cp.statistic),
        sameChange: (text) => {
          const commit = recordedCommit(text);
          return commit !== undefined && sameChangePoint(trend, cp, { statistic: cp.statistic, commit });
        },
        title,
        body,
      });
      logger.info(`${done.action} issue #${done.number} for the change point of ${cp.statistic}`);
    } catch (err) {
      logger.warn(
        `could not open or update the issue of the change point of ${cp.statistic} (change-point-issue needs \`issues: write\` in the job's permissions): ${describeError(err)}`,
      );
      return;
    }
  }
}
