import type { RunSummary, ThresholdOutcome } from '../domain/run-summary.js';
import { PerfGateError } from '../errors.js';

/**
 * The layout `--summary-export` and handleSummary get with K6_NEW_MACHINE_READABLE_SUMMARY=true or
 * --new-machine-readable-summary (k6 v1.x and v2): `{version, config, metadata, results: {checks, metrics: [...]}}`,
 * without the thresholds' outcomes.
 */
function isMachineReadableSummary(k6Summary: unknown): boolean {
  const s = k6Summary as { results?: { metrics?: unknown }; config?: unknown; metadata?: unknown } | null;
  // Any other value (text, a number) has no `results` list either.
  return !!s && Array.isArray(s.results?.metrics) && !!s.config && !!s.metadata;
}

/**
 * Reads k6's threshold outcomes per expression from an end-of-test summary and records them in the RunSummary.
 * Two layouts carry them: `handleSummary(data)` / the new summary (`thresholds: {"p(95)<500": {ok: true}}`), and
 * `--summary-export` (`thresholds: {"p(95)<500": false}`) whose booleans are INVERTED: true means it failed.
 * A third, the new machine-readable summary, has none: the outcomes stay unknown, with a warning (perf-gate unsets
 * K6_NEW_MACHINE_READABLE_SUMMARY for the k6 it runs; a summary file from elsewhere can still have it).
 */
export function applyEndOfTestSummary(summary: RunSummary, k6Summary: unknown): RunSummary {
  if (isMachineReadableSummary(k6Summary)) {
    return {
      ...summary,
      thresholds: [],
      warnings: [
        ...summary.warnings,
        "k6's end-of-test summary is in the new machine-readable layout (K6_NEW_MACHINE_READABLE_SUMMARY or --new-machine-readable-summary), which leaves them out: the thresholds' outcomes are unknown to perf-gate",
      ],
    };
  }
  const metrics = (k6Summary as { metrics?: unknown } | null)?.metrics;
  if (!metrics || typeof metrics !== 'object') {
    throw new PerfGateError(
      "the k6 end-of-test summary has no 'metrics'",
      'Pass the file written by --summary-export or handleSummary',
    );
  }
  const outcomes: ThresholdOutcome[] = [];
  for (const [metric, body] of Object.entries(
    metrics as Record<string, { thresholds?: Record<string, unknown> }>,
  )) {
    for (const [expression, value] of Object.entries(body?.thresholds ?? {})) {
      let ok: boolean;
      if (typeof value === 'boolean')
        ok = !value; // --summary-export: true = failed
      else if (value && typeof value === 'object' && typeof (value as { ok?: unknown }).ok === 'boolean')
        ok = (value as { ok: boolean }).ok;
      else continue;
      outcomes.push({ metric, expression, ok });
    }
  }
  outcomes.sort((a, b) => a.metric.localeCompare(b.metric) || a.expression.localeCompare(b.expression));
  return { ...summary, thresholds: outcomes };
}
