import { SERVER_SECTION_VERSION } from '../domain/server-summary.js';
import type { RunSummary } from '../domain/run-summary.js';
import { MAX_SERIES_PER_TARGET, type ServerScrapes } from '../ingest/server-scrapes.js';
import { summarizeServerScrapes } from '../ingest/server-summary.js';
import type { Logger } from '../io/logger.js';

/**
 * Adds the server section built from each target's accumulated scrapes to a run's summary, with a warning for
 * every target that never answered, failed some scrapes or had more series than are kept (never an error: the
 * client's comparison stands without it).
 */
export function withServerSection(
  summary: RunSummary,
  logs: readonly ServerScrapes[],
  logger: Logger,
): RunSummary {
  if (logs.length === 0) return summary;
  const windows = summary.series[0]?.windows ?? [];
  const warnings = [...summary.warnings];
  const targets = logs.map((log) => {
    const target = summarizeServerScrapes(log, windows, summary.windowSeconds);
    const answered = target.scrapes - target.failures;
    let warning: string | undefined;
    if (answered === 0)
      warning = `server metrics ${target.target}: no scrape answered in ${target.scrapes} attempt(s) (${target.lastError ?? 'no answer'}); check that the URL serves Prometheus metrics and is reachable from the runner`;
    else if (target.failures > 0)
      warning = `server metrics ${target.target}: ${target.failures} of ${target.scrapes} scrapes failed (last: ${target.lastError ?? 'unknown'})`;
    else if (target.windows.length === 0)
      warning = `server metrics ${target.target}: the scrapes cover no complete time window of the run; server figures are missing`;
    if (!warning && log.queryErrors.length)
      warning = `${target.target}: ${log.queryErrors.length} quer${log.queryErrors.length === 1 ? 'y' : 'ies'} failed (${log.queryErrors.slice(0, 3).join('; ')})`;
    const capped = log.seriesCapped
      ? `server metrics ${target.target}: more than ${MAX_SERIES_PER_TARGET} series; only the first ${MAX_SERIES_PER_TARGET} (and the process CPU, memory and GC figures) were kept`
      : undefined;
    for (const w of [warning, capped]) {
      if (!w) continue;
      logger.warn(w);
      warnings.push(w);
    }
    return target;
  });
  return { ...summary, warnings, server: { schemaVersion: SERVER_SECTION_VERSION, targets } };
}
