/**
 * Size of a stored RunSummary: a real k6 run (5 minutes by default) with ten series against the demo service,
 * summarized live, then serialized and gzipped as the baseline store keeps it. Target: at most 256 KB gzipped.
 *
 *   node scripts/run-ts.mjs bench/size.ts [--duration 5m] [--rate 100]
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startDemoService } from '../src/demo/service.js';
import { locateK6 } from '../src/io/k6-locate.js';
import { MemoryLogger } from '../src/io/logger.js';
import { ProcessK6Runner } from '../src/io/k6-runner.js';
import { prepareLiveRun, runK6Live } from '../src/pipeline/live-run.js';
import { arg } from './util.js';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const duration = arg(argv, '--duration', '5m');
  const rate = arg(argv, '--rate', '100');
  const k6 = new ProcessK6Runner(locateK6(undefined, process.env, process.cwd()));
  const service = await startDemoService();
  try {
    const prepared = await prepareLiveRun(
      {
        script: resolve('bench', 'size.js'),
        cwd: process.cwd(),
        scriptEnv: { BASE_URL: service.url, DURATION: duration, RATE: rate },
        k6Args: [],
      },
      k6,
    );
    process.stderr.write(`running k6 for ${duration} at ${rate} requests/s...\n`);
    const { summary } = await runK6Live(prepared, k6, new MemoryLogger());
    const json = JSON.stringify(summary);
    const gz = gzipSync(json, { level: 9 });
    console.log(
      `${duration} at ${rate}/s: ${summary.series.length} series, ${summary.series[0]!.windows.length} windows of ${summary.windowSeconds} s, ${summary.ingest.samples} samples`,
    );
    console.log(
      `RunSummary: ${(json.length / 1024).toFixed(0)} KB JSON, ${(gz.length / 1024).toFixed(0)} KB gzipped (target ≤ 256 KB gzipped)`,
    );
  } finally {
    await service.close();
  }
}

await main();
