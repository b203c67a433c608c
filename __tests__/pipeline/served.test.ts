/**
 * gateServed's lifecycle with a recording host and the fake k6: the base checked out, each version started on its
 * own port, the A/B (or history) request made with their URLs and the base commit, and everything stopped and
 * removed in reverse order, also when a start or the gate fails.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_CONFIG } from '../../src/domain/gate-config.js';
import type { ServedRequest, ServicePlan } from '../../src/domain/service-plan.js';
import { PerfGateError } from '../../src/errors.js';
import type { K6RunRequest } from '../../src/io/k6-runner.js';
import { MemoryLogger } from '../../src/io/logger.js';
import type { ServiceHost } from '../../src/io/service-process.js';
import { gateServed } from '../../src/pipeline/served.js';
import { FakeK6 } from '../support/fake-k6.js';
import { LocalBaselineStore } from '../../src/io/local-baseline-store.js';

const cwd = mkdtempSync(join(tmpdir(), 'perf-gate-served-'));
writeFileSync(join(cwd, 'load.js'), 'export default function () {}\n');
const COMMIT = '1234567890abcdef1234567890abcdef12345678';

const plan: ServicePlan = {
  start: 'node server.js',
  readyUrl: 'http://127.0.0.1:{port}/',
  readyTimeoutSeconds: 5,
  targetEnv: 'BASE_URL',
  serverMetrics: [],
};
const load = { cwd, scriptEnv: {}, k6Args: [] };

function harness(failStart?: string) {
  const events: string[] = [];
  const services: ServiceHost = {
    freePorts: async (n) => [7001, 7002].slice(0, n),
    start: async (_plan, version, port) => {
      events.push(`start ${version.label} in ${version.dir} on ${port}`);
      if (version.label === failStart) throw new PerfGateError(`${version.label} did not answer`);
      return {
        port,
        logFile: `/logs/${version.logName}`,
        stop: async () => void events.push(`stop ${version.label}`),
      };
    },
  };
  const checkoutBase = async (ref: string | undefined) => {
    events.push(`checkout ${ref}`);
    return { commit: COMMIT, dir: '/wt/base', remove: async () => void events.push('remove worktree') };
  };
  return { events, services, checkoutBase };
}

const abServed: ServedRequest = {
  kind: 'ab',
  plan,
  baseRef: 'main',
  ab: { ...load, script: 'load.js', targetEnv: 'BASE_URL', pairs: 3, maxPairs: 3, gate: DEFAULT_GATE_CONFIG },
};

describe('gateServed', () => {
  it('A/B: base and head started on their own ports, the pairs against them, then stopped and removed', async () => {
    const { events, services, checkoutBase } = harness();
    const targets = new Set<string>();
    const k6 = new FakeK6((r: K6RunRequest) => {
      targets.add(r.scriptEnv.BASE_URL as string);
      return { slowdown: 1 };
    });
    const result = await gateServed(abServed, {
      logger: new MemoryLogger(),
      k6: async () => k6,
      services,
      checkoutBase,
    });
    expect(events).toEqual([
      'checkout main',
      'start the base commit 1234567 in /wt/base on 7001',
      `start the head in ${cwd} on 7002`,
      'stop the head',
      'stop the base commit 1234567',
      'remove worktree',
    ]);
    expect([...targets].sort()).toEqual(['http://127.0.0.1:7001', 'http://127.0.0.1:7002']);
    expect(result.report.ab?.base).toEqual({ commit: COMMIT });
    expect(result.exitCode).toBe(0);
  });

  it('a head that does not start: the base is stopped and its worktree removed, the error passed on', async () => {
    const { events, services, checkoutBase } = harness('the head');
    const k6 = new FakeK6(() => ({ slowdown: 1 }));
    await expect(
      gateServed(abServed, { logger: new MemoryLogger(), k6: async () => k6, services, checkoutBase }),
    ).rejects.toThrow(/the head did not answer/);
    expect(events.slice(-2)).toEqual(['stop the base commit 1234567', 'remove worktree']);
    expect(k6.calls).toBe(0);
  });

  it('a gate that fails (k6 missing) still stops both versions and removes the worktree', async () => {
    const { events, services, checkoutBase } = harness();
    await expect(
      gateServed(abServed, {
        logger: new MemoryLogger(),
        k6: async () => {
          throw new PerfGateError('k6 not found');
        },
        services,
        checkoutBase,
      }),
    ).rejects.toThrow(/k6 not found/);
    expect(events.slice(-3)).toEqual(['stop the head', 'stop the base commit 1234567', 'remove worktree']);
  });

  it('the head alone: one instance, its URL in the target variable, the run stored as the baseline', async () => {
    const { events, services, checkoutBase } = harness();
    const seen: string[] = [];
    const k6 = new FakeK6((r: K6RunRequest) => {
      seen.push(r.scriptEnv.API as string);
      return { slowdown: 1 };
    });
    const dir = mkdtempSync(join(tmpdir(), 'perf-gate-served-store-'));
    const result = await gateServed(
      {
        kind: 'head',
        plan: { ...plan, targetEnv: 'API' },
        run: {
          ...load,
          script: 'load.js',
          runs: 1,
          maxRuns: 1,
          rerun: 'suspected',
          gate: DEFAULT_GATE_CONFIG,
          baseline: { save: 'append', history: 5, acceptFailedThresholds: false },
        },
      },
      {
        logger: new MemoryLogger(),
        k6: async () => k6,
        store: new LocalBaselineStore(dir, cwd),
        services,
        checkoutBase,
      },
    );
    expect(events).toEqual([`start the head in ${cwd} on 7001`, 'stop the head']);
    expect(new Set(seen)).toEqual(new Set(['http://127.0.0.1:7001']));
    expect(result.saved).toBe(true);
  });
});
