/**
 * vegeta ingestion speed: perf-gate's summarizer against a reference that only reads every line with
 * node:readline and JSON.parse's it (CSV: splits it on commas), on the same stream, in the same run, alternating,
 * each in a fresh process so peak RSS is its own. The stream replays the captured real attack
 * (__tests__/fixtures/vegeta/, the pinned vegeta v12.13.0 against the demo service, bodies and headers included),
 * shifted one second per replay. Prints lines/s, the time ratio (perf-gate / reference) and peak RSS.
 *
 *   node scripts/run-ts.mjs bench/vegeta-ingest-speed.ts [--lines 1000000] [--rounds 3] [--format json|csv]
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { projectRoot } from '../src/io/project-root.js';
import { runIngestBench } from './ingest-harness.js';

/** The captured attack replayed until at least `minLines` lines, each replay one second later. */
async function generate(path: string, format: 'json' | 'csv', minLines: number): Promise<number> {
  const fixture = join(
    projectRoot() as string,
    '__tests__',
    'fixtures',
    'vegeta',
    `attack-v12.13.0.${format}`,
  );
  const lines = readFileSync(fixture, 'utf8').trimEnd().split('\n');
  const out = createWriteStream(path);
  let written = 0;
  for (let k = 0; written < minLines; k++) {
    const chunk: string[] = [];
    for (const line of lines) {
      if (format === 'csv') {
        const comma = line.indexOf(',');
        chunk.push(`${BigInt(line.slice(0, comma)) + BigInt(k) * 1_000_000_000n}${line.slice(comma)}`);
      } else {
        chunk.push(
          line.replace(/"timestamp":"([^".]+)/, (_, s: string) => {
            const shifted = new Date(Date.parse(`${s}Z`) + k * 1000).toISOString().slice(0, 19);
            return `"timestamp":"${shifted}`;
          }),
        );
      }
    }
    written += chunk.length;
    if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return written;
}

await runIngestBench({
  describe: (format) => `vegeta encode --to ${format}`,
  defaultLines: 1_000_000,
  generate,
  jsonValue: (parsed) => (parsed as { latency?: number }).latency ?? 0,
});
