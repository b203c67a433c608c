/**
 * The candidate of a gate run: checked before anything is downloaded or run (a script k6 can load, a vegeta
 * attack, or results already read), then run as often as the rerun policy asks, each run judged as it lands.
 */
import { resolve } from 'node:path';
import { PerfGateError } from '../errors.js';
import type { Report } from '../domain/report.js';
import type { RunSummary } from '../domain/run-summary.js';
import { mergeRunSummaries } from '../ingest/index.js';
import { readResultFile } from '../io/run-summary-file.js';
import { worthAnotherRun } from '../domain/compare/sequential.js';
import type { K6Runner } from '../io/k6-runner.js';
import type { Logger } from '../io/logger.js';
import { prepareLiveRun, runK6Live, type PreparedRun } from './live-run.js';
import { prepareVegetaRun, runVegetaLive, type PreparedVegeta } from './vegeta-run.js';
import type { HistoryRequest } from '../domain/gate-request.js';
import type { VegetaLocation } from '../io/vegeta-locate.js';

/** What a candidate needs to run: k6 or vegeta, each found (or installed) only when needed. */
export interface CandidateDeps {
  logger: Logger;
  /** Only needed for a script; a function so the action can install k6 lazily. */
  k6?: () => Promise<K6Runner>;
  /** Only needed for a vegeta attack; a function so it is located only then. */
  vegeta?: () => Promise<VegetaLocation>;
}

/** The candidate's runs, pooled into one summary, and the report that judged them. */
export interface Judged {
  summary: RunSummary;
  report: Report;
}

export interface Candidate extends Judged {
  /** Each run of the candidate (several with --runs or --max-runs). */
  runs: RunSummary[];
  k6ExitCode?: number;
}

/**
 * The candidate, checked before anything is downloaded or run, so that bad input is one line of error and no
 * other output: a prepared script (k6 found, script loadable), or the results already read.
 */
export type CandidateSource =
  | { kind: 'script'; prepared: PreparedRun; k6: K6Runner }
  | { kind: 'vegeta'; prepared: PreparedVegeta }
  | { kind: 'results'; run: RunSummary };

export async function prepareCandidate(
  config: HistoryRequest,
  deps: CandidateDeps,
): Promise<CandidateSource> {
  if (config.vegeta) {
    if (!deps.vegeta)
      throw new PerfGateError(
        'no vegeta available to run the attack',
        'Install vegeta or pass results instead',
      );
    const location = await deps.vegeta();
    const prepared = await prepareVegetaRun(
      { ...config.vegeta, cwd: config.cwd, warmupSeconds: config.warmupSeconds, git: config.git },
      location,
    );
    return { kind: 'vegeta', prepared };
  }
  if (config.script) {
    if (!deps.k6)
      throw new PerfGateError('no k6 available to run the script', 'Install k6 or pass results instead');
    const k6 = await deps.k6();
    const request = {
      script: config.script,
      cwd: config.cwd,
      scriptEnv: config.scriptEnv,
      k6Args: config.k6Args,
      warmupSeconds: config.warmupSeconds,
      git: config.git,
      serverMetrics: config.serverMetrics,
      prometheus: config.prometheus,
    };
    return { kind: 'script', prepared: await prepareLiveRun(request, k6), k6 };
  }
  if (config.results?.length) {
    const { logger } = deps;
    const shards = await logger.group(`Reading ${config.results.length} k6 result file(s)`, async () => {
      const read: RunSummary[] = [];
      for (const file of config.results as string[])
        read.push(
          await readResultFile(resolve(config.cwd, file), {
            warmupSeconds: config.warmupSeconds,
            git: config.git,
            logger,
          }),
        );
      return read;
    });
    return {
      kind: 'results',
      run: shards.length === 1 ? (shards[0] as RunSummary) : mergeRunSummaries(shards),
    };
  }
  throw new PerfGateError(
    'nothing to gate: no script, no vegeta attack and no results',
    'Pass a k6 script to run, a vegeta targets file, or result files to read',
  );
}

/** Runs the script at least `runs` times, and again while the rerun policy asks for it, up to `maxRuns`. */
export async function runCandidate(
  source: CandidateSource,
  config: HistoryRequest,
  logger: Logger,
  judge: (runs: RunSummary[]) => Judged,
): Promise<Candidate> {
  if (source.kind === 'results') return { ...judge([source.run]), runs: [source.run] };
  const { runs: min, maxRuns: max, rerun: policy } = config;
  const runs: RunSummary[] = [];
  let k6ExitCode = 0;
  const what = source.kind === 'vegeta' ? `vegeta on ${config.vegeta?.targets}` : `k6 on ${config.script}`;
  for (let i = 1; ; i++) {
    const of = min === max ? `${max}` : `at most ${max}`;
    const title = max > 1 ? `Running ${what} (run ${i} of ${of})` : `Running ${what}`;
    if (source.kind === 'vegeta') {
      runs.push(await logger.group(title, () => runVegetaLive(source.prepared, logger)));
    } else {
      const result = await logger.group(title, () => runK6Live(source.prepared, source.k6, logger));
      runs.push(result.summary);
      k6ExitCode = Math.max(k6ExitCode, result.k6ExitCode);
    }
    if (i < min) continue;
    const judged = judge(runs);
    if (!worthAnotherRun(judged.report, i, max, policy)) return { ...judged, runs, k6ExitCode };
    logger.info(
      policy === 'suspected'
        ? `after ${i} run(s), ${judged.report.reason} Running the candidate again to confirm or clear it (run ${i + 1} of at most ${max}).`
        : `not settled after ${i} run(s) (${judged.report.verdict}; a gated comparison is not yet proven either way): running the candidate again to settle it (run ${i + 1} of at most ${max}).`,
    );
  }
}
