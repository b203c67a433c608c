import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { PerfGateError } from '../errors.js';
import type { GitHubClient } from '../io/github/client.js';
import { upsertStickyComment } from '../io/github/sticky-comment.js';
import type { Logger } from '../io/logger.js';
import { renderComment, stickyMarker } from '../render/index.js';
import type { ActionConfig } from './inputs.js';
import { OUTPUT } from './names.js';
import { REPORT_FILE, reportArtifactName } from './publish.js';
import { readReport } from './report-file.js';
import type { RunContext } from './run-context.js';

/**
 * The companion mode (`mode: comment`, in a `workflow_run` workflow on the default branch, with a write token):
 * downloads the report a pull-request run left as an artifact and posts it as the sticky comment. The pull request
 * is found by the triggering run's head commit among open pull requests, never by a number inside the artifact
 * (a fork writes that artifact). The report is validated against its schema before anything is rendered.
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
  const dir = await mkdtemp(join(tmpdir(), 'perf-gate-companion-'));
  try {
    if (!(await github.downloadArtifact(artifact, trigger.id, dir)))
      throw new PerfGateError(
        `the ${name} artifact of run ${trigger.id} does not match its digest`,
        'Re-run it',
      );
    const report = await readReport(join(dir, REPORT_FILE));
    const pulls = await github.pullsWithHead(trigger.headSha);
    if (pulls.length === 0)
      logger.info(`no open pull request has head commit ${trigger.headSha}; nothing to comment`);
    const runUrl = ctx.repository
      ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${ctx.repository}/actions/runs/${trigger.id}`
      : undefined;
    const body = renderComment(report, {
      gateId: config.gateId,
      now: new Date().toISOString(),
      runUrl,
      baselineUrl: report.baseline?.url,
    });
    for (const pr of pulls) {
      const done = await upsertStickyComment(github, pr, stickyMarker(config.gateId), body, {
        createIfMissing: config.comment === 'always' || report.verdict === 'fail',
      });
      if (done !== 'none') logger.info(`${done} the perf-gate comment on pull request #${pr}`);
    }
    core.setOutput(OUTPUT.verdict, report.verdict);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
