/**
 * Simulated k6 runs with known truth, for the evaluation and the engine's tests: log-normal latencies with AR(1)
 * autocorrelation in log space, a run-level random effect (a different runner, neighbours), error bursts, and
 * injected regressions (all requests, the slowest tenth only, or one endpoint only). Seeded: the same spec and
 * seed give the same run.
 */
import type { RunSummary } from '../src/domain/run-summary.js';
import { seededRandom, standardNormal, type RandomSource } from '../src/domain/random.js';
import { RunSummaryBuilder } from '../src/ingest/builder.js';
import { computeFingerprint } from '../src/ingest/fingerprint.js';
import { digestTags, type TagInfo } from '../src/ingest/sample.js';

export interface SimSpec {
  requests: number;
  /** Requests per second (arrival rate). */
  rps: number;
  medianMs: number;
  /** Log-space standard deviation of latency (0.5 ≈ p99/p50 of 3.2). */
  sigma: number;
  /** AR(1) autocorrelation of consecutive log latencies. */
  rho: number;
  /** Standard deviation of the run-level random effect on log latency (0.03 ≈ 3% between runs). */
  runEffectSd: number;
  errorRate: number;
  /** Errors come in bursts: the rate is multiplied by this in bursts that cover 1/burstFactor of the time. */
  burstFactor: number;
  /** Injected change: multiplies latencies (of `endpoint` only when set; of the slowest tenth only when tailOnly). */
  slowdown: number;
  tailOnly: boolean;
  endpoint?: 'GET /a' | 'GET /b';
  /** A fixed run effect instead of a random one (A/B mode: both arms share the machine). */
  fixedRunEffect?: number;
}

export const DEFAULT_SIM: SimSpec = {
  requests: 20_000,
  rps: 100,
  medianMs: 20,
  sigma: 0.5,
  rho: 0.95,
  runEffectSd: 0.03,
  errorRate: 0.001,
  burstFactor: 5,
  slowdown: 1,
  tailOnly: false,
};

const Z90 = 1.2815515655446004;
const TAGS: Record<string, TagInfo> = {
  ok_a: digestTags({ name: 'GET /a', method: 'GET', scenario: 'default', expected_response: 'true' }),
  ok_b: digestTags({ name: 'GET /b', method: 'GET', scenario: 'default', expected_response: 'true' }),
  fail_a: digestTags({ name: 'GET /a', method: 'GET', scenario: 'default', expected_response: 'false' }),
  fail_b: digestTags({ name: 'GET /b', method: 'GET', scenario: 'default', expected_response: 'false' }),
};

/** One simulated run, summarized exactly as real k6 output would be. */
export function simulateRun(spec: SimSpec, random: RandomSource, startMs = Date.UTC(2026, 0, 1)): RunSummary {
  const builder = new RunSummaryBuilder({
    warmupSeconds: 0,
    windowSeconds: 1,
    maxSeries: 20,
    producerVersion: 'sim',
    fingerprint: computeFingerprint(undefined, {
      scenarios: { default: { executor: 'constant-arrival-rate', rate: spec.rps } },
    }),
  });
  const runEffect = spec.fixedRunEffect ?? spec.runEffectSd * standardNormal(random);
  const innovation = Math.sqrt(1 - spec.rho * spec.rho);
  let x = standardNormal(random);
  const burstLength = 200; // requests
  let inBurst = false;
  for (let i = 0; i < spec.requests; i++) {
    x = spec.rho * x + innovation * standardNormal(random);
    const endpoint = i % 2 === 0 ? 'GET /a' : 'GET /b';
    let ms = spec.medianMs * Math.exp(runEffect + spec.sigma * x);
    const hit = spec.endpoint === undefined || spec.endpoint === endpoint;
    if (hit && (!spec.tailOnly || x > Z90)) ms *= spec.slowdown;
    if (i % burstLength === 0) inBurst = random() < 1 / spec.burstFactor;
    const p = inBurst ? spec.errorRate * spec.burstFactor : 0;
    const failed = random() < p;
    const tags = TAGS[`${failed ? 'fail' : 'ok'}_${endpoint === 'GET /a' ? 'a' : 'b'}`] as TagInfo;
    const time = startMs + (i / spec.rps) * 1000;
    builder.add({ metric: 'http_reqs', time, value: 1, tags });
    builder.add({ metric: 'http_req_duration', time, value: ms, tags });
    builder.add({ metric: 'http_req_failed', time, value: failed ? 1 : 0, tags });
  }
  return builder.finish({ lines: spec.requests * 3, skippedLines: 0, truncated: false, warnings: [] });
}

/** n runs of one spec, each with its own seed derived from `seed`. */
export function simulateRuns(spec: SimSpec, n: number, seed: number): RunSummary[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => simulateRun(spec, random, Date.UTC(2026, 0, 1) + i * 3_600_000));
}
