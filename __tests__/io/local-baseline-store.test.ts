import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PerfGateError } from '../../src/errors.js';
import { LocalBaselineStore } from '../../src/io/local-baseline-store.js';
import type { RunSummary } from '../../src/domain/run-summary.js';
import { summaryAt } from '../support/summaries.js';

describe('LocalBaselineStore', () => {
  it('is empty when the directory does not exist yet', async () => {
    const store = new LocalBaselineStore(join(mkdtempSync(join(tmpdir(), 'store-')), 'missing'));
    expect(await store.history(5)).toEqual([]);
  });

  it('returns the newest runs first and keeps a rolling history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new LocalBaselineStore(dir, dir);
    const runs: RunSummary[] = ['2026-01-01T10:00:00Z', '2026-01-02T10:00:00Z', '2026-01-03T10:00:00Z'].map(
      summaryAt,
    );
    for (const run of runs) await store.save(run, 2);
    const history = await store.history(10);
    expect(history.map((h) => h.summary.run.start)).toEqual(['2026-01-03T10:00:00Z', '2026-01-02T10:00:00Z']);
    expect(history[0]?.provenance).toMatchObject({ runs: 1, start: '2026-01-03T10:00:00Z' });
    expect(readdirSync(dir)).toHaveLength(2);
    expect((await store.history(1)).length).toBe(1);
  });

  it('replacing (keep = 1) leaves only the new run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    const store = new LocalBaselineStore(dir);
    await store.save(summaryAt('2026-01-01T10:00:00Z'), 5);
    await store.save(summaryAt('2026-01-01T10:00:00Z'), 5);
    await store.save(summaryAt('2026-01-05T10:00:00Z'), 1);
    expect((await store.history(5)).map((h) => h.summary.run.start)).toEqual(['2026-01-05T10:00:00Z']);
  });

  it('an unreadable baseline is an error naming the file, never an empty history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'store-'));
    writeFileSync(join(dir, '20260101T100000Z-0.json'), '{"schemaVersion": 1, "truncated');
    const store = new LocalBaselineStore(dir);
    await expect(store.history(5)).rejects.toThrow(PerfGateError);
    await expect(store.history(5)).rejects.toThrow(/20260101T100000Z-0\.json/);
  });
});
