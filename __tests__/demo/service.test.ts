import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KNOBS, latencyMs, startDemoService, type DemoService } from '../../src/demo/service.js';

async function timed(url: string, init?: RequestInit): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const res = await fetch(url, init);
  await res.text();
  return { ms: performance.now() - start, status: res.status };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

describe('demo service', () => {
  let service: DemoService | undefined;
  afterEach(async () => {
    await service?.close();
    service = undefined;
  });

  it('serves the shop endpoints on 127.0.0.1 and 404s the rest', async () => {
    service = await startDemoService({ medianMs: 1, p99Ms: 2 });
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await timed(`${service.url}/products`)).status).toBe(200);
    expect((await timed(`${service.url}/products/2`)).status).toBe(200);
    expect((await timed(`${service.url}/orders`, { method: 'POST', body: '{}' })).status).toBe(201);
    expect((await timed(`${service.url}/nope`)).status).toBe(404);
    expect(service.served()).toEqual({ products: 1, product: 1, orders: 1 });
  });

  it('slows down when told to, at run time (a large margin: only the knob is under test)', async () => {
    service = await startDemoService({ medianMs: 40, p99Ms: 41 });
    const sample = async () => {
      const out: number[] = [];
      for (let i = 0; i < 5; i++) out.push((await timed(`${service!.url}/products`)).ms);
      return median(out);
    };
    const before = await sample();
    await fetch(`${service.url}/__knobs`, {
      method: 'POST',
      body: JSON.stringify({ endpointSlowdown: { products: 4 } }),
    });
    const after = await sample();
    expect(before).toBeGreaterThanOrEqual(39);
    expect(after - before).toBeGreaterThan(80);
    expect(service.knobs().endpointSlowdown).toEqual({ products: 4 });
  });

  it('fails the requested fraction of requests', async () => {
    service = await startDemoService({ medianMs: 0.5, p99Ms: 1, errorRate: 0.3, seed: 7 });
    const results = await Promise.all(Array.from({ length: 400 }, () => timed(`${service!.url}/products/1`)));
    const failed = results.filter((r) => r.status === 500).length / results.length;
    expect(failed).toBeGreaterThan(0.2);
    expect(failed).toBeLessThan(0.4);
  });

  it('queues requests beyond its concurrency cap', async () => {
    service = await startDemoService({ medianMs: 30, p99Ms: 31, maxConcurrency: 1 });
    const start = performance.now();
    await Promise.all(Array.from({ length: 4 }, () => timed(`${service!.url}/products`)));
    expect(performance.now() - start).toBeGreaterThan(4 * 28);
  });

  it('rejects impossible knobs', async () => {
    await expect(startDemoService({ medianMs: 10, p99Ms: 5 })).rejects.toThrow(/p99Ms must be >= medianMs/);
    service = await startDemoService();
    expect(() => service!.setKnobs({ errorRate: 2 })).toThrow(/errorRate/);
  });
});

describe('demo latency model', () => {
  const knobs = { ...DEFAULT_KNOBS, medianMs: 10, p99Ms: 40 };
  it('is log-normal with the given median and p99', () => {
    expect(latencyMs(knobs, 'products', 0)).toBeCloseTo(10, 12);
    expect(latencyMs(knobs, 'products', 2.3263478740408408)).toBeCloseTo(40, 9);
  });
  it('applies the global, per-endpoint and tail-only slowdowns', () => {
    const slowed = { ...knobs, slowdown: 2, endpointSlowdown: { orders: 1.5 }, tailSlowdown: 3 };
    expect(latencyMs(slowed, 'products', 0)).toBeCloseTo(20, 12);
    expect(latencyMs(slowed, 'orders', 0)).toBeCloseTo(30, 12);
    // Only draws above the 90th percentile (z > 1.2816) get the tail factor.
    expect(latencyMs(slowed, 'products', 1.2)).toBeCloseTo(2 * latencyMs(knobs, 'products', 1.2), 9);
    expect(latencyMs(slowed, 'products', 1.3)).toBeCloseTo(6 * latencyMs(knobs, 'products', 1.3), 9);
  });
});
