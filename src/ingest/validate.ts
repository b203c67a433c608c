import { Ajv } from 'ajv';
import schema from '../../schemas/run-summary.schema.json' with { type: 'json' };
import { Histogram, type HistogramJSON } from '../domain/histogram.js';
import { RUN_SUMMARY_SCHEMA_VERSION, type RunSummary } from '../domain/run-summary.js';
import { PerfGateError } from '../errors.js';
import { nonFiniteAt } from './finite.js';

let compiled: ReturnType<Ajv['compile']> | undefined;

function validator(): ReturnType<Ajv['compile']> {
  // 'format' keywords are documentation here; dates are checked where they are used.
  compiled ??= new Ajv({ allErrors: false, strict: false, validateFormats: false }).compile(schema);
  return compiled;
}

/**
 * Validates a parsed RunSummary against schemas/run-summary.schema.json and checks what a schema cannot (histogram
 * bucket counts add up). Another schemaVersion is refused with what to do: there is no older format to migrate
 * yet, and a newer one needs a newer perf-gate.
 * @throws PerfGateError naming the source and the first bad field.
 */
export function parseRunSummary(json: unknown, source: string): RunSummary {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== RUN_SUMMARY_SCHEMA_VERSION) {
    throw new PerfGateError(
      `${source} is a run summary of schema version ${version}; this perf-gate reads version ${RUN_SUMMARY_SCHEMA_VERSION}`,
      version > RUN_SUMMARY_SCHEMA_VERSION
        ? 'Upgrade perf-gate'
        : 'Re-create the baseline with this perf-gate (--save-baseline)',
    );
  }
  const validate = validator();
  if (!validate(json)) {
    const e = validate.errors?.[0];
    const field = e?.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
    throw new PerfGateError(
      `${source} is not a valid perf-gate run summary: ${field} ${e?.message ?? 'is invalid'}`,
      'Re-create it with `perf-gate summarize` or a new baseline run',
    );
  }
  const infinite = nonFiniteAt(json);
  if (infinite !== undefined)
    throw new PerfGateError(
      `${source} is not a valid perf-gate run summary: ${infinite} is not a finite number`,
      'Re-create it with `perf-gate summarize` or a new baseline run',
    );
  const summary = json as RunSummary;
  summary.series.forEach((s, i) => {
    for (const [kind, map] of [
      ['trends', s.trends],
      ['failedTrends', s.failedTrends],
    ] as const) {
      for (const [metric, h] of Object.entries(map))
        checkHistogram(h, `${source}: series.${i}.${kind}.${metric}`);
    }
  });
  return summary;
}

function checkHistogram(h: HistogramJSON, where: string): void {
  try {
    Histogram.fromJSON(h);
  } catch (err) {
    throw new PerfGateError(`${where}: ${(err as Error).message}`, 'The file is damaged; re-create it');
  }
}
