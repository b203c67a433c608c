import type { GateConfig } from '../domain/gate-config.js';
import { compareAB, type ABPair } from '../domain/compare/paired.js';
import type { Report } from '../domain/report.js';
import type { RunSummary } from '../domain/run-summary.js';
import type { K6Runner } from '../io/k6-runner.js';
import type { Logger } from '../io/logger.js';
import { prepareLiveRun, runK6Live } from './live-run.js';

/**
 * Pairs run by default: measured (eval/evaluate.ts) to tell a 10% slowdown from a 5% tolerance in 94% of trials with
 * strongly autocorrelated latencies, where 5 pairs manage 60%.
 */
export const DEFAULT_PAIRS = 10;

export interface ABConfig {
  cwd: string;
  script: string;
  scriptEnv: Record<string, string>;
  k6Args: string[];
  warmupSeconds?: number;
  /** The environment variable the script reads its target from (default BASE_URL). */
  targetEnv: string;
  baselineTarget: string;
  candidateTarget: string;
  pairs: number;
  gate: GateConfig;
}

/**
 * Same-machine A/B mode: runs the script against the baseline target and the candidate target alternately,
 * counterbalanced (AB, BA, AB, ...) so a drift of the machine over time does not favour one side, then compares
 * the pairs with paired intervals. Both arms share the runner, its neighbours and its hour, which is what makes
 * this the recommended mode on shared CI runners.
 */
export async function runAB(
  config: ABConfig,
  k6: K6Runner,
  logger: Logger,
): Promise<{ report: Report; pairs: ABPair[] }> {
  const arm = (target: string) => ({
    script: config.script,
    cwd: config.cwd,
    scriptEnv: { ...config.scriptEnv, [config.targetEnv]: target },
    k6Args: config.k6Args,
    warmupSeconds: config.warmupSeconds,
  });
  const baselineRun = await prepareLiveRun(arm(config.baselineTarget), k6);
  const candidateRun = await prepareLiveRun(arm(config.candidateTarget), k6);
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
      got[side] = result.summary;
    }
    pairs.push({ baseline: got.baseline as RunSummary, candidate: got.candidate as RunSummary });
  }
  return { report: compareAB(pairs, config.gate), pairs };
}
