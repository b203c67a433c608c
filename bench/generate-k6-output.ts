/**
 * Writes a k6 `--out json` (or `--out csv`) stream of at least N lines by replaying the real captured run in
 * __tests__/fixtures/k6 with shifted time stamps: the mix of metrics, tags and line lengths is exactly k6's.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export async function generateK6Json(path: string, minLines: number): Promise<number> {
  const lines = gunzipSync(readFileSync(join('__tests__', 'fixtures', 'k6', 'shop-v1.8.1.json.gz')))
    .toString('utf8')
    .trimEnd()
    .split('\n');
  const declarations = lines.filter((l) => l.includes('"type":"Metric"'));
  const points = lines
    .filter((l) => !l.includes('"type":"Metric"'))
    .map((l) => JSON.parse(l) as { data: { time: string } });
  const times = points.map((p) => Date.parse(p.data.time));
  const start = Math.min(...times);
  const span = Math.max(...times) - start + 1000;
  const out = createWriteStream(path);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(declarations.join('\n') + '\n');
  let written = declarations.length;
  for (let round = 0; written < minLines; round++) {
    const chunk: string[] = [];
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      const time = new Date((times[i] as number) + round * span).toISOString();
      chunk.push(JSON.stringify({ ...p, data: { ...p.data, time } }));
    }
    written += chunk.length;
    await write(chunk.join('\n') + '\n');
  }
  await new Promise<void>((r) => out.end(() => r()));
  return written;
}

/** The same for k6 `--out csv`: the captured CSV of that run, replayed with shifted (whole-second) time stamps. */
export async function generateK6Csv(path: string, minLines: number): Promise<number> {
  const [header, ...rows] = gunzipSync(
    readFileSync(join('__tests__', 'fixtures', 'k6', 'shop-v1.8.1.csv.gz')),
  )
    .toString('utf8')
    .trimEnd()
    .split('\n');
  const split = rows.map((r) => {
    const comma = r.indexOf(',');
    const next = r.indexOf(',', comma + 1);
    return { metric: r.slice(0, comma), time: Number(r.slice(comma + 1, next)), rest: r.slice(next) };
  });
  const start = Math.min(...split.map((r) => r.time));
  const span = Math.max(...split.map((r) => r.time)) - start + 1;
  const out = createWriteStream(path);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(`${header}\n`);
  let written = 1;
  for (let round = 0; written < minLines; round++) {
    const chunk = split.map((r) => `${r.metric},${r.time + round * span}${r.rest}`);
    written += chunk.length;
    await write(chunk.join('\n') + '\n');
  }
  await new Promise<void>((r) => out.end(() => r()));
  return written;
}
