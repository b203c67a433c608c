/**
 * Replays A/B stopping on pairs recorded by eval/real-ab.ts --record: for each recorded trial, compares the first n
 * pairs at every look from the first (4) to the pairs recorded, with the rules as they are in src/, and prints per
 * look the gated rows that keep the answer open and why (inconclusive: the bound that crosses the tolerance;
 * suspected: the estimate beyond it), then where the sequence would have stopped. A rule that stops earlier than the
 * recorded sequence is replayed exactly (the same pairs); one that would stop later cannot be (the pairs were not run).
 *
 *   node scripts/run-ts.mjs eval/replay-ab.ts <dir or file.json>... [--quiet]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from 'simple-statistics';
import { compareAB, type ABPair } from '../src/domain/compare/paired.js';
import {
  abLooks,
  abStopping,
  couldBecomeRegressionBy,
  couldSettleBy,
} from '../src/domain/compare/ab-stopping.js';
import { confidencePerLook } from '../src/domain/compare/sequential.js';
import { suspectedRegression } from '../src/domain/compare/family.js';
import { statisticIn } from '../src/domain/compare/paired.js';
import { unsettled } from '../src/domain/compare/sequential.js';
import { DEFAULT_GATE_CONFIG } from '../src/domain/gate-config.js';
import type { Comparison } from '../src/domain/report.js';

const argv = process.argv.slice(2);
const QUIET = argv.includes('--quiet');
const FIRST_LOOK = 4;
const MAX_PAIRS = 20;

const files = argv
  .filter((a) => !a.startsWith('--'))
  .flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );

const fmt = (x: number | undefined | null, d = 3): string =>
  x === undefined || x === null ? '-' : x.toFixed(d);

function why(c: Comparison, n: number): string {
  const conf = DEFAULT_GATE_CONFIG.confidence;
  const settle = couldSettleBy(c, n, MAX_PAIRS, conf) ? ' could-settle' : '';
  const regress = couldBecomeRegressionBy(
    c,
    n,
    MAX_PAIRS,
    conf,
    confidencePerLook(conf, abLooks(FIRST_LOOK, MAX_PAIRS)),
  )
    ? ' could-regress'
    : '';
  const centre = c.paired ? Math.exp(c.paired.meanLogRatio) : undefined;
  const at =
    c.scale === 'ratio'
      ? `pooled ${fmt(c.ratio)} paired ${fmt(centre)}`
      : `diff ${fmt(c.candidate - c.baseline, 5)}`;
  const series = Object.keys(c.series).length ? JSON.stringify(c.series) : '';
  const sd = c.paired ? ` sd(d) ${fmt(c.paired.standardError * Math.sqrt(c.paired.pairs), 4)}` : '';
  return `${c.metric} ${c.stat}${series} ${c.verdict}${suspectedRegression(c) ? ' SUSPECTED' : ''} ${at} [${c.interval?.map((b) => fmt(b, c.scale === 'ratio' ? 3 : 5)).join(', ')}]${sd}${settle}${regress}`;
}

const stops: number[] = [];
const outcomes = new Map<string, number>();
for (const file of files) {
  const rec = JSON.parse(readFileSync(file, 'utf8')) as { case: string; tolerance: number; pairs: ABPair[] };
  const config = { ...DEFAULT_GATE_CONFIG, latencyTolerance: rec.tolerance };
  const looks = abLooks(FIRST_LOOK, MAX_PAIRS);
  console.log(`\n## ${file} (${rec.pairs.length} pairs recorded)`);
  let stopped: string | undefined;
  for (let n = FIRST_LOOK; n <= rec.pairs.length; n++) {
    const report = compareAB(rec.pairs.slice(0, n), config, { looks, maxPairs: MAX_PAIRS });
    const next = abStopping(report, n, { firstLook: FIRST_LOOK, maxPairs: MAX_PAIRS });
    // What keeps the answer open (abStopping): an unsettled gated all-traffic row, or a suspected regression.
    const open = report.comparisons.filter((c) => unsettled(c) || suspectedRegression(c));
    if (!QUIET) {
      console.log(`look ${n}: ${report.verdict}, ${next.continue ? 'continue' : `stop ${next.reason}`}`);
      for (const c of open) console.log(`    ${why(c, n)}`);
    }
    if (!next.continue) {
      stopped = `${n} ${next.reason} ${report.verdict}`;
      stops.push(n);
      outcomes.set(
        `${next.reason} ${report.verdict}`,
        (outcomes.get(`${next.reason} ${report.verdict}`) ?? 0) + 1,
      );
      break;
    }
  }
  // The per-pair log ratios of the all-traffic request latency, to see a burst pair at a glance.
  const last = compareAB(rec.pairs, config, { looks, maxPairs: MAX_PAIRS });
  for (const c of last.comparisons.filter(
    (x) => x.metric === 'http_req_duration' && Object.keys(x.series).length === 0,
  )) {
    const d = rec.pairs.map((p) =>
      Math.log((statisticIn(p.candidate, c) ?? NaN) / (statisticIn(p.baseline, c) ?? NaN)),
    );
    console.log(`  d(${c.stat}) = ${d.map((x) => x.toFixed(3)).join(' ')}`);
  }
  console.log(`=> ${stopped ?? `still open after the ${rec.pairs.length} recorded pairs`}`);
}
console.log(
  `\nstopped at: ${stops.join(', ')}; median ${stops.length ? median(stops) : '-'}; ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}; not stopped within the record: ${files.length - stops.length}`,
);
