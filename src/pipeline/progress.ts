/** The progress line of a live k6 run, printed every ~10 s where no terminal is attached (CI logs, pipes). */

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** `k6 running: 20 s of 60, 3,412 requests, p95 so far 41 ms` (samples instead of requests without HTTP). */
export function progressLine(
  seconds: number,
  planned: number | undefined,
  p: { samples: number; requests?: number; p95Ms?: number },
): string {
  const when = `${seconds.toFixed(0)} s${planned ? ` of ${Math.round(planned)}` : ''}`;
  const what =
    p.requests !== undefined
      ? `${formatCount(p.requests)} requests${p.p95Ms !== undefined ? `, p95 so far ${p.p95Ms >= 100 ? p95Round(p.p95Ms) : p.p95Ms.toPrecision(2)} ms` : ''}`
      : `${formatCount(p.samples)} samples`;
  return `k6 running: ${when}, ${what}`;
}

const p95Round = (ms: number) => Math.round(ms).toString();
