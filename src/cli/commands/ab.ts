import { PerfGateError } from '../../errors.js';
import { locateK6 } from '../../io/k6-locate.js';
import { ProcessK6Runner } from '../../io/k6-runner.js';
import { gateConfigFrom } from '../../options/gate-settings.js';
import { abServerMetrics } from '../../pipeline/ab-mode.js';
import { gate } from '../../pipeline/gate.js';
import type { CliCommand } from '../command.js';
import { publishLocally } from '../publish-local.js';
import { settingsFor } from '../settings.js';

export const command: CliCommand = {
  name: 'ab',
  summary: 'same-machine A/B: run the script against two targets, interleaved, and compare the pairs',
  synopsis:
    'perf-gate ab <script.js> --baseline-target <url> --candidate-target <url> [options] [-- <k6 args>]',
  description: `
Runs the script alternately against the baseline target and the candidate target (AB, BA, AB, ...) on this
machine, handing each target to the script in an environment variable, and compares the pairs with paired
intervals. The recommended mode on shared CI runners: both sides share the machine and the hour, so much
smaller changes can be told from noise than against a baseline from another day.`,
  async run({ given, positionals }, ctx) {
    const [script, ...k6Args] = positionals;
    if (!script)
      throw new PerfGateError(
        'no script given',
        'Run `perf-gate ab <script.js> --baseline-target <url> --candidate-target <url>`',
      );
    const { values, fileRules } = await settingsFor(given, ctx);
    if (!values.baselineTarget || !values.candidateTarget)
      throw new PerfGateError(
        'A/B mode needs --baseline-target and --candidate-target',
        'Give the two URLs to compare',
      );
    const location = locateK6(values.k6Path, ctx.env, ctx.cwd);
    const { report, exitCode } = await gate(
      {
        mode: 'ab',
        ab: {
          cwd: ctx.cwd,
          script,
          scriptEnv: values.env ?? {},
          k6Args,
          warmupSeconds: values.warmup,
          targetEnv: values.targetEnv as string,
          baselineTarget: values.baselineTarget,
          candidateTarget: values.candidateTarget,
          pairs: values.pairs as number,
          ...abServerMetrics(values.baselineServerMetrics, values.candidateServerMetrics),
          gate: gateConfigFrom(values, fileRules),
        },
      },
      { logger: ctx.logger, k6: async () => new ProcessK6Runner(location) },
    );
    await publishLocally(report, values, ctx, { gateId: 'ab' });
    return exitCode;
  },
};
