import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PerfGateError } from '../errors.js';
import type { RunSummary } from '../domain/run-summary.js';
import { summarizeLines, vegetaFingerprint, type LineSourceReport } from '../ingest/index.js';
import type { VegetaAttack } from '../domain/gate-request.js';
import { readLineBatches } from '../io/line-source.js';
import type { Logger } from '../io/logger.js';
import { builtVegetaVersion, type VegetaLocation } from '../io/vegeta-locate.js';
import { startVegeta, vegetaAttackArgs, vegetaVersion } from '../io/vegeta-runner.js';

/** The attack (its targets file relative to cwd; extra flags passed through as given) and where it runs. */
export interface VegetaRequest extends VegetaAttack {
  cwd: string;
  warmupSeconds?: number;
  maxSeries?: number;
  git?: { commit?: string; ref?: string };
}

export interface PreparedVegeta {
  request: VegetaRequest;
  targetsPath: string;
  location: VegetaLocation;
  version?: string;
  fingerprint: RunSummary['fingerprint'];
}

/**
 * What can be wrong before vegeta starts and needs the file system (no targets file), checked up front and reported
 * as one line; the rate, duration and flags were checked when the request was built (options/request-modes.ts).
 */
export async function prepareVegetaRun(
  request: VegetaRequest,
  location: VegetaLocation,
): Promise<PreparedVegeta> {
  const targetsPath = resolve(request.cwd, request.targets);
  if (!existsSync(targetsPath))
    throw new PerfGateError(
      `vegeta targets file not found: ${request.targets}`,
      'Check the path (relative to the working directory); it holds lines like `GET http://127.0.0.1:8080/orders/42`',
    );
  const targets = readFileSync(targetsPath, 'utf8');
  const reported = await vegetaVersion(location);
  // A `go install` build reports no version: scripts/ensure-vegeta.sh records it beside the binary.
  const version = reported ?? builtVegetaVersion(location.path);
  return {
    request,
    targetsPath,
    location,
    ...(version ? { version } : {}),
    fingerprint: vegetaFingerprint({
      ratePerSecond: request.ratePerSecond,
      durationSeconds: request.durationSeconds,
      targets,
      extraArgs: request.extraArgs,
    }),
  };
}

/**
 * Runs the attack while its results stream into a RunSummary. An attack that did not complete (vegeta's exit code
 * other than 0) is an error in vegeta's own words and produces no summary, so it can never become a baseline.
 */
export async function runVegetaLive(prepared: PreparedVegeta, logger: Logger): Promise<RunSummary> {
  const { request, location } = prepared;
  logger.info(`vegeta ${prepared.version ?? '(version unknown)'} (${location.source}): ${location.path}`);
  const args = vegetaAttackArgs({ ...request, targetsPath: prepared.targetsPath });
  const child = startVegeta(location, args, request.cwd, process.env, (line) =>
    logger.debug(`vegeta: ${line}`),
  );
  const report: LineSourceReport = { truncatedLastLine: false, gzipUnfinished: false, bytes: 0 };
  const summarizing = summarizeLines(readLineBatches(child.results, report), 'vegeta results', report, {
    warmupSeconds: request.warmupSeconds,
    maxSeries: request.maxSeries,
    git: request.git,
    format: 'vegeta-json',
    vegeta: { fingerprint: prepared.fingerprint, ...(prepared.version ? { version: prepared.version } : {}) },
    onProgress: (p) =>
      logger.progress(`vegeta running: ${p.lines.toLocaleString('en-US')} results summarized`),
  });
  // Judged after vegeta exits. A reader that gave up mid-stream leaves the pipe drained, so vegeta (bounded by its
  // duration) never blocks on it; vegeta's own failure, if any, is then the error to report.
  summarizing.catch(() => child.results.resume());
  const { attackExit, encodeExit, attackErrors, encodeErrors } = await child.done;
  logger.progress(null);
  if (attackExit !== 0 || encodeExit !== 0) {
    await summarizing.catch(() => undefined);
    // The attack's first line says why (Go's flag errors come before the usage text); an encoder that fails
    // only because the attack wrote nothing is not the cause.
    const detail = attackExit !== 0 ? attackErrors[0] : encodeErrors.at(-1);
    throw new PerfGateError(
      `vegeta did not complete the attack (${attackExit !== 0 ? `vegeta attack exit ${attackExit}` : `vegeta encode exit ${encodeExit}`})${detail ? `: ${detail}` : ''}`,
      'Fix the cause above and run again; no baseline was written',
    );
  }
  const { summary } = await summarizing;
  logger.info(`vegeta finished; ${summary.ingest.lines.toLocaleString('en-US')} results summarized`);
  return summary;
}
