/**
 * Runs of scripts whose metrics are custom Trends and Rates (no HTTP), built through the real RunSummaryBuilder as
 * k6's JSON output would feed it, with seeded randomness.
 */
import type { RunSummary, ThresholdOutcome } from '../../src/domain/run-summary.js';
import { seededRandom, standardNormal } from '../../src/domain/random.js';
import { RunSummaryBuilder } from '../../src/ingest/builder.js';
import { computeFingerprint } from '../../src/ingest/fingerprint.js';
import { digestTags } from '../../src/ingest/sample.js';

export interface CustomRunSpec {
  iterations: number;
  /** Iterations per second. */
  rate: number;
  /** Custom Rates: the share of non-zero samples per metric, e.g. { token_errors: 0.01 }. */
  rates: Record<string, number>;
  /** Custom Trends (declared as time): median ms per metric. */
  trends: Record<string, number>;
  /** Threshold expressions per metric, as k6 declares them on its Metric lines. */
  thresholds?: Record<string, string[]>;
  /** k6's threshold outcomes (from the end-of-test summary). */
  outcomes?: ThresholdOutcome[];
  http?: boolean;
  seed: number;
}

const TAGS = digestTags({ scenario: 'default', group: '' });
const HTTP_TAGS = digestTags({
  scenario: 'default',
  group: '',
  name: 'GET /x',
  method: 'GET',
  expected_response: 'true',
});

export function customRun(spec: CustomRunSpec, startMs = Date.UTC(2026, 0, 1)): RunSummary {
  const random = seededRandom(spec.seed);
  const builder = new RunSummaryBuilder({
    warmupSeconds: 0,
    windowSeconds: 1,
    maxSeries: 20,
    producerVersion: 'test',
    k6Version: 'v1.8.1',
    fingerprint: computeFingerprint('custom', undefined),
  });
  for (const name of Object.keys(spec.rates))
    builder.declare({ name, type: 'rate', contains: 'default', thresholds: spec.thresholds?.[name] });
  for (const name of Object.keys(spec.trends))
    builder.declare({ name, type: 'trend', contains: 'time', thresholds: spec.thresholds?.[name] });
  for (let i = 0; i < spec.iterations; i++) {
    const time = startMs + (i / spec.rate) * 1000;
    for (const [metric, p] of Object.entries(spec.rates))
      builder.add({ metric, time, value: random() < p ? 1 : 0, tags: TAGS });
    for (const [metric, median] of Object.entries(spec.trends))
      builder.add({ metric, time, value: median * Math.exp(0.3 * standardNormal(random)), tags: TAGS });
    if (spec.http) {
      const value = 20 * Math.exp(0.3 * standardNormal(random));
      builder.add({ metric: 'http_reqs', time, value: 1, tags: HTTP_TAGS });
      builder.add({ metric: 'http_req_duration', time, value, tags: HTTP_TAGS });
      builder.add({ metric: 'http_req_failed', time, value: 0, tags: HTTP_TAGS });
    }
    builder.add({ metric: 'iterations', time, value: 1, tags: TAGS });
  }
  const summary = builder.finish({ lines: 0, skippedLines: 0, truncated: false, warnings: [] });
  return { ...summary, thresholds: spec.outcomes ?? [] };
}
