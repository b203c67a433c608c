/**
 * The baseline cycle's save step with a store of snapshots (like artifacts: each write is a new set carrying the
 * history after its own runs): two overlapping runs of the default branch both stay in the history (issue 25
 * item 12).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_CONFIG } from '../../src/domain/gate-config.js';
import type { BaselinePolicy } from '../../src/domain/gate-request.js';
import { parseTrend } from '../../src/domain/trend/codec.js';
import type { RunSummary } from '../../src/domain/run-summary.js';
import type { BaselineStore, StoredSet } from '../../src/io/baseline-store.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { loadBaseline, saveBaseline } from '../../src/pipeline/baseline-cycle.js';
import { MemoryStore } from '../support/memory-store.js';
import { summaryAt } from '../support/summaries.js';

/**
 * Snapshots in memory, newest first: each write stores `[...runs, ...carried]` as a new set with the trend given,
 * as an artifact does.
 */
class SnapshotStore implements BaselineStore {
  readonly description = 'snapshots';
  snapshots: RunSummary[][] = [];
  trends: unknown[] = [];

  async *sets(): AsyncIterable<StoredSet> {
    for (const [i, runs] of [...this.snapshots].entries()) {
      const trend = this.trends[i];
      yield {
        label: `snapshot ${i}`,
        snapshot: true,
        read: () =>
          Promise.resolve(
            // Re-serialized, as a download is.
            runs.map((r) => ({
              summary: JSON.parse(JSON.stringify(r)) as RunSummary,
              provenance: { runs: 1, start: r.run.start, source: `snapshot ${i}` },
            })),
          ),
        trend: () => Promise.resolve(trend === undefined ? undefined : { json: trend }),
      };
    }
  }

  write(
    runs: readonly RunSummary[],
    carried: readonly RunSummary[],
    keep: number,
    trend?: unknown,
  ): Promise<void> {
    this.snapshots.unshift([...runs, ...carried].slice(0, Math.max(1, keep)));
    this.trends.unshift(trend === undefined ? undefined : JSON.parse(JSON.stringify(trend)));
    return Promise.resolve();
  }
}

const at = (minute: number) => summaryAt(new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString());
const minutes = (runs: readonly RunSummary[] | undefined) =>
  (runs ?? []).map((r) => r.run.start.slice(14, 16));
const policy: BaselinePolicy = { save: 'append', history: 5, acceptFailedThresholds: false };

describe('saving a baseline while another run of the default branch saves one', () => {
  it('carries the run stored meanwhile: neither of two overlapping pushes drops out of the history', async () => {
    const store = new SnapshotStore();
    store.snapshots = [[at(2), at(1)]];
    const deps = { store, logger: new MemoryLogger() };
    // Both pushes load the baseline before either stores its run.
    const loadedA = await loadBaseline(deps, policy);
    const loadedB = await loadBaseline(deps, policy);
    expect(await saveBaseline(deps, policy, loadedA, [at(10)])).toMatchObject({ saved: true });
    expect(await saveBaseline(deps, policy, loadedB, [at(11)])).toMatchObject({ saved: true });
    expect(minutes(store.snapshots[0])).toEqual(['11', '10', '02', '01']);
  });

  it("keeps both pushes' trend entries: the second to store merges the first's back in", async () => {
    const store = new SnapshotStore();
    store.snapshots = [[at(1)]];
    store.trends = [undefined];
    const deps = { store, logger: new MemoryLogger() };
    const onMain = (minute: number, commit: string) => {
      const run = { ...at(minute), git: { commit: commit.repeat(40), ref: 'refs/heads/main' } };
      return { run, trendRun: { run, config: DEFAULT_GATE_CONFIG } };
    };
    const a = onMain(10, 'a');
    const b = onMain(11, 'b');
    const loadedA = await loadBaseline(deps, policy);
    const loadedB = await loadBaseline(deps, policy);
    await saveBaseline(deps, policy, loadedA, [a.run], 1, [], a.trendRun);
    const saved = await saveBaseline(deps, policy, loadedB, [b.run], 1, [], b.trendRun);
    const trend = parseTrend(store.trends[0]);
    if (!trend.ok) throw new Error(trend.reason);
    expect(trend.trend.entries.map((e) => e.commit[0])).toEqual(['a', 'b']);
    expect(saved.trend?.trend.entries).toHaveLength(2);
  });

  it('carries each run once, newest first, and nothing with save: replace', async () => {
    const store = new SnapshotStore();
    store.snapshots = [[at(4), at(3), at(2)]];
    const deps = { store, logger: new MemoryLogger() };
    const small = { ...policy, history: 3 };
    const loaded = await loadBaseline(deps, small);
    store.snapshots.unshift([at(5), at(4), at(3)]);
    await saveBaseline(deps, small, loaded, [at(6)]);
    // The store keeps the noise's history (NOISE_HISTORY_RUNS), more than `history`: every run, each once.
    expect(minutes(store.snapshots[0])).toEqual(['06', '05', '04', '03', '02']);
    await saveBaseline(deps, { ...small, save: 'replace' }, loaded, [at(7)]);
    expect(minutes(store.snapshots[0])).toEqual(['07']);
  });

  it('does not carry a newer snapshot whose own run failed its thresholds', async () => {
    const store = new SnapshotStore();
    store.snapshots = [[at(1)]];
    const deps = { store, logger: new MemoryLogger() };
    const loaded = await loadBaseline(deps, policy);
    const failed = {
      ...at(5),
      thresholds: [{ metric: 'http_req_duration', expression: 'p(95)<1', ok: false }],
    };
    store.snapshots.unshift([failed, at(1)]);
    await saveBaseline(deps, policy, loaded, [at(6)]);
    expect(minutes(store.snapshots[0])).toEqual(['06', '01']);
  });

  it('leaves a directory-like store to keep its own files', async () => {
    const store = new MemoryStore();
    await store.save(at(1));
    const deps = { store, logger: new MemoryLogger() };
    const loaded = await loadBaseline(deps, policy);
    await store.save(at(2));
    await saveBaseline(deps, policy, loaded, [at(3)]);
    expect(minutes(store.runs)).toEqual(['03', '02', '01']);
  });
});
