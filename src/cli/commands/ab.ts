import { PerfGateError } from '../../errors.js';
import { locateK6 } from '../../io/k6-locate.js';
import { ProcessK6Runner } from '../../io/k6-runner.js';
import { gate } from '../../pipeline/gate.js';
import type { CliCommand } from '../command.js';
import { publishLocally } from '../publish-local.js';
import { requestFor } from '../settings.js';

export const command: CliCommand = {
  name: 'ab',
  summary: 'same-machine A/B: run the script against two targets, interleaved, and compare the pairs',
  synopsis:
    'perf-gate ab <script.js> --baseline-target <url> --candidate-target <url> [options] [-- <k6 args>]',
  description: `
Runs the script alternately against the baseline target and the candidate target on this machine (a warm-up
pair first, discarded; then blocks of AB BA BA AB), handing each target to the script in an environment variable,
and compares the pairs with paired intervals: a first look after --pairs pairs, then one more pair per look while
the answer is open, up to --max-pairs. The recommended mode on shared CI runners: both sides share the machine and the hour, so much
smaller changes can be told from noise than against a baseline from another day.`,
  async run(args, ctx) {
    if (!args.positionals[0])
      throw new PerfGateError(
        'no script given',
        'Run `perf-gate ab <script.js> --baseline-target <url> --candidate-target <url>`',
      );
    const built = await requestFor('ab', args, ctx);
    if (built.request?.mode !== 'ab')
      throw new Error('perf-gate ab: the request builder gave no A/B request');
    const location = locateK6(built.k6.path, ctx.env, ctx.cwd);
    const { report, exitCode } = await gate(built.request, {
      logger: ctx.logger,
      k6: async () => new ProcessK6Runner(location),
    });
    await publishLocally(report, built.values, ctx, { gateId: 'ab' });
    return exitCode;
  },
};
