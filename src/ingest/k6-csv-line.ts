import { digestTags, type ParsedLine, type TagInfo } from './sample.js';
import { parseK6Time } from './time.js';

/** Splits one CSV record (RFC 4180 quoting: "a,b" and "" for a quote). */
export function splitCsv(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line.charCodeAt(i) === 34 /* " */) {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return out.concat(value + line.slice(i)); // unterminated: take the rest
        value += line.slice(i, q);
        if (line.charCodeAt(q + 1) === 34) {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(value);
      i++; // the comma
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

/** k6 time stamps in CSV: unix seconds (default), or micro/nano seconds with timeFormat, or RFC 3339. */
function csvTime(text: string): number {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (text.length <= 11) return n * 1000;
    if (text.length <= 14) return n; // milliseconds
    if (text.length <= 17) return n / 1000; // microseconds
    return n / 1e6; // nanoseconds
  }
  return parseK6Time(text);
}

/**
 * Parses k6's `--out csv` output. The header names the columns; metric types are not declared in CSV, so the
 * builder infers them (built-in names, else a Trend). `extra_tags` (`k=v&k2=v2`) are unescaped text.
 */
export class K6CsvLineParser {
  private columns: string[] | undefined;
  private readonly tagCache = new Map<string, TagInfo>();

  parse(line: string): ParsedLine {
    if (line.length === 0) return { kind: 'skip' };
    if (this.columns === undefined) {
      this.columns = splitCsv(line);
      this.fixedHead =
        this.columns[0] === 'metric_name' &&
        this.columns[1] === 'timestamp' &&
        this.columns[2] === 'metric_value';
      return this.columns.includes('metric_name') ? { kind: 'skip' } : { kind: 'corrupt' };
    }
    return (this.fixedHead && line.indexOf('"') < 0 ? this.fast(line) : undefined) ?? this.slow(line);
  }

  /** Whether the header starts `metric_name,timestamp,metric_value` (k6's layout), for the fast path. */
  private fixedHead = false;
  /** Tag sets by the raw text of the tag columns (everything after the value): a run has few distinct ones. */
  private readonly tailCache = new Map<string, TagInfo>();

  /**
   * k6's layout without quotes (most lines): the first three fields by indexOf, the tags looked up by the raw text
   * of the remaining columns, so most lines are never split. Anything else goes the general way.
   */
  private fast(line: string): ParsedLine | undefined {
    const c1 = line.indexOf(',');
    const c2 = c1 < 0 ? -1 : line.indexOf(',', c1 + 1);
    const c3 = c2 < 0 ? -1 : line.indexOf(',', c2 + 1);
    if (c3 < 0) return undefined;
    const metric = line.slice(0, c1);
    const time = csvTime(line.slice(c1 + 1, c2));
    const value = Number(line.slice(c2 + 1, c3));
    // An empty value would read as 0 (Number('')); an empty time stamp is already NaN.
    if (!metric || c3 === c2 + 1) return undefined;
    if (!Number.isFinite(value) || Number.isNaN(time)) return undefined;
    const tail = line.slice(c3 + 1);
    let info = this.tailCache.get(tail);
    if (info === undefined) {
      const cells = tail.split(',');
      const tags: Record<string, string> = {};
      this.tagsFrom(cells, 3, tags);
      info = digestTags(tags);
      // Per-request tag values (a raw `url` of dynamic paths) would grow the cache without bound.
      if (this.tailCache.size >= 50_000) this.tailCache.clear();
      this.tailCache.set(tail, info);
    }
    return { kind: 'sample', sample: { metric, time, value, tags: info } };
  }

  /** The tags of a record's cells, the first of which is column `first`. */
  private tagsFrom(cells: readonly string[], first: number, tags: Record<string, string>): void {
    const cols = this.columns as string[];
    for (let i = 0; i < cells.length && first + i < cols.length; i++) {
      const col = cols[first + i] as string;
      const cell = cells[i] as string;
      if (col === 'extra_tags') {
        for (const pair of cell.split('&')) {
          const eq = pair.indexOf('=');
          if (eq > 0) tags[pair.slice(0, eq)] = pair.slice(eq + 1);
        }
      } else if (col !== 'metadata' && cell !== '') tags[col] = cell;
    }
  }

  private slow(line: string): ParsedLine {
    const cells = splitCsv(line);
    const cols = this.columns as string[];
    if (cells.length < 3) return { kind: 'corrupt' };
    const tags: Record<string, string> = {};
    let metric = '';
    let time = NaN;
    let value = NaN;
    for (let c = 0; c < cols.length && c < cells.length; c++) {
      const col = cols[c] as string;
      const cell = cells[c] as string;
      if (col === 'metric_name') metric = cell;
      else if (col === 'timestamp') time = csvTime(cell);
      else if (col === 'metric_value') value = cell === '' ? NaN : Number(cell);
      else this.tagsFrom([cell], c, tags);
    }
    if (!metric || !Number.isFinite(value) || Number.isNaN(time)) return { kind: 'corrupt' };
    const key = JSON.stringify(tags);
    let info = this.tagCache.get(key);
    if (!info) {
      info = digestTags(tags);
      this.tagCache.set(key, info);
    }
    return { kind: 'sample', sample: { metric, time, value, tags: info } };
  }
}
