import { PerfGateError, EXIT } from '../../errors.js';
import { locateK6 } from '../../io/k6-locate.js';
import { ProcessK6Runner } from '../../io/k6-runner.js';
import { DEFAULT_PAIRS, runAB } from '../../pipeline/ab-mode.js';
import type { CliCommand } from '../command.js';
import { gateConfigFromFlags, gateOptions } from '../gate-options.js';
import { parseCount, parseDuration, parseKeyValues } from '../parse.js';
import { outputOptions, publishLocally } from '../publish-local.js';

export const command: CliCommand = {
  name: 'ab',
  summary: 'same-machine A/B: run the script against two targets, interleaved, and compare the pairs',
  usage: `Usage: perf-gate ab <script.js> --baseline-target <url> --candidate-target <url> [options] [-- <k6 args>]

Runs the script alternately against the baseline target and the candidate target (AB, BA, AB, ...) on this
machine, handing each target to the script in an environment variable, and compares the pairs with paired
intervals. The recommended mode on shared CI runners: both sides share the machine and the hour, so much
smaller changes can be told from noise than against a baseline from another day.

Options:
  --baseline-target <url>   the target of the baseline (e.g. the default branch's build)
  --candidate-target <url>  the target of the candidate (e.g. the pull request's build)
  --target-env <name>       the variable the script reads the target from (default BASE_URL)
  --pairs <n>               interleaved pairs to run (default ${DEFAULT_PAIRS}; at least 3: with 2,
                            t(0.99, 1) = 31.8 leaves every interval too wide to decide)
  -e, --env KEY=VALUE       more script environment (repeatable)
  --k6 <path>               the k6 binary
  --warmup <duration>       leave out the first part of each run
${gateOptions.usage}
${outputOptions.usage}
`,
  options: {
    'baseline-target': { type: 'string' },
    'candidate-target': { type: 'string' },
    'target-env': { type: 'string' },
    pairs: { type: 'string' },
    env: { type: 'string', short: 'e', multiple: true },
    k6: { type: 'string' },
    warmup: { type: 'string' },
    ...gateOptions.options,
    ...outputOptions.options,
  },
  async run({ values, positionals }, ctx) {
    const [script, ...k6Args] = positionals;
    if (!script)
      throw new PerfGateError(
        'no script given',
        'Run `perf-gate ab <script.js> --baseline-target <url> --candidate-target <url>`',
      );
    const baselineTarget = values['baseline-target'] as string | undefined;
    const candidateTarget = values['candidate-target'] as string | undefined;
    if (!baselineTarget || !candidateTarget)
      throw new PerfGateError(
        'A/B mode needs --baseline-target and --candidate-target',
        'Give the two URLs to compare',
      );
    const pairs = values.pairs ? parseCount(values.pairs as string, '--pairs', 3) : DEFAULT_PAIRS;
    const location = locateK6(values.k6 as string | undefined, ctx.env, ctx.cwd);
    const { report } = await runAB(
      {
        cwd: ctx.cwd,
        script,
        scriptEnv: parseKeyValues((values.env as string[] | undefined) ?? [], '--env'),
        k6Args,
        warmupSeconds: values.warmup ? parseDuration(values.warmup as string, '--warmup') : undefined,
        targetEnv: (values['target-env'] as string | undefined) ?? 'BASE_URL',
        baselineTarget,
        candidateTarget,
        pairs,
        gate: gateConfigFromFlags(values),
      },
      new ProcessK6Runner(location),
      ctx.logger,
    );
    await publishLocally(report, values, ctx, { gateId: 'ab' });
    if (
      report.verdict === 'fail' ||
      (report.verdict === 'inconclusive' && report.settings.inconclusivePolicy === 'fail')
    )
      return EXIT.fail;
    return EXIT.pass;
  },
};
