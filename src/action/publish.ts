import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import type { Report } from '../domain/report.js';
import { describeError } from '../errors.js';
import type { GitHubClient } from '../io/github/client.js';
import { upsertStickyComment } from '../io/github/sticky-comment.js';
import type { Logger } from '../io/logger.js';
import { renderComment, renderJobSummary, stickyMarker } from '../render/index.js';
import type { ActionConfig } from './inputs.js';
import { OUTPUT } from './names.js';
import { hasReadOnlyToken, type RunContext } from './run-context.js';

/** The artifact a gate job leaves for the companion workflow (`mode: comment`) when it cannot comment itself. */
export const reportArtifactName = (gateId: string): string => `perf-gate-report-${gateId}`;
export const REPORT_FILE = 'report.json';

/**
 * Everything the world sees of a verdict: the report file, the job summary (always), annotations for regressions,
 * the outputs, and the pull-request comment per the comment policy. Publishing problems (a read-only token, an
 * API hiccup) are warnings: they never change or hide the verdict.
 */
export async function publish(
  report: Report,
  config: ActionConfig,
  ctx: RunContext,
  github: GitHubClient | undefined,
  logger: Logger,
  extra: {
    baselineSaved: boolean;
    baselineRunId: number | undefined;
    configChanged?: boolean;
    /** The job summary's "Trend on main" section (action/trend.ts). */
    trendSection?: string;
    /** The comment's line when the default branch itself shifted recently. */
    trendNote?: string;
  },
): Promise<void> {
  const json = `${JSON.stringify(report, null, 2)}\n`;
  await mkdir(dirname(config.reportPath), { recursive: true });
  await writeFile(config.reportPath, json);
  const render = {
    gateId: config.gateId,
    now: new Date().toISOString(),
    runUrl: ctx.runUrl,
    repositoryUrl: ctx.repositoryUrl,
    ...(extra.trendNote ? { notice: extra.trendNote } : {}),
  };
  const trendSection = extra.trendSection ? `\n${extra.trendSection}` : '';
  await core.summary.addRaw(renderJobSummary(report, render) + trendSection).write();

  const regressions = report.comparisons.filter((c) => c.gated && c.verdict === 'regression');
  for (const c of regressions) {
    const where = Object.values(c.series).join(' ') || 'all traffic';
    core.error(
      `${c.metric} ${c.stat} (${where}): ${c.baseline.toPrecision(4)} → ${c.candidate.toPrecision(4)}, beyond the ${c.scale === 'ratio' ? `${(c.tolerance * 100).toFixed(0)}%` : `${(c.tolerance * 100).toFixed(2)} pp`} tolerance`,
      { title: 'perf-gate regression' },
    );
  }
  core.setOutput(OUTPUT.verdict, report.verdict);
  core.setOutput(OUTPUT.reportPath, config.reportPath);
  core.setOutput(OUTPUT.regressions, String(regressions.length));
  core.setOutput(OUTPUT.baselineRunId, extra.baselineRunId !== undefined ? String(extra.baselineRunId) : '');
  core.setOutput(OUTPUT.baselineSaved, String(extra.baselineSaved));
  logger.info(`perf-gate: ${report.verdict}. ${report.reason}`);

  const pr = ctx.pullRequest;
  if (!pr || config.comment === 'never') return;
  if (hasReadOnlyToken(ctx) || !github) {
    logger.warn(
      `this pull request's token is read-only (a fork or Dependabot), so perf-gate cannot comment; the verdict stands and is in the job summary. To get the comment, add the companion workflow (docs/action.md, "Fork pull requests")`,
    );
    await leaveReportForCompanion(json, config, github, logger);
    return;
  }
  const body = renderComment(report, { ...render, baselineUrl: report.baseline?.url });
  try {
    const done = await upsertStickyComment(github, pr.number, stickyMarker(config.gateId), body, {
      createIfMissing:
        // A pull request that changes the gate's configuration gets a comment whatever the verdict: a reviewer sees it.
        config.comment === 'always' ||
        report.verdict === 'fail' ||
        report.override !== undefined ||
        extra.configChanged === true,
    });
    if (done !== 'none') logger.info(`${done} the perf-gate comment on pull request #${pr.number}`);
  } catch (err) {
    logger.warn(`could not comment on pull request #${pr.number}: ${describeError(err)}`);
    await leaveReportForCompanion(json, config, github, logger);
  }
}

async function leaveReportForCompanion(
  json: string,
  config: ActionConfig,
  github: GitHubClient | undefined,
  logger: Logger,
): Promise<void> {
  if (!github) return;
  const dir = await mkdtemp(join(tmpdir(), 'perf-gate-report-'));
  try {
    await writeFile(join(dir, REPORT_FILE), json);
    await github.uploadArtifact(reportArtifactName(config.gateId), [join(dir, REPORT_FILE)], dir, 7);
    logger.info(
      `uploaded the report as artifact ${reportArtifactName(config.gateId)} for the companion workflow`,
    );
  } catch (err) {
    logger.warn(`could not upload the report artifact: ${describeError(err)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
