import type { ABRequest } from '../domain/gate-request.js';
import { compareAB, type ABPair } from '../domain/compare/paired.js';
import type { Report } from '../domain/report.js';
import type { RunSummary } from '../domain/run-summary.js';
import type { K6Runner } from '../io/k6-runner.js';
import type { Logger } from '../io/logger.js';
import { displayTarget } from '../io/server-scraper.js';
import { prepareLiveRun, runK6Live } from './live-run.js';

/**
 * The baseline arm's server targets under the candidate's names (position by position): the two versions serve
 * their metrics at different URLs, and a comparison pairs targets by name.
 */
function underCandidateNames(run: RunSummary, candidateUrls: readonly string[]): RunSummary {
  if (!run.server) return run;
  const targets = run.server.targets.map((t, i) =>
    candidateUrls[i] === undefined ? t : { ...t, target: displayTarget(candidateUrls[i]) },
  );
  return { ...run, server: { ...run.server, targets } };
}

/**
 * Same-machine A/B mode: runs the script against the baseline target and the candidate target alternately,
 * counterbalanced (AB, BA, AB, ...) so a drift of the machine over time does not favour one side, then compares
 * the pairs with paired intervals. Both arms share the runner, its neighbours and its hour, which is what makes
 * this the recommended mode on shared CI runners.
 */
export async function runAB(
  config: ABRequest,
  k6: K6Runner,
  logger: Logger,
): Promise<{ report: Report; pairs: ABPair[] }> {
  const arm = (target: string, serverMetrics: string[] | undefined) => ({
    script: config.script,
    cwd: config.cwd,
    scriptEnv: { ...config.scriptEnv, [config.targetEnv]: target },
    k6Args: config.k6Args,
    warmupSeconds: config.warmupSeconds,
    ...(serverMetrics?.length ? { serverMetrics: serverMetrics.map((url) => ({ url })) } : {}),
  });
  const metrics = config.serverMetrics;
  const baselineRun = await prepareLiveRun(arm(config.baselineTarget, metrics?.baseline), k6);
  const candidateRun = await prepareLiveRun(arm(config.candidateTarget, metrics?.candidate), k6);
  const pairs: ABPair[] = [];
  for (let i = 0; i < config.pairs; i++) {
    const order = i % 2 === 0 ? (['baseline', 'candidate'] as const) : (['candidate', 'baseline'] as const);
    const got: Partial<Record<'baseline' | 'candidate', RunSummary>> = {};
    for (const side of order) {
      const prepared = side === 'baseline' ? baselineRun : candidateRun;
      const target = side === 'baseline' ? config.baselineTarget : config.candidateTarget;
      const result = await logger.group(
        `Pair ${i + 1} of ${config.pairs}: ${side} (${config.targetEnv}=${target})`,
        () => runK6Live(prepared, k6, logger),
      );
      got[side] =
        side === 'baseline' && metrics
          ? underCandidateNames(result.summary, metrics.candidate)
          : result.summary;
    }
    pairs.push({ baseline: got.baseline as RunSummary, candidate: got.candidate as RunSummary });
  }
  return { report: compareAB(pairs, config.gate), pairs };
}
