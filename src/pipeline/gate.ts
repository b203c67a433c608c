/**
 * The one gate both entry points call, for its modes: a candidate against a stored history (a script run, a
 * vegeta attack or results read), the capacity search, interleaved A/B pairs on one machine, or run summaries given
 * as they are. It returns the
 * Report (built once, with its provenance), and what follows from it through the one outcome function: the exit
 * code, the annotations, and whether the run was stored. The CLI commands and the action are thin adapters over it.
 */
import type { GateRequest } from '../domain/gate-request.js';
import { compareRuns } from '../domain/compare/index.js';
import { outcomeOf, type Annotation, type OutcomePolicy } from '../domain/outcome.js';
import type { Report } from '../domain/report.js';
import type { RunSummary } from '../domain/run-summary.js';
import type { K6Runner } from '../io/k6-runner.js';
import type { Logger } from '../io/logger.js';
import type { BaseCommit, BaselineStore } from '../io/baseline-store.js';
import type { VegetaLocation } from '../io/vegeta-locate.js';
import { runAB } from './ab-mode.js';
import { runGate } from './run-gate.js';
import { runCapacity } from './capacity.js';
import type { TrendState } from './baseline-cycle.js';

export type { GateRequest } from '../domain/gate-request.js';

export interface GateResult {
  report: Report;
  exitCode: 0 | 1;
  annotations: Annotation[];
  /** Whether the candidate was stored as a baseline. */
  saved: boolean;
  /** The candidate's summary, when the gate made one (history mode). */
  summary?: RunSummary;
  /** The default branch's trend (history mode): read with the baseline, with this run's entry when it was stored. */
  trend?: TrendState;
}

export interface GateRequestDeps {
  logger: Logger;
  /** History and capacity modes: where baselines live. */
  store?: BaselineStore;
  /** The commit to choose baseline runs for (a pull request's base, the local merge base); else the newest. */
  base?: BaseCommit;
  /** Script runs (history with a script, A/B): k6, found or installed lazily. */
  k6?: () => Promise<K6Runner>;
  /** A vegeta attack (history mode): vegeta, found lazily. */
  vegeta?: () => Promise<VegetaLocation>;
  /** A last look at the report before its outcome (the action's accept label). */
  review?: (report: Report) => Promise<Report>;
  /** The entry point's outcome policy (the action's refresh and on-missing-baseline). */
  policy?: OutcomePolicy;
  /** The workflow run (the action): recorded in the trend entry of a stored run. */
  runId?: number;
}

export async function gate(request: GateRequest, deps: GateRequestDeps): Promise<GateResult> {
  let report: Report;
  let saved = false;
  let summary: RunSummary | undefined;
  let trend: TrendState | undefined;
  if (request.mode === 'history') {
    if (!deps.store) throw new Error('gate: history mode needs a baseline store');
    const outcome = await runGate(request.run, { ...deps, store: deps.store });
    ({ report, summary, trend } = outcome);
    saved = outcome.baselineSaved;
  } else if (request.mode === 'capacity') {
    if (!deps.store || !deps.k6) throw new Error('gate: capacity mode needs a baseline store and k6');
    const outcome = await runCapacity(request.capacity, { ...deps, store: deps.store, k6: deps.k6 });
    ({ report, summary } = outcome);
    saved = outcome.baselineSaved;
  } else if (request.mode === 'ab') {
    if (!deps.k6) throw new Error('gate: A/B mode needs k6');
    report = (await runAB(request.ab, await deps.k6(), deps.logger)).report;
  } else {
    report = compareRuns(request.baselines, request.candidate, request.gate, {
      ...(request.provenance ? { provenance: request.provenance } : {}),
    });
  }
  if (deps.review) report = await deps.review(report);
  const { exitCode, annotations } = outcomeOf(report, deps.policy);
  return {
    report,
    exitCode,
    annotations,
    saved,
    ...(summary ? { summary } : {}),
    ...(trend ? { trend } : {}),
  };
}
