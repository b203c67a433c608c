import { readFile, stat } from 'node:fs/promises';
import { RUN_SUMMARY_SCHEMA_VERSION, type RunSummary } from '../../domain/run-summary.js';
import { parseRunSummary } from '../../ingest/index.js';

/** A run summary is a few hundred kilobytes; a file far larger is not one and is not parsed. */
export const MAX_BASELINE_FILE_BYTES = 64 * 1024 * 1024;

export type BaselineFile = { ok: true; summary: RunSummary } | { ok: false; problem: string };

/**
 * Reads one run summary of a downloaded baseline artifact, saying what is wrong instead of throwing: the store
 * skips an unreadable artifact for an older one. A summary from a newer perf-gate names that version, so the
 * message says to upgrade rather than to re-create a baseline that is fine.
 */
export async function readBaselineFile(path: string): Promise<BaselineFile> {
  let json: unknown;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_BASELINE_FILE_BYTES)
      return { ok: false, problem: `${size} bytes, more than a run summary can be` };
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    return { ok: false, problem: `not JSON (${(err as Error).message})` };
  }
  const { schemaVersion, producer } = (json ?? {}) as {
    schemaVersion?: unknown;
    producer?: { version?: unknown };
  };
  if (typeof schemaVersion === 'number' && schemaVersion > RUN_SUMMARY_SCHEMA_VERSION) {
    const by = typeof producer?.version === 'string' ? producer.version.slice(0, 40) : 'a newer version';
    return {
      ok: false,
      problem: `written by perf-gate ${by} (run summary version ${schemaVersion}; this perf-gate reads version ${RUN_SUMMARY_SCHEMA_VERSION}): upgrade perf-gate in this workflow`,
    };
  }
  try {
    return { ok: true, summary: parseRunSummary(json, 'it') };
  } catch (err) {
    return { ok: false, problem: (err as Error).message };
  }
}
