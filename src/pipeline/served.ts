/**
 * The gate with a service perf-gate starts itself (`start`): check out the base version (A/B), build and start each
 * version on its own free port, wait until each answers, run the gate on the request with their URLs filled in
 * (domain/service-plan.ts: the same A/B or history request as for services started by hand), and stop every
 * version and remove the base's worktree in a `finally` (and on cancellation: the adapters register with
 * io/cancellation.ts). Each version's output goes to its own log file.
 */
import { expandPort, servedGateRequest, type ServedRequest } from '../domain/service-plan.js';
import type { BaseCheckout } from '../io/git-worktree.js';
import type { RunningService, ServiceHost } from '../io/service-process.js';
import { gate, type GateRequestDeps, type GateResult } from './gate.js';

export interface ServedDeps extends GateRequestDeps {
  services: ServiceHost;
  /** Resolves and checks out the base version (undefined: the merge base with the default branch). */
  checkoutBase: (ref: string | undefined) => Promise<BaseCheckout>;
}

export async function gateServed(served: ServedRequest, deps: ServedDeps): Promise<GateResult> {
  const { logger, services } = deps;
  const undo: Array<() => Promise<void>> = [];
  const start = async (label: string, logName: string, dir: string, port: number) => {
    logger.info(`starting ${label} on port ${port} in ${dir}`);
    const running: RunningService = await services.start(served.plan, { label, dir, logName }, port);
    undo.push(() => running.stop());
    logger.info(
      `${label} answers at ${expandPort(served.plan.readyUrl, port)} (its output: ${running.logFile})`,
    );
    return running;
  };
  try {
    if (served.kind === 'head') {
      const [port] = (await services.freePorts(1)) as [number];
      await start('the head', 'head.log', served.run.cwd, port);
      return await gate(servedGateRequest(served, { candidate: port }), deps);
    }
    const base = await deps.checkoutBase(served.baseRef);
    undo.push(() => base.remove());
    const short = base.commit.slice(0, 7);
    logger.info(`A/B against the base commit ${short}, checked out in ${base.dir}`);
    const [baselinePort, candidatePort] = (await services.freePorts(2)) as [number, number];
    await start(`the base commit ${short}`, `base-${short}.log`, base.dir, baselinePort);
    await start('the head', 'head.log', served.ab.cwd, candidatePort);
    return await gate(
      servedGateRequest(served, { baseline: baselinePort, candidate: candidatePort }, base.commit),
      deps,
    );
  } finally {
    // The versions stop before the worktree they run in is removed: last in, first out.
    for (const step of undo.reverse()) {
      try {
        await step();
      } catch (err) {
        logger.warn(`cleaning up after the services: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
}
