import { resolve } from 'node:path';
import { PerfGateError } from '../errors.js';
import { saveDecision, type BaselineSavePolicy } from '../domain/outcome.js';
import type { GateConfig } from '../domain/gate-config.js';
import type { BaselineProvenance, Report } from '../domain/report.js';
import type { RunSummary } from '../domain/run-summary.js';
import { compareRuns } from '../domain/compare/index.js';
import { mergeRunSummaries } from '../ingest/index.js';
import { readResultFile } from '../io/run-summary-file.js';
import { poolRepeatedRuns } from '../domain/merge.js';
import { worthAnotherRun, type RerunPolicy } from '../domain/compare/sequential.js';
import type { BaselineSelection, BaselineStore } from '../io/baseline-store.js';
import type { K6Runner } from '../io/k6-runner.js';
import type { Logger } from '../io/logger.js';
import { prepareLiveRun, runK6Live, type PreparedRun } from './live-run.js';
import type { VegetaLocation } from '../io/vegeta-locate.js';
import { prepareVegetaRun, runVegetaLive, type PreparedVegeta } from './vegeta-run.js';

export type { BaselineSavePolicy } from '../domain/outcome.js';

export interface GateRunConfig {
  cwd: string;
  /** A k6 script to run... */
  script?: string;
  /** ...or a vegeta attack to run (targets file, rate, duration, extra attack flags)... */
  vegeta?: { targets: string; rate: string; durationSeconds: number; extraArgs: string[] };
  /** ...or k6 outputs produced elsewhere (JSON, JSON.gz, CSV, or perf-gate RunSummary files), merged as shards. */
  results?: string[];
  scriptEnv: Record<string, string>;
  k6Args: string[];
  warmupSeconds?: number;
  /** Prometheus text endpoints scraped while k6 runs (a script only). */
  serverMetrics?: string[];
  /** PromQL mode: a Prometheus server scraping the service, and named queries. */
  prometheus?: { url: string; queries: Record<string, string> };
  gate: GateConfig;
  baseline: { save: BaselineSavePolicy; history: number };
  git?: { commit?: string; ref?: string };
  /** Repeat the candidate run this many times (default 1); the runs are pooled. */
  runs?: number;
  /**
   * Keep repeating the candidate while the rerun policy asks for it, up to this many runs in all (default: `runs`).
   * A regression must clear each look's share of the confidence (see domain/compare/sequential.ts).
   */
  maxRuns?: number;
  /** Which inconclusive verdicts make another run (default `suspected`: a regression is suspected). */
  rerun?: RerunPolicy;
}

export interface GateDeps {
  store: BaselineStore;
  logger: Logger;
  /** Only needed in script mode; a function so the action can install k6 lazily. */
  k6?: () => Promise<K6Runner>;
  /** Only needed for a vegeta attack; a function so it is located only then. */
  vegeta?: () => Promise<VegetaLocation>;
}

export interface GateOutcome {
  report: Report;
  summary: RunSummary;
  baselineSaved: boolean;
  k6ExitCode?: number;
}

/** The candidate's runs, pooled into one summary, and the report that judged them. */
interface Judged {
  summary: RunSummary;
  report: Report;
}

interface Candidate extends Judged {
  /** Each run of the candidate (several with --runs or --max-runs). */
  runs: RunSummary[];
  k6ExitCode?: number;
}

/** How many candidate runs: at least `runs`, and up to `maxRuns` while the rerun policy asks for another. */
interface RunCounts {
  min: number;
  max: number;
}

function runCounts(config: GateRunConfig): RunCounts {
  const min = Math.max(1, config.runs ?? 1);
  const max = config.maxRuns ?? min;
  if (max < min)
    throw new PerfGateError(
      `at most ${max} run(s) cannot be fewer than the ${min} run(s) asked for`,
      'Raise the maximum (max-runs) or lower runs',
    );
  return { min, max };
}

/**
 * The candidate, checked before anything is downloaded or run, so that bad input is one line of error and no
 * other output: a prepared script (k6 found, script loadable), or the results already read.
 */
type CandidateSource =
  | { kind: 'script'; prepared: PreparedRun; k6: K6Runner }
  | { kind: 'vegeta'; prepared: PreparedVegeta }
  | { kind: 'results'; run: RunSummary };

/** `server-metrics` URLs are scraped while k6 runs: they need a script, and each must be an http(s) URL. */
function checkServerMetrics(config: GateRunConfig): void {
  const urls = [...(config.serverMetrics ?? []), ...(config.prometheus ? [config.prometheus.url] : [])];
  if (urls.length === 0) return;
  if (!config.script)
    throw new PerfGateError(
      'server-metrics and prometheus are read for the span of a k6 run, so they need a script to run',
      'Give the script instead of its results, or drop server-metrics and prometheus',
    );
  for (const url of urls) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
      throw new PerfGateError(
        `server-metrics or prometheus "${url.slice(0, 200)}" is not an http(s) URL`,
        'Write the full URL of the Prometheus endpoint, e.g. http://127.0.0.1:2121/metrics',
      );
  }
}

async function prepareCandidate(
  config: GateRunConfig,
  deps: GateDeps,
  { max }: RunCounts,
): Promise<CandidateSource> {
  if ([config.script, config.results?.length, config.vegeta].filter(Boolean).length > 1) {
    throw new PerfGateError(
      'give one of a k6 script to run, a vegeta attack to run, or results to read',
      'Drop the others',
    );
  }
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
  checkServerMetrics(config);
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
    if (max > 1)
      throw new PerfGateError(
        'repeated runs (runs, max-runs) need a script to run; results are read once',
        'Drop runs/max-runs, or give the script instead of its results',
      );
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

/** Runs the script at least `min` times, and again while the rerun policy asks for it, up to `max`. */
async function runCandidate(
  source: CandidateSource,
  config: GateRunConfig,
  logger: Logger,
  { min, max }: RunCounts,
  judge: (runs: RunSummary[]) => Judged,
): Promise<Candidate> {
  if (source.kind === 'results') return { ...judge([source.run]), runs: [source.run] };
  const policy = config.rerun ?? 'suspected';
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
        ? `a regression is suspected but not established after ${i} run(s): ${judged.report.reason} Running the candidate again to confirm or clear it (run ${i + 1} of at most ${max}).`
        : `not settled after ${i} run(s) (${judged.report.verdict}; a gated comparison is not yet proven either way): running the candidate again to settle it (run ${i + 1} of at most ${max}).`,
    );
  }
}

/** The report's account of a choice by commit: the base commit, how the runs were chosen, the commits pooled. */
function selectionProvenance(selection: BaselineSelection | undefined): Partial<BaselineProvenance> {
  if (!selection) return {};
  const nearest = selection.commits[0];
  return {
    baseCommit: selection.baseCommit,
    basis: selection.basis,
    commits: selection.commits,
    ...(nearest?.ahead === 0 && nearest.behind !== undefined ? { distance: nearest.behind } : {}),
  };
}

/**
 * The one pipeline both entry points call: produce the candidate's RunSummary, fetch the baseline history,
 * compare, and store the run as a baseline when the policy says so. A regression is a verdict in the report;
 * only bad input or infrastructure failures throw (PerfGateError), and those never touch the store.
 */
export async function runGate(config: GateRunConfig, deps: GateDeps): Promise<GateOutcome> {
  const { logger, store } = deps;
  // Bad input (run counts, script, results) is reported before any download or run.
  const counts = runCounts(config);
  const source = await prepareCandidate(config, deps, counts);
  const history = await logger.group(`Loading the baseline from ${store.description}`, async () => {
    const runs = await store.history(config.baseline.history);
    logger.info(
      runs.length === 0
        ? 'no baseline yet'
        : `${runs.length} baseline run(s), newest from ${runs[0]?.summary.run.start}`,
    );
    return runs;
  });
  const selection = history.length > 0 ? store.selection : undefined;
  if (selection?.warning) logger.warn(selection.warning);

  // Every look at the data (one per run while a rerun may follow, with --max-runs) gets its share of the
  // confidence for calling a regression; compareRuns applies it.
  const looks = counts.max - counts.min + 1;
  const baselines = history.map((h) => h.summary);
  const judge = (runs: RunSummary[]): Judged => {
    const summary = poolRepeatedRuns(runs);
    const report = compareRuns(baselines, summary, config.gate, {
      candidateRuns: runs.length,
      looks,
      maxRuns: counts.max,
      rerun: config.rerun ?? 'suspected',
      ...(history[0]
        ? {
            provenance: { ...history[0].provenance, ...selectionProvenance(selection), runs: history.length },
          }
        : {}),
    });
    // The drift of a baseline that is not the base commit's own is part of the verdict's context, so it is in the
    // report, not only in the log.
    if (selection?.warning) report.warnings.unshift(selection.warning);
    return { summary, report };
  };
  const { runs, k6ExitCode, summary, report } = await runCandidate(source, config, logger, counts, judge);
  for (const warning of summary.warnings) logger.warn(warning);

  const policy = config.baseline.save;
  const { save, note } = saveDecision(
    policy,
    history.length,
    summary.thresholds.some((t) => !t.ok),
  );
  if (note) logger.warn(note);
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
  }
  return { report, summary, baselineSaved: save, k6ExitCode };
}
