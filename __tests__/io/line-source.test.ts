import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { LineSourceReport } from '../../src/ingest/index.js';
import { readLineBatches } from '../../src/io/line-source.js';

const report = (): LineSourceReport => ({ truncatedLastLine: false, gzipUnfinished: false, bytes: 0 });
const CHUNK = Buffer.alloc(64 * 1024, 'x');

/** A stream of one line of `bytes` bytes in 64 KiB chunks (as a file or a pipe delivers it), then `a\nb`. */
function longLine(bytes: number): Readable {
  return Readable.from(
    (function* () {
      for (let left = bytes; left > 0; left -= CHUNK.length)
        yield left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
      yield Buffer.from('\na\nb');
    })(),
    { objectMode: false },
  );
}

async function lines(source: Readable, r = report()): Promise<string[]> {
  const out: string[] = [];
  for await (const batch of readLineBatches(source, r)) out.push(...batch);
  return out;
}

describe('readLineBatches', () => {
  it('splits lines across chunks and reports a last line without its newline', async () => {
    const r = report();
    const split = new PassThrough();
    for (const part of ['ab', 'c\nd', 'e\n\nf', 'g']) split.write(Buffer.from(part));
    split.end();
    expect(await lines(split, r)).toEqual(['abc', 'de', '', 'fg']);
    expect(r.truncatedLastLine).toBe(true);
    const all = await lines(longLine(200_000));
    expect(all.map((l) => l.length)).toEqual([200_000, 1, 1]);
  });

  it('joins a 32 MB line split over 512 chunks exactly once, whole (its speed: bench/line-source-long-line.ts)', async () => {
    const all = await lines(longLine(32 * 1024 * 1024));
    expect(all.map((l) => l.length)).toEqual([32 * 1024 * 1024, 1, 1]);
    expect(all[0]?.startsWith('xxxx') && all[0]?.endsWith('xxxx')).toBe(true);
  }, 60_000);
});
