/**
 * Accuracy of the RunSummary's quantiles against k6's own exact end-of-test percentiles (k6 keeps every value of a
 * Trend and interpolates linearly between order statistics: the type-7 definition perf-gate uses too), on real k6
 * runs against the demo service with different latency shapes. Prints the relative error per metric and quantile;
 * the stated accuracy is 0.5% (see docs/ingestion.md).
 *
 *   node scripts/run-ts.mjs bench/accuracy.ts [--duration 10s] [--rate 300]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Histogram } from '../src/domain/histogram.js';
import { startDemoService, type DemoKnobs } from '../src/demo/service.js';
import { summarizeK6Output } from '../src/io/k6-output.js';
import { locateK6 } from '../src/io/k6-locate.js';
import { ProcessK6Runner } from '../src/io/k6-runner.js';
import { arg } from './util.js';

const STATED_ACCURACY = 0.005;
const SHAPES: Array<[string, Partial<DemoKnobs>]> = [
  ['default (median 8 ms, p99 30 ms)', {}],
  ['heavy tail (median 5 ms, p99 80 ms)', { medianMs: 5, p99Ms: 80 }],
  ['narrow (median 20 ms, p99 24 ms)', { medianMs: 20, p99Ms: 24 }],
];
const QUANTILES: Array<[string, number]> = [
  ['p(50)', 0.5],
  ['p(95)', 0.95],
  ['p(99)', 0.99],
];

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const duration = arg(argv, '--duration', '10s');
  const rate = arg(argv, '--rate', '300');
  const k6 = new ProcessK6Runner(locateK6(undefined, process.env, process.cwd()));
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-accuracy-'));
  let worst = 0;
  try {
    for (const [label, knobs] of SHAPES) {
      const service = await startDemoService(knobs);
      const samplesPath = join(dir, 'samples.json');
      const exportPath = join(dir, 'export.json');
      try {
        const r = await k6.run({
          script: resolve('bench', 'accuracy.js'),
          cwd: process.cwd(),
          scriptEnv: { BASE_URL: service.url, DURATION: duration, RATE: rate },
          extraArgs: [],
          samplesPath,
          summaryExportPath: exportPath,
        });
        if (r.exitCode !== 0) throw new Error(`k6 exited ${r.exitCode}: ${r.errors.join('; ')}`);
      } finally {
        await service.close();
      }
      const exported = JSON.parse(readFileSync(exportPath, 'utf8')) as {
        metrics: Record<string, Record<string, number>>;
      };
      const summary = await summarizeK6Output(samplesPath);
      const all = summary.series[0]!;
      console.log(`${label}: ${all.counters.http_reqs} requests`);
      for (const metric of ['http_req_duration', 'order_duration']) {
        const json = all.trends[metric];
        if (!json) throw new Error(`no ${metric} in the summary`);
        const h = Histogram.fromJSON(json);
        const cells = QUANTILES.map(([k6Name, q]) => {
          const exact = exported.metrics[metric]![k6Name] as number;
          const ours = h.quantile(q);
          const err = Math.abs(ours - exact) / exact;
          worst = Math.max(worst, err);
          return `${k6Name} k6 ${exact.toFixed(3)} ms, perf-gate ${ours.toFixed(3)} ms (${(err * 100).toFixed(3)}%)`;
        });
        console.log(`  ${metric.padEnd(18)} ${cells.join('; ')}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `worst relative error: ${(worst * 100).toFixed(3)}% (stated accuracy ${(STATED_ACCURACY * 100).toFixed(1)}%): ${worst <= STATED_ACCURACY ? 'within' : 'OUTSIDE'}`,
  );
}

await main();
