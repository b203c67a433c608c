/**
 * A parser of the Prometheus text exposition format (0.0.4) and of OpenMetrics text, for the server metrics scraped
 * during a run. Hand-written and small rather than a dependency: it needs only samples, types and OpenMetrics'
 * `# EOF` and suffix rules, and is tested case by case (__tests__/ingest/prometheus-text.test.ts).
 *
 * The text is hostile (any endpoint can answer anything): a line that does not parse is counted and skipped, never
 * thrown; names and label values are kept as given (bounded by the caller's size limit on the body).
 */

export type PromType =
  | 'counter'
  | 'gauge'
  | 'histogram'
  | 'summary'
  | 'untyped'
  | 'unknown'
  | 'info'
  | 'stateset'
  | 'gaugehistogram';

export interface PromSample {
  /** The series name as written, e.g. `http_request_duration_seconds_bucket`. */
  name: string;
  labels: Record<string, string>;
  /** May be NaN, +Infinity or -Infinity. */
  value: number;
}

export interface PromFamily {
  name: string;
  type: PromType;
  help?: string;
  unit?: string;
}

export interface PromExposition {
  samples: PromSample[];
  /** Declared families by their name (the name in `# TYPE`). */
  families: Map<string, PromFamily>;
  /** Lines that were neither a comment nor a valid sample. */
  invalidLines: number;
  /** OpenMetrics: whether `# EOF` ended the text. */
  eof: boolean;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
const TYPES = new Set<string>([
  'counter',
  'gauge',
  'histogram',
  'summary',
  'untyped',
  'unknown',
  'info',
  'stateset',
  'gaugehistogram',
]);

/**
 * A value as the format writes it: a Go float, `NaN`, `+Inf`, `-Inf` (case-insensitive, as Prometheus accepts).
 * A number too large for a double (`1e999`) is refused, as Go's ParseFloat refuses it: only the words mean
 * infinity. Read by a scan, not a regex: a long run of digits must not backtrack.
 */
export function parsePromValue(text: string): number | undefined {
  const t = text.trim();
  const unsigned = t[0] === '+' || t[0] === '-' ? t.slice(1) : t;
  const word = unsigned.toLowerCase();
  if (word === 'inf') return t[0] === '-' ? -Infinity : Infinity;
  if (word === 'nan' && unsigned === t) return NaN;
  if (!isDecimal(unsigned) && !/^0x[0-9a-f]+$/i.test(unsigned)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** `digits[.digits][e[+-]digits]` or `.digits[e...]`, one left-to-right pass. */
function isDecimal(s: string): boolean {
  let i = 0;
  const digits = (): number => {
    const from = i;
    while (isDigit(s[i])) i++;
    return i - from;
  };
  let mantissa = digits();
  if (s[i] === '.') {
    i++;
    mantissa += digits();
  }
  if (mantissa === 0) return false;
  if (s[i] === 'e' || s[i] === 'E') {
    i++;
    if (s[i] === '+' || s[i] === '-') i++;
    if (digits() === 0) return false;
  }
  return i === s.length;
}

/** Reads `{a="x",b="y\"z"}` from position 0 of `s`; returns the labels and where they end, or undefined. */
function parseLabels(s: string): { labels: Record<string, string>; end: number } | undefined {
  const labels: Record<string, string> = {};
  let i = 1;
  for (;;) {
    while (s[i] === ' ' || s[i] === '\t') i++;
    if (s[i] === '}') return { labels, end: i + 1 };
    const m = LABEL_NAME.exec(s.slice(i));
    if (!m) return undefined;
    const name = m[0];
    i += name.length;
    while (s[i] === ' ') i++;
    if (s[i] !== '=') return undefined;
    i++;
    while (s[i] === ' ') i++;
    if (s[i] !== '"') return undefined;
    i++;
    let value = '';
    for (;;) {
      const c = s[i];
      if (c === undefined) return undefined;
      if (c === '"') break;
      if (c === '\\') {
        const next = s[i + 1];
        if (next === 'n') value += '\n';
        else if (next === '\\' || next === '"') value += next;
        else return undefined;
        i += 2;
        continue;
      }
      value += c;
      i++;
    }
    i++;
    labels[name] = value;
    while (s[i] === ' ') i++;
    if (s[i] === ',') i++;
    else if (s[i] !== '}') return undefined;
  }
}

function parseSampleLine(line: string): PromSample | undefined {
  const m = NAME.exec(line);
  if (!m) return undefined;
  const name = m[0];
  let rest = line.slice(name.length);
  let labels: Record<string, string> = {};
  if (rest.startsWith('{')) {
    const parsed = parseLabels(rest);
    if (!parsed) return undefined;
    labels = parsed.labels;
    rest = rest.slice(parsed.end);
  }
  // OpenMetrics exemplars follow ` # `: not needed, dropped.
  const hash = rest.indexOf(' # ');
  if (hash >= 0) rest = rest.slice(0, hash);
  const fields = rest.trim().split(/\s+/);
  // A value and an optional timestamp; an empty value is refused by parsePromValue.
  if (fields.length > 2) return undefined;
  const value = parsePromValue(fields[0] as string);
  if (value === undefined) return undefined;
  if (fields.length === 2 && parsePromValue(fields[1] as string) === undefined) return undefined;
  return { name, labels, value };
}

const KEYWORDS = new Set(['HELP', 'TYPE', 'UNIT', 'EOF']);
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

/**
 * `# KEYWORD name rest`, read by index: `#`, optional whitespace, HELP|TYPE|UNIT|EOF ending at a word boundary,
 * whitespace, the name (no whitespace), whitespace, the rest of the line. Undefined for any other comment.
 * A regex with adjacent optional whitespace groups backtracked cubically on a line of spaces that does not end as
 * expected (`# TYPE` + 8,000 spaces + `a\rb\rc` took 81 s).
 */
function parseCommentLine(line: string): { keyword: string; name: string; rest: string } | undefined {
  let i = 1;
  while (isSpace(line[i])) i++;
  const keywordStart = i;
  while (i - keywordStart < 4 && /[A-Z]/.test(line[i] ?? '')) i++;
  const keyword = line.slice(keywordStart, i);
  if (!KEYWORDS.has(keyword) || isWordChar(line[i])) return undefined;
  while (isSpace(line[i])) i++;
  const nameStart = i;
  while (i < line.length && !isSpace(line[i])) i++;
  const name = line.slice(nameStart, i);
  while (isSpace(line[i])) i++;
  return { keyword, name, rest: line.slice(i) };
}

/**
 * Parses one exposition. `# HELP`, `# TYPE` and `# UNIT` declare families; other comments are ignored; text after
 * `# EOF` is ignored. Sample timestamps are read but dropped (the scraper's own clock times every scrape).
 * @example parsePrometheusText('# TYPE up gauge\nup{job="a"} 1\n').samples // [{ name: 'up', labels: { job: 'a' }, value: 1 }]
 */
export function parsePrometheusText(text: string): PromExposition {
  const samples: PromSample[] = [];
  const families = new Map<string, PromFamily>();
  let invalidLines = 0;
  let eof = false;
  const family = (name: string): PromFamily => {
    let f = families.get(name);
    if (!f) {
      f = { name, type: 'untyped' };
      families.set(name, f);
    }
    return f;
  };
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      const comment = parseCommentLine(line);
      if (comment === undefined) continue;
      const { keyword, name, rest } = comment;
      if (keyword === 'EOF') {
        eof = true;
        break;
      }
      // The whole name: `a-b` is no metric name, though it begins with one.
      if (NAME.exec(name)?.[0] !== name) {
        invalidLines++;
        continue;
      }
      if (keyword === 'TYPE') {
        const type = rest.trim().toLowerCase();
        if (TYPES.has(type)) family(name).type = type as PromType;
        else invalidLines++;
      } else if (keyword === 'HELP') family(name).help = rest.replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
      else family(name).unit = rest.trim();
      continue;
    }
    const sample = parseSampleLine(line);
    if (sample) samples.push(sample);
    else invalidLines++;
  }
  return { samples, families, invalidLines, eof };
}

const SUFFIXES = ['_total', '_bucket', '_count', '_sum', '_created', '_info', '_gcount', '_gsum'];

/**
 * The family a sample belongs to: its own name when declared, else its name without a histogram, summary or
 * counter suffix when that is declared (OpenMetrics declares `# TYPE x counter` for the sample `x_total`).
 */
export function familyOf(exposition: PromExposition, sampleName: string): PromFamily | undefined {
  const own = exposition.families.get(sampleName);
  if (own) return own;
  for (const suffix of SUFFIXES) {
    if (sampleName.endsWith(suffix)) {
      const f = exposition.families.get(sampleName.slice(0, -suffix.length));
      if (f) return f;
    }
  }
  return undefined;
}
