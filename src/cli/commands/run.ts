import { join, resolve } from 'node:path';
import { PerfGateError } from '../../errors.js';
import { locateK6 } from '../../io/k6-locate.js';
import { ProcessK6Runner } from '../../io/k6-runner.js';
import { localBase } from '../../io/git-commits.js';
import { LocalBaselineStore } from '../../io/local-baseline-store.js';
import { gateConfigFrom, runCountsFrom } from '../../options/gate-settings.js';
import { gate } from '../../pipeline/gate.js';
import type { CliCommand } from '../command.js';
import { gitInfo } from '../git-info.js';
import { publishLocally } from '../publish-local.js';
import { savePolicyFrom, settingsFor } from '../settings.js';

export const command: CliCommand = {
  name: 'run',
  summary: 'run a k6 script and gate it against the local baseline',
  synopsis: 'perf-gate run <script.js> [options] [-- <extra k6 arguments>]',
  description: `
Runs the real k6 on the script, summarizes its samples as they stream, and compares p50/p95/p99 latency,
error rate, throughput and every custom Trend and Rate with the baseline in a local directory. With no
baseline yet, this run becomes it. When a regression is suspected but not established, the script runs
again (up to --max-runs); each look calls a regression only at its share of the confidence.`,
  async run({ given, positionals }, ctx) {
    const [script, ...k6Args] = positionals;
    if (!script)
      throw new PerfGateError(
        'no script given',
        'Run `perf-gate run <script.js>`, e.g. `perf-gate run examples/shop.js`',
      );
    const save = savePolicyFrom(given);
    const { values, fileRules } = await settingsFor(given, ctx);
    const gateId = values.gateId as string;
    const baselineDir = resolve(ctx.cwd, values.baselineDir as string);
    const gateConfig = gateConfigFrom(values, fileRules);
    const counts = runCountsFrom(
      values,
      { runs: '--runs', maxRuns: '--max-runs' },
      { script: true, refresh: false },
    );
    // Resolve k6 before anything runs, so a missing k6 is reported before any work.
    const location = locateK6(values.k6Path, ctx.env, ctx.cwd);
    const result = await gate(
      {
        mode: 'history',
        run: {
          cwd: ctx.cwd,
          script,
          scriptEnv: values.env ?? {},
          k6Args,
          warmupSeconds: values.warmup,
          serverMetrics: values.serverMetrics,
          prometheus: values.prometheus
            ? { url: values.prometheus, queries: values.prometheusQuery ?? {} }
            : undefined,
          gate: gateConfig,
          baseline: { save, history: values.history as number },
          git: await gitInfo(ctx.cwd),
          ...counts,
        },
      },
      {
        // On a branch, the baseline is the runs at its merge base with the default branch and its ancestors.
        store: new LocalBaselineStore(join(baselineDir, gateId), ctx.cwd, await localBase(ctx.cwd)),
        logger: ctx.logger,
        k6: async () => new ProcessK6Runner(location),
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
