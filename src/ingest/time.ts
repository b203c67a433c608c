/**
 * Parses k6's RFC 3339 time stamps (`2026-07-13T17:32:38.605870576Z`, `...+02:00`) to Unix milliseconds,
 * in any zone offset. The part up to the seconds and the zone repeat across millions of samples, so their epoch
 * value is cached and only the fraction is parsed per sample.
 */
const cache = new Map<string, number>();

export function parseK6Time(text: string): number {
  // YYYY-MM-DDTHH:MM:SS = 19 characters, then an optional fraction, then Z or ±HH:MM.
  let i = 19;
  let fractionMs = 0;
  if (text.charCodeAt(i) === 46 /* . */) {
    let scale = 100;
    i++;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) {
      fractionMs += (c - 48) * scale;
      scale /= 10;
    }
  }
  const key = text.slice(0, 19) + text.slice(i);
  let base = cache.get(key);
  if (base === undefined) {
    base = Date.parse(key);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, base);
  }
  return base + fractionMs;
}
