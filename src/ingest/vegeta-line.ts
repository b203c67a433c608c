/**
 * About 260 lines: the JSON and CSV readers of one record type, each with a fast path checked against a general one.
 */
import { parseK6Time } from './time.js';

/**
 * One vegeta result (lib/results.go `Result` of v12.13.0), reduced to what a RunSummary needs. The body and the
 * response headers are never kept.
 */
export interface VegetaResult {
  /** When the request was sent, Unix milliseconds (fractional). */
  time: number;
  code: number;
  latencyNs: number;
  bytesOut: number;
  bytesIn: number;
  error: string;
  method: string;
  url: string;
}

export type VegetaParsed = { kind: 'result'; result: VegetaResult } | { kind: 'skip' } | { kind: 'corrupt' };

const CORRUPT: VegetaParsed = { kind: 'corrupt' };
const SKIP: VegetaParsed = { kind: 'skip' };

/** The integer written in line[start, end), read from the characters without cutting a string out; NaN if none. */
function integerAt(line: string, start: number, end: number): number {
  if (end <= start || end - start > 20) return NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
    value = value * 10 + (c - 48);
  }
  return value;
}

/** Methods a target file uses, shared rather than cut out of every line. */
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];

function methodAt(line: string, start: number, end: number): string {
  for (const m of METHODS) if (m.length === end - start && line.startsWith(m, start)) return m;
  return line.slice(start, end);
}

/** Where the JSON string starting at `from` ends (its closing quote), skipping escaped quotes; -1 if it does not. */
function stringEnd(line: string, from: number): number {
  for (let q = line.indexOf('"', from); q >= 0; q = line.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (line.charCodeAt(q - 1 - backslashes) === 92 /* \\ */) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}

function valid(r: VegetaResult): VegetaParsed {
  if (
    !Number.isFinite(r.time) ||
    !Number.isInteger(r.code) ||
    r.code < 0 ||
    r.code > 65_535 ||
    !(r.latencyNs >= 0) ||
    !(r.bytesOut >= 0) ||
    !(r.bytesIn >= 0)
  )
    return CORRUPT;
  return { kind: 'result', result: r };
}

/**
 * Parses one line of `vegeta encode --to json`. vegeta writes it with easyjson in a fixed key order (attack, seq,
 * code, timestamp, latency, bytes_out, bytes_in, error, body, method, url, headers); the fast path reads that layout
 * with indexOf and never decodes the base64 body or the headers. Anything else (another order, escapes in the
 * error or URL) goes through JSON.parse: correctness never depends on the fast path.
 */
export class VegetaJsonLineParser {
  parse(line: string): VegetaParsed {
    if (line.length === 0 || line === '\r') return SKIP;
    return this.fast(line) ?? this.slow(line);
  }

  private fast(line: string): VegetaParsed | undefined {
    const field = (key: string, from: number): number => {
      const at = line.indexOf(key, from);
      return at < 0 ? -1 : at + key.length;
    };
    if (!line.startsWith('{"attack":"')) return undefined;
    const code = field(',"code":', 11);
    const ts = code < 0 ? -1 : field(',"timestamp":"', code);
    if (ts < 0) return undefined;
    const tsEnd = line.indexOf('"', ts);
    const latency = field('","latency":', ts);
    const out = latency < 0 ? -1 : field(',"bytes_out":', latency);
    const bytesIn = out < 0 ? -1 : field(',"bytes_in":', out);
    const error = bytesIn < 0 ? -1 : field(',"error":"', bytesIn);
    if (error < 0) return undefined;
    // Transport errors quote the URL (`Get \"http://...\": ...`): the string's end is found past escaped quotes.
    const errorEnd = stringEnd(line, error);
    if (errorEnd < 0 || !line.startsWith('","body":', errorEnd)) return undefined;
    const method = field(',"method":"', errorEnd + 9);
    const methodEnd = method < 0 ? -1 : line.indexOf('","url":"', method);
    if (methodEnd < 0) return undefined;
    const urlStart = methodEnd + 9;
    const urlEnd = line.indexOf('","headers":', urlStart);
    if (urlEnd < 0) return undefined;
    const rawError = line.slice(error, errorEnd);
    const url = line.slice(urlStart, urlEnd);
    // An escaped URL (rare) is left to JSON.parse; an escaped error is decoded alone.
    if (url.includes('\\') || !line.endsWith('}')) return undefined;
    let errorText = rawError;
    if (rawError.includes('\\')) {
      try {
        errorText = JSON.parse(`"${rawError}"`) as string;
      } catch {
        return undefined;
      }
    }
    return valid({
      time: parseK6Time(line, ts, tsEnd),
      code: integerAt(line, code, line.indexOf(',', code)),
      latencyNs: integerAt(line, latency, out - ',"bytes_out":'.length),
      bytesOut: integerAt(line, out, bytesIn - ',"bytes_in":'.length),
      bytesIn: integerAt(line, bytesIn, error - ',"error":"'.length),
      error: errorText,
      method: methodAt(line, method, methodEnd),
      url,
    });
  }

  private slow(line: string): VegetaParsed {
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      return CORRUPT;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return CORRUPT;
    const r = obj as Record<string, unknown>;
    const num = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : NaN);
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    if (typeof r.timestamp !== 'string' || typeof r.latency !== 'number') return CORRUPT;
    return valid({
      time: parseK6Time(r.timestamp),
      code: num(r.code),
      latencyNs: num(r.latency),
      bytesOut: num(r.bytes_out ?? 0),
      bytesIn: num(r.bytes_in ?? 0),
      error: str(r.error),
      method: str(r.method),
      url: str(r.url),
    });
  }
}

/**
 * Parses one record of `vegeta encode --to csv` (no header row), as Go's encoding/csv writes it (fields quoted only
 * when they hold a comma, quote or line break, quotes doubled inside; a record with a line break inside, cut in two
 * by the line reader, is corrupt rather than misread): Unix-ns timestamp, code, latency ns, bytes out,
 * bytes in, error, base64 body, attack, seq, method, url, base64 headers (NewCSVEncoder in lib/results.go, v12.13.0).
 */
export class VegetaCsvLineParser {
  /** Field extents of the current line: start, end (exclusive, without quotes), quoted; reused between lines. */
  private readonly starts = new Int32Array(13);
  private readonly ends = new Int32Array(13);
  private readonly quoted = new Uint8Array(13);

  /**
   * Finds the 12 fields' extents without cutting them out (the base64 body and headers are never copied).
   * False for a malformed record or another number of fields.
   */
  private scan(line: string, length: number): boolean {
    let i = 0;
    for (let f = 0; ; f++) {
      if (f === 12) return false;
      if (line.charCodeAt(i) === 34 /* " */) {
        let j = i + 1;
        for (;;) {
          const q = line.indexOf('"', j);
          if (q < 0 || q >= length) return false;
          if (line.charCodeAt(q + 1) === 34) j = q + 2;
          else {
            j = q;
            break;
          }
        }
        this.starts[f] = i + 1;
        this.ends[f] = j;
        this.quoted[f] = 1;
        i = j + 1;
        if (i === length) return f === 11;
        if (line.charCodeAt(i) !== 44 /* , */) return false;
        i++;
      } else {
        const comma = line.indexOf(',', i);
        this.starts[f] = i;
        this.quoted[f] = 0;
        if (comma < 0 || comma >= length) {
          this.ends[f] = length;
          return f === 11;
        }
        this.ends[f] = comma;
        i = comma + 1;
      }
    }
  }

  private text(line: string, f: number): string {
    const start = this.starts[f] as number;
    const end = this.ends[f] as number;
    if (end === start) return '';
    const raw = line.slice(start, end);
    return this.quoted[f] ? raw.replaceAll('""', '"') : raw;
  }

  private int(line: string, f: number): number {
    return this.quoted[f] ? NaN : integerAt(line, this.starts[f] as number, this.ends[f] as number);
  }

  parse(line: string): VegetaParsed {
    const length = line.endsWith('\r') ? line.length - 1 : line.length;
    if (length === 0) return SKIP;
    if (!this.scan(line, length)) return CORRUPT;
    const tsStart = this.starts[0] as number;
    const tsEnd = this.ends[0] as number;
    if (this.quoted[0] || tsEnd - tsStart < 7 || tsEnd - tsStart > 20) return CORRUPT;
    // Milliseconds from the integer nanoseconds in two parts: 19 digits do not fit a double exactly.
    const time = integerAt(line, tsStart, tsEnd - 6) + integerAt(line, tsEnd - 6, tsEnd) / 1e6;
    return valid({
      time,
      code: this.int(line, 1),
      latencyNs: this.int(line, 2),
      bytesOut: this.int(line, 3),
      bytesIn: this.int(line, 4),
      error: this.text(line, 5),
      method: this.quoted[9]
        ? this.text(line, 9)
        : methodAt(line, this.starts[9] as number, this.ends[9] as number),
      url: this.text(line, 10),
    });
  }
}

/** The encodings perf-gate reads, told apart by their first line. */
export type ResultFormat = 'k6-json' | 'k6-csv' | 'vegeta-json' | 'vegeta-csv';

/**
 * Which tool and encoding wrote an input, from its first non-empty line: vegeta's JSON results open with
 * `{"attack":` (or carry its `latency` and `bytes_in` keys), its CSV with a Unix-nanosecond time stamp and a status
 * code; k6's JSON lines open with `{"type"` or `{"metric"`, and its CSV with a header row. Undefined: unknown.
 */
export function detectFormat(firstLine: string): ResultFormat | undefined {
  const line = firstLine.trimStart();
  if (line.startsWith('{')) {
    if (/^\{\s*"attack"\s*:/.test(line)) return 'vegeta-json';
    if (/^\{\s*"(type|metric)"\s*:/.test(line)) return 'k6-json';
    if (/"latency"\s*:/.test(line) && /"bytes_in"\s*:/.test(line)) return 'vegeta-json';
    return 'k6-json';
  }
  if (/^\d{10,20},\d{1,5},\d+,\d+,\d+,/.test(line)) return 'vegeta-csv';
  return 'k6-csv';
}
