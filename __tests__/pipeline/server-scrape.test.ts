/**
 * The scraper against real local endpoints (the demo service's prom-client /metrics, a port nothing listens on, an
 * endpoint answering 500), and the warnings the server section carries.
 */
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startDemoService } from '../../src/demo/service.js';
import type { RunSummary } from '../../src/domain/run-summary.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { displayTarget, startServerScraper } from '../../src/io/server-scraper.js';
import { ServerScrapes } from '../../src/ingest/server-scrapes.js';
import { withServerSection } from '../../src/pipeline/server-section.js';

const summary = (): RunSummary =>
  ({ windowSeconds: 1, series: [{ key: {}, windows: [] }], warnings: [] }) as unknown as RunSummary;

describe('startServerScraper', () => {
  it('scrapes prom-client metrics, and counts a refused port and an HTTP error as failures', async () => {
    const service = await startDemoService();
    const failing = createServer((_, res) => {
      res.writeHead(500);
      res.end('no');
    });
    await new Promise<void>((r) => failing.listen(0, '127.0.0.1', () => r()));
    const failingUrl = `http://127.0.0.1:${(failing.address() as { port: number }).port}/metrics`;
    // A port nothing listens on: bound, then closed.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const closedUrl = `http://127.0.0.1:${(closed.address() as { port: number }).port}/metrics`;
    await new Promise((r) => closed.close(r));
    try {
      // The name given with a URL (`server-metrics: api=url`) goes with its sink: it pairs the target across runs.
      const [ok, refused, error] = [`${service.url}/metrics`, closedUrl, failingUrl].map(
        (url, i) =>
          new ServerScrapes(displayTarget(url), 'scrape', 0.2, undefined, i === 0 ? 'api' : undefined),
      ) as [ServerScrapes, ServerScrapes, ServerScrapes];
      const scraper = startServerScraper(
        [
          { url: `${service.url}/metrics`, sink: ok },
          { url: closedUrl, sink: refused },
          { url: failingUrl, sink: error },
        ],
        0.2,
      );
      await new Promise((r) => setTimeout(r, 500));
      await scraper.stop();
      expect(ok.scrapes).toBeGreaterThanOrEqual(3);
      expect(ok.failures).toBe(0);
      expect(ok.counters.has('process_cpu_seconds_total')).toBe(true);
      expect(ok.gauges.has('nodejs_eventloop_lag_seconds')).toBe(true);
      expect(ok.counters.get('process_cpu_seconds_total')?.get('[]')).toHaveLength(2 * ok.scrapes);
      expect(refused.failures).toBe(refused.scrapes);
      expect(refused.lastError?.error).toBe('ECONNREFUSED');
      expect(error.failures).toBe(error.scrapes);
      expect(error.lastError?.error).toBe('HTTP 500');

      const logger = new MemoryLogger();
      const out = withServerSection(summary(), [ok, refused, error], logger);
      expect(out.server?.targets.map((t) => t.failures)).toEqual([0, refused.scrapes, error.scrapes]);
      expect(out.server?.targets.map((t) => t.name)).toEqual(['api', undefined, undefined]);
      expect(out.warnings).toEqual([
        `server metrics ${service.url}/metrics: the scrapes cover no complete time window of the run; server figures are missing`,
        expect.stringMatching(
          /^server metrics http:\/\/127\.0\.0\.1:\d+\/metrics: no scrape answered in \d+ attempt\(s\) \(ECONNREFUSED\); check that the URL serves Prometheus metrics/,
        ),
        expect.stringMatching(/: no scrape answered in \d+ attempt\(s\) \(HTTP 500\)/),
      ]);
      expect(logger.lines.filter((l) => l.startsWith('warn:'))).toHaveLength(3);
    } finally {
      await service.close();
      await new Promise((r) => failing.close(r));
    }
  });

  it('shows and stores a target without credentials, query or fragment', () => {
    expect(displayTarget('http://user:secret@127.0.0.1:9/metrics?token=x#y')).toBe(
      'http://127.0.0.1:9/metrics',
    );
    expect(displayTarget('not a url')).toBe('not a url');
  });
});
