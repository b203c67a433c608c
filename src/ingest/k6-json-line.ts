import { digestTags, type ParsedLine, type TagInfo } from './sample.js';
import { parseK6Time } from './time.js';

/**
 * Parses one line of k6's `--out json` output. The fast path reads the layout k6 writes
 * (`{"metric":"…","type":"Point","data":{"time":"…","value":…,"tags":{…}}}`) with indexOf, and looks the tags up
 * in a cache keyed by their raw text (a run has few distinct tag sets), so most lines never reach JSON.parse.
 * Anything else (other key orders, metadata, escapes) goes through JSON.parse: correctness never depends on the
 * fast path.
 */
export class K6JsonLineParser {
  private readonly tagCache = new Map<string, TagInfo>();

  parse(line: string): ParsedLine {
    if (line.length === 0) return { kind: 'skip' };
    return this.fast(line) ?? this.slow(line);
  }

  private tagsFor(raw: string): TagInfo | undefined {
    let info = this.tagCache.get(raw);
    if (info === undefined) {
      try {
        info = digestTags(JSON.parse(raw) as Record<string, unknown>);
      } catch {
        return undefined;
      }
      if (this.tagCache.size > 50_000) this.tagCache.clear();
      this.tagCache.set(raw, info);
    }
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
    const tagsRaw = line.slice(tagsStart, line.length - 2);
    const value = Number(line.slice(valueStart, valueEnd));
    if (!Number.isFinite(value)) return undefined;
    const tags = tagsRaw === 'null' ? this.tagsFor('{}') : this.tagsFor(tagsRaw);
    if (tags === undefined) return undefined;
    const time = parseK6Time(line.slice(timeStart, timeEnd));
    if (Number.isNaN(time)) return undefined;
    return { kind: 'sample', sample: { metric: line.slice(P1.length, nameEnd), time, value, tags } };
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
        metric: { name: data.name, type: String(data.type), contains: String(data.contains ?? 'default') },
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
