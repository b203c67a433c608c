/**
 * A K6Runner for capacity mode's pipeline tests, without k6: each run reads the offered rate and the step's length
 * from the wrapper's environment and writes k6 JSON output for a service that serves `capacity` requests per
 * second (20 ms each) and queues the rest: above capacity the wait grows by (rate - capacity) / capacity seconds
 * per second and only `capacity` requests per second complete. `dropAbove` makes the generator drop iterations
 * above that rate while latency stays flat (a load generator that cannot keep up).
 */
import { writeFile } from 'node:fs/promises';
import type { K6RunRequest, K6RunResult, K6Runner } from '../../src/io/k6-runner.js';
import { WRAPPER_ENV } from '../../src/io/capacity-wrapper.js';

const TAGS =
  '{"expected_response":"true","method":"GET","name":"GET /x","scenario":"capacity","status":"200"}';

export class QueueK6 implements K6Runner {
  readonly location = { path: '/fake/k6', source: 'K6_PATH' } as K6Runner['location'];
  readonly offered: number[] = [];

  constructor(
    private readonly capacity: number,
    private readonly dropAbove = Infinity,
  ) {}

  async version(): Promise<string> {
    return 'v1.8.1';
  }

  async inspect(): Promise<Record<string, unknown>> {
    return { scenarios: { capacity: { executor: 'constant-arrival-rate' } } };
  }

  async run(request: K6RunRequest): Promise<K6RunResult> {
    const rate = Number(request.scriptEnv[WRAPPER_ENV.rate]);
    const seconds = Number(request.scriptEnv[WRAPPER_ENV.seconds]);
    this.offered.push(rate);
    // Each run at its own time, 1000 s apart, on whole seconds (windows are aligned to absolute time).
    const start = Date.UTC(2026, 0, 1) + this.offered.length * 1_000_000;
    const served = Math.min(rate, this.capacity, this.dropAbove);
    const lines: string[] = [];
    const point = (metric: string, ms: number, value: number) =>
      `{"metric":"${metric}","type":"Point","data":{"time":"${new Date(start + ms).toISOString()}","value":${value},"tags":${TAGS}}}`;
    for (let i = 0; i < served * seconds; i++) {
      const t = i / served;
      const wait =
        rate > this.capacity && rate <= this.dropAbove ? ((rate - this.capacity) / this.capacity) * t : 0;
      const latency = 20 + wait * 1000;
      // One request per iteration.
      lines.push(
        point('iterations', t * 1000, 1),
        point('http_reqs', t * 1000, 1),
        point('http_req_duration', t * 1000, latency),
        point('http_req_failed', t * 1000, 0),
      );
    }
    if (rate > this.dropAbove)
      for (let s = 0; s < seconds; s++)
        lines.push(point('dropped_iterations', s * 1000 + 500, rate - this.dropAbove));
    if (request.samplesPath) await writeFile(request.samplesPath, `${lines.join('\n')}\n`);
    await writeFile(request.summaryExportPath, JSON.stringify({ metrics: {} }));
    return { exitCode: 0, errors: [] };
  }
}
