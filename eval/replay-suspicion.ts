/**
 * Two ways, not built, to let a suspected regression stop holding an A/B sequence open, replayed on pairs recorded by
 * eval/real-ab.ts --record (docs/statistics.md, "what keeps an unchanged comparison open"): with `--variant
 * confirmable` (the default) a suspected row holds the sequence open only while it could still be established by
 * max-pairs at its estimate and spread (couldBecomeRegressionBy with the bad bound at the estimate); with `--variant
 * significant` only while its 99% lower bound lies above no change (higher is worse; mirrored), as the family asks of
 * per-series rows. A row let go is then treated as unsettled: the futility tests decide (marked `*`). Prints, per
 * directory, where the shipped rule and the variant stop, with the verdict at that look (a verdict that still holds
 * the suspicion: the variant would not change it, only stop sooner). Exact for stops no later than the record.
 *
 *   node scripts/run-ts.mjs eval/replay-suspicion.ts <dir>... [--variant confirmable|significant]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { arg } from '../bench/util.js';
import { median } from 'simple-statistics';
import { compareAB, type ABPair } from '../src/domain/compare/paired.js';
import { abLooks, abStopping, couldBecomeRegressionBy, openRows } from '../src/domain/compare/ab-stopping.js';
import { DEFAULT_GATE_CONFIG } from '../src/domain/gate-config.js';
import { studentTQuantile } from '../src/domain/stats/student-t.js';

const argv = process.argv.slice(2);
const MODE = arg(argv, '--variant', 'confirmable');
if (MODE !== 'confirmable' && MODE !== 'significant')
  throw new Error(`--variant: confirmable or significant, not ${MODE}`);
const limits = { firstLook: 4, maxPairs: 20 };
const looks = abLooks(4, 20);
for (const dir of argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--variant')) {
  const out = { shipped: [] as string[], variant: [] as string[] };
  const n = { shipped: [] as number[], variant: [] as number[] };
  for (const f of readdirSync(dir).sort()) {
    const rec = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { tolerance: number; pairs: ABPair[] };
    const config = { ...DEFAULT_GATE_CONFIG, latencyTolerance: rec.tolerance };
    const done: Record<string, boolean> = {};
    for (let k = 4; k <= rec.pairs.length; k++) {
      const report = compareAB(rec.pairs.slice(0, k), config, { looks, maxPairs: 20 });
      const next = abStopping(report, k, limits);
      let variant: string | undefined = next.continue ? undefined : next.reason;
      if (next.continue) {
        const rows = openRows(report, k, limits);
        const rc = report.settings.regressionConfidence as number;
        const significant = (c: (typeof rows)[number]['comparison']) => {
          if (!c.paired) return true;
          const t = studentTQuantile(0.99, c.paired.pairs - 1);
          const worse = c.direction === 'higher-is-worse' ? 1 : -1;
          return worse * c.paired.meanLogRatio - t * c.paired.standardError > 0;
        };
        const holding = rows.filter(
          (r) =>
            r.why === 'unsettled' ||
            (MODE === 'significant'
              ? significant(r.comparison)
              : couldBecomeRegressionBy(r.comparison, k, 20, 0.5, rc)),
        );
        const suspectedHolding = holding.some((r) => r.why === 'suspected');
        // Every open row, the suspected ones let go included, goes through the two futility tests.
        if (!suspectedHolding) {
          if (!rows.some((r) => r.couldSettle)) variant = 'futile*';
          else if (!rows.some((r) => r.couldBecomeRegression)) variant = 'cleared*';
        }
      }
      for (const [rule, reason] of [
        ['shipped', next.continue ? undefined : next.reason],
        ['variant', variant],
      ] as const) {
        if (done[rule] || reason === undefined) continue;
        done[rule] = true;
        out[rule].push(`${k} ${reason} ${report.verdict}`);
        n[rule].push(k);
      }
    }
    for (const rule of ['shipped', 'variant'] as const)
      if (!done[rule]) out[rule].push(`>${rec.pairs.length} (not in the record)`);
  }
  for (const rule of ['shipped', 'variant'] as const)
    console.log(`${dir} ${rule}: median ${median(n[rule])}: ${out[rule].join('; ')}`);
}
