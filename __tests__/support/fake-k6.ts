/**
 * A K6Runner that plays k6's part without k6: each run writes seeded k6 JSON output (requests with log-normal
 * latencies times the run's slowdown) into the samples path the pipeline gives it, and a summary export. For unit
 * tests of the pipeline's own logic (rerun loop, save policy); the real k6 is exercised by the e2e tests.
 */
import { writeFile } from 'node:fs/promises';
import type { K6RunRequest, K6RunResult, K6Runner } from '../../src/io/k6-runner.js';
import { seededRandom, standardNormal } from '../../src/domain/random.js';

export interface FakeRun {
  slowdown?: number;
  exitCode?: number;
  thresholdsOk?: boolean;
}

const TAGS =
  '{"expected_response":"true","method":"GET","name":"GET /x","scenario":"default","status":"200"}';

export function k6JsonLines(
  requests: number,
  slowdown: number,
  seed: number,
  startMs = Date.UTC(2026, 0, 1),
): string {
  const random = seededRandom(seed);
  const lines: string[] = [];
  const point = (metric: string, time: string, value: number) =>
    `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${value},"tags":${TAGS}}}`;
  for (let i = 0; i < requests; i++) {
    const time = new Date(startMs + i * 10).toISOString();
    const ms = 20 * slowdown * Math.exp(0.3 * standardNormal(random));
    lines.push(
      point('http_reqs', time, 1),
      point('http_req_duration', time, ms),
      point('http_req_failed', time, 0),
    );
  }
  return `${lines.join('\n')}\n`;
}

export class FakeK6 implements K6Runner {
  readonly location = { path: '/fake/k6', source: 'K6_PATH' } as K6Runner['location'];
  calls = 0;

  /**
   * `runs`: the n-th run plays runs[n] (the last one repeats), or the run a function picks from the request and the
   * 0-based call number (A/B tests: a slowdown by target).
   */
  constructor(
    private readonly runs: FakeRun[] | ((request: K6RunRequest, call: number) => FakeRun),
    private readonly requests = 2000,
  ) {}

  async version(): Promise<string> {
    return 'v1.8.1';
  }

  async inspect(): Promise<Record<string, unknown>> {
    return { scenarios: { default: { executor: 'constant-arrival-rate', rate: 100, duration: '20s' } } };
  }

  async run(request: K6RunRequest): Promise<K6RunResult> {
    const spec =
      typeof this.runs === 'function'
        ? this.runs(request, this.calls)
        : (this.runs[Math.min(this.calls, this.runs.length - 1)] ?? {});
    this.calls++;
    const exitCode = spec.exitCode ?? (spec.thresholdsOk === false ? 99 : 0);
    const body =
      exitCode === 0 || exitCode === 99 ? k6JsonLines(this.requests, spec.slowdown ?? 1, this.calls) : '';
    if (request.samplesPath) await writeFile(request.samplesPath, body);
    if (exitCode === 0 || exitCode === 99)
      await writeFile(
        request.summaryExportPath,
        JSON.stringify({
          metrics: { http_req_duration: { thresholds: { 'p(95)<1000': spec.thresholdsOk === false } } },
        }),
      );
    return { exitCode, errors: exitCode === 107 ? ['ReferenceError: x is not defined'] : [] };
  }
}
