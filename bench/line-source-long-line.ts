/**
 * Time to read one long line (a k6 JSON line can carry a huge tag set, a hostile file can be one line) as a file or
 * a pipe delivers it, in 64 KiB chunks: 4 MB against 32 MB in the same process. A linear reader takes about 8x as
 * long for 8x the bytes; the reader before issue 25 re-flattened the partial line on every chunk and took ~64x
 * (8/16/32 MB lines: 0.44/1.55/7.2 s). Prints the best of three for each length and their ratio.
 *
 *   node scripts/run-ts.mjs bench/line-source-long-line.ts
 */
import { Readable } from 'node:stream';
import type { LineSourceReport } from '../src/ingest/index.js';
import { readLineBatches } from '../src/io/line-source.js';

const CHUNK = Buffer.alloc(64 * 1024, 'x');

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

async function msToRead(bytes: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const report: LineSourceReport = { truncatedLastLine: false, gzipUnfinished: false, bytes: 0 };
    const start = performance.now();
    for await (const batch of readLineBatches(longLine(bytes), report)) void batch;
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const small = await msToRead(4 * 1024 * 1024);
const large = await msToRead(32 * 1024 * 1024);
process.stdout.write(
  `one 4 MB line: ${small.toFixed(1)} ms; one 32 MB line: ${large.toFixed(1)} ms; ratio ${(large / small).toFixed(2)} (linear: 8, quadratic: 64)\n`,
);
