/**
 * Words and numbers shared by every rendering of the default branch's trend (job summary, pull-request line,
 * issue, terminal). Pure. Commits come from an artifact: only hex shas are ever shown or linked.
 */
import type { ChangePoint } from '../domain/trend/change-points.js';
import type { TrendStatistic } from '../domain/trend/model.js';
import { formatDifferenceChange, formatRatioChange, formatValue } from './format.js';

/** A commit as shown: its first 7 hex digits, or `?` when the text is not a sha (it is never shown as is). */
export function shortSha(commit: string): string {
  return /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7).toLowerCase() : '?';
}

/** How people say a statistic: `p95` and `error rate` for HTTP requests, `metric stat` otherwise (raw text). */
export function statisticWords(s: TrendStatistic): string {
  if (Object.keys(s.series).length > 0) return s.id;
  if (s.metric === 'http_req_duration') return s.stat;
  if (s.metric === 'http_req_failed' && s.stat === 'rate') return 'error rate';
  return `${s.metric} ${s.stat}`;
}

/** The change of a change point, with its interval, on the statistic's scale: `+18.0% [+12.0%, +24.0%]`. */
export function changeText(s: TrendStatistic, change: number, interval: readonly [number, number]): string {
  return s.scale === 'ratio' ? formatRatioChange(change, interval) : formatDifferenceChange(change, interval);
}

/** `120 ms → 142 ms`: the levels before and after. */
export function levelsText(s: TrendStatistic, before: number, after: number): string {
  return `${formatValue(before, s.unit)} → ${formatValue(after, s.unit)}`;
}

/** Rose or fell, by the sign of the change (not by which side is bad). */
export function verb(s: TrendStatistic, change: number): 'rose' | 'fell' {
  return (s.scale === 'ratio' ? change > 1 : change > 0) ? 'rose' : 'fell';
}

/**
 * A change's amount in the one-liner's words, measured in the direction of `verb`: `18% [12, 24]` for a rise,
 * `20% [15, 25]` for a fall, `0.40 pp [0.21, 0.60]` for a rate; a bound on the other side keeps its minus sign.
 */
export function amountText(s: TrendStatistic, change: number, interval: readonly [number, number]): string {
  const rose = verb(s, change) === 'rose';
  const sign = rose ? 1 : -1;
  const [lo, hi] = rose ? interval : [interval[1], interval[0]];
  const num = (x: number, digits: number) => (x < 0 ? `−${(-x).toFixed(digits)}` : x.toFixed(digits));
  if (s.scale === 'ratio') {
    const p = (x: number) => sign * (x - 1) * 100;
    const show = (x: number) => num(p(x), Math.abs(p(x)) >= 10 ? 0 : 1);
    return `${show(change)}% [${show(lo)}, ${show(hi)}]`;
  }
  const pp = (x: number) => num(sign * x * 100, 2);
  return `${pp(change)} pp [${pp(lo)}, ${pp(hi)}]`;
}

/** The mark of a change point: 🔴 worse beyond the tolerance, 🟡 worse within it, 🟢 better. */
export function changeMark(cp: ChangePoint): string {
  if (!cp.worse) return '🟢';
  return cp.beyondTolerance ? '🔴' : '🟡';
}
