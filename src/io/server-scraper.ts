/**
 * Scrapes Prometheus text endpoints (`server-metrics`) every few seconds while k6 runs. A scrape that fails is
 * counted and remembered, never thrown: the service's metrics explain a run, they never stop it. Bodies are bounded
 * (MAX_BODY_BYTES) and parsed at once into the compact form the summary needs.
 */
import { parsePrometheusText } from '../ingest/prometheus-text.js';
import type { Scrape, ScrapeLog } from '../ingest/server-summary.js';

/** Seconds between scrapes: often enough for several points per client window batch, rare enough to cost < 1%. */
export const DEFAULT_SCRAPE_INTERVAL_SECONDS = 2;
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const TIMEOUT_MS = 1500;

/** The URL as it is shown and stored: without credentials, query string or fragment. */
export function displayTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return url.slice(0, 200);
  }
}

async function scrapeOnce(url: string): Promise<Scrape> {
  const sent = Date.now();
  try {
    const response = await fetch(url, {
      headers: { accept: 'text/plain;version=0.0.4;q=0.9, application/openmetrics-text;q=0.5' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) {
      await response.body?.cancel();
      return { t: (sent + Date.now()) / 2000, error: `HTTP ${response.status}` };
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_BODY_BYTES) {
      await response.body?.cancel();
      return { t: (sent + Date.now()) / 2000, error: `body larger than ${MAX_BODY_BYTES} bytes` };
    }
    const text = await response.text();
    const t = (sent + Date.now()) / 2000;
    if (text.length > MAX_BODY_BYTES) return { t, error: `body larger than ${MAX_BODY_BYTES} bytes` };
    return { t, exposition: parsePrometheusText(text) };
  } catch (e) {
    // undici puts the reason in `cause`: a code (ECONNREFUSED) or a message (fetch's blocked ports: "bad port").
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const error = cause?.code ?? cause?.message ?? (e as Error).name ?? 'failed';
    return { t: (sent + Date.now()) / 2000, error: String(error).slice(0, 200) };
  }
}

export interface ServerScraper {
  /** Stops scraping after one last scrape of every target; resolves with every target's log. */
  stop(): Promise<ScrapeLog[]>;
}

/** Starts scraping every URL now (one scrape at once, then every `intervalSeconds`). */
export function startServerScraper(
  urls: readonly string[],
  intervalSeconds = DEFAULT_SCRAPE_INTERVAL_SECONDS,
): ServerScraper {
  const logs: ScrapeLog[] = urls.map((url) => ({
    target: displayTarget(url),
    source: 'scrape',
    intervalSeconds,
    scrapes: [],
  }));
  const pending = new Set<Promise<void>>();
  const tick = (): void => {
    urls.forEach((url, i) => {
      const p = scrapeOnce(url).then((s) => {
        (logs[i] as ScrapeLog).scrapes.push(s);
      });
      pending.add(p);
      void p.finally(() => pending.delete(p));
    });
  };
  tick();
  const timer = setInterval(tick, intervalSeconds * 1000);
  return {
    async stop() {
      clearInterval(timer);
      tick();
      await Promise.all([...pending]);
      for (const log of logs) log.scrapes.sort((a, b) => a.t - b.t);
      return logs;
    },
  };
}
