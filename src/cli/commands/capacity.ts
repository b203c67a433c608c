import { join, resolve } from 'node:path';
import { PerfGateError } from '../../errors.js';
import { locateK6 } from '../../io/k6-locate.js';
import { ProcessK6Runner } from '../../io/k6-runner.js';
import { LocalBaselineStore } from '../../io/local-baseline-store.js';
import { DEFAULT_GATE_CONFIG } from '../../domain/gate-config.js';
import { stepWarmup } from '../../pipeline/capacity.js';
import { gate } from '../../pipeline/gate.js';
import type { CliCommand } from '../command.js';
import { gitInfo } from '../git-info.js';
import { publishLocally } from '../publish-local.js';
import { savePolicyFrom, settingsFor } from '../settings.js';

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
  async run({ given, positionals }, ctx) {
    const [script, ...k6Args] = positionals;
    if (!script)
      throw new PerfGateError(
        'no script given',
        'Run `perf-gate capacity <script.js> --slo "http_req_duration:p95<200ms"`',
      );
    const save = savePolicyFrom(given);
    const { values } = await settingsFor(given, ctx);
    // Capacity runs keep their own history unless told otherwise: they are not comparable with `run`'s.
    const gateId = given.gateId ?? 'capacity';
    const baselineDir = resolve(ctx.cwd, values.baselineDir as string);
    const location = locateK6(values.k6Path, ctx.env, ctx.cwd);
    const stepSeconds = values.stepDuration as number;
    const result = await gate(
      {
        mode: 'capacity',
        capacity: {
          cwd: ctx.cwd,
          script,
          scriptEnv: values.env ?? {},
          k6Args,
          exec: values.exec as string,
          slos: values.slo ?? [],
          from: values.from as number,
          to: values.to as number,
          stepSeconds,
          warmupSeconds: values.warmup ?? stepWarmup(stepSeconds),
          resolution: values.capacityResolution as number,
          tolerance: values.capacityTolerance as number,
          confidence: values.confidence ?? DEFAULT_GATE_CONFIG.confidence,
          inconclusivePolicy: (values.onInconclusive ?? DEFAULT_GATE_CONFIG.inconclusivePolicy) as
            'warn' | 'fail' | 'pass',
          force: values.force === true,
          baseline: { save, history: values.history as number },
          git: await gitInfo(ctx.cwd),
          serverMetrics: values.serverMetrics ?? [],
          ...(values.prometheus
            ? { prometheus: { url: values.prometheus, queries: values.prometheusQuery ?? {} } }
            : {}),
        },
      },
      {
        store: new LocalBaselineStore(join(baselineDir, gateId), ctx.cwd),
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
