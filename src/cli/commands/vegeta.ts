import { join, resolve } from 'node:path';
import { PerfGateError } from '../../errors.js';
import { LocalBaselineStore } from '../../io/local-baseline-store.js';
import { locateVegeta } from '../../io/vegeta-locate.js';
import { gateConfigFrom, runCountsFrom } from '../../options/gate-settings.js';
import { gate as runTheGate } from '../../pipeline/gate.js';
import { localBase } from '../../io/git-commits.js';
import type { CliCommand } from '../command.js';
import { gitInfo } from '../git-info.js';
import { publishLocally } from '../publish-local.js';
import { savePolicyFrom, settingsFor } from '../settings.js';

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
  async run({ given, positionals }, ctx) {
    const [targets, ...extraArgs] = positionals;
    if (!targets)
      throw new PerfGateError(
        'no targets file given',
        'Run `perf-gate vegeta targets.txt --rate 100/s --duration 30s`',
      );
    const save = savePolicyFrom(given);
    const { values, fileRules } = await settingsFor(given, ctx);
    const rate = values.vegetaRate as string | undefined;
    const duration = values.vegetaDuration as number | undefined;
    if (!rate || duration === undefined)
      throw new PerfGateError(
        'perf-gate vegeta needs --rate and --duration',
        'Add e.g. --rate 100/s --duration 30s',
      );
    const gateId = values.gateId as string;
    const baselineDir = resolve(ctx.cwd, values.baselineDir as string);
    const gate = gateConfigFrom(values, fileRules);
    const counts = runCountsFrom(
      values,
      { runs: '--runs', maxRuns: '--max-runs' },
      { script: true, refresh: false },
    );
    // Resolve vegeta before anything runs, so a missing vegeta is reported before any work.
    const location = locateVegeta(values.vegetaPath as string | undefined, ctx.env, ctx.cwd);
    const result = await runTheGate(
      {
        mode: 'history',
        run: {
          cwd: ctx.cwd,
          vegeta: { targets, rate, durationSeconds: duration, extraArgs },
          scriptEnv: {},
          k6Args: [],
          warmupSeconds: values.warmup,
          gate,
          baseline: { save, history: values.history as number },
          git: await gitInfo(ctx.cwd),
          ...counts,
        },
      },
      {
        // On a branch, the baseline is the runs at its merge base with the default branch and its ancestors.
        store: new LocalBaselineStore(join(baselineDir, gateId), ctx.cwd, await localBase(ctx.cwd)),
        logger: ctx.logger,
        vegeta: async () => location,
      },
    );
    await publishLocally(result.report, values, ctx, {
      gateId,
      baselineSaved: result.saved,
      store: join(baselineDir, gateId),
    });
    return result.exitCode;
  },
};
