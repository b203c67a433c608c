import { resolve } from 'node:path';
import { PerfGateError, EXIT } from '../../errors.js';
import { mergeRunSummaries, readRunSummary, writeRunSummary } from '../../ingest/index.js';
import type { CliCommand } from '../command.js';

export const command: CliCommand = {
  name: 'merge',
  summary: 'merge the run summaries of the shards of one distributed test',
  usage: `Usage: perf-gate merge <run.json>... --out <merged.json>

Merges the run summaries of the shards of ONE k6 test (k6 --execution-segment, k6-operator pods) exactly:
histograms, counts and time windows add up. Shards of different workloads are refused.

Options:
  --out <path>   where to write the merged run summary (required)
`,
  options: { out: { type: 'string' } },
  async run({ values, positionals }, ctx) {
    if (positionals.length < 1)
      throw new PerfGateError(
        'merge needs run summaries',
        'Run `perf-gate merge a.json b.json --out run.json`',
      );
    if (!values.out) throw new PerfGateError('--out is required', 'Add --out merged.json');
    const shards = [];
    for (const file of positionals) shards.push(await readRunSummary(resolve(ctx.cwd, file)));
    const merged = mergeRunSummaries(shards);
    await writeRunSummary(resolve(ctx.cwd, values.out as string), merged);
    ctx.logger.info(
      `${shards.length} shards merged into ${String(values.out)} (${merged.ingest.samples.toLocaleString('en-US')} samples)`,
    );
    return EXIT.pass;
  },
};
