import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../domain/report.js';
import { PerfGateError } from '../errors.js';
import type { ArtifactInfo, GitHubClient } from '../io/github/client.js';
import { httpStatus } from '../io/github/permissions.js';
import { readZipEntry } from '../io/zip-entry.js';
import type { Logger } from '../io/logger.js';
import { isRunUrl } from '../render/index.js';
import { REPORT_FILE } from './publish.js';
import { parseReport } from './report-file.js';
import type { RunContext } from './run-context.js';

/** A report zips to a few kilobytes; anything much larger is not one, and is not downloaded. */
export const MAX_REPORT_ARTIFACT_BYTES = 1024 * 1024;
/** The report file itself, inflated: inflating stops at this cap (io/zip-entry.ts), nothing goes to disk. */
export const MAX_REPORT_FILE_BYTES = 8 * 1024 * 1024;

/**
 * The report a pull-request run left for the companion, read as hostile data: the artifact's size is checked before
 * it is downloaded, the report is inflated in memory with a running cap (the zip is never unpacked to disk), the
 * schema is checked before anything is rendered, and a baseline link is kept only when it is a run page of this
 * repository. Undefined when the artifact expired after it was listed.
 */
export async function fetchReport(
  github: GitHubClient,
  artifact: ArtifactInfo,
  runId: number,
  dir: string,
  ctx: RunContext,
  logger: Logger,
): Promise<Report | undefined> {
  if ((artifact.size ?? 0) > MAX_REPORT_ARTIFACT_BYTES)
    throw new PerfGateError(
      `the ${artifact.name} artifact of run ${runId} is ${artifact.size} bytes, more than a report can be (${MAX_REPORT_ARTIFACT_BYTES}); it was not downloaded`,
      "Look at that run's workflow: only perf-gate should upload this artifact",
    );
  if (!(await downloaded(github, artifact, runId, dir, logger))) return undefined;
  return sanitized(await readZippedReport(dir, artifact.name, runId), ctx);
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
    ok = await github.downloadArtifact(artifact, runId, dir, { keepZipped: true });
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

export const serverUrl = () => (process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');

/**
 * The report inside the downloaded zip, inflated in memory with a running cap (io/zip-entry.ts): never more than
 * MAX_REPORT_FILE_BYTES of it exists anywhere, whatever the zip claims or holds.
 */
async function readZippedReport(dir: string, artifactName: string, runId: number): Promise<Report> {
  const files = await readdir(dir);
  const zipPath = join(dir, files[0] ?? 'artifact');
  const size = await stat(zipPath).then(
    (s) => s.size,
    () => -1,
  );
  if (files.length !== 1 || size < 0 || size > MAX_REPORT_ARTIFACT_BYTES)
    throw new PerfGateError(
      `the ${artifactName} artifact of run ${runId} did not download as one zip of at most ${MAX_REPORT_ARTIFACT_BYTES} bytes`,
      "Look at that run's workflow: only perf-gate should upload this artifact",
    );
  const entry = await readZipEntry(await readFile(zipPath), REPORT_FILE, MAX_REPORT_FILE_BYTES);
  if (!entry.ok)
    throw new PerfGateError(
      entry.problem === 'too large'
        ? `the ${REPORT_FILE} in the ${artifactName} artifact of run ${runId} inflates to more than a report can be (${MAX_REPORT_FILE_BYTES} bytes); it was not read`
        : `the ${artifactName} artifact of run ${runId} holds no readable ${REPORT_FILE} (${entry.problem})`,
      "Look at that run's workflow: only perf-gate should write this file",
    );
  return parseReport(
    entry.data.toString('utf8'),
    `the report in the ${artifactName} artifact of run ${runId}`,
  );
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
