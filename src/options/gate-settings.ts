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
import type { RunCounts } from '../domain/gate-request.js';
import { PerfGateError } from '../errors.js';
import type { OptionValues } from './read.js';
import type { Words } from './words.js';

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

/**
 * `runs` and `max-runs` for a candidate: by default a script may run up to DEFAULT_MAX_RUNS times while a
 * regression is suspected, except where repeating buys nothing (results are read once; the default branch's refresh
 * reports regressions without failing on them).
 */
export function runCountsFrom(
  values: OptionValues,
  words: Words,
  context: { script: boolean; refresh: boolean },
): RunCounts {
  const runs = values.runs as number;
  const repeats = context.script && !context.refresh;
  const maxRuns = values.maxRuns ?? (repeats ? Math.max(runs, DEFAULT_MAX_RUNS) : runs);
  if (!context.script && maxRuns > 1)
    throw new PerfGateError(
      `${words.label('runs')} and ${words.label('maxRuns')} repeat a script, and results are read once`,
      'Leave them out, or run the script instead of reading its results',
    );
  if (maxRuns < runs)
    throw new PerfGateError(
      `${words.label('maxRuns')} (${maxRuns}) is below ${words.label('runs')} (${runs})`,
      `Set ${words.label('maxRuns')} to at least ${runs}, or leave it out`,
    );
  return { runs, maxRuns, rerun: values.rerun as RerunPolicy };
}
