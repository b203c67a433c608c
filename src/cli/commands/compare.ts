import { resolve } from 'node:path';
import { compareRuns } from '../../domain/compare/index.js';
import { PerfGateError, EXIT } from '../../errors.js';
import { readRunSummary } from '../../ingest/index.js';
import type { CliCommand } from '../command.js';
import { gateConfigFromFlags, gateOptions } from '../gate-options.js';
import { outputOptions, publishLocally } from '../publish-local.js';

export const command: CliCommand = {
  name: 'compare',
  summary: 'compare run summaries: baseline(s) then the candidate',
  usage: `Usage: perf-gate compare <baseline.json>... <candidate.json> [options]

Compares a candidate run summary with one or more baseline run summaries (newest first; several are pooled
and used to estimate run-to-run noise). Run summaries come from \`perf-gate summarize\` or a baseline directory.

Options:
${gateOptions.usage}
${outputOptions.usage}

Exit codes: 0 pass, 1 the gate failed (or inconclusive with --on-inconclusive fail), 2 bad input.
`,
  options: { ...gateOptions.options, ...outputOptions.options },
  async run({ values, positionals }, ctx) {
    if (positionals.length < 2) {
      throw new PerfGateError(
        'compare needs a baseline and a candidate',
        'Run `perf-gate compare baseline.json candidate.json`',
      );
    }
    const gate = gateConfigFromFlags(values);
    const summaries = [];
    for (const file of positionals) summaries.push(await readRunSummary(resolve(ctx.cwd, file)));
    const candidate = summaries.pop()!;
    const report = compareRuns(summaries, candidate, gate);
    if (summaries[0]) report.baseline = { ...report.baseline!, source: positionals[0] };
    await publishLocally(report, values, ctx, { gateId: 'default' });
    if (
      report.verdict === 'fail' ||
      (report.verdict === 'inconclusive' && gate.inconclusivePolicy === 'fail')
    )
      return EXIT.fail;
    return EXIT.pass;
  },
};
