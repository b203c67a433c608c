import { open, readFile } from 'node:fs/promises';
import type { RunSummary } from '../domain/run-summary.js';
import { PerfGateError } from '../errors.js';
import { parseRunSummary, type SummarizeOptions } from '../ingest/index.js';
import { summarizeK6Output } from './k6-output.js';
import type { Logger } from './logger.js';
import { writeJsonAtomically } from './atomic-write.js';

const cannotRead = (path: string, err: unknown) =>
  new PerfGateError(
    `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    'Check the path',
  );

/** Reads and validates a RunSummary file. @throws PerfGateError naming the file and what is wrong. */
export async function readRunSummary(path: string): Promise<RunSummary> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw cannotRead(path, err);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PerfGateError(
      `${path} is not a run summary (not JSON: damaged or cut off)`,
      'Re-create it with `perf-gate summarize` or a new baseline run',
    );
  }
  return parseRunSummary(json, path);
}

/** Writes a RunSummary atomically: a temporary file in the same directory, then a rename. */
export async function writeRunSummary(path: string, summary: RunSummary): Promise<void> {
  await writeJsonAtomically(path, summary);
}

/**
 * Whether a file is a perf-gate run summary rather than k6 output: one JSON object (not JSON lines, not CSV,
 * not gzip) whose start names perf-gate as its producer. Only the first 4 KiB are read.
 */
async function looksLikeRunSummary(path: string): Promise<boolean> {
  let head: string;
  try {
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
      head = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw cannotRead(path, err);
  }
  // k6's JSON lines open with "type" or "metric"; a run summary is one object naming its producer.
  return (
    /^\s*\{/.test(head) && !/^\s*\{\s*"(type|metric|attack)"\s*:/.test(head) && head.includes('"perf-gate"')
  );
}

/**
 * Reads any result file perf-gate accepts: a run summary, or k6 output (JSON lines or CSV, gzipped or not), which
 * is summarized on the fly. One function, so every command recognises the same files with the same errors.
 */
export async function readResultFile(
  path: string,
  options: SummarizeOptions & { logger?: Logger } = {},
): Promise<RunSummary> {
  return (await looksLikeRunSummary(path)) ? readRunSummary(path) : summarizeK6Output(path, options);
}
