import { join, resolve } from 'node:path';
import { PerfGateError } from '../../errors.js';
import { locateK6 } from '../../io/k6-locate.js';
import { ProcessK6Runner } from '../../io/k6-runner.js';
import { LocalBaselineStore } from '../../io/local-baseline-store.js';
import { runGate, type BaselineSavePolicy } from '../../pipeline/run-gate.js';
import type { CliCommand } from '../command.js';
import { gateOptions, gateConfigFromFlags } from '../gate-options.js';
import { parseChoice, parseCount, parseDuration, parseKeyValues } from '../parse.js';
import { DEFAULT_MAX_RUNS, RERUN_POLICIES } from '../../domain/compare/sequential.js';
import { publishLocally, outputOptions } from '../publish-local.js';
import { gitInfo } from '../git-info.js';

export const command: CliCommand = {
  name: 'run',
  summary: 'run a k6 script and gate it against the local baseline',
  usage: `Usage: perf-gate run <script.js> [options] [-- <extra k6 arguments>]

Runs the real k6 on the script, summarizes its samples as they stream, and compares p50/p95/p99 latency,
error rate and throughput with the baseline in a local directory. With no baseline yet, this run becomes it.

Options:
  -e, --env KEY=VALUE     passed to the script as __ENV.KEY (repeatable)
  --k6 <path>             the k6 binary (else K6_PATH, the pinned build in .tools/, PATH)
  --baseline-dir <dir>    where baselines live (default .perf-gate)
  --gate-id <id>          keeps several gates apart in one directory (default "default")
  --save-baseline         make this run the baseline, replacing the stored one(s)
  --add-baseline          add this run to the baseline history (pooled for the noise estimate)
  --read-only             never write a baseline, not even the first
  --history <n>           baseline runs to pool (default 5)
  --warmup <duration>     leave out the first part of the run (default 0; e.g. 10s)
  --runs <n>              repeat the run n times and pool them (narrower intervals; all are stored as
                          baselines when a baseline is written)
  --max-runs <n>          when a regression is suspected but not established, run again, up to n runs
                          in all (default 3; 1 turns it off); a regression needs each look's share of
                          the confidence
  --rerun <when>          what makes another run: suspected (default) or inconclusive (any
                          inconclusive verdict: settles more answers, repeats more runs)
${gateOptions.usage}
${outputOptions.usage}
  --debug                 show k6's own output and stack traces

Exit codes: 0 pass or no baseline yet, 1 the gate failed (a regression, or k6's thresholds failed),
2 usage or infrastructure error (k6 missing, script missing or broken; no baseline is written then).
`,
  options: {
    env: { type: 'string', short: 'e', multiple: true },
    k6: { type: 'string' },
    'baseline-dir': { type: 'string' },
    'gate-id': { type: 'string' },
    'save-baseline': { type: 'boolean' },
    'add-baseline': { type: 'boolean' },
    'read-only': { type: 'boolean' },
    history: { type: 'string' },
    warmup: { type: 'string' },
    runs: { type: 'string' },
    'max-runs': { type: 'string' },
    rerun: { type: 'string' },
    ...gateOptions.options,
    ...outputOptions.options,
  },
  async run({ values, positionals }, ctx) {
    const [script, ...k6Args] = positionals;
    if (!script)
      throw new PerfGateError(
        'no script given',
        'Run `perf-gate run <script.js>`, e.g. `perf-gate run examples/shop.js`',
      );
    const saveFlags = ['save-baseline', 'add-baseline', 'read-only'].filter((f) => values[f]);
    if (saveFlags.length > 1)
      throw new PerfGateError(`--${saveFlags.join(' and --')} contradict each other`, 'Pick one');
    const save: BaselineSavePolicy = values['save-baseline']
      ? 'replace'
      : values['add-baseline']
        ? 'append'
        : values['read-only']
          ? 'never'
          : 'auto';
    const gateId = (values['gate-id'] as string | undefined) ?? 'default';
    if (!/^[A-Za-z0-9._-]+$/.test(gateId))
      throw new PerfGateError(
        `--gate-id "${gateId}" has characters other than letters, digits, . _ -`,
        'Use e.g. --gate-id checkout',
      );
    const baselineDir = resolve(ctx.cwd, (values['baseline-dir'] as string | undefined) ?? '.perf-gate');
    const gate = gateConfigFromFlags(values);
    const history = values.history ? parseCount(values.history as string, '--history') : 5;
    const warmupSeconds = values.warmup ? parseDuration(values.warmup as string, '--warmup') : undefined;
    const scriptEnv = parseKeyValues((values.env as string[] | undefined) ?? [], '--env');
    const runs = values.runs ? parseCount(values.runs as string, '--runs') : 1;
    const k6Flag = values.k6 as string | undefined;
    // Resolve k6 before anything runs, so a missing k6 is reported before any work.
    const location = locateK6(k6Flag, ctx.env, ctx.cwd);

    const outcome = await runGate(
      {
        cwd: ctx.cwd,
        script,
        scriptEnv,
        k6Args,
        warmupSeconds,
        gate,
        baseline: { save, history },
        git: await gitInfo(ctx.cwd),
        seed: 1,
        runs,
        maxRuns: values['max-runs']
          ? parseCount(values['max-runs'] as string, '--max-runs')
          : Math.max(runs, DEFAULT_MAX_RUNS),
        rerun: parseChoice(values.rerun as string | undefined, '--rerun', RERUN_POLICIES, 'suspected'),
      },
      {
        store: new LocalBaselineStore(join(baselineDir, gateId), ctx.cwd),
        logger: ctx.logger,
        k6: async () => new ProcessK6Runner(location),
      },
    );
    await publishLocally(outcome.report, values, ctx, {
      gateId,
      baselineSaved: outcome.baselineSaved,
      store: join(baselineDir, gateId),
    });
    return outcome.exitCode;
  },
};
