/**
 * The trend file a store keeps beside its baseline runs (`perf-gate-trend.json`; domain/trend/codec.ts is its
 * format). A store only reads and writes it: whether the trend is used, and what is appended, is the baseline
 * cycle's rule (pipeline/baseline-cycle.ts). Reading never throws: a damaged file is a problem the cycle warns about
 * and starts the trend again, so a trend can never block a gate or the storing of a baseline.
 */
import { readFile, stat } from 'node:fs/promises';

export const TREND_FILE = 'perf-gate-trend.json';

/** 200 runs of 60 statistics take about 250 KB; a file far larger is not one perf-gate wrote and is not parsed. */
export const MAX_TREND_FILE_BYTES = 8 * 1024 * 1024;

/** The trend file as read: its JSON (still to be validated by parseTrend), or what is wrong with it. */
export type StoredTrend = { json: unknown } | { problem: string };

/** Reads a trend file; undefined when there is none. */
export async function readTrendFile(path: string): Promise<StoredTrend | undefined> {
  try {
    const size = (await stat(path)).size;
    if (size > MAX_TREND_FILE_BYTES) return { problem: `${size} bytes, more than a trend can be` };
    const text = await readFile(path, 'utf8');
    try {
      return { json: JSON.parse(text) as unknown };
    } catch (err) {
      return { problem: `not JSON (${(err as Error).message})` };
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { problem: `unreadable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
}
