import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/domain/run-summary.js';
import { mergeRunSummaries } from '../../src/ingest/index.js';
import { summarizeK6Output } from '../../src/io/k6-output.js';
import { ROOT } from '../support/k6.js';
import { summaryAt } from '../support/summaries.js';

const dir = mkdtempSync(join(tmpdir(), 'merge-'));
const lines = gunzipSync(readFileSync(join(ROOT, '__tests__', 'fixtures', 'k6', 'shop-v1.8.1.json.gz')))
  .toString('utf8')
  .trimEnd()
  .split('\n');
const declarations = lines.filter((l) => l.includes('"type":"Metric"'));
const points = lines.filter((l) => !l.includes('"type":"Metric"'));
let n = 0;
const summarize = (part: string[]) => {
  const path = join(dir, `part-${n++}.json`);
  writeFileSync(path, [...declarations, ...part].join('\n'));
  return summarizeK6Output(path);
};

/** What must be equal between merge(summary(A), summary(B)) and summary(A ++ B): everything but bookkeeping. */
function essence(s: RunSummary) {
  const byKey = Object.fromEntries(
    s.series.map((x) => [JSON.stringify(x.key), { ...x, trends: x.trends, windows: x.windows }]),
  );
  return {
    metrics: s.metrics,
    windowSeconds: s.windowSeconds,
    run: s.run,
    series: byKey,
    samples: s.ingest.samples,
  };
}

describe('merge', () => {
  it('merge(summary(A), summary(B)) equals summary(A followed by B), wherever the run is split', async () => {
    const whole = essence(await summarize(points));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1000, max: points.length - 1000 }), async (cut) => {
        const merged = mergeRunSummaries([
          await summarize(points.slice(0, cut)),
          await summarize(points.slice(cut)),
        ]);
        expect(merged.ingest.shards).toBe(2);
        const m = essence(merged);
        // Float sums may differ in the last bits depending on the order of addition.
        expect(
          JSON.parse(
            JSON.stringify(m, (k, v) => (k === 'sum' || k === 'durationSeconds' ? Math.round(v * 1e6) : v)),
          ),
        ).toEqual(
          JSON.parse(
            JSON.stringify(whole, (k, v) =>
              k === 'sum' || k === 'durationSeconds' ? Math.round(v * 1e6) : v,
            ),
          ),
        );
      }),
      // 1008: a shard that starts with a sample k6 flushed late (out of time order) once lost the earlier ones.
      { seed: 3, numRuns: 5, examples: [[1008]] },
    );
  });

  it('refuses shards of different workloads', async () => {
    const a = await summarize(points.slice(0, 2000));
    const b = { ...a, fingerprint: { ...a.fingerprint, hash: 'other' } };
    expect(() => mergeRunSummaries([a, b])).toThrow(/not shards of one test/);
  });
});

describe('shards of different workloads', () => {
  it('are refused with how many fingerprints there were, and how to split one test', () => {
    const shard = (hash: string): RunSummary => {
      const s = summaryAt('2026-01-01T00:00:00Z');
      return { ...s, fingerprint: { ...s.fingerprint, hash } };
    };
    let err: unknown;
    try {
      mergeRunSummaries([shard('a'), shard('b'), shard('a')]);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({
      message: 'the 3 results have 2 different workload fingerprints: they are not shards of one test',
      hint: 'Merge only the outputs of one k6 test split with --execution-segment',
    });
  });
});
