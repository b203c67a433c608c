import { digestTags, type ParsedLine, type TagInfo } from './sample.js';
import { parseK6Time } from './time.js';

/**
 * Parses one line of k6's `--out json` output. The fast path reads the layout k6 writes
 * (`{"metric":"…","type":"Point","data":{"time":"…","value":…,"tags":{…}}}`) with indexOf, and looks the tags up
 * in a cache of the raw tag texts seen (a run has few distinct tag sets), so most lines never reach JSON.parse.
 * Anything else (other key orders, metadata, escapes) goes through JSON.parse: correctness never depends on the
 * fast path.
 */
export class K6JsonLineParser {
  /**
   * Raw tag texts by a cheap fingerprint (length and a few characters), each entry confirmed by comparing the text:
   * the tags are never hashed in full, which a Map keyed by the text would do for every line.
   */
  private readonly tagCache = new Map<number, Array<{ raw: string; info: TagInfo }>>();
  private tagCacheSize = 0;

  parse(line: string): ParsedLine {
    if (line.length === 0) return { kind: 'skip' };
    return this.fast(line) ?? this.slow(line);
  }

  /** Metric names, interned the same way: a run has a few dozen, and later lookups by them reuse one string's hash. */
  private readonly names = new Map<number, string[]>();

  private nameAt(line: string, start: number, end: number): string {
    const length = end - start;
    const probe = length * 65_599 + line.charCodeAt(start + (length >> 1)) * 257 + line.charCodeAt(end - 1);
    const bucket = this.names.get(probe);
    const text = line.slice(start, end);
    if (bucket !== undefined) for (const name of bucket) if (name === text) return name;
    const name = JSON.parse(JSON.stringify(text)) as string;
    if (this.names.size > 10_000) this.names.clear(); // a script that mints metric names per request
    if (bucket) bucket.push(name);
    else this.names.set(probe, [name]);
    return name;
  }

  private tagsAt(line: string, start: number, end: number): TagInfo | undefined {
    const length = end - start;
    const probe =
      length * 65_599 +
      line.charCodeAt(start + (length >> 1)) * 4099 +
      line.charCodeAt(start + (length >> 2)) * 257 +
      line.charCodeAt(end - 3) * 31 +
      line.charCodeAt(start + ((3 * length) >> 2));
    const bucket = this.tagCache.get(probe);
    // Comparing a cut-out string with === is a memcmp; startsWith(x, position) is several times slower in V8.
    const text = line.slice(start, end);
    if (bucket !== undefined) for (const entry of bucket) if (entry.raw === text) return entry.info;
    // A copy, so the cache never keeps the megabyte-long chunk the line was cut from alive.
    const raw = JSON.parse(JSON.stringify(text)) as string;
    let info: TagInfo;
    try {
      info = digestTags((JSON.parse(raw) as Record<string, unknown> | null) ?? {});
    } catch {
      return undefined;
    }
    // Tags with a per-request value (a raw `url` of dynamic paths) would grow the cache without bound.
    if (this.tagCacheSize >= 50_000) {
      this.tagCache.clear();
      this.tagCacheSize = 0;
    }
    this.tagCacheSize++;
    if (bucket) bucket.push({ raw, info });
    else this.tagCache.set(probe, [{ raw, info }]);
    return info;
  }

  private fast(line: string): ParsedLine | undefined {
    const P1 = '{"metric":"';
    if (!line.startsWith(P1)) return undefined;
    const nameEnd = line.indexOf('"', P1.length);
    const P2 = '","type":"Point","data":{"time":"';
    if (nameEnd < 0 || !line.startsWith(P2, nameEnd)) return undefined;
    const timeStart = nameEnd + P2.length;
    const timeEnd = line.indexOf('"', timeStart);
    const P3 = '","value":';
    if (timeEnd < 0 || !line.startsWith(P3, timeEnd)) return undefined;
    const valueStart = timeEnd + P3.length;
    const valueEnd = line.indexOf(',', valueStart);
    const P4 = ',"tags":';
    if (valueEnd < 0 || !line.startsWith(P4, valueEnd)) return undefined;
    const tagsStart = valueEnd + P4.length;
    // The line ends with the tags object and `}}` closing data and the line; anything else takes the slow path.
    if (!line.endsWith('}}}')) return undefined;
    const value = Number(line.slice(valueStart, valueEnd));
    if (!Number.isFinite(value)) return undefined;
    const tags = this.tagsAt(line, tagsStart, line.length - 2);
    if (tags === undefined) return undefined;
    const time = parseK6Time(line, timeStart, timeEnd);
    if (Number.isNaN(time)) return undefined;
    return { kind: 'sample', sample: { metric: this.nameAt(line, P1.length, nameEnd), time, value, tags } };
  }

  private slow(line: string): ParsedLine {
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      return { kind: 'corrupt' };
    }
    if (typeof obj !== 'object' || obj === null) return { kind: 'corrupt' };
    const rec = obj as { type?: unknown; metric?: unknown; data?: Record<string, unknown> };
    const data = rec.data;
    if (rec.type === 'Metric' && data && typeof data.name === 'string') {
      return {
        kind: 'metric',
        metric: {
          name: data.name,
          type: String(data.type),
          contains: String(data.contains ?? 'default'),
          ...thresholdList(data.thresholds),
        },
      };
    }
    if (rec.type !== 'Point' || !data || typeof rec.metric !== 'string') return { kind: 'skip' };
    const value = data.value;
    const time = typeof data.time === 'string' ? parseK6Time(data.time) : NaN;
    if (typeof value !== 'number' || !Number.isFinite(value) || Number.isNaN(time))
      return { kind: 'corrupt' };
    const tags = digestTags((data.tags as Record<string, unknown> | null) ?? {});
    return { kind: 'sample', sample: { metric: rec.metric, time, value, tags } };
  }
}

/** The threshold expressions of a Metric line: strings only, at most 20 of at most 200 characters (hostile input). */
function thresholdList(value: unknown): { thresholds?: string[] } {
  if (!Array.isArray(value)) return {};
  const list = value.filter((t): t is string => typeof t === 'string' && t.length <= 200).slice(0, 20);
  return list.length > 0 ? { thresholds: list } : {};
}
