/**
 * Simulated A/B trials for eval/evaluate.ts: pairs whose two arms share one machine effect, compared with the pairs
 * fixed in advance (abTrial) or with runAB's sequential design (abSequentialTrial).
 */
import type { GateConfig } from '../src/domain/gate-config.js';
import { compareAB, type ABPair } from '../src/domain/compare/paired.js';
import { abLooks, abStopping } from '../src/domain/compare/ab-stopping.js';
import type { Resolution } from './rules.js';
import { standardNormal, type RandomSource } from '../src/domain/random.js';
import { simulateRun, type SimSpec } from './simulate.js';

export const HOUR = 3_600_000;

/** The i-th simulated A/B pair: both arms on one machine (one run effect drawn for the pair), half an hour apart. */
export function simulatedPair(
  change: Partial<SimSpec>,
  base: SimSpec,
  i: number,
  random: RandomSource,
): ABPair {
  const start = Date.UTC(2026, 0, 1);
  const machine = base.runEffectSd * standardNormal(random);
  return {
    baseline: simulateRun({ ...base, fixedRunEffect: machine }, random, start + i * HOUR),
    candidate: simulateRun(
      { ...base, ...change, fixedRunEffect: machine },
      random,
      start + i * HOUR + HOUR / 2,
    ),
  };
}

/** One A/B trial: `pairs` interleaved pairs, each pair on its own machine (shared run effect within the pair). */
export function abTrial(
  change: Partial<SimSpec>,
  base: SimSpec,
  pairs: number,
  random: RandomSource,
  config: GateConfig,
): { failed: boolean; resolution?: Resolution } {
  const ab: ABPair[] = [];
  for (let i = 0; i < pairs; i++) ab.push(simulatedPair(change, base, i, random));
  const report = compareAB(ab, config);
  return { failed: report.verdict === 'fail', resolution: report.resolution };
}

/** The sequential design's first look and most pairs as the spec's defaults (`pairs`, `max-pairs`). */
export const AB_FIRST_LOOK = 4;
export const AB_MAX_PAIRS = 20;

/**
 * One sequential A/B trial as runAB makes it (without the warm-up pair, which a simulated machine does not need):
 * pairs added one at a time, a look from AB_FIRST_LOOK on, stopped by abStopping, each look's regression bound at
 * its share of the confidence. Returns whether it failed and how many pairs it compared.
 */
export function abSequentialTrial(
  change: Partial<SimSpec>,
  base: SimSpec,
  random: RandomSource,
  config: GateConfig,
): { failed: boolean; pairs: number } {
  const limits = { firstLook: AB_FIRST_LOOK, maxPairs: AB_MAX_PAIRS };
  const looks = abLooks(limits.firstLook, limits.maxPairs);
  const ab: ABPair[] = [];
  for (;;) {
    ab.push(simulatedPair(change, base, ab.length, random));
    if (ab.length < limits.firstLook) continue;
    const report = compareAB(ab, config, { looks, maxPairs: limits.maxPairs });
    if (!abStopping(report, ab.length, limits).continue)
      return { failed: report.verdict === 'fail', pairs: ab.length };
  }
}
