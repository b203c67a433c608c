import { summarizeLines, type SummarizeOptions } from '../ingest/index.js';
import type { LineSourceReport } from '../ingest/index.js';
import type { RunSummary } from '../domain/run-summary.js';
import type { Logger } from './logger.js';
import { readLineBatches } from './line-source.js';

/**
 * Streams a k6 output (`--out json` or `--out csv`, gzipped or not; a file, a FIFO while k6 writes it, or `-` for
 * stdin) into a RunSummary: the line source here, the fold in ingest/ (pure).
 * @throws PerfGateError for an unreadable or empty input, too many corrupt lines, or no samples left to compare.
 */
export async function summarizeK6Output(
  source: string,
  options: SummarizeOptions & { logger?: Logger } = {},
): Promise<RunSummary> {
  const report: LineSourceReport = { truncatedLastLine: false, gzipUnfinished: false, bytes: 0 };
  const label = source === '-' ? 'standard input' : source;
  const { summary, ignoredMetrics } = await summarizeLines(
    readLineBatches(source, report),
    label,
    report,
    options,
  );
  for (const [metric, type] of ignoredMetrics)
    options.logger?.debug(`metric ${metric} has unknown type ${type}: ignored`);
  return summary;
}
