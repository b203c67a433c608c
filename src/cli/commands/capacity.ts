import { PerfGateError } from '../../errors.js';
import type { CliCommand } from '../command.js';
import { runStoredGate } from '../stored-gate.js';

export const command: CliCommand = {
  name: 'capacity',
  summary: 'find the maximum sustained rate under objectives, and gate its drop',
  synopsis:
    'perf-gate capacity <script.js> --slo "http_req_duration:p95<200ms" [--slo ...] [--from 20 --to 2000] [--step-duration 20s] [--exec fn] [options] [-- <k6 args>]',
  description: `
Drives the script's function (default export, or --exec) at perf-gate's own arrival rates, through a generated
wrapper module that imports the script unchanged: a staircase of rates (doubling from --from up to --to), then a
bisection between the last rate that met every objective and the first that did not. Each step is judged with an
interval over its one-second windows, warm-up left out. The capacity (and its bracket) is stored like any run in
the baseline directory (gate id "capacity" unless --gate-id is given) and compared with the stored ones: the gate
fails when it dropped by more than --capacity-tolerance even at the brackets' most favourable reading.`,
  async run(args, ctx) {
    if (!args.positionals[0])
      throw new PerfGateError(
        'no script given',
        'Run `perf-gate capacity <script.js> --slo "http_req_duration:p95<200ms"`',
      );
    return runStoredGate('capacity', args, ctx);
  },
};
