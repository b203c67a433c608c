/**
 * The baseline cycle's trend: read with the baseline's set, one entry added in the save step only when the run is
 * stored, carried forward into every write, and a damaged or newer trend left out with a warning, never fatal.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_CONFIG } from '../../src/domain/gate-config.js';
import type { HistoryRequest } from '../../src/domain/gate-request.js';
import { parseTrend, TREND_SCHEMA_VERSION } from '../../src/domain/trend/codec.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { runGate } from '../../src/pipeline/run-gate.js';
import { FakeK6, type FakeRun } from '../support/fake-k6.js';
import { MemoryStore } from '../support/memory-store.js';

const cwd = mkdtempSync(join(tmpdir(), 'perf-gate-cycle-'));
writeFileSync(join(cwd, 'load.js'), 'export default function () {}\n');
const sha = (n: number) => n.toString(16).padStart(40, '0');

function request(commit: number, over: Partial<HistoryRequest> = {}): HistoryRequest {
  return {
    cwd,
    script: 'load.js',
    scriptEnv: {},
    k6Args: [],
    git: { commit: sha(commit), ref: 'refs/heads/main' },
    gate: DEFAULT_GATE_CONFIG,
    baseline: { save: 'append', history: 5, acceptFailedThresholds: false },
    runs: 1,
    maxRuns: 1,
    rerun: 'suspected',
    ...over,
  };
}

async function run(
  store: MemoryStore,
  commit: number,
  k6Run: FakeRun = {},
  over: Partial<HistoryRequest> = {},
) {
  const logger = new MemoryLogger();
  const k6 = new FakeK6([k6Run]);
  const outcome = await runGate(request(commit, over), {
    store,
    logger,
    k6: async () => k6,
    runId: 500 + commit,
  });
  return { ...outcome, logger };
}

const stored = (store: MemoryStore) => {
  const file = store.trend;
  if (!file || !('json' in file)) throw new Error('no trend stored');
  const parsed = parseTrend(file.json);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.trend;
};

describe("the default branch's trend in the baseline cycle", () => {
  it('adds one entry per stored run, with its commit and workflow run, carried from write to write', async () => {
    const store = new MemoryStore();
    const first = await run(store, 1);
    expect(first.trend).toMatchObject({ appended: true });
    await run(store, 2);
    const third = await run(store, 3, { slowdown: 1.2 });
    const trend = stored(store);
    expect(trend.entries.map((e) => [e.commit, e.runId])).toEqual([
      [sha(1), 501],
      [sha(2), 502],
      [sha(3), 503],
    ]);
    expect(Object.keys(trend.statistics)).toContain('http_req_duration p95');
    expect(third.trend?.trend.entries).toHaveLength(3);
  });

  it('a run that is not stored adds no entry: failed thresholds, or a save policy that keeps it out', async () => {
    const store = new MemoryStore();
    await run(store, 1);
    const failed = await run(store, 2, { thresholdsOk: false });
    expect(failed.baselineSaved).toBe(false);
    const kept = await run(
      store,
      3,
      {},
      { baseline: { save: 'never', history: 5, acceptFailedThresholds: false } },
    );
    expect(kept.trend).toMatchObject({ appended: false });
    expect(kept.trend?.trend.entries).toHaveLength(1);
    expect(stored(store).entries.map((e) => e.commit)).toEqual([sha(1)]);
  });

  it('a corrupt trend is skipped with a warning and never blocks storing the baseline: the trend starts again', async () => {
    const store = new MemoryStore();
    await run(store, 1);
    store.trend = { problem: 'not JSON (Unexpected end of JSON input)' };
    const next = await run(store, 2);
    expect(next.baselineSaved).toBe(true);
    expect(next.logger.lines.join('\n')).toMatch(
      /warn: the default branch.s trend stored with memory is not used \(not JSON .*\); the next stored run starts it again/,
    );
    expect(stored(store).entries.map((e) => e.commit)).toEqual([sha(2)]);
  });

  it('a trend of a newer version is skipped with a warning naming the version', async () => {
    const store = new MemoryStore();
    await run(store, 1);
    store.trend = { json: { schemaVersion: TREND_SCHEMA_VERSION + 1, statistics: [], entries: [] } };
    const next = await run(store, 2);
    expect(next.baselineSaved).toBe(true);
    expect(next.logger.lines.join('\n')).toMatch(/trend .* is not used \(.*version/);
  });

  it('a pull request (nothing stored) reads the trend without changing it', async () => {
    const store = new MemoryStore();
    await run(store, 1);
    await run(store, 2);
    const before = JSON.stringify(store.trend);
    const pr = await run(
      store,
      9,
      {},
      { baseline: { save: 'never', history: 5, acceptFailedThresholds: false } },
    );
    expect(pr.trend?.trend.entries.map((e) => e.commit)).toEqual([sha(1), sha(2)]);
    expect(JSON.stringify(store.trend)).toBe(before);
  });
});
