import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import type { Report } from '../domain/report.js';
import { PerfGateError } from '../errors.js';
import { nonFiniteAt } from '../ingest/finite.js';

let compiled: ReturnType<Ajv['compile']> | undefined;

/**
 * Reads a Report JSON written by another job (the companion mode reads the gate job's) and validates it against
 * schemas/report.schema.json: an artifact of a pull-request run is data from outside, never trusted blindly.
 */
export async function readReport(path: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new PerfGateError(
      `cannot read the report ${path}: ${(err as Error).message}`,
      'Re-run the gate job',
    );
  }
  return parseReport(text, `the report ${path}`);
}

/** A Report from its JSON text, validated as readReport does; `source` names it in errors. */
export function parseReport(text: string, source: string): Report {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PerfGateError(`cannot read ${source}: ${(err as Error).message}`, 'Re-run the gate job');
  }
  compiled ??= new Ajv({ strict: false, validateFormats: false }).compile(schema);
  if (!compiled(json)) {
    const e = compiled.errors?.[0];
    throw new PerfGateError(
      `${source} is not a valid perf-gate report: ${e?.instancePath || '(top level)'} ${e?.message ?? ''}`,
      'Use the same perf-gate version in both workflows',
    );
  }
  const infinite = nonFiniteAt(json);
  if (infinite !== undefined)
    throw new PerfGateError(
      `${source} is not a valid perf-gate report: ${infinite} is not a finite number`,
      'Use the same perf-gate version in both workflows',
    );
  return json as Report;
}
