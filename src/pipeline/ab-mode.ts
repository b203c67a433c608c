import type { ABRequest } from '../domain/gate-request.js';
import { compareAB, type ABPair } from '../domain/compare/paired.js';
import type { ABSequence, Report } from '../domain/report.js';
import { abLooks, abStopping, openRows, pairOrder, type OpenRow } from '../domain/compare/ab-stopping.js';
import { abPairResults, perPairStatistics } from '../domain/compare/ab-pairs.js';
import { comparisonName } from '../domain/compare/gate-verdict.js';
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
 * One row that keeps a look open, for the log: `http_req_duration p95 unsettled [0.934, 1.070] (could settle)`,
 * named as the report names it (comparisonName). A ratio's interval with 3 decimals, a rate's difference in
 * percentage points.
 */
function openRowText({ comparison: c, why, couldSettle, couldBecomeRegression }: OpenRow): string {
  const bound = (x: number) => (c.scale === 'ratio' ? x.toFixed(3) : `${(x * 100).toFixed(2)} pp`);
  const interval = c.interval ? ` [${c.interval.map(bound).join(', ')}]` : '';
  const could = [couldSettle ? 'could settle' : '', couldBecomeRegression ? 'could become a regression' : '']
    .filter(Boolean)
    .join(', ');
  return `${comparisonName(c)} ${why}${interval} (${could || 'neither could settle nor become a regression by max-pairs'})`;
}

/**
 * Same-machine A/B mode: runs the script against the baseline target and the candidate target alternately on one
 * machine, then compares the pairs with paired intervals. Both arms share the runner, its neighbours and its hour,
 * which is what makes this the recommended mode on shared CI runners. A warm-up pair runs first and is discarded;
 * then pairs in balanced blocks (AB BA BA AB, ab-stopping.ts pairOrder), a first look after `pairs` pairs and one
 * more pair per look while the answer is open, up to `maxPairs` (ab-stopping.ts abStopping decides; each look logs
 * the rows that keep it open, openRows). The report
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
    // What each look decided on, so a long sequence says which rows kept it open and why.
    const open = openRows(report, pairs.length, limits).map(openRowText);
    logger.info(
      `Look at ${pairs.length} pairs: ${next.continue ? 'another pair' : `stop (${next.reason})`}${open.length > 0 ? `; open: ${open.join('; ')}` : ''}`,
    );
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
