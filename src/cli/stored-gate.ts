/**
 * The wiring `run`, `vegeta` and `capacity` share: build the request, find the load generator before any work,
 * gate against the baseline directory (on a branch, chosen by the merge base with the default branch), publish;
 * with `--start`, around the service perf-gate starts for the run.
 */
import { localBase } from '../io/git-commits.js';
import { locateK6 } from '../io/k6-locate.js';
import { ProcessK6Runner } from '../io/k6-runner.js';
import { LocalBaselineStore } from '../io/local-baseline-store.js';
import { locateVegeta } from '../io/vegeta-locate.js';
import { gate, type GateRequest } from '../pipeline/gate.js';
import { gateServed } from '../pipeline/served.js';
import { checkoutBase } from '../io/git-worktree.js';
import { processServiceHost } from '../io/service-process.js';
import type { CliArgs, CliContext } from './command.js';
import { publishLocally } from './publish-local.js';
import { requestFor } from './settings.js';

export async function runStoredGate(
  command: 'run' | 'vegeta' | 'capacity',
  args: CliArgs,
  ctx: CliContext,
): Promise<number> {
  const built = await requestFor(command, args, ctx);
  if ((!built.request && !built.served) || built.store.kind !== 'directory')
    throw new Error(`perf-gate ${command}: the request builder gave no request for a baseline directory`);
  // The load generator is found before anything runs, so a missing one is reported before any work.
  const k6 = command === 'vegeta' ? undefined : locateK6(built.k6.path, ctx.env, ctx.cwd);
  const vegeta = command === 'vegeta' ? locateVegeta(built.vegetaPath, ctx.env, ctx.cwd) : undefined;
  const dir = built.store.dir;
  const base = await localBase(ctx.cwd);
  const deps = {
    store: new LocalBaselineStore(dir, ctx.cwd),
    ...(base ? { base } : {}),
    logger: ctx.logger,
    ...(k6 ? { k6: async () => new ProcessK6Runner(k6) } : {}),
    ...(vegeta ? { vegeta: async () => vegeta } : {}),
  };
  // `--start`: the service is started for the run (the head alone) and stopped after it.
  const result = built.served
    ? await gateServed(built.served, {
        ...deps,
        services: processServiceHost(),
        checkoutBase: (ref) => checkoutBase(built.cwd, ref),
      })
    : await gate(built.request as GateRequest, deps);
  await publishLocally(result.report, built.values, ctx, {
    gateId: built.gateId,
    baselineSaved: result.saved,
    store: dir,
  });
  return result.exitCode;
}
