import { digestTags, type ParsedLine, type TagInfo } from './sample.js';
import { parseK6Time } from './time.js';

/**
 * Values keyed by a slice of a line, found without hashing the slice in full (a Map keyed by the text would hash
 * it for every line): buckets by a cheap fingerprint of the slice (its length and four of its characters), each
 * entry confirmed by comparing the text. Holds at most `limit` entries: a script whose tags or metric names carry a
 * per-request value would otherwise grow it without bound.
 */
class SliceCache<T> {
  private readonly buckets = new Map<number, Array<{ text: string; value: T }>>();
  private size = 0;

  constructor(private readonly limit: number) {}

  /** The value for `line.slice(start, end)`: cached, else `make(a copy of the slice)` (undefined is not cached). */
  get(line: string, start: number, end: number, make: (text: string) => T | undefined): T | undefined {
    // Stryker disable ArithmeticOperator: the fingerprint only spreads entries over buckets; any function of the slice finds the same entry
    const length = end - start;
    const probe =
      length * 65_599 +
      line.charCodeAt(start + (length >> 1)) * 4099 +
      line.charCodeAt(start + (length >> 2)) * 257 +
      line.charCodeAt(end - 1) * 31 +
      line.charCodeAt(start + ((3 * length) >> 2));
    // Stryker restore ArithmeticOperator
    const bucket = this.buckets.get(probe);
    // Comparing a cut-out string with === is a memcmp; startsWith(x, position) is several times slower in V8.
    const text = line.slice(start, end);
    if (bucket !== undefined) for (const entry of bucket) if (entry.text === text) return entry.value;
    // A copy, so the cache never keeps the megabyte-long chunk the line was cut from alive.
    const copy = JSON.parse(JSON.stringify(text)) as string;
    const value = make(copy);
    if (value === undefined) return undefined;
    if (this.size >= this.limit) {
      this.buckets.clear();
      this.size = 0;
    }
    this.size++;
    if (bucket) bucket.push({ text: copy, value });
    else this.buckets.set(probe, [{ text: copy, value }]);
    return value;
  }
}

/**
 * Parses one line of k6's `--out json` output. The fast path reads the layout k6 writes
 * (`{"metric":"…","type":"Point","data":{"time":"…","value":…,"tags":{…}}}`) with indexOf, and looks the tags and
 * the metric name up in caches of the raw texts seen (a run has few distinct tag sets and a few dozen names, and
 * later lookups by an interned name reuse one string's hash), so most lines never reach JSON.parse. Anything else
 * (other key orders, metadata, escapes) goes through JSON.parse: correctness never depends on the fast path.
 */
export class K6JsonLineParser {
  private readonly tags = new SliceCache<TagInfo>(50_000);
  private readonly names = new SliceCache<string>(10_000);

  parse(line: string): ParsedLine {
    if (line.length === 0) return { kind: 'skip' };
    return this.fast(line) ?? this.slow(line);
  }

  private tagsAt(line: string, start: number, end: number): TagInfo | undefined {
    return this.tags.get(line, start, end, (raw) => {
      try {
        return digestTags((JSON.parse(raw) as Record<string, unknown> | null) ?? {});
      } catch {
        return undefined;
      }
    });
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
    return {
      kind: 'sample',
      sample: {
        metric: this.names.get(line, P1.length, nameEnd, (name) => name) as string,
        time,
        value,
        tags,
      },
    };
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
