/** The history carried forward when two runs of the default branch overlap: both histories, each run once, newest first. */
import { describe, expect, it } from 'vitest';
import { mergeRunHistories } from '../../src/domain/run-history.js';
import { summaryAt } from '../support/summaries.js';

const at = (minute: number) => summaryAt(new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString());
const starts = (runs: ReturnType<typeof at>[]) => runs.map((r) => r.run.start.slice(14, 16));

describe('merging the history read at the start with the newest one', () => {
  it('keeps each run once, newest first', () => {
    const [h1, h2, a] = [at(1), at(2), at(5)];
    // This run read [h2, h1]; meanwhile run A stored [a, h2, h1] (re-serialized: equal, not the same objects).
    const copy = (r: typeof a) => structuredClone(r);
    expect(starts(mergeRunHistories([h2, h1], [copy(a), copy(h2), copy(h1)]))).toEqual(['05', '02', '01']);
  });

  it('is the history read when nothing newer was stored, and the newest when nothing was read', () => {
    const runs = [at(3), at(2)];
    expect(mergeRunHistories(runs, runs)).toEqual(runs);
    expect(mergeRunHistories([], runs)).toEqual(runs);
    expect(mergeRunHistories([], [])).toEqual([]);
  });

  it('tells apart two runs of one start that differ in samples, and sorts an unparsable start last', () => {
    const one = at(4);
    const other = { ...one, ingest: { ...one.ingest, samples: 31 } };
    const odd = { ...at(9), run: { ...at(9).run, start: 'not a date' } };
    expect(mergeRunHistories([odd, one], [other])).toEqual([one, other, odd]);
  });
});
