/** The action's `mode: capacity`: its inputs through the spec, its own baselines, and errors that name the input. */
import { describe, expect, it } from 'vitest';
import { readActionConfig, type ActionEnvironment } from '../../src/action/inputs.js';
import { PerfGateError } from '../../src/errors.js';

/** The capacity request the inputs build. */
const capacityOf = (c: ReturnType<typeof readActionConfig>) =>
  c.request?.mode === 'capacity' ? c.request.capacity : undefined;

const env = (inputs: Record<string, string>): ActionEnvironment => ({
  input: (name) => inputs[name] ?? '',
  workspace: '/work/repo',
  eventName: 'pull_request',
  ref: 'refs/pull/7/merge',
  defaultBranch: 'main',
  sha: 'abc123',
});

describe('mode: capacity', () => {
  it('reads the objectives (one per line) and the defaults of the search', () => {
    const c = readActionConfig(
      env({
        mode: 'capacity',
        script: 'load.js',
        slo: 'http_req_duration:p95<200ms\nhttp_req_failed:rate<1%',
      }),
    );
    expect(capacityOf(c)).toMatchObject({
      slos: [
        { text: 'http_req_duration:p95<200ms', quantile: 0.95, limit: 200 },
        { text: 'http_req_failed:rate<1%', stat: 'rate', limit: 0.01 },
      ],
      from: 20,
      to: 2000,
      stepSeconds: 20,
      warmupSeconds: 5,
      exec: 'default',
      tolerance: 0.1,
      resolution: 0.05,
    });
    // Its own baseline artifact, apart from the latency gate's.
    expect(c.gateId).toBe('capacity');
    expect(c.store).toMatchObject({ kind: 'artifact', name: 'perf-gate-baseline-capacity' });
  });

  it('takes the knobs', () => {
    const c = readActionConfig(
      env({
        mode: 'capacity',
        script: 'load.js',
        slo: 'http_req_duration:p99<1s',
        from: '50',
        to: '500',
        'step-duration': '8s',
        exec: 'checkout',
        'capacity-tolerance': '5%',
        'gate-id': 'api',
      }),
    );
    expect(capacityOf(c)).toMatchObject({
      from: 50,
      to: 500,
      stepSeconds: 8,
      warmupSeconds: 2,
      exec: 'checkout',
      tolerance: 0.05,
    });
    expect(c.gateId).toBe('api');
  });

  it('needs a script and an objective, and says which input', () => {
    expect(() => readActionConfig(env({ mode: 'capacity', script: 'load.js' }))).toThrow(/input 'slo'/);
    expect(() => readActionConfig(env({ mode: 'capacity', results: 'out.json', slo: 'm:p95<1' }))).toThrow(
      PerfGateError,
    );
    expect(() => readActionConfig(env({ mode: 'capacity', script: 'a.js', slo: 'x', from: 'ten' }))).toThrow(
      /input 'from'/,
    );
    expect(() =>
      readActionConfig(env({ mode: 'capacity', script: 'a.js', slo: 'latency below 200' })),
    ).toThrow(/input 'slo' "latency below 200" is not metric:stat<limit/);
  });

  it('refuses an empty range, steps too short for their warm-up, and a function name that is not one', () => {
    const capacity = { mode: 'capacity', script: 'a.js', slo: 'http_req_duration:p95<200ms' };
    expect(() => readActionConfig(env({ ...capacity, from: '400', to: '400' }))).toThrow(
      /input 'from' \(400\) must be below 'to' \(400\)/,
    );
    expect(() => readActionConfig(env({ ...capacity, 'step-duration': '2s', warmup: '1s' }))).toThrow(
      /input 'step-duration' \(2s\) leaves under 2 s after the 1s warm-up/,
    );
    expect(() => readActionConfig(env({ ...capacity, exec: 'x; import("y")' }))).toThrow(
      /input 'exec' .* is not a function name/,
    );
  });
});
