import type { RunSummary, ThresholdOutcome } from '../domain/run-summary.js';
import { PerfGateError } from '../errors.js';

/**
 * Reads k6's threshold outcomes per expression from an end-of-test summary and records them in the RunSummary.
 * Two layouts exist: `handleSummary(data)` / the new summary (`thresholds: {"p(95)<500": {ok: true}}`), and
 * `--summary-export` (`thresholds: {"p(95)<500": false}`) whose booleans are INVERTED: true means it failed.
 */
export function applyEndOfTestSummary(summary: RunSummary, k6Summary: unknown): RunSummary {
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
