import { resolve } from 'node:path';
import { PerfGateError, EXIT } from '../../errors.js';
import { mergeRunSummaries } from '../../ingest/index.js';
import { readResultFile, writeRunSummary } from '../../io/run-summary-file.js';
import type { CliCommand } from '../command.js';

export const command: CliCommand = {
  name: 'merge',
  summary: 'merge the run summaries of the shards of one distributed test',
  synopsis: 'perf-gate merge <run.json>... --out <merged.json>',
  description: `
Merges the run summaries of the shards of ONE k6 test (k6 --execution-segment, k6-operator pods) exactly:
histograms, counts and time windows add up. Shards of different workloads are refused.`,
  async run({ given, positionals }, ctx) {
    if (positionals.length < 1)
      throw new PerfGateError(
        'merge needs run summaries',
        'Run `perf-gate merge a.json b.json --out run.json`',
      );
    if (!given.out) throw new PerfGateError('--out is required', 'Add --out merged.json');
    const shards = [];
    for (const file of positionals)
      shards.push(await readResultFile(resolve(ctx.cwd, file), { logger: ctx.logger }));
    const merged = mergeRunSummaries(shards);
    await writeRunSummary(resolve(ctx.cwd, given.out), merged);
    ctx.logger.info(
      `${shards.length} shards merged into ${given.out} (${merged.ingest.samples.toLocaleString('en-US')} samples)`,
    );
    return EXIT.pass;
  },
};
