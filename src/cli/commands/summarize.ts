import { resolve } from 'node:path';
import { PerfGateError, EXIT } from '../../errors.js';
import { summarizeK6Output } from '../../io/k6-output.js';
import type { ResultFormat } from '../../ingest/index.js';
import { writeRunSummary } from '../../io/run-summary-file.js';
import type { CliCommand } from '../command.js';

export const command: CliCommand = {
  name: 'summarize',
  summary: 'turn k6 output or vegeta results (json/csv, .gz, or - for stdin) into a run summary',
  synopsis: 'perf-gate summarize <k6-output | vegeta-results | -> --out <run.json> [options]',
  description: `
Reads k6's per-sample output (--out json=FILE or --out csv=FILE, gzipped or not, or standard input) as a
stream and writes a compact RunSummary (schemas/run-summary.schema.json). vegeta results encoded with
\`vegeta encode --to json\` (or csv) are read too, told apart from k6 output by their content.`,
  async run({ given, positionals }, ctx) {
    const [input] = positionals;
    if (!input || positionals.length > 1)
      throw new PerfGateError(
        'summarize takes one k6 output (or - for stdin)',
        'Run `perf-gate summarize k6.json --out run.json`',
      );
    if (!given.out) throw new PerfGateError('--out is required', 'Add --out run.json');
    let shownLines = 0;
    const summary = await summarizeK6Output(input === '-' ? '-' : resolve(ctx.cwd, input), {
      warmupSeconds: given.warmup,
      maxSeries: given.maxSeries,
      ...(given.resultFormat && given.resultFormat !== 'auto'
        ? { format: given.resultFormat as ResultFormat }
        : {}),
      logger: ctx.logger,
      onProgress: (p) => {
        if (p.lines - shownLines < 50_000) return;
        shownLines = p.lines;
        ctx.logger.progress(`${p.lines.toLocaleString('en-US')} lines read`);
      },
    });
    ctx.logger.progress(null);
    for (const w of summary.warnings) ctx.logger.warn(w);
    await writeRunSummary(resolve(ctx.cwd, given.out), summary);
    ctx.logger.info(
      `${summary.tool ? `${summary.ingest.lines.toLocaleString('en-US')} ${summary.tool.name} results` : `${summary.ingest.samples.toLocaleString('en-US')} samples`} in ${summary.series.length} series written to ${given.out}`,
    );
    return EXIT.pass;
  },
};
