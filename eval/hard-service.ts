/**
 * A harder service for the real corpus (eval/hard-corpus.ts): what makes real services hard to gate, on 127.0.0.1.
 * It runs as its own process, so the CPU per request it exposes is its own and not the evaluation's.
 *
 *   node <bundle of this file> [--port 0] [--metrics-port 0] [--seed 1]   prints `listening <app url> <metrics url>`
 *
 * Endpoints (eval/hard.js weights them 45/25/15/15):
 *   GET /catalog     log-normal, median 4 ms, p99 14 ms
 *   GET /item/:id    bimodal: a cache hit (80%, median 2 ms) or a miss (20%, median 25 ms, p99 60 ms)
 *   GET /orders      log-normal, median 20 ms, p99 60 ms
 *   POST /reviews    the minor endpoint, the only one with errors (0.2% answered 500), median 6 ms
 * Pauses: every 2-4 s a stall of 50-150 ms (a GC pause, a blocked event loop) holds every response due in it, so
 * a burst of requests waits together and the tail moves from run to run.
 * Knobs, POST /__knobs with JSON: `slowdown` (every latency), `tailFactor` (each endpoint's slowest tenth: the
 * draws above its own 90th percentile), `reviewErrorRate`, `cpuWorkMs` (CPU burnt per request after the response
 * is sent: CPU per request grows, latency does not). Metrics on their own port (as an admin port would be):
 * GET /metrics, prom-client's default process metrics (process_cpu_seconds_total, ...).
 * Randomness is seeded (--seed): a run is reproducible in distribution, not in timing.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { seededRandom } from '../src/domain/random.js';
import { normalQuantile } from '../src/domain/stats/normal-quantile.js';

export interface HardKnobs {
  slowdown: number;
  tailFactor: number;
  reviewErrorRate: number;
  cpuWorkMs: number;
}

export const HARD_DEFAULTS: HardKnobs = { slowdown: 1, tailFactor: 1, reviewErrorRate: 0.002, cpuWorkMs: 0 };

const Z99 = normalQuantile(0.99);
/** A log-normal latency with this median and p99, at the quantile u of its distribution. */
const logNormal = (median: number, p99: number, u: number) =>
  median * Math.exp((Math.log(p99 / median) / Z99) * normalQuantile(Math.min(1 - 1e-9, Math.max(1e-9, u))));

/** Each endpoint's latency in ms at the quantile u (0..1) of its own distribution. */
export const ENDPOINTS: Record<string, (u: number) => number> = {
  catalog: (u) => logNormal(4, 14, u),
  item: (u) => (u < 0.8 ? logNormal(2, 5, u / 0.8) : logNormal(25, 60, (u - 0.8) / 0.2)),
  orders: (u) => logNormal(20, 60, u),
  reviews: (u) => logNormal(6, 18, u),
};

/** The latency of one request: the endpoint's draw, its slowest tenth times the tail factor, times the slowdown. */
export function hardLatencyMs(knobs: HardKnobs, endpoint: string, u: number): number {
  const base = (ENDPOINTS[endpoint] ?? ENDPOINTS.catalog!)(u);
  return base * knobs.slowdown * (u > 0.9 ? knobs.tailFactor : 1);
}

function route(req: IncomingMessage): string | undefined {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (req.method === 'GET' && path === '/catalog') return 'catalog';
  if (req.method === 'GET' && /^\/item\/[^/]+$/.test(path)) return 'item';
  if (req.method === 'GET' && path === '/orders') return 'orders';
  if (req.method === 'POST' && path === '/reviews') return 'reviews';
  if (path === '/__knobs') return 'knobs';
  return undefined;
}

/** Burns CPU on the process's own clock for `ms` milliseconds. */
function burn(ms: number): void {
  const start = process.cpuUsage();
  const target = ms * 1000;
  for (;;) {
    const used = process.cpuUsage(start);
    if (used.user + used.system >= target) return;
  }
}

const listen = (server: Server, port: number) =>
  new Promise<number>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const arg = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
  };
  const random = seededRandom(Number(arg('--seed', '1')));
  let knobs: HardKnobs = { ...HARD_DEFAULTS };
  let stallUntil = 0;
  const scheduleStall = () => {
    setTimeout(
      () => {
        stallUntil = performance.now() + 50 + 100 * random();
        scheduleStall();
      },
      2000 + 2000 * random(),
    ).unref();
  };
  scheduleStall();

  const app = createServer((req: IncomingMessage, res: ServerResponse) => {
    const endpoint = route(req);
    if (endpoint === undefined) {
      res.writeHead(404).end();
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (endpoint === 'knobs') {
        if (req.method === 'POST') knobs = { ...knobs, ...(JSON.parse(body || '{}') as Partial<HardKnobs>) };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(knobs));
        return;
      }
      const ms = hardLatencyMs(knobs, endpoint, random());
      const failed = endpoint === 'reviews' && random() < knobs.reviewErrorRate;
      const work = knobs.cpuWorkMs;
      const send = () => {
        const held = stallUntil - performance.now();
        if (held > 0) {
          setTimeout(send, held);
          return;
        }
        res.writeHead(failed ? 500 : 200, { 'content-type': 'application/json' });
        res.end(failed ? '{"error":"internal"}' : '{"ok":true}');
        if (work > 0) setImmediate(() => burn(work));
      };
      setTimeout(send, ms);
    });
  });

  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const admin = createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    void registry
      .metrics()
      .then((text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text));
  });
  const appPort = await listen(app, Number(arg('--port', '0')));
  const metricsPort = await listen(admin, Number(arg('--metrics-port', '0')));
  process.stdout.write(`listening http://127.0.0.1:${appPort} http://127.0.0.1:${metricsPort}/metrics\n`);
  const stop = () => {
    app.close();
    admin.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (process.argv.includes('--serve')) await main();
