/**
 * Heap growth of the server-metrics path over a long run against a service with a huge exposition: 150 scrapes
 * (5 minutes at the default 2 s) of a 19,200-series exposition (a 400-route HTTP histogram, 8,000 counter label
 * sets, 5,599 gauge label sets, the process CPU counter). Two ways, in the same process:
 *   reference: every scrape's parsed exposition kept until the run ends (the scraper before issue 25);
 *   reduced:   each scrape reduced at once into the target's accumulator (ingest/server-scrapes.ts).
 * Prints the heap each way holds after a full garbage collection, and their ratio.
 *
 *   RUN_TS_NODE_FLAGS="--expose-gc --max-old-space-size=6144" node scripts/run-ts.mjs bench/scrape-memory.ts [--scrapes 150]
 */
import { parsePrometheusText, type PromExposition } from '../src/ingest/prometheus-text.js';
import { ServerScrapes } from '../src/ingest/server-scrapes.js';
import { summarizeServerScrapes } from '../src/ingest/server-summary.js';
import { arg } from './util.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  process.stderr.write('run with RUN_TS_NODE_FLAGS=--expose-gc (see the header)\n');
  process.exit(2);
}
const scrapes = Number(arg(process.argv, '--scrapes', '150'));

/** The exposition at scrape i: the same 19,200 series, values moving as a busy service's would. */
function exposition(i: number): string {
  const lines: string[] = ['# TYPE http_request_duration_seconds histogram'];
  const bounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, '+Inf'];
  for (let r = 0; r < 100; r++)
    for (const code of ['200', '201', '404', '500']) {
      const labels = `route="/api/v1/resource/${r}",code="${code}"`;
      bounds.forEach((le, b) =>
        lines.push(`http_request_duration_seconds_bucket{${labels},le="${le}"} ${i * (b + 1) * (r + 1)}`),
      );
      lines.push(`http_request_duration_seconds_sum{${labels}} ${i * 0.37 * (r + 1)}`);
      lines.push(`http_request_duration_seconds_count{${labels}} ${i * 12 * (r + 1)}`);
    }
  lines.push('# TYPE app_events_total counter');
  for (let k = 0; k < 8000; k++) lines.push(`app_events_total{kind="event-kind-${k}"} ${i * k}`);
  lines.push('# TYPE app_queue_depth gauge');
  for (let q = 0; q < 5599; q++) lines.push(`app_queue_depth{queue="queue-${q}"} ${(i * q) % 97}`);
  lines.push('# TYPE process_cpu_seconds_total counter', `process_cpu_seconds_total ${i * 0.5}`);
  return lines.join('\n');
}

function heapMiB(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const series = parsePrometheusText(exposition(1)).samples.length;
process.stdout.write(
  `${scrapes} scrapes of a ${series}-series exposition (${(exposition(1).length / 2 ** 20).toFixed(1)} MiB of text)\n`,
);

let base = heapMiB();
const kept: Array<{ t: number; exposition: PromExposition }> = [];
for (let i = 0; i < scrapes; i++) kept.push({ t: i * 2, exposition: parsePrometheusText(exposition(i)) });
const reference = heapMiB() - base;
process.stdout.write(`reference (every parsed exposition kept): heap +${reference.toFixed(1)} MiB\n`);
kept.length = 0;

base = heapMiB();
const acc = new ServerScrapes('bench', 'scrape', 2);
for (let i = 0; i < scrapes; i++) acc.addText(i * 2, exposition(i));
const reduced = heapMiB() - base;
const windows = Array.from({ length: scrapes * 2 - 2 }, (_, s) => ({
  start: s,
  requests: 100,
  failed: 0,
  trends: {},
  rates: {},
}));
const section = summarizeServerScrapes(acc, windows, 1);
process.stdout.write(
  `reduced (each scrape reduced at once, ${capNote(acc)}): heap +${reduced.toFixed(1)} MiB, ${section.windows.length} windows summarized\n`,
);
process.stdout.write(`ratio reference / reduced: ${(reference / Math.max(reduced, 0.1)).toFixed(0)}x\n`);

function capNote(a: ServerScrapes): string {
  return a.seriesCapped ? 'series cap reached' : 'every series kept';
}
