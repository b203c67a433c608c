import { saveDecision, type BaselineSavePolicy } from '../domain/outcome.js';
import type { GateConfig } from '../domain/gate-config.js';
import type { BaselineProvenance, Report } from '../domain/report.js';
import type { RunSummary } from '../domain/run-summary.js';
import { compareRuns } from '../domain/compare/index.js';
import { poolRepeatedRuns } from '../domain/merge.js';
import type { RerunPolicy } from '../domain/compare/sequential.js';
import type { BaselineSelection, BaselineStore } from '../io/baseline-store.js';
import type { K6Runner } from '../io/k6-runner.js';
import type { Logger } from '../io/logger.js';
import type { VegetaLocation } from '../io/vegeta-locate.js';

export type { BaselineSavePolicy } from '../domain/outcome.js';

import { prepareCandidate, runCandidate, runCounts, type Judged } from './candidate.js';

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
