import { resolve } from 'node:path';
import { PerfGateError } from '../../errors.js';
import { readResultFile } from '../../io/run-summary-file.js';
import { gate } from '../../pipeline/gate.js';
import type { CliCommand } from '../command.js';
import { publishLocally } from '../publish-local.js';
import { requestFor } from '../settings.js';

export const command: CliCommand = {
  name: 'compare',
  summary: 'compare run summaries: baseline(s) then the candidate',
  synopsis: 'perf-gate compare <baseline>... <candidate> [options]',
  description: `
Compares a candidate with one or more baselines (newest first; several are pooled and used to estimate
run-to-run noise). Each is a run summary (from \`perf-gate summarize\` or a baseline directory) or k6 output
(--out json or csv, gzipped or not), which is summarized on the fly.`,
  async run(args, ctx) {
    const { positionals } = args;
    if (positionals.length < 2) {
      throw new PerfGateError(
        'compare needs a baseline and a candidate',
        'Run `perf-gate compare baseline.json candidate.json`',
      );
    }
    const built = await requestFor('compare', { ...args, positionals: [] }, ctx);
    const summaries = [];
    for (const file of positionals)
      summaries.push(
        await readResultFile(resolve(ctx.cwd, file), {
          warmupSeconds: built.values.warmup,
          logger: ctx.logger,
        }),
      );
    const candidate = summaries.pop()!;
    const { report, exitCode } = await gate(
      {
        mode: 'summaries',
        baselines: summaries,
        candidate,
        gate: built.gate,
        provenance: { source: positionals[0] },
      },
      { logger: ctx.logger },
    );
    await publishLocally(report, built.values, ctx, { gateId: 'default' });
    return exitCode;
  },
};
