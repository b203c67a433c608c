/**
 * The sequential A/B rule with and without its `cleared` stop (ab-stopping.ts), on the same simulated pairs: each trial
 * draws 20 pairs (as eval/ab-trials.ts: rho 0.95, 20,000 requests a run, a 3% machine effect shared inside each pair,
 * a 5% tolerance) and walks the looks from 4 pairs; "without" continues where the rule says `cleared`, which is the
 * rule before it. Prints, per case and rule, the failures, the median pairs and the stop reasons; on stderr each trial.
 *
 *   node scripts/run-ts.mjs eval/ab-cleared.ts [seed]
 */
import { median } from 'simple-statistics';
import { compareAB, type ABPair } from '../src/domain/compare/paired.js';
import { abLooks, abStopping } from '../src/domain/compare/ab-stopping.js';
import { DEFAULT_GATE_CONFIG } from '../src/domain/gate-config.js';
import { seededRandom } from '../src/domain/random.js';
import { DEFAULT_SIM } from './simulate.js';
import { simulatedPair } from './ab-trials.js';

const random = seededRandom(Number(process.argv[2] ?? 1));
const base = { ...DEFAULT_SIM, rho: 0.95 };
const config = { ...DEFAULT_GATE_CONFIG, latencyTolerance: 0.05 };
const limits = { firstLook: 4, maxPairs: 20 };
const looks = abLooks(4, 20);
for (const [label, change, n] of [
  ['A/A', {}, 60],
  ['+10%', { slowdown: 1.1 }, 30],
] as const) {
  const res = { without: [] as string[], with: [] as string[] };
  const pairsOf = { without: [] as number[], with: [] as number[] };
  const fails = { without: 0, with: 0 };
  for (let t = 0; t < n; t++) {
    const pairs: ABPair[] = [];
    const done: Partial<Record<'without' | 'with', boolean>> = {};
    for (let k = 0; k < 20 && !(done.without && done.with); k++) {
      pairs.push(simulatedPair(change, base, k, random));
      if (pairs.length < 4) continue;
      const report = compareAB(pairs, config, { looks, maxPairs: 20 });
      const next = abStopping(report, pairs.length, limits);
      for (const rule of ['without', 'with'] as const) {
        if (done[rule]) continue;
        const stop = !next.continue && !(rule === 'without' && next.reason === 'cleared');
        if (!stop) continue;
        done[rule] = true;
        res[rule].push(`${next.continue ? '' : next.reason}:${report.verdict}`);
        pairsOf[rule].push(pairs.length);
        if (report.verdict === 'fail') fails[rule]++;
      }
    }
    process.stderr.write(
      `${label} ${t + 1}/${n}: without ${res.without.at(-1)} ${pairsOf.without.at(-1)}, with ${res.with.at(-1)} ${pairsOf.with.at(-1)}\n`,
    );
  }
  for (const rule of ['without', 'with'] as const) {
    const reasons = new Map<string, number>();
    for (const r of res[rule]) reasons.set(r, (reasons.get(r) ?? 0) + 1);
    console.log(
      `${label}, ${rule} \`cleared\`: fail ${fails[rule]}/${n}, median pairs ${median(pairsOf[rule])}, ${[...reasons].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    );
  }
}
