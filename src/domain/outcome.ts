/**
 * The one function from a Report to what happens next: the exit code, whether the job fails, the annotations to
 * show, and whether the run is stored as a baseline. Every entry point (CLI commands, the action) uses it, so the
 * same report always ends the same way. Pure.
 */
import type { HealthFinding, Report } from './report.js';
import { brokenFindings } from './run-health.js';
import type { RunSummary } from './run-summary.js';

/**
 * When the run is stored as a baseline: `auto` only when there is none yet (and k6's thresholds passed);
 * `replace` makes it the only baseline; `append` adds it to the rolling history (the default branch in CI);
 * `never` leaves the store alone.
 */
export type BaselineSavePolicy = 'auto' | 'replace' | 'append' | 'never';

export interface OutcomePolicy {
  /** A push to the default branch refreshing the baseline: its regressions are reported, not failed. */
  refresh?: boolean;
  /** What no baseline does (the action's `on-missing-baseline`). */
  onMissingBaseline?: 'warn' | 'fail';
}

export interface Annotation {
  level: 'warning' | 'error';
  message: string;
}

export interface Outcome {
  exitCode: 0 | 1;
  /** The job (or command) fails: exit code 1. */
  failed: boolean;
  annotations: Annotation[];
}

/**
 * `fail` fails, unless it is a regression on the default branch's refresh (the change has landed: failing would
 * leave the new baseline untrusted and every later pull request judged against an older one; k6's own thresholds
 * still fail it). `inconclusive` fails only with `on-inconclusive: fail`; `no-baseline` only with
 * `on-missing-baseline: fail`.
 */
export function outcomeOf(report: Report, policy: OutcomePolicy = {}): Outcome {
  const annotations: Annotation[] = [];
  // A broken run is no regression of the code that just landed: it fails the default branch too (and is not stored).
  const refreshRegression =
    policy.refresh === true &&
    report.verdict === 'fail' &&
    report.thresholds.every((t) => t.ok) &&
    brokenFindings(report.health).length === 0;
  if (refreshRegression)
    annotations.push({
      level: 'warning',
      message: `the default branch regressed against its previous baseline (${report.reason}) This run is stored as the new baseline; the job does not fail on the default branch. Look at the change that was just merged.`,
    });
  if (report.verdict === 'inconclusive')
    annotations.push({ level: 'warning', message: `perf-gate is inconclusive: ${report.reason}` });
  const failed =
    (report.verdict === 'fail' && !refreshRegression) ||
    (report.verdict === 'inconclusive' && report.settings.inconclusivePolicy === 'fail') ||
    (report.verdict === 'no-baseline' && policy.onMissingBaseline === 'fail');
  if (failed) annotations.push({ level: 'error', message: `perf-gate: ${report.verdict}. ${report.reason}` });
  return { exitCode: failed ? 1 : 0, failed, annotations };
}

/** The exit code of a report: 0 pass (or no baseline, or inconclusive unless told to fail), 1 the gate failed. */
export const exitCodeOf = (report: Report, policy: OutcomePolicy = {}): 0 | 1 =>
  outcomeOf(report, policy).exitCode;

/** Whether a run failed k6's own thresholds: such a run is no baseline unless asked for (see saveDecision). */
export const failedItsThresholds = (summary: Pick<RunSummary, 'thresholds'>): boolean =>
  summary.thresholds.some((t) => !t.ok);

/**
 * What decides whether a run is stored as a baseline. Every reason to keep a run out belongs here, so that the
 * baseline cycle (pipeline/baseline-cycle.ts) has one decision to follow for every store.
 */
export interface SaveFacts {
  policy: BaselineSavePolicy;
  /** Comparable runs stored already (what this run was compared with). */
  storedRuns: number;
  /** The run (one of its repeats) failed k6's own thresholds. */
  thresholdsFailed: boolean;
  /** `baseline-failed-thresholds`: such runs are baselines too (off by default). */
  acceptFailedThresholds: boolean;
  /** The run-health findings of the run (domain/run-health.ts): a broken run is never stored. */
  health?: readonly HealthFinding[];
}

export interface SaveDecision {
  save: boolean;
  note?: string;
  /**
   * The run is broken and there is no baseline yet: the cycle refuses it as bad input (exit 2), naming what is
   * broken and how to see it, rather than reporting a gate with nothing to stand on.
   */
  refuse?: HealthFinding[];
}

/**
 * Whether this run is stored as a baseline, and what to say when a run is kept out or stored against the usual rule.
 * A broken run (its health check) is never stored, whatever the policy; with no baseline yet it is refused (exit 2).
 * A run whose k6 thresholds failed is never stored unless `baseline-failed-thresholds` is set, whatever the policy:
 * the cycle would not take it back as a baseline either.
 */
export function saveDecision(facts: SaveFacts): SaveDecision {
  const { policy, storedRuns, thresholdsFailed, acceptFailedThresholds } = facts;
  const broken = brokenFindings(facts.health);
  if (broken.length > 0 && storedRuns === 0) return { save: false, refuse: broken };
  if (policy === 'never') return { save: false };
  if (policy === 'auto' && storedRuns > 0) return { save: false };
  if (broken.length > 0)
    return {
      save: false,
      note: 'this run is broken (see its health findings), so it was not stored as a baseline',
    };
  if (!thresholdsFailed) return { save: true };
  if (acceptFailedThresholds)
    return {
      save: true,
      note: "storing a baseline whose run failed k6's own thresholds (baseline-failed-thresholds is set)",
    };
  return {
    save: false,
    note: `this run failed k6's own thresholds, so it was not stored as ${policy === 'auto' ? 'the first baseline' : 'a baseline'} (baseline-failed-thresholds stores such runs)`,
  };
}
