/**
 * Parses k6's RFC 3339 time stamps (`2026-07-13T17:32:38.605870576Z`, `...+02:00`) to Unix milliseconds, in any
 * zone offset. Consecutive samples share the part up to the seconds and the zone, so the epoch value of the last
 * two such parts is remembered and only the fraction is parsed per sample. `start` and `end` delimit the stamp
 * inside a longer text (a whole k6 line).
 */
interface SecondMemo {
  /** `YYYY-MM-DDTHH:MM:SS` and the zone, as copies (never slices of a large input chunk they would keep alive). */
  seconds: string;
  zone: string;
  epochMs: number;
}

let recent: SecondMemo | undefined;
let previous: SecondMemo | undefined;

/** A copy of a string that does not share memory with the (possibly megabyte-long) string it was cut from. */
function detached(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

function matches(memo: SecondMemo | undefined, seconds: string, zone: string): memo is SecondMemo {
  // === on short strings is a memcmp; startsWith(x, position) is several times slower in V8.
  return memo !== undefined && memo.seconds === seconds && memo.zone === zone;
}

export function parseK6Time(text: string, start = 0, end = text.length): number {
  // YYYY-MM-DDTHH:MM:SS = 19 characters, then an optional fraction, then Z or ±HH:MM.
  let i = start + 19;
  let fractionMs = 0;
  if (text.charCodeAt(i) === 46 /* . */) {
    let scale = 100;
    i++;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57 && i < end; c = text.charCodeAt(++i)) {
      fractionMs += (c - 48) * scale;
      scale /= 10;
    }
  }
  const seconds = text.slice(start, start + 19);
  const zone = text.slice(i, end);
  if (matches(recent, seconds, zone)) return recent.epochMs + fractionMs;
  if (matches(previous, seconds, zone)) {
    const hit = previous;
    previous = recent;
    recent = hit;
    return hit.epochMs + fractionMs;
  }
  const memo = { seconds: detached(seconds), zone: detached(zone), epochMs: NaN };
  // A stamp without a zone is read as UTC (Date.parse would take it as this machine's local time).
  memo.epochMs = Date.parse(memo.seconds + (memo.zone || 'Z'));
  previous = recent;
  recent = memo;
  return memo.epochMs + fractionMs;
}
