/** runGate's own logic with in-memory fakes: the save policy, the rerun loop, and bad input leaving the store alone. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_CONFIG } from '../../src/domain/gate-config.js';
import { NOISE_HISTORY_RUNS } from '../../src/domain/compare/run-noise.js';
import { MemoryLogger } from '../../src/io/logger.js';
import type { HistoryRequest as GateRunConfig } from '../../src/domain/gate-request.js';
import { runGate } from '../../src/pipeline/run-gate.js';
import { FakeK6, type FakeRun } from '../support/fake-k6.js';
import { MemoryStore } from '../support/memory-store.js';

const cwd = mkdtempSync(join(tmpdir(), 'perf-gate-run-gate-'));
writeFileSync(join(cwd, 'load.js'), 'export default function () {}\n');

const quiet = new MemoryLogger();

function config(over: Partial<GateRunConfig> = {}): GateRunConfig {
  return {
    cwd,
    script: 'load.js',
    scriptEnv: {},
    k6Args: [],
    gate: DEFAULT_GATE_CONFIG,
    baseline: { save: 'auto', history: 5, acceptFailedThresholds: false },
    runs: 1,
    maxRuns: 1,
    rerun: 'suspected',
    ...over,
  };
}

async function gate(runs: FakeRun[], store: MemoryStore, over: Partial<GateRunConfig> = {}) {
  const k6 = new FakeK6(runs);
  const outcome = await runGate(config(over), { store, logger: quiet, k6: async () => k6 });
  return { ...outcome, calls: k6.calls };
}

describe('the save policy', () => {
  it('auto stores the first run only, and only when k6 thresholds passed', async () => {
    const store = new MemoryStore();
    const failedFirst = await gate([{ thresholdsOk: false }], store);
    expect(failedFirst).toMatchObject({ baselineSaved: false });
    expect(failedFirst.report.verdict).toBe('fail');
    expect(store.runs).toHaveLength(0);
    const first = await gate([{}], store);
    expect(first).toMatchObject({ baselineSaved: true });
    expect(first.report.verdict).toBe('no-baseline');
    const second = await gate([{}], store);
    expect(second.baselineSaved).toBe(false);
    expect(store.runs).toHaveLength(1);
  });

  it('append keeps a rolling history of repeats; replace keeps one; never keeps none', async () => {
    const store = new MemoryStore();
    await gate([{}], store, {
      baseline: { save: 'append', history: 3, acceptFailedThresholds: false },
      runs: 2,
      maxRuns: 2,
    });
    expect(store.runs).toHaveLength(2);
    await gate([{}], store, { baseline: { save: 'append', history: 3, acceptFailedThresholds: false } });
    await gate([{}], store, { baseline: { save: 'append', history: 3, acceptFailedThresholds: false } });
    // The store keeps the noise's history (up to NOISE_HISTORY_RUNS), longer than the 3 runs the location pools.
    expect(store.runs).toHaveLength(4);
    await gate([{}], store, { baseline: { save: 'replace', history: 3, acceptFailedThresholds: false } });
    expect(store.runs).toHaveLength(1);
    await gate([{}], store, { baseline: { save: 'never', history: 3, acceptFailedThresholds: false } });
    expect(store.saves).toBe(5);
  });

  it('pools `history` runs for the location and every stored run, up to NOISE_HISTORY_RUNS, for the noise', async () => {
    const store = new MemoryStore();
    const append = { baseline: { save: 'append', history: 3, acceptFailedThresholds: false } } as const;
    for (let i = 0; i < 8; i++) await gate([{}], store, append);
    expect(store.runs).toHaveLength(8);
    const r = await gate([{}], store, append);
    expect(r.report.baseline?.runs).toBe(3);
    expect(r.report.settings.noiseRuns).toBe(8);
    store.runs = Array.from({ length: NOISE_HISTORY_RUNS + 5 }, () => store.runs[0]!);
    expect((await gate([{}], store, append)).report.settings.noiseRuns).toBe(NOISE_HISTORY_RUNS);
    expect(store.runs).toHaveLength(NOISE_HISTORY_RUNS);
  });

  it('a run k6 did not complete is an error and never touches the store', async () => {
    const store = new MemoryStore();
    await gate([{}], store);
    await expect(
      gate([{ exitCode: 107 }], store, {
        baseline: { save: 'append', history: 5, acceptFailedThresholds: false },
      }),
    ).rejects.toThrow(/k6 did not complete the test/);
    expect(store.saves).toBe(1);
  });
});

describe('the rerun loop', () => {
  it('stops at one run when a regression is established at once (2x slower)', async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 3; i++)
      await gate([{}], store, { baseline: { save: 'append', history: 5, acceptFailedThresholds: false } });
    const r = await gate([{ slowdown: 2 }], store, {
      maxRuns: 3,
      baseline: { save: 'never', history: 5, acceptFailedThresholds: false },
    });
    expect(r.report.verdict).toBe('fail');
    expect(r.calls).toBe(1);
    expect(r.report.settings).toMatchObject({ candidateRuns: 1, looks: 3, maxRuns: 3 });
  });

  it('runs again while the answer is inconclusive (rerun: inconclusive), never more than max-runs, and pools the runs', async () => {
    const store = new MemoryStore();
    await gate([{}], store);
    const r = await gate([{ slowdown: 1.1 }], store, {
      maxRuns: 3,
      rerun: 'inconclusive',
      baseline: { save: 'never', history: 5, acceptFailedThresholds: false },
    });
    expect(r.calls).toBeGreaterThanOrEqual(1);
    expect(r.calls).toBeLessThanOrEqual(3);
    expect(r.report.settings.candidateRuns).toBe(r.calls);
    if (r.report.verdict === 'inconclusive') expect(r.calls).toBe(3);
    expect(r.summary.ingest.shards).toBe(r.calls);
  });
});

describe('the rerun line', () => {
  it('says why the candidate runs again once, without repeating the reason (issue 23)', async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 3; i++)
      await gate([{}], store, { baseline: { save: 'append', history: 5, acceptFailedThresholds: false } });
    const logger = new MemoryLogger();
    const k6 = new FakeK6([{ slowdown: 1.12 }]);
    await runGate(
      config({ maxRuns: 2, baseline: { save: 'never', history: 5, acceptFailedThresholds: false } }),
      { store, logger, k6: async () => k6 },
    );
    const rerun = logger.lines.filter((l) => l.includes('Running the candidate again'));
    expect(k6.calls, logger.lines.join('\n')).toBe(2);
    expect(rerun).toEqual([
      expect.stringMatching(/^info: after 1 run\(s\), a regression is suspected but not established: /),
    ]);
    expect(rerun[0]!.match(/suspected but not established/g)).toHaveLength(1);
  });
});

describe('input the script reveals before k6 runs', () => {
  it('refuses a warm-up as long as the scenarios, before any run (issue 23)', async () => {
    const store = new MemoryStore();
    const k6 = new FakeK6([{}]);
    // FakeK6's script runs 20 s.
    await expect(
      runGate(config({ warmupSeconds: 20 }), { store, logger: quiet, k6: async () => k6 }),
    ).rejects.toThrow('warmup 20s is as long as the whole test (20s by its scenarios)');
    expect(k6.calls).toBe(0);
    expect(store.saves).toBe(0);
  });
});
