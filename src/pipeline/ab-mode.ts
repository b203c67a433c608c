import type { ABRequest } from '../domain/gate-request.js';
import { compareAB, type ABPair } from '../domain/compare/paired.js';
import type { ABSequence, Report } from '../domain/report.js';
import { abLooks, abStopping, pairOrder } from '../domain/compare/ab-stopping.js';
import { abPairResults, perPairStatistics } from '../domain/compare/ab-pairs.js';
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
 * Same-machine A/B mode: runs the script against the baseline target and the candidate target alternately on one
 * machine, then compares the pairs with paired intervals. Both arms share the runner, its neighbours and its hour,
 * which is what makes this the recommended mode on shared CI runners. A warm-up pair runs first and is discarded;
 * then pairs in balanced blocks (AB BA BA AB, ab-stopping.ts pairOrder), a first look after `pairs` pairs and one
 * more pair per look while the answer is open, up to `maxPairs` (ab-stopping.ts abStopping decides). The report
 * lists every compared pair (ab-pairs.ts abPairResults) for the comment's "Pairs" section.
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
  const runPair = async (label: string, order: readonly ('baseline' | 'candidate')[]): Promise<ABPair> => {
    const got: Partial<Record<'baseline' | 'candidate', RunSummary>> = {};
    for (const side of order) {
      const prepared = side === 'baseline' ? baselineRun : candidateRun;
      const target = side === 'baseline' ? config.baselineTarget : config.candidateTarget;
      const result = await logger.group(`${label}: ${side} (${config.targetEnv}=${target})`, () =>
        runK6Live(prepared, k6, logger),
      );
      got[side] =
        side === 'baseline' && metrics
          ? underCandidateNames(result.summary, metrics.candidate)
          : result.summary;
    }
    return { baseline: got.baseline as RunSummary, candidate: got.candidate as RunSummary };
  };
  const limits = { firstLook: config.pairs, maxPairs: config.maxPairs };
  const looks = abLooks(limits.firstLook, limits.maxPairs);
  // Both versions warm up (caches, JIT, connection pools) before any pair counts: the first pair is discarded.
  await runPair('Warm-up pair (discarded)', pairOrder(0));
  const pairs: ABPair[] = [];
  for (;;) {
    pairs.push(
      await runPair(`Pair ${pairs.length + 1} of at most ${limits.maxPairs}`, pairOrder(pairs.length)),
    );
    if (pairs.length < limits.firstLook) continue;
    const report = compareAB(pairs, config.gate, { looks, maxPairs: limits.maxPairs });
    const next = abStopping(report, pairs.length, limits);
    if (next.continue) continue;
    const ab: ABSequence = {
      pairs: pairs.length,
      warmupPairs: 1,
      firstLook: limits.firstLook,
      maxPairs: limits.maxPairs,
      looks,
      order: 'AB BA BA AB',
      stopped: next.reason,
      perPairStatistics: perPairStatistics(report.comparisons),
      perPair: abPairResults(pairs, report.comparisons),
      ...(config.base ? { base: config.base } : {}),
    };
    return { report: { ...report, ab }, pairs };
  }
}
