/**
 * Scrapes Prometheus text endpoints (`server-metrics`) every few seconds while k6 runs. A scrape that fails is
 * counted and remembered, never thrown: the service's metrics explain a run, they never stop it. Bodies are bounded
 * (MAX_BODY_BYTES, counted while they stream) and handed at once to the target's sink, which reduces them
 * (ingest/server-scrapes.ts): nothing here keeps a body or a parsed exposition.
 */
import { readBoundedText } from './bounded-body.js';

/** Seconds between scrapes: often enough for several points per client window batch, rare enough to cost < 1%. */
export const DEFAULT_SCRAPE_INTERVAL_SECONDS = 2;
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const TIMEOUT_MS = 1500;

/** Where each scrape's outcome goes, at the time it was read (Unix seconds, the middle of the request). */
export interface ScrapeSink {
  addText(t: number, text: string): void;
  addFailure(t: number, error: string): void;
}

/** The URL as it is shown and stored: without credentials, query string or fragment. */
export function displayTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return url.slice(0, 200);
  }
}

type Outcome = { text: string; error?: undefined } | { error: string };

async function fetchMetrics(url: string, timeoutMs: number): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      headers: { accept: 'text/plain;version=0.0.4;q=0.9, application/openmetrics-text;q=0.5' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) {
      await response.body?.cancel();
      return { error: `HTTP ${response.status}` };
    }
    const text = await readBoundedText(response, MAX_BODY_BYTES);
    return text === undefined ? { error: `body larger than ${MAX_BODY_BYTES} bytes` } : { text };
  } catch (e) {
    // undici puts the reason in `cause`: a code (ECONNREFUSED) or a message (fetch's blocked ports: "bad port").
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const error = cause?.code ?? cause?.message ?? (e as Error).name ?? 'failed';
    return { error: String(error).slice(0, 200) };
  }
}

async function scrapeOnce(url: string, sink: ScrapeSink, timeoutMs: number): Promise<void> {
  const sent = Date.now();
  const outcome = await fetchMetrics(url, timeoutMs);
  const t = (sent + Date.now()) / 2000;
  if (outcome.error !== undefined) sink.addFailure(t, outcome.error);
  else sink.addText(t, outcome.text);
}

export interface ServerScraper {
  /** Stops scraping after one last scrape of every target; resolves when every sink has its last scrape. */
  stop(): Promise<void>;
}

/**
 * Starts scraping every target now (one scrape at once, then every `intervalSeconds`); a scrape that takes longer
 * than `timeoutMs` fails.
 */
export function startServerScraper(
  targets: ReadonlyArray<{ url: string; sink: ScrapeSink }>,
  intervalSeconds = DEFAULT_SCRAPE_INTERVAL_SECONDS,
  timeoutMs = TIMEOUT_MS,
): ServerScraper {
  const pending = new Set<Promise<void>>();
  const tick = (): void => {
    for (const { url, sink } of targets) {
      const p = scrapeOnce(url, sink, timeoutMs);
      pending.add(p);
      void p.finally(() => pending.delete(p));
    }
  };
  tick();
  const timer = setInterval(tick, intervalSeconds * 1000);
  return {
    async stop() {
      clearInterval(timer);
      tick();
      await Promise.all([...pending]);
    },
  };
}
