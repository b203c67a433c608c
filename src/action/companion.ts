import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { Report } from '../domain/report.js';
import { describeError, PerfGateError } from '../errors.js';
import type { ArtifactInfo, GitHubClient, TriggeringRun } from '../io/github/client.js';
import { httpStatus } from '../io/github/permissions.js';
import { upsertStickyComment } from '../io/github/sticky-comment.js';
import type { Logger } from '../io/logger.js';
import { codeSpan, escapeMarkdown, isRunUrl, renderComment, stickyMarker } from '../render/index.js';
import type { ActionConfig } from './inputs.js';
import { OUTPUT } from './names.js';
import { accepted, checkAcceptLabel } from './override.js';
import { REPORT_FILE, reportArtifactName } from './publish.js';
import { readReport } from './report-file.js';
import type { RunContext } from './run-context.js';

/** A report zips to a few kilobytes; anything much larger is not one, and is not downloaded. */
export const MAX_REPORT_ARTIFACT_BYTES = 1024 * 1024;
/** The report file itself, unzipped: bounded before it is parsed. */
export const MAX_REPORT_FILE_BYTES = 8 * 1024 * 1024;

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
  if ((artifact.size ?? 0) > MAX_REPORT_ARTIFACT_BYTES)
    throw new PerfGateError(
      `the ${name} artifact of run ${trigger.id} is ${artifact.size} bytes, more than a report can be (${MAX_REPORT_ARTIFACT_BYTES}); it was not downloaded`,
      "Look at that run's workflow: only perf-gate should upload this artifact",
    );
  const run = await github.workflowRun(trigger.id);
  const dir = await mkdtemp(join(tmpdir(), 'perf-gate-companion-'));
  try {
    if (!(await downloaded(github, artifact, trigger.id, dir, logger))) {
      core.setOutput(OUTPUT.verdict, '');
      return;
    }
    const report = sanitized(await readCappedReport(join(dir, REPORT_FILE)), ctx);
    const pulls = await pullRequestsOf(run, github);
    if (pulls.length === 0)
      logger.info(`no open pull request has head commit ${run.headSha} of run ${run.id}; nothing to comment`);
    const runUrl = ctx.repository ? `${serverUrl()}/${ctx.repository}/actions/runs/${run.id}` : undefined;
    let verdict: string = report.override ? report.override.verdict : report.verdict;
    for (const pr of pulls) {
      const { shown, note } = await verifyOverride(report, pr, config.acceptLabel, github, logger);
      const body = renderComment(shown, {
        gateId: config.gateId,
        now: new Date().toISOString(),
        runUrl,
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
 * Downloads the report artifact; false when it expired or was deleted after it was listed (GitHub answers 404 or
 * 410): there is then nothing to post, which is no error of this workflow's.
 */
async function downloaded(
  github: GitHubClient,
  artifact: ArtifactInfo,
  runId: number,
  dir: string,
  logger: Logger,
): Promise<boolean> {
  let ok: boolean;
  try {
    ok = await github.downloadArtifact(artifact, runId, dir);
  } catch (err) {
    const status = httpStatus(err);
    if (status !== 404 && status !== 410) throw err;
    logger.warn(
      `the ${artifact.name} artifact of run ${runId} expired or was deleted before it could be downloaded (HTTP ${status}); nothing to comment`,
    );
    return false;
  }
  if (!ok)
    throw new PerfGateError(
      `the ${artifact.name} artifact of run ${runId} does not match its digest`,
      'Re-run it',
    );
  return true;
}

const serverUrl = () => (process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');

async function readCappedReport(path: string): Promise<Report> {
  const size = await stat(path).then(
    (s) => s.size,
    () => 0,
  );
  if (size > MAX_REPORT_FILE_BYTES)
    throw new PerfGateError(
      `the report in the artifact is ${size} bytes, more than a report can be (${MAX_REPORT_FILE_BYTES}); it was not read`,
      "Look at that run's workflow: only perf-gate should write this file",
    );
  return readReport(path);
}

/** The report with what the renderer must not take from a fork: a baseline link that is not this repository's run. */
function sanitized(report: Report, ctx: RunContext): Report {
  const url = report.baseline?.url;
  if (!report.baseline || url === undefined) return report;
  const ours =
    ctx.repository !== undefined && isRunUrl(url, { server: serverUrl(), repository: ctx.repository });
  if (ours) return report;
  const { url: _dropped, ...baseline } = report.baseline;
  return { ...report, baseline };
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

/**
 * A report's claim that the accept label turned a failure into a pass is re-checked here, against the pull
 * request's labels now and who added it: the run that wrote the claim ran the pull request's code.
 */
async function verifyOverride(
  report: Report,
  pr: number,
  label: string,
  github: GitHubClient,
  logger: Logger,
): Promise<{ shown: Report; note?: string }> {
  const claim = report.override;
  if (!claim) return { shown: report };
  const failing: Report = {
    ...report,
    verdict: claim.verdict,
    reason: report.reason.replace(/^accepted with the label [\s\S]*?; without it: /, ''),
    override: undefined,
  };
  let why: string | undefined;
  if (claim.label !== label) why = `this workflow's accept label is ${codeSpan(label)}`;
  else {
    try {
      const check = await checkAcceptLabel(github, pr, label);
      if (check.accepted) return { shown: accepted(failing, label, check.by) };
      why = escapeMarkdown(check.why ?? '');
    } catch (err) {
      why = 'the labels could not be read';
      logger.warn(`could not check the labels of pull request #${pr}: ${describeError(err)}`);
    }
  }
  return {
    shown: failing,
    note: `The run says the label ${codeSpan(claim.label, 50)} accepted a failing result; perf-gate does not take that from it, and ${why}.`,
  };
}
