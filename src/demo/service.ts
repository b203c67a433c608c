/**
 * The demo service: a small HTTP shop API on 127.0.0.1, the system under test for the demo, the tests and the
 * statistical evaluation. Its latency is log-normal with a given median and p99, drawn from a seeded generator
 * (runs are reproducible in distribution), and every knob can be changed while it runs (POST /__knobs), so a
 * test can slow it down between two k6 runs without restarting it.
 *
 * Endpoints: GET /products, GET /products/:id, POST /orders, GET /health; GET|POST /__knobs; GET /metrics (Prometheus
 * text from prom-client: the process's CPU, memory, GC and event loop, and a request-duration histogram per route).
 *
 * About 260 lines: one small service with its knobs; its parts (latency model, queue, metrics) only make sense together.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { seededRandom, standardNormal } from '../domain/random.js';

export interface DemoKnobs {
  /** Median latency in ms. */
  medianMs: number;
  /** 99th percentile latency in ms (sets the spread of the log-normal; must be >= medianMs). */
  p99Ms: number;
  /** Fraction of requests answered 500 (0..1). */
  errorRate: number;
  /** Multiplies every latency (1 = unchanged, 2 = twice as slow). */
  slowdown: number;
  /** Per endpoint (`products`, `product`, `orders`) latency multipliers, on top of `slowdown`. */
  endpointSlowdown: Record<string, number>;
  /** Multiplies only the slowest tenth of latencies (a tail-only regression). */
  tailSlowdown: number;
  /** Requests served at once; the rest queue (0 = unlimited). Queueing adds latency, as in a real service. */
  maxConcurrency: number;
  /**
   * A cold start: for this many seconds from the first request after the knob is set, latencies are multiplied by
   * `coldSlowdown` (JIT, caches and pools warming up). 0 = none.
   */
  coldSeconds: number;
  coldSlowdown: number;
  /**
   * CPU milliseconds burnt per request (a busy loop on the process's own CPU clock): makes CPU per request grow while
   * latency barely moves (0.2 ms on an 8 ms median is +2.5%).
   */
  cpuWorkMs: number;
  /**
   * When > 0, every request takes exactly this long (times the slowdowns) instead of a log-normal draw: with
   * `maxConcurrency` c workers the service then saturates at c / serviceTimeMs requests per millisecond, a
   * capacity known in advance (capacity mode's tests).
   */
  serviceTimeMs: number;
}

export const DEFAULT_KNOBS: DemoKnobs = {
  medianMs: 8,
  p99Ms: 30,
  errorRate: 0,
  slowdown: 1,
  endpointSlowdown: {},
  tailSlowdown: 1,
  maxConcurrency: 0,
  coldSeconds: 0,
  coldSlowdown: 1,
  cpuWorkMs: 0,
  serviceTimeMs: 0,
};

export interface DemoServiceOptions extends Partial<DemoKnobs> {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Seed of the latency and error generator. */
  seed?: number;
}

export interface DemoService {
  readonly url: string;
  readonly port: number;
  knobs(): DemoKnobs;
  setKnobs(change: Partial<DemoKnobs>): DemoKnobs;
  /** Requests served so far, per endpoint. */
  served(): Record<string, number>;
  close(): Promise<void>;
}

/** z such that P(Z < z) = 0.99 for a standard normal. */
const Z99 = 2.3263478740408408;
/** z such that P(Z < z) = 0.90: above it a latency is in the slowest tenth. */
const Z90 = 1.2815515655446004;

/**
 * The latency of one request for a standard normal draw z: log-normal with the knobs' median and p99
 * (sigma = ln(p99 / median) / z_0.99), times the slowdowns; the tail factor applies above the 90th percentile.
 * A fixed `serviceTimeMs` replaces the draw.
 * @example latencyMs(DEFAULT_KNOBS, 'products', 0) // 8 (the median)
 */
export function latencyMs(knobs: DemoKnobs, route: string, z: number): number {
  if (knobs.serviceTimeMs > 0)
    return knobs.serviceTimeMs * knobs.slowdown * (knobs.endpointSlowdown[route] ?? 1);
  const sigma = Math.log(knobs.p99Ms / knobs.medianMs) / Z99;
  let ms = knobs.medianMs * Math.exp(sigma * z) * knobs.slowdown * (knobs.endpointSlowdown[route] ?? 1);
  if (z > Z90) ms *= knobs.tailSlowdown;
  return ms;
}

export function validateKnobs(k: DemoKnobs): void {
  const bad = (what: string): never => {
    throw new RangeError(`demo service: ${what}`);
  };
  if (!(k.medianMs > 0)) bad(`medianMs must be > 0, got ${k.medianMs}`);
  if (!(k.p99Ms >= k.medianMs)) bad(`p99Ms must be >= medianMs, got ${k.p99Ms}`);
  if (!(k.errorRate >= 0 && k.errorRate <= 1)) bad(`errorRate must be in [0, 1], got ${k.errorRate}`);
  if (!(k.slowdown > 0) || !(k.tailSlowdown > 0)) bad('slowdown factors must be > 0');
  if (!(k.maxConcurrency >= 0)) bad(`maxConcurrency must be >= 0, got ${k.maxConcurrency}`);
  if (!(k.coldSeconds >= 0) || !(k.coldSlowdown > 0)) bad('coldSeconds must be >= 0 and coldSlowdown > 0');
  if (!(k.cpuWorkMs >= 0 && k.cpuWorkMs <= 1000)) bad(`cpuWorkMs must be in [0, 1000], got ${k.cpuWorkMs}`);
  if (!(k.serviceTimeMs >= 0)) bad(`serviceTimeMs must be >= 0, got ${k.serviceTimeMs}`);
}

function routeOf(req: IncomingMessage): string | undefined {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (req.method === 'GET' && path === '/products') return 'products';
  if (req.method === 'GET' && /^\/products\/[^/]+$/.test(path)) return 'product';
  if (req.method === 'POST' && path === '/orders') return 'orders';
  if (req.method === 'GET' && path === '/health') return 'health';
  if (path === '/__knobs') return 'knobs';
  if (req.method === 'GET' && path === '/metrics') return 'metrics';
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

export async function startDemoService(options: DemoServiceOptions = {}): Promise<DemoService> {
  const { port = 0, seed = 42, ...knobOptions } = options;
  let knobs: DemoKnobs = { ...DEFAULT_KNOBS, ...knobOptions };
  validateKnobs(knobs);
  const random = seededRandom(seed);
  const served: Record<string, number> = {};
  let active = 0;
  const waiting: Array<() => void> = [];

  // The cold start's clock starts at the first request after the knobs are set (the demo's own I/O, not the domain's).
  let coldFrom: number | undefined;
  const cold = (): number => {
    if (knobs.coldSeconds <= 0) return 1;
    coldFrom ??= performance.now();
    return performance.now() - coldFrom < knobs.coldSeconds * 1000 ? knobs.coldSlowdown : 1;
  };
  const latencyFor = (route: string): number => latencyMs(knobs, route, standardNormal(random)) * cold();
  // A registry per service (not prom-client's global one), so that two services in one process stay apart.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer a request, by route and status',
    labelNames: ['route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });
  const burnCpu = (ms: number): void => {
    if (!(ms > 0)) return;
    const start = process.cpuUsage();
    const micros = ms * 1000;
    for (;;) {
      const used = process.cpuUsage(start);
      if (used.user + used.system >= micros) return;
    }
  };

  const acquire = (): Promise<void> => {
    if (knobs.maxConcurrency === 0 || active < knobs.maxConcurrency) {
      active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  const send = (res: ServerResponse, status: number, body: unknown): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const route = routeOf(req);
    if (route === undefined) return send(res, 404, { error: 'not found' });
    if (route === 'knobs') {
      if (req.method === 'POST') {
        const change = JSON.parse((await readBody(req)) || '{}') as Partial<DemoKnobs>;
        const next = { ...knobs, ...change };
        validateKnobs(next);
        knobs = next;
        coldFrom = undefined;
      }
      return send(res, 200, knobs);
    }
    if (route === 'health') return send(res, 200, { ok: true });
    if (route === 'metrics') {
      const text = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType });
      res.end(text);
      return;
    }
    await readBody(req);
    await acquire();
    const endTimer = durations.startTimer({ route });
    try {
      burnCpu(knobs.cpuWorkMs);
      const delay = latencyFor(route);
      const fail = random() < knobs.errorRate;
      await new Promise((r) => setTimeout(r, delay));
      served[route] = (served[route] ?? 0) + 1;
      endTimer({ status: fail ? '500' : '200' });
      if (fail) return send(res, 500, { error: 'injected failure' });
      if (route === 'products') return send(res, 200, { products: [{ id: 1 }, { id: 2 }, { id: 3 }] });
      if (route === 'product') return send(res, 200, { id: 1, name: 'widget', price: 9.5 });
      return send(res, 201, { order: 'created' });
    } finally {
      release();
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 400, { error: err instanceof Error ? err.message : String(err) });
      else res.destroy();
    });
  });
  // k6 keeps connections alive; make sure close() does not wait for them.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    knobs: () => ({ ...knobs }),
    setKnobs: (change) => {
      const next = { ...knobs, ...change };
      validateKnobs(next);
      knobs = next;
      coldFrom = undefined;
      return { ...knobs };
    },
    served: () => ({ ...served }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
