import { PerfGateError } from '../../errors.js';
import type { CliCommand } from '../command.js';
import { runStoredGate } from '../stored-gate.js';

export const command: CliCommand = {
  name: 'vegeta',
  summary: 'run a vegeta attack and gate it against the local baseline',
  synopsis:
    'perf-gate vegeta <targets-file> --rate 100/s --duration 30s [options] [-- <extra vegeta attack flags>]',
  description: `
Runs the real vegeta (vegeta attack | vegeta encode) on the targets file, summarizes its results as they
stream, and gates them exactly like \`perf-gate run\`: the same options, baseline directory, reruns and exit
codes. Series are per method and path (query strings dropped, numeric and UUID segments folded into :id).
The rate, duration, targets and extra flags are the workload fingerprint; a k6 baseline is never compared
with a vegeta run without --force.`,
  async run(args, ctx) {
    if (!args.positionals[0])
      throw new PerfGateError(
        'no targets file given',
        'Run `perf-gate vegeta targets.txt --rate 100/s --duration 30s`',
      );
    return runStoredGate('vegeta', args, ctx);
  },
};
