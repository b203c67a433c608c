/**
 * From parsed option values to what the pipeline takes: the GateConfig and the run counts. Both entry points call
 * these, so the same options always mean the same gate.
 */
import {
  DEFAULT_GATE_CONFIG,
  type GateConfig,
  type InconclusivePolicy,
  type MetricRule,
} from '../domain/gate-config.js';
import { DEFAULT_MAX_RUNS, type RerunPolicy } from '../domain/compare/sequential.js';
import { PerfGateError } from '../errors.js';
import type { OptionValues } from './read.js';

/** DEFAULT_GATE_CONFIG with the options applied; the config file's rules first, then `report-only` (later wins). */
export function gateConfigFrom(values: OptionValues, fileRules: readonly MetricRule[] = []): GateConfig {
  return {
    ...DEFAULT_GATE_CONFIG,
    ...(values.tolerance !== undefined ? { latencyTolerance: values.tolerance } : {}),
    ...(values.errorTolerance !== undefined ? { errorRateTolerance: values.errorTolerance } : {}),
    ...(values.confidence !== undefined ? { confidence: values.confidence } : {}),
    ...(values.onInconclusive !== undefined
      ? { inconclusivePolicy: values.onInconclusive as InconclusivePolicy }
      : {}),
    forceFingerprint: values.force ?? false,
    rules: [
      ...DEFAULT_GATE_CONFIG.rules,
      ...fileRules,
      ...(values.reportOnly ?? []).map((r) => ({ ...r, gated: false })),
    ],
  };
}

export interface RunCounts {
  /** Candidate runs pooled at least. */
  runs: number;
  /** The most candidate runs while the rerun policy asks for another. */
  maxRuns: number;
  rerun: RerunPolicy;
}

/**
 * `runs` and `max-runs` for a candidate: by default a script may run up to DEFAULT_MAX_RUNS times while a
 * regression is suspected, except where repeating buys nothing (results are read once; the default branch's refresh
 * reports regressions without failing on them).
 */
export function runCountsFrom(
  values: OptionValues,
  labels: { runs: string; maxRuns: string },
  context: { script: boolean; refresh: boolean },
): RunCounts {
  const runs = values.runs ?? 1;
  const repeats = context.script && !context.refresh;
  const maxRuns = values.maxRuns ?? (repeats ? Math.max(runs, DEFAULT_MAX_RUNS) : runs);
  if (!context.script && maxRuns > 1)
    throw new PerfGateError(
      `${labels.runs} and ${labels.maxRuns} repeat a script, and results are read once`,
      'Leave them out, or run the script instead of reading its results',
    );
  if (maxRuns < runs)
    throw new PerfGateError(
      `${labels.maxRuns} (${maxRuns}) is below ${labels.runs} (${runs})`,
      `Set ${labels.maxRuns} to at least ${runs}, or leave it out`,
    );
  return { runs, maxRuns, rerun: (values.rerun as RerunPolicy | undefined) ?? 'suspected' };
}
