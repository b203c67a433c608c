import { PerfGateError } from '../../errors.js';
import type { CliCommand } from '../command.js';
import { runStoredGate } from '../stored-gate.js';

export const command: CliCommand = {
  name: 'run',
  summary: 'run a k6 script and gate it against the local baseline',
  synopsis: 'perf-gate run <script.js> [options] [-- <extra k6 arguments>]',
  description: `
Runs the real k6 on the script, summarizes its samples as they stream, and compares p50/p95/p99 latency,
error rate, throughput and every custom Trend and Rate with the baseline in a local directory. With no
baseline yet, this run becomes it. When a regression is suspected but not established, the script runs
again (up to --max-runs); each look calls a regression only at its share of the confidence.`,
  async run(args, ctx) {
    if (!args.positionals[0])
      throw new PerfGateError(
        'no script given',
        'Run `perf-gate run <script.js>`, e.g. `perf-gate run examples/shop.js`',
      );
    return runStoredGate('run', args, ctx);
  },
};
