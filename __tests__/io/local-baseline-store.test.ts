/** The directory store as a plain provider: one set of runs, written atomically, rolled to `keep`. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PerfGateError } from '../../src/errors.js';
import { LocalBaselineStore } from '../../src/io/local-baseline-store.js';
import type { RunSummary } from '../../src/domain/run-summary.js';
import { summaryAt } from '../support/summaries.js';

/** Every stored run, newest first. */
async function stored(store: LocalBaselineStore) {
  const out = [];
  for await (const set of store.sets()) out.push(...((await set.read()) ?? []));
  return out;
}

describe('LocalBaselineStore', () => {
  it('names its directory relative to the working directory inside it, by its whole path outside it', () => {
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    expect(new LocalBaselineStore(join(root, '.perf-gate', 'default'), root).description).toBe(
      join('.perf-gate', 'default'),
    );
    expect(new LocalBaselineStore(root, root).description).toBe('.');
    // Not `../../tmp/...`: a path outside the checkout reads as itself.
    expect(new LocalBaselineStore(join(tmpdir(), 'elsewhere'), join(root, 'a', 'b')).description).toBe(
      join(tmpdir(), 'elsewhere'),
    );
  });

  it('is empty when the directory does not exist yet', async () => {
    const store = new LocalBaselineStore(join(mkdtempSync(join(tmpdir(), 'store-')), 'missing'));
    expect(await stored(store)).toEqual([]);
  });

  it('returns the newest runs first and keeps a rolling history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new LocalBaselineStore(dir, dir);
    const runs: RunSummary[] = ['2026-01-01T10:00:00Z', '2026-01-02T10:00:00Z', '2026-01-03T10:00:00Z'].map(
      summaryAt,
    );
    for (const run of runs) await store.write([run], [], 2);
    const history = await stored(store);
    expect(history.map((h) => h.summary.run.start)).toEqual(['2026-01-03T10:00:00Z', '2026-01-02T10:00:00Z']);
    expect(history[0]?.provenance).toMatchObject({ runs: 1, start: '2026-01-03T10:00:00Z' });
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('writes several runs at once, and replacing (keep = their number) leaves only them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new LocalBaselineStore(dir);
    await store.write([summaryAt('2026-01-01T10:00:00Z'), summaryAt('2026-01-01T10:00:00Z')], [], 5);
    expect(await stored(store)).toHaveLength(2);
    await store.write([summaryAt('2026-01-05T10:00:00Z')], [], 1);
    expect((await stored(store)).map((h) => h.summary.run.start)).toEqual(['2026-01-05T10:00:00Z']);
  });

  it('an unreadable baseline is an error naming the file, never an empty history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    writeFileSync(join(dir, '20260101T100000Z-0.json'), '{"schemaVersion": 1, "truncated');
    const store = new LocalBaselineStore(dir);
    await expect(stored(store)).rejects.toThrow(PerfGateError);
    await expect(stored(store)).rejects.toThrow(/20260101T100000Z-0\.json/);
  });

  it('keeps the trend file beside the runs: written atomically, read back as JSON, a damaged one as a problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new LocalBaselineStore(dir, dir);
    await store.write([summaryAt('2026-01-01T10:00:00Z')], [], 5, { schemaVersion: 1, entries: [] });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const trendOf = async () => {
      for await (const set of store.sets()) return set.trend?.();
    };
    expect(await trendOf()).toEqual({ json: { schemaVersion: 1, entries: [] } });
    // A write without a trend (none known) leaves the file as it is.
    await store.write([summaryAt('2026-01-02T10:00:00Z')], [], 5);
    expect(await trendOf()).toEqual({ json: { schemaVersion: 1, entries: [] } });
    writeFileSync(join(dir, 'perf-gate-trend.json'), '{"schemaVersion": 1, "entr');
    expect(await trendOf()).toMatchObject({ problem: expect.stringMatching(/^not JSON/) });
  });
});
