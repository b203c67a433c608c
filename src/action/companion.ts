import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { PerfGateError } from '../errors.js';
import type { GitHubClient, TriggeringRun } from '../io/github/client.js';
import { upsertStickyComment } from '../io/github/sticky-comment.js';
import type { Logger } from '../io/logger.js';
import { codeSpan, renderComment, stickyMarker } from '../render/index.js';
import { fetchReport, serverUrl } from './companion-report.js';
import type { ActionConfig } from './inputs.js';
import { OUTPUT } from './names.js';
import { verifyClaimedOverride } from './override.js';
import { reportArtifactName } from './publish.js';
import type { RunContext } from './run-context.js';

/**
 * The companion mode (`mode: comment`, in a `workflow_run` workflow on the default branch, with a write token):
 * downloads the report a pull-request run left as an artifact and posts it as the sticky comment. Everything in
 * that artifact is hostile: a fork's code ran in that job and could have written any report. So the pull request
 * is found from GitHub's description of the run (never from the artifact), the artifact and file sizes are capped,
 * the report is validated against its (tight) schema, every string is escaped when rendered, a link is kept only
 * when it is a run page of this repository, an accepted override is re-checked against the labels, and the
 * comment says whose run the figures come from.
 */
export async function runCommentCompanion(
  config: ActionConfig,
  ctx: RunContext,
  github: GitHubClient | undefined,
  logger: Logger,
): Promise<void> {
  const trigger = ctx.triggeringRun;
  if (ctx.eventName !== 'workflow_run' || !trigger)
    throw new PerfGateError(
      `mode 'comment' runs in a workflow_run workflow, not on '${ctx.eventName}'`,
      'Trigger the companion workflow with `on: workflow_run` (see docs/action.md, "Fork pull requests")',
    );
  if (!github)
    throw new PerfGateError(
      "input 'github-token' is empty",
      'Keep the default `github-token: ${{ github.token }}`',
    );
  const name = reportArtifactName(config.gateId);
  const artifact = (await github.runArtifacts(trigger.id, name)).find((a) => a.name === name && !a.expired);
  if (!artifact) {
    logger.info(`run ${trigger.id} left no ${name} artifact (it commented itself, or did not get that far)`);
    core.setOutput(OUTPUT.verdict, '');
    return;
  }
  const run = await github.workflowRun(trigger.id);
  const dir = await mkdtemp(join(tmpdir(), 'perf-gate-companion-'));
  try {
    const report = await fetchReport(github, artifact, trigger.id, dir, ctx, logger);
    if (!report) {
      core.setOutput(OUTPUT.verdict, '');
      return;
    }
    const pulls = await pullRequestsOf(run, github);
    if (pulls.length === 0)
      logger.info(`no open pull request has head commit ${run.headSha} of run ${run.id}; nothing to comment`);
    const runUrl = ctx.repository ? `${serverUrl()}/${ctx.repository}/actions/runs/${run.id}` : undefined;
    let verdict: string = report.override ? report.override.verdict : report.verdict;
    for (const pr of pulls) {
      const { shown, note } = await verifyClaimedOverride(
        report,
        pr,
        run.headSha,
        config.acceptLabel,
        github,
        logger,
      );
      const body = renderComment(shown, {
        gateId: config.gateId,
        now: new Date().toISOString(),
        runUrl,
        repositoryUrl: ctx.repositoryUrl,
        notice: [provenance(run, ctx, runUrl), note].filter(Boolean).join(' '),
      });
      const done = await upsertStickyComment(github, pr, stickyMarker(config.gateId), body, {
        createIfMissing:
          config.comment === 'always' || shown.verdict === 'fail' || shown.override !== undefined,
      });
      if (done !== 'none') logger.info(`${done} the perf-gate comment on pull request #${pr}`);
      verdict = shown.verdict;
    }
    core.setOutput(OUTPUT.verdict, verdict);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The open pull requests this run is about, from GitHub's own account of the run: its `pull_requests` field (filled
 * for this repository's branches), else the open pull requests with the run's head repository and branch. Either
 * way the pull request's head must still be the run's commit, so a stale run does not comment.
 */
async function pullRequestsOf(run: TriggeringRun, github: GitHubClient): Promise<number[]> {
  if (run.pullRequests.length > 0)
    return run.pullRequests.filter((p) => p.headSha === run.headSha).map((p) => p.number);
  const owner = run.headRepo?.split('/')[0];
  if (!owner || !run.headBranch) return [];
  const pulls = await github.pullsWithHead(`${owner}:${run.headBranch}`);
  return pulls.filter((p) => p.headSha === run.headSha && p.headRepo === run.headRepo).map((p) => p.number);
}

/** Whose run measured the figures: the reader must know they are that run's claims, not the default branch's. */
function provenance(run: TriggeringRun, ctx: RunContext, runUrl: string | undefined): string {
  const where = runUrl ? `[run ${run.id}](${runUrl})` : `run ${run.id}`;
  const fork =
    run.headRepo && run.headRepo !== ctx.repository ? ` of the fork ${codeSpan(run.headRepo)}` : '';
  return `_These figures come from the pull request's own ${where}${fork}, which ran the pull request's code; perf-gate checked the report's form, not its numbers._`;
}
