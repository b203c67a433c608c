import { outcomeOf } from '../../src/domain/outcome.js';
/**
 * Capacity mode's bad input: one message naming what is wrong, before k6 is even looked for, and the baseline store
 * untouched. (The search itself runs against the real k6 in __tests__/e2e/cli-capacity.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PerfGateError } from '../../src/errors.js';
import type { Logger } from '../../src/io/logger.js';
import type { CapacityRequest as CapacityConfig } from '../../src/domain/gate-request.js';
import { parseSlo } from '../../src/domain/capacity/slo.js';
import { runCapacity, vuBudget } from '../../src/pipeline/capacity.js';
import { MemoryStore } from '../support/memory-store.js';
import { QueueK6 } from '../support/queue-k6.js';
import type { K6RunRequest, K6RunResult } from '../../src/io/k6-runner.js';
import { parseRunSummary } from '../../src/ingest/validate.js';

const logger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
  group: (_t, fn) => fn(),
  progress: () => undefined,
};

const config: CapacityConfig = {
  cwd: process.cwd(),
  script: '__tests__/fixtures/k6/capacity-target.js',
  scriptEnv: {},
  k6Args: [],
  exec: 'default',
  slos: [parseSlo('http_req_duration:p95<200ms')],
  from: 20,
  to: 400,
  stepSeconds: 3,
  warmupSeconds: 1,
  resolution: 0.05,
  tolerance: 0.1,
  confidence: 0.99,
  inconclusivePolicy: 'warn',
  force: false,
  baseline: { save: 'auto', history: 5, acceptFailedThresholds: false },
};

async function refused(change: Partial<CapacityConfig>): Promise<PerfGateError> {
  const store = new MemoryStore();
  const k6 = async () => {
    throw new Error('k6 must not be needed for bad input');
  };
  const err = await runCapacity({ ...config, ...change }, { store, logger, k6 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(PerfGateError);
  expect(store.saves).toBe(0);
  return err as PerfGateError;
}

// The objectives, the range of rates, the steps and the function name are the request builder's rules
// (__tests__/options/request.test.ts); what needs the environment or the file system is refused here.
describe('runCapacity refuses bad input', () => {
  afterEach(() => {
    delete process.env.K6_DURATION;
  });

  it('with a workload shortcut among the k6 arguments or in the environment', async () => {
    expect((await refused({ k6Args: ['--vus', '10'] })).message).toMatch(
      /--vus .*replace the capacity schedule/,
    );
    expect((await refused({ k6Args: ['--duration=30s'] })).message).toMatch(/--duration=30s/);
    process.env.K6_DURATION = '1m';
    expect((await refused({})).message).toMatch(/K6_DURATION is set/);
  });

  it('with a missing script', async () => {
    expect((await refused({ script: 'nope.js' })).message).toMatch(/script not found/);
  });
});

describe('the step settings', () => {
  it('budgets VUs for twice the rate times the slowest latency bound (Little), at least 2', () => {
    expect(vuBudget(100, 1000)).toBe(202);
    expect(vuBudget(0, 200)).toBe(2);
    expect(vuBudget(1, 200)).toBe(3);
  });
});

describe('runCapacity against a queueing service (no k6: QueueK6 writes the samples)', () => {
  const quick = { ...config, stepSeconds: 5, warmupSeconds: 1 };

  it('finds a capacity of 100/s within the resolution, stores it, and fails the same service made slower', async () => {
    const store = new MemoryStore();
    const first = await runCapacity(quick, { store, logger, k6: async () => new QueueK6(100) });
    const { rate, low, high } = first.summary.capacity.estimate;
    expect(rate).toBe(low);
    expect(rate).toBeGreaterThanOrEqual(90);
    expect(rate).toBeLessThanOrEqual(105);
    expect(high! / low - 1).toBeLessThanOrEqual(0.05);
    expect(first.report.verdict).toBe('no-baseline');
    expect(store.saves).toBe(1);
    // What is stored is a valid run summary with its capacity section.
    expect(parseRunSummary(JSON.parse(JSON.stringify(store.runs[0])), 'stored').capacity?.estimate).toEqual({
      rate,
      low,
      high,
    });

    const same = await runCapacity(
      { ...quick, baseline: { save: 'never', history: 5, acceptFailedThresholds: false } },
      { store, logger, k6: async () => new QueueK6(100) },
    );
    expect(same.report.verdict).toBe('pass');
    const slower = await runCapacity(
      { ...quick, baseline: { save: 'never', history: 5, acceptFailedThresholds: false } },
      { store, logger, k6: async () => new QueueK6(67) },
    );
    expect(slower.report.verdict).toBe('fail');
    expect(outcomeOf(slower.report).exitCode).toBe(1);
    expect(slower.report.capacity?.verdict).toBe('regression');
    expect(store.saves).toBe(1);
  });

  it('refuses a search whose first step is broken (the script throws every iteration): exit 2, one step, nothing stored', async () => {
    class ThrowingK6 extends QueueK6 {
      override async run(request: K6RunRequest): Promise<K6RunResult> {
        const result = await super.run(request);
        return { ...result, exceptions: { count: 1_000_000, first: 'ReferenceError: x is not defined' } };
      }
    }
    const store = new MemoryStore();
    const k6 = new ThrowingK6(100);
    const err = await runCapacity(quick, { store, logger, k6: async () => k6 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PerfGateError);
    expect((err as PerfGateError).message).toMatch(
      /^the run is broken, and at the first, lowest rate the search would measure nothing: the script threw an uncaught exception in 1,000,000 of 1,000,000 iterations/,
    );
    expect(String((err as PerfGateError).hint)).toMatch(
      /the first error was: ReferenceError: x is not defined/,
    );
    expect(k6.offered).toEqual([quick.from]);
    expect(store.saves).toBe(0);
  });

  it('names the load generator when k6 drops iterations while latency holds, and stops climbing', async () => {
    const k6 = new QueueK6(1000, 60);
    const out = await runCapacity(quick, { store: new MemoryStore(), logger, k6: async () => k6 });
    expect(k6.offered).toEqual([20, 40, 80]);
    expect(out.summary.capacity.generatorLimited).toBe(80);
    expect(out.summary.capacity.steps.at(-1)?.verdict).toBe('generator-limited');
    expect(out.report.warnings.join(' ')).toMatch(/load generator could not keep up/);
  });
});
