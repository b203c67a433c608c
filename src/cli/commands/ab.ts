import { PerfGateError } from '../../errors.js';
import { checkoutBase } from '../../io/git-worktree.js';
import { locateK6 } from '../../io/k6-locate.js';
import { ProcessK6Runner } from '../../io/k6-runner.js';
import { processServiceHost } from '../../io/service-process.js';
import { gate } from '../../pipeline/gate.js';
import { gateServed } from '../../pipeline/served.js';
import type { CliCommand } from '../command.js';
import { publishLocally } from '../publish-local.js';
import { requestFor } from '../settings.js';

export const command: CliCommand = {
  name: 'ab',
  summary: 'same-machine A/B: run the script against two versions, interleaved, and compare the pairs',
  synopsis: [
    'perf-gate ab <script.js> --start <command> [--base-ref <ref>] [options] [-- <k6 args>]',
    'perf-gate ab <script.js> --baseline-target <url> --candidate-target <url> [options] [-- <k6 args>]',
  ].join('\n       '),
  description: `
Runs the script alternately against the baseline and the candidate on this machine (a warm-up pair first,
discarded; then blocks of AB BA BA AB), handing each version's URL to the script in an environment variable,
and compares the pairs with paired intervals: a first look after --pairs pairs, then one more pair per look while
the answer is open, up to --max-pairs. The recommended mode on shared CI runners: both sides share the machine and the hour, so much
smaller changes can be told from noise than against a baseline from another day.
With --start, perf-gate starts both versions itself: the base (--base-ref, by default the merge base with the
default branch) in a git worktree in a temporary directory, the head in this directory, each on a free port
(PORT, {port}); it stops them and removes the worktree when done. Otherwise give the URLs of two running versions.`,
  async run(args, ctx) {
    if (!args.positionals[0])
      throw new PerfGateError(
        'no script given',
        'Run `perf-gate ab <script.js> --start "<command>"` or `perf-gate ab <script.js> --baseline-target <url> --candidate-target <url>`',
      );
    const built = await requestFor('ab', args, ctx);
    const location = locateK6(built.k6.path, ctx.env, ctx.cwd);
    const deps = { logger: ctx.logger, k6: async () => new ProcessK6Runner(location) };
    let result;
    if (built.served)
      result = await gateServed(built.served, {
        ...deps,
        services: processServiceHost(),
        checkoutBase: (ref) => checkoutBase(built.cwd, ref),
      });
    else if (built.request?.mode === 'ab') result = await gate(built.request, deps);
    else throw new Error('perf-gate ab: the request builder gave no A/B request');
    await publishLocally(result.report, built.values, ctx, { gateId: 'ab' });
    return result.exitCode;
  },
};
