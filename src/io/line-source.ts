import { createReadStream } from 'node:fs';
import { createGunzip, constants as zlib } from 'node:zlib';
import type { Readable } from 'node:stream';
import { PerfGateError } from '../errors.js';

import type { LineSourceReport } from '../ingest/index.js';

/**
 * Lines of a k6 output or vegeta results: a file, a FIFO, `-` for stdin, or a stream (a child's stdout); gzip is detected by its magic bytes, not the name, and
 * decompressed tolerantly (an unfinished stream yields what it has). Lines come in batches, one per decoded chunk
 * (64 KiB: measured faster than larger chunks, and it keeps the memory low): splitting with indexOf and awaiting once per chunk rather than once per line is several
 * times faster than node:readline on multi-gigabyte inputs.
 */
export async function* readLineBatches(
  source: string | Readable,
  report: LineSourceReport,
): AsyncGenerator<string[]> {
  let input: Readable;
  if (typeof source !== 'string') input = source;
  else if (source === '-') input = process.stdin;
  else {
    input = createReadStream(source, { highWaterMark: 1 << 16 });
  }
  const opened = new Promise<void>((resolve, reject) => {
    input.once('error', reject);
    input.once('readable', () => resolve());
    input.once('end', () => resolve());
  });
  try {
    await opened;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new PerfGateError(
      code === 'ENOENT'
        ? `k6 output not found: ${source}`
        : `cannot read k6 output ${source}: ${(err as Error).message}`,
      'Check the path; k6 writes it with --out json=<file>',
    );
  }
  const first = input.read() as Buffer | null;
  let stream: Readable = input;
  if (first) input.unshift(first);
  if (first && first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b) {
    // Z_SYNC_FLUSH at the end: a gzip stream cut off by a killed k6 still gives up the data it holds.
    const gunzip = createGunzip({ finishFlush: zlib.Z_SYNC_FLUSH });
    gunzip.on('error', () => {
      report.gzipUnfinished = true;
      gunzip.end();
    });
    input.on('end', () => undefined);
    stream = input.pipe(gunzip);
  }
  stream.setEncoding('utf8');
  // The pieces of the line not ended yet, joined once its newline comes: joining on every chunk made a long line
  // quadratic (each chunk re-flattened everything before it: a 32 MB line took 7.2 s).
  const partial: string[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      report.bytes += chunk.length;
      const batch: string[] = [];
      let start = 0;
      let nl = chunk.indexOf('\n');
      if (nl !== -1 && partial.length > 0) {
        partial.push(chunk.slice(0, nl));
        batch.push(partial.join(''));
        partial.length = 0;
        start = nl + 1;
        nl = chunk.indexOf('\n', start);
      }
      for (; nl !== -1; nl = chunk.indexOf('\n', start)) {
        batch.push(chunk.slice(start, nl));
        start = nl + 1;
      }
      if (start < chunk.length) partial.push(chunk.slice(start));
      if (batch.length > 0) yield batch;
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || /unexpected end/i.test(String(err)))
      report.gzipUnfinished = true;
    else
      throw new PerfGateError(`cannot read k6 output ${source}: ${(err as Error).message}`, 'Check the file');
  }
  if (partial.length > 0) {
    report.truncatedLastLine = true;
    yield [partial.join('')];
  }
}
