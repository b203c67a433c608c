import type { HistoryRequest } from '../domain/gate-request.js';
import type { Report } from '../domain/report.js';
import type { RunSummary } from '../domain/run-summary.js';
import { compareRuns } from '../domain/compare/index.js';
import { poolRepeatedRuns } from '../domain/merge.js';
import {
  loadBaseline,
  provenanceOf,
  saveBaseline,
  type BaselineDeps,
  type TrendState,
} from './baseline-cycle.js';
import { prepareCandidate, runCandidate, type CandidateDeps, type Judged } from './candidate.js';

export type GateDeps = BaselineDeps & CandidateDeps;

export interface GateOutcome {
  report: Report;
  summary: RunSummary;
  baselineSaved: boolean;
  /** The default branch's trend after this run (with its entry when the run was stored). */
  trend?: TrendState;
  k6ExitCode?: number;
}

/**
 * A candidate against the stored history: produce the candidate's RunSummary, load the baseline (the baseline
 * cycle), compare, and store the run as a baseline when the cycle's save decision says so. A regression is a
 * verdict in the report; only bad input or infrastructure failures throw (PerfGateError), and those never touch
 * the store.
 */
export async function runGate(config: HistoryRequest, deps: GateDeps): Promise<GateOutcome> {
  const { logger } = deps;
  // Bad input (script, results) is reported before any download or run.
  const source = await prepareCandidate(config, deps);
  const loaded = await loadBaseline(deps, config.baseline);
  const provenance = provenanceOf(loaded);
  const warning = loaded.runs.length > 0 ? loaded.selection?.warning : undefined;

  // Every look at the data (one per run while a rerun may follow, with --max-runs) gets its share of the
  // confidence for calling a regression; compareRuns applies it.
  const looks = config.maxRuns - config.runs + 1;
  const baselines = loaded.runs.map((h) => h.summary);
  // The location is the base commit's runs; the run-to-run noise comes from every trusted run stored with them.
  const noiseHistory = loaded.noise.map((h) => h.summary);
  const judge = (runs: RunSummary[]): Judged => {
    const summary = poolRepeatedRuns(runs);
    const report = compareRuns(baselines, summary, config.gate, {
      candidateRuns: runs.length,
      looks,
      maxRuns: config.maxRuns,
      rerun: config.rerun,
      noiseHistory,
      ...(provenance ? { provenance } : {}),
    });
    // The drift of a baseline that is not the base commit's own is part of the verdict's context, so it is in the
    // report, not only in the log.
    if (warning) report.warnings.unshift(warning);
    return { summary, report };
  };
  const { runs, k6ExitCode, summary, report } = await runCandidate(source, config, logger, judge);
  for (const w of summary.warnings) logger.warn(w);
  const saved = await saveBaseline(deps, config.baseline, loaded, runs, loaded.runs.length, report.health, {
    run: summary,
    config: config.gate,
    report,
  });
  return {
    report,
    summary,
    baselineSaved: saved.saved,
    ...(saved.trend ? { trend: saved.trend } : {}),
    k6ExitCode,
  };
}
