import type { TagInfo } from './sample.js';
import {
  DATA_RECEIVED,
  DATA_SENT,
  HTTP_REQ_DURATION,
  HTTP_REQ_FAILED,
  HTTP_REQS,
} from '../domain/metric-catalog.js';
import type { RunSummaryBuilder } from './builder.js';
import { seriesPath } from './url-series.js';
import type { VegetaResult } from './vegeta-line.js';

/**
 * Whether vegeta counts a result as failed: a transport error (code 0, with `error` set), a status outside
 * 200-399 (vegeta's attack sets `error` to the status then), or any non-empty `error`.
 */
export function vegetaFailed(r: VegetaResult): boolean {
  return r.code < 200 || r.code >= 400 || r.error !== '';
}

/** Distinct series tag sets kept; beyond this (paths that do not fold into `:id`) the table starts afresh. */
const MAX_TAG_SETS = 10_000;

/**
 * Turns vegeta results into the samples k6 would have produced for the same requests, so the comparison, the
 * metric catalog and the report treat both tools alike: the latency (ns) becomes `http_req_duration` (ms, kept
 * apart for failed requests), a failure `http_req_failed`, each result one `http_reqs`, bytes in and out
 * `data_received` and `data_sent`. The series is the method and the folded path (url-series.ts). Pure.
 */
export class VegetaFolder {
  /** Tag sets by method, then URL: [succeeded, failed]. Nested maps, so no key string is built per result. */
  private readonly tagSets = new Map<string, Map<string, [TagInfo | undefined, TagInfo | undefined]>>();
  private tagSetCount = 0;

  constructor(private readonly builder: RunSummaryBuilder) {}

  private tags(method: string, url: string, failed: boolean): TagInfo {
    let byUrl = this.tagSets.get(method);
    if (byUrl === undefined) {
      byUrl = new Map();
      this.tagSets.set(method, byUrl);
    }
    let pair = byUrl.get(url);
    if (pair === undefined) {
      if (this.tagSetCount >= MAX_TAG_SETS) {
        this.tagSets.clear();
        this.tagSets.set(method, byUrl);
        byUrl.clear();
        this.tagSetCount = 0;
      }
      pair = [undefined, undefined];
      byUrl.set(url, pair);
      this.tagSetCount++;
    }
    const index = failed ? 1 : 0;
    let tags = pair[index];
    if (tags === undefined) {
      const m = method || 'GET';
      tags = {
        scenario: undefined,
        name: `${m} ${seriesPath(url)}`,
        method: m,
        group: '',
        expected: !failed,
        setupOrTeardown: false,
      };
      pair[index] = tags;
    }
    return tags;
  }

  add(r: VegetaResult): void {
    const failed = vegetaFailed(r);
    const tags = this.tags(r.method, r.url, failed);
    // Whole milliseconds: JSON (RFC 3339) and CSV (Unix ns) of one attack then give the very same windows.
    const time = Math.floor(r.time);
    const b = this.builder;
    b.add({ metric: HTTP_REQS, time, value: 1, tags });
    b.add({ metric: HTTP_REQ_DURATION, time, value: r.latencyNs / 1e6, tags });
    b.add({ metric: HTTP_REQ_FAILED, time, value: failed ? 1 : 0, tags });
    b.add({ metric: DATA_SENT, time, value: r.bytesOut, tags });
    b.add({ metric: DATA_RECEIVED, time, value: r.bytesIn, tags });
  }
}
