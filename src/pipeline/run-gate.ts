import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PerfGateError, EXIT } from '../errors.js';
import type { GateConfig } from '../domain/gate-config.js';
import type { Report } from '../domain/report.js';
import type { RunSummary } from '../domain/run-summary.js';
import { compareRuns } from '../domain/compare/index.js';
import { mergeRunSummaries, parseRunSummary, summarizeK6Output } from '../ingest/index.js';
import { poolRepeatedRuns } from '../domain/merge.js';
import type { BaselineStore } from '../io/baseline-store.js';
import type { K6Runner } from '../io/k6-runner.js';
import type { Logger } from '../io/logger.js';
import { prepareLiveRun, runK6Live } from './live-run.js';

/**
 * When the run is stored as a baseline: `auto` only when there is none yet (and the run passed);
 * `replace` makes it the only baseline; `append` adds it to the rolling history (the default branch in CI);
 * `never` leaves the store alone.
 */
export type BaselineSavePolicy = 'auto' | 'replace' | 'append' | 'never';

export interface GateRunConfig {
  cwd: string;
  /** A k6 script to run... */
  script?: string;
  /** ...or k6 outputs produced elsewhere (JSON, JSON.gz, CSV, or perf-gate RunSummary files), merged as shards. */
  results?: string[];
  scriptEnv: Record<string, string>;
  k6Args: string[];
  warmupSeconds?: number;
  gate: GateConfig;
  baseline: { save: BaselineSavePolicy; history: number };
  git?: { commit?: string; ref?: string };
  seed: number;
  /** Repeat the candidate run this many times (default 1); the runs are pooled. */
  runs?: number;
}

export interface GateDeps {
  store: BaselineStore;
  logger: Logger;
  /** Only needed in script mode; a function so the action can install k6 lazily. */
  k6?: () => Promise<K6Runner>;
}

export interface GateOutcome {
  report: Report;
  summary: RunSummary;
  exitCode: 0 | 1;
  baselineSaved: boolean;
  k6ExitCode?: number;
}

/** A RunSummary file is recognised by its producer; anything else is treated as k6 output. */
async function readResult(path: string, config: GateRunConfig, logger: Logger): Promise<RunSummary> {
  const head = (await readFile(path).catch(() => undefined))?.subarray(0, 4096).toString('utf8') ?? '';
  if (
    /^\s*\{[\s\S]*"producer"\s*:\s*\{\s*"name"\s*:\s*"perf-gate"/.test(head) &&
    !head.includes('"type":"Metric"')
  ) {
    return parseRunSummary(JSON.parse(await readFile(path, 'utf8')), path);
  }
  return summarizeK6Output(path, { warmupSeconds: config.warmupSeconds, git: config.git, logger });
}

interface Candidate {
  /** Each run of the candidate (several with --runs). */
  runs: RunSummary[];
  k6ExitCode?: number;
}

async function candidateRuns(config: GateRunConfig, deps: GateDeps): Promise<Candidate> {
  const { logger } = deps;
  if (config.script && config.results?.length) {
    throw new PerfGateError('give either a script to run or results to read, not both', 'Drop one of them');
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
    };
    const prepared = await prepareLiveRun(request, k6);
    const repeats = Math.max(1, config.runs ?? 1);
    const runs: RunSummary[] = [];
    let k6ExitCode = 0;
    for (let i = 1; i <= repeats; i++) {
      const title =
        repeats > 1
          ? `Running k6 on ${config.script} (run ${i} of ${repeats})`
          : `Running k6 on ${config.script}`;
      const result = await logger.group(title, () => runK6Live(prepared, k6, logger));
      runs.push(result.summary);
      k6ExitCode = Math.max(k6ExitCode, result.k6ExitCode);
    }
    return { runs, k6ExitCode };
  }
  if (config.results?.length) {
    return logger.group(`Reading ${config.results.length} k6 result file(s)`, async () => {
      const shards: RunSummary[] = [];
      for (const file of config.results as string[])
        shards.push(await readResult(resolve(config.cwd, file), config, logger));
      return { runs: [shards.length === 1 ? (shards[0] as RunSummary) : mergeRunSummaries(shards)] };
    });
  }
  throw new PerfGateError(
    'nothing to gate: no script and no results',
    'Pass a k6 script to run, or k6 result files to read',
  );
}

function exitCodeFor(report: Report): 0 | 1 {
  if (report.verdict === 'fail') return EXIT.fail;
  if (report.verdict === 'inconclusive' && report.settings.inconclusivePolicy === 'fail') return EXIT.fail;
  return EXIT.pass;
}

/**
 * The one pipeline both entry points call: produce the candidate's RunSummary, fetch the baseline history,
 * compare, and store the run as a baseline when the policy says so. A regression is a verdict in the report;
 * only bad input or infrastructure failures throw (PerfGateError), and those never touch the store.
 */
export async function runGate(config: GateRunConfig, deps: GateDeps): Promise<GateOutcome> {
  const { logger, store } = deps;
  const { runs, k6ExitCode } = await candidateRuns(config, deps);
  const summary = poolRepeatedRuns(runs);
  for (const warning of summary.warnings) logger.warn(warning);

  const history = await logger.group(`Loading the baseline from ${store.description}`, async () => {
    const runs = await store.history(config.baseline.history);
    logger.info(
      runs.length === 0
        ? 'no baseline yet'
        : `${runs.length} baseline run(s), newest from ${runs[0]?.summary.run.start}`,
    );
    return runs;
  });

  const report = compareRuns(
    history.map((h) => h.summary),
    summary,
    config.gate,
    { seed: config.seed, candidateRuns: runs.length },
  );
  const newest = history[0];
  if (newest) report.baseline = { ...newest.provenance, ...report.baseline, runs: history.length };

  const exitCode = exitCodeFor(report);
  const thresholdsFailed = summary.thresholds.some((t) => !t.ok);
  const policy = config.baseline.save;
  let save = false;
  if (policy === 'auto') save = history.length === 0 && !thresholdsFailed;
  else if (policy === 'replace' || policy === 'append') save = true;
  if (save && thresholdsFailed)
    logger.warn("storing a baseline whose run failed k6's own thresholds, as asked");
  if (save) {
    // Every repeat is stored as its own run: together they measure the run-to-run noise of the next comparisons.
    for (const [i, run] of runs.entries()) {
      await store.save(
        run,
        policy === 'replace' && i === 0 ? 1 : Math.max(config.baseline.history, runs.length),
      );
    }
    logger.info(
      `stored ${runs.length === 1 ? 'this run' : `these ${runs.length} runs`} as the baseline in ${store.description}`,
    );
  } else if (policy === 'auto' && history.length === 0 && thresholdsFailed) {
    logger.warn("this run failed k6's own thresholds, so it was not stored as the first baseline");
  }
  return { report, summary, exitCode, baselineSaved: save, k6ExitCode };
}
