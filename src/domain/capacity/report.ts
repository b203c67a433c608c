/**
 * The Report of a capacity gate: the usual Report (verdict, provenance, settings) with no per-metric comparisons
 * and a `capacity` section (see domain/report.ts and schemas/report.schema.json). Pure.
 */
import type { BaselineProvenance, GateVerdict, Report } from '../report.js';
import { REPORT_SCHEMA_VERSION } from '../report.js';
import type { RunSummary } from '../run-summary.js';
import type { CapacityComparison, CapacityReport, CapacityRun } from '../capacity-model.js';
import { compareCapacity } from './compare.js';

const GATE: Record<CapacityComparison['verdict'], GateVerdict> = {
  regression: 'fail',
  unchanged: 'pass',
  improvement: 'pass',
  inconclusive: 'inconclusive',
  'no-baseline': 'no-baseline',
};

export interface CapacityReportInput {
  /** Stored runs, newest first; those without a capacity section are ignored. */
  baselines: readonly RunSummary[];
  candidate: RunSummary & { capacity: CapacityRun };
  tolerance: number;
  confidence: number;
  inconclusivePolicy: 'warn' | 'fail' | 'pass';
  provenance?: BaselineProvenance;
  force?: boolean;
}

/** Builds the Report of one capacity gate. Baselines measured against other objectives are not comparable. */
export function capacityReport(input: CapacityReportInput): Report {
  const { candidate } = input;
  const cap = candidate.capacity;
  const stored = input.baselines.flatMap((b) => (b.capacity ? [b.capacity] : []));
  const sameSlos = (r: CapacityRun) => r.slos.join('\n') === cap.slos.join('\n') && r.exec === cap.exec;
  const matching = stored.filter(sameSlos);
  // Forced, the other objectives' runs are compared, and the report still says they differ (match: false).
  const comparable = input.force ? stored : matching;
  const differences =
    stored.length > 0 && matching.length === 0
      ? [
          `objectives ${stored[0]?.slos.join(', ')} (${stored[0]?.exec}) -> ${cap.slos.join(', ')} (${cap.exec})`,
        ]
      : [];
  const comparison = compareCapacity(comparable, cap, input.tolerance);
  const warnings: string[] = [];
  if (input.baselines.length > stored.length)
    warnings.push(
      `${input.baselines.length - stored.length} stored run(s) have no capacity measurement and were left out`,
    );
  if (cap.generatorLimited !== null)
    warnings.push(
      `at ${cap.generatorLimited}/s the load generator could not keep up (k6 dropped iterations while every objective held): the service's capacity may be higher than measured; run k6 on a bigger machine or lower --to`,
    );
  let verdict = GATE[comparison.verdict];
  let reason = comparison.reason;
  if (differences.length > 0 && !input.force) {
    verdict = 'inconclusive';
    reason = `the baseline was measured against other objectives (${differences[0]}); store a new baseline, or pass --force`;
  }
  const capacity: CapacityReport = {
    ...comparison,
    slos: cap.slos,
    brokeFirst: cap.brokeFirst,
    margins: cap.margins,
    generatorLimited: cap.generatorLimited,
    ...(cap.bottleneck ? { bottleneck: cap.bottleneck } : {}),
    steps: { baseline: comparable[0]?.steps ?? [], candidate: cap.steps },
  };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    verdict,
    reason,
    comparisons: [],
    thresholds: [],
    baseline: stored.length > 0 && input.provenance ? { ...input.provenance, runs: comparable.length } : null,
    candidate: {
      ...(candidate.git?.commit ? { commit: candidate.git.commit } : {}),
      ...(candidate.git?.ref ? { ref: candidate.git.ref } : {}),
      start: candidate.run.start,
      durationSeconds: cap.steps.reduce((a, s) => a + s.seconds, 0),
      ...(candidate.k6.version ? { k6Version: candidate.k6.version } : {}),
    },
    fingerprint: { match: differences.length === 0, forced: input.force === true, differences },
    settings: {
      confidence: input.confidence,
      inconclusivePolicy: input.inconclusivePolicy,
      noiseRuns: comparable.length,
    },
    warnings,
    capacity,
  };
}
