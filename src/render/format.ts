/**
 * The wording both renderers share (comment and terminal say each thing the same way): values and units, changes,
 * confidences, series labels, the candidate's runs and A/B pairs. Longer than ~250 lines because it is one
 * vocabulary: splitting it would only make the two renderers import from several places for one sentence.
 */
import type { ABSequence, ABStopReason, Comparison, Report, ResolutionAdvice } from '../domain/report.js';
import type { SeriesKey } from '../domain/run-summary.js';
import { findingText } from '../domain/run-health.js';
import { SERVER_CPU_PER_REQUEST } from '../domain/metric-catalog.js';

/** A value in its unit: `12.3 ms`, `1.24 s`, `0.12%`, `415/s`, `1.2 kB`. */
export function formatValue(value: number, unit: Comparison['unit']): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'ms':
      if (value >= 1000) return `${(value / 1000).toPrecision(3)} s`;
      if (value >= 100) return `${value.toFixed(0)} ms`;
      if (value >= 10) return `${value.toFixed(1)} ms`;
      return `${value.toFixed(2)} ms`;
    case 'seconds':
      // CPU per request: fractions of a millisecond read best in ms (`0.433 ms`, not `0.000433`).
      return value < 1 ? formatValue(value * 1000, 'ms') : `${value.toPrecision(3)} s`;
    case 'fraction':
      return `${(value * 100).toFixed(value < 0.01 && value > 0 ? 3 : 2)}%`;
    case 'per-second':
      return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)}/s`;
    case 'bytes':
      return value >= 1e6
        ? `${(value / 1e6).toFixed(1)} MB`
        : value >= 1e3
          ? `${(value / 1e3).toFixed(1)} kB`
          : `${value.toFixed(0)} B`;
    default:
      return value >= 100 ? value.toFixed(0) : value.toPrecision(3);
  }
}

const signed = (x: number, digits: number, suffix: string): string =>
  `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}${suffix}`;

/** A ratio as a change with its interval: `+4.2% [+1.1%, +7.5%]` (`+4.2%` without one). */
export function formatRatioChange(ratio: number, interval: readonly [number, number] | null): string {
  const main = signed((ratio - 1) * 100, 1, '%');
  return interval
    ? `${main} [${signed((interval[0] - 1) * 100, 1, '%')}, ${signed((interval[1] - 1) * 100, 1, '%')}]`
    : main;
}

/** A difference of rates in percentage points with its interval: `+0.40 pp [+0.21, +0.60]`. */
export function formatDifferenceChange(
  difference: number,
  interval: readonly [number, number] | null,
): string {
  const main = signed(difference * 100, 2, ' pp');
  return interval
    ? `${main} [${signed(interval[0] * 100, 2, '')}, ${signed(interval[1] * 100, 2, '')}]`
    : main;
}

/** The change with its interval: `+4.2% [+1.1%, +7.5%]` for ratios, `+0.40 pp [+0.21, +0.60]` for rates. */
export function formatChange(c: Comparison): string {
  if (c.scale === 'ratio') return c.ratio === null ? 'new' : formatRatioChange(c.ratio, c.interval);
  return formatDifferenceChange(c.candidate - c.baseline, c.interval);
}

/** The tolerance as the reader thinks of it: `10%` for ratios, `0.1 pp` for rates. */
export function formatTolerance(c: Pick<Comparison, 'scale' | 'tolerance'>): string {
  return c.scale === 'ratio'
    ? `${Number((c.tolerance * 100).toFixed(2))}%`
    : `${Number((c.tolerance * 100).toFixed(3))} pp`;
}

/**
 * A metric's name in the terminal's narrow metric column: the service's CPU per request by its meaning, since
 * `server_cpu_seconds_per_request mean` would be cut to `server_cpu_seconds_per_…`. Every other name as it is.
 */
export const narrowMetricName = (metric: string): string =>
  metric === SERVER_CPU_PER_REQUEST ? 'CPU per request' : metric;

/**
 * Which comparisons a tolerance in the terminal's legend stands for: CPU per request has its own (20% by default),
 * never to be read as a second latency tolerance.
 */
export function toleranceGroup(c: Comparison): string {
  if (c.scale !== 'ratio') return 'rates';
  return c.metric === SERVER_CPU_PER_REQUEST ? 'CPU per request' : 'latency/throughput';
}

/** A confidence as a percentage without float noise: 0.99 -> `99%`, 0.99666… -> `99.67%`. */
export function formatConfidence(confidence: number): string {
  return `${Number((confidence * 100).toFixed(2))}%`;
}

const AB_STOPPED: Record<ABStopReason, string> = {
  regression: 'a regression is established',
  settled: 'every gated comparison is settled',
  broken: 'the comparison failed for another reason',
  'workload-differs': 'the workloads differ',
  futile:
    'more pairs could not settle it by max-pairs (no regression is suspected, and every unsettled comparison projected to max-pairs at its estimate and spread still crosses its tolerance)',
  cleared:
    'no regression that max-pairs could establish is left (nothing is suspected, and no unsettled comparison, were its change at its bound on the bad side, would be a regression at max-pairs)',
  'max-pairs': 'still open at max-pairs',
};

/**
 * A/B mode's pairs and why it stopped adding them, for the comment and the terminal:
 * `6 A/B pairs of at most 20 (AB BA BA AB blocks, after 1 warm-up pair, discarded); stopped: a regression is
 * established; a regression's bound at 99.94% on each of 17 looks`.
 */
export function abPairsText(ab: ABSequence, regressionConfidence: number | undefined): string {
  const bound =
    ab.looks > 1 && regressionConfidence !== undefined
      ? `; a regression's bound at ${formatConfidence(regressionConfidence)} on each of ${ab.looks} looks`
      : '';
  const warmup =
    ab.warmupPairs > 0
      ? `, after ${ab.warmupPairs} warm-up pair${ab.warmupPairs === 1 ? '' : 's'}, discarded`
      : '';
  return `${ab.pairs} A/B pairs of at most ${ab.maxPairs} (${ab.order} blocks${warmup}); stopped: ${AB_STOPPED[ab.stopped]}${bound}`;
}

/**
 * Where an A/B report's baseline came from when perf-gate checked out and started the base commit itself:
 * `A/B against the base commit abc1234 on this runner, interleaved`; `code` formats the short commit for the target
 * (a linked code span, plain text). Undefined for targets the user started: the provenance's own source says it.
 */
export function abBaseText(
  report: Report,
  code: (short: string, commit: string) => string,
): string | undefined {
  const commit = report.ab?.base?.commit;
  if (commit === undefined) return undefined;
  return `A/B against the base commit ${code(commit.slice(0, 7), commit)} on this runner, interleaved`;
}

/**
 * How many candidate runs were pooled and how the confidence was spent, when that is more than one plain run:
 * `1 run of at most 3 (it runs again while a regression is suspected; a regression's bound at 99.67% on each look)`, or
 * `3 runs pooled`; undefined for a single run with a single look.
 */
export function candidateRunsText(report: Report): string | undefined {
  if (report.ab) return abPairsText(report.ab, report.settings.regressionConfidence);
  const runs = report.settings.candidateRuns ?? 1;
  const looks = report.settings.looks ?? 1;
  if (runs <= 1 && looks <= 1) return undefined;
  if (looks <= 1) return `${runs} runs pooled`;
  const why =
    report.settings.rerun === 'inconclusive'
      ? 'while a gated comparison is unsettled'
      : 'while a regression is suspected';
  const made = runs === 1 ? '1 run' : `${runs} runs pooled`;
  const split = report.settings.regressionConfidence;
  const bound =
    split === undefined ? '' : `; a regression's bound at ${formatConfidence(split)} on each look`;
  return `${made} of at most ${report.settings.maxRuns ?? looks} (it runs again ${why}${bound})`;
}

/** A series as a label: `all traffic`, `scenario browse`, `GET /products (POST)`. */
export function seriesLabel(key: SeriesKey): string {
  const entries = Object.entries(key);
  if (entries.length === 0) return 'all traffic';
  if (key.name !== undefined) {
    const extra = entries.filter(([k]) => k !== 'name').map(([k, v]) => `${k} ${v}`);
    return extra.length > 0 ? `${key.name} (${extra.join(', ')})` : key.name;
  }
  return entries.map(([k, v]) => `${k} ${v}`).join(', ');
}

export const isAllTraffic = (c: Comparison): boolean => Object.keys(c.series).length === 0;

/**
 * Rows computed from the same samples, shown once: a scenario with a single endpoint and that endpoint (or a
 * one-scenario test and all traffic) give the same statistic, values, interval and sample counts. Each kept row's
 * label names every series it stands for (`POST /orders = scenario checkout`); the others are left out. Rows that
 * merely look alike but differ in any of these stay apart.
 */
export function foldSameSamples(rows: readonly Comparison[]): {
  rows: Comparison[];
  labels: Map<Comparison, string>;
  /** Each kept row's left-out twins. */
  twins: Map<Comparison, Comparison[]>;
} {
  const kept = new Map<string, { row: Comparison; labels: string[]; twins: Comparison[] }>();
  for (const c of rows) {
    const key = JSON.stringify([
      c.metric,
      c.stat,
      c.baseline,
      c.candidate,
      c.interval,
      c.samples.baseline,
      c.samples.candidate,
      c.verdict,
    ]);
    const seen = kept.get(key);
    if (seen) {
      seen.labels.push(seriesLabel(c.series));
      seen.twins.push(c);
    } else kept.set(key, { row: c, labels: [seriesLabel(c.series)], twins: [] });
  }
  const groups = [...kept.values()];
  return {
    rows: groups.map((g) => g.row),
    labels: new Map(groups.map((g) => [g.row, g.labels.join(' = ')])),
    twins: new Map(groups.map((g) => [g.row, g.twins])),
  };
}

/** How long ago an ISO time was, from an injected `now`: `just now`, `3 hours ago`, `1 day ago`. */
export function age(iso: string | undefined, now: string): string | undefined {
  if (!iso) return undefined;
  const seconds = (Date.parse(now) - Date.parse(iso)) / 1000;
  if (!Number.isFinite(seconds)) return undefined;
  if (seconds < 90) return 'just now';
  // Plural always: each unit starts at 1.5 of it (90 s, 90 min, 36 h), which rounds to 2.
  const ago = (n: number, unit: string) => `${n} ${unit}s ago`;
  if (seconds < 5400) return ago(Math.round(seconds / 60), 'minute');
  if (seconds < 129600) return ago(Math.round(seconds / 3600), 'hour');
  return ago(Math.round(seconds / 86400), 'day');
}

/**
 * How a row reads, the same in every renderer: a regression is established (gated: red), suspected (its estimate
 * is beyond the tolerance but unproven: yellow), an improvement, or within tolerance (the interval shows whether
 * that is proven). Diagnostic and reported rows never carry a red or green mark.
 */
export type RowMark = 'regression' | 'suspected' | 'improvement' | 'within' | 'plain';

export function rowMark(c: Comparison): RowMark {
  if (isDiagnostic(c) || c.direction === 'unknown') return 'plain';
  if (c.verdict === 'regression') return c.gated ? 'regression' : 'plain';
  if (c.suspected) return c.gated ? 'suspected' : 'plain';
  if (c.verdict === 'improvement') return c.gated ? 'improvement' : 'plain';
  return 'within';
}

/** The verdict column's words for a row. */
export function rowVerdictText(c: Comparison): string {
  if (c.verdict === 'regression') return 'regression';
  if (c.suspected) return 'suspected';
  if (c.verdict === 'improvement') return 'improvement';
  if (c.verdict === 'unchanged') return 'unchanged';
  return c.direction === 'unknown' ? 'changed' : 'within tolerance';
}

/** Whether a row belongs in the open part of a comment: a gated all-traffic row, or a gated problem anywhere. */
export function isHeadlineRow(c: Comparison): boolean {
  if (!c.gated) return false;
  return isAllTraffic(c) || c.verdict === 'regression' || c.suspected === true;
}

/** How a renderer writes a setting with its value: `--runs 3` in a terminal, `runs: 3` in a comment. */
export type SettingText = (name: string, value: number) => string;

/** The dominant part of the variance in words, with its share. */
function dominantText(advice: ResolutionAdvice): string {
  const share = `${Math.round(advice.share * 100)}% of the variance`;
  switch (advice.dominant) {
    case 'run-to-run':
      return `runs differ more than requests do (the run-to-run noise is ${share})`;
    case 'candidate':
      return `the candidate's run is short for this statistic (its within-run noise is ${share})`;
    case 'baseline':
      return `the baseline's runs are short for this statistic (their within-run noise is ${share})`;
  }
}

/**
 * The computed advice in one sentence: the dominant part of the variance, then the design changes that help, the
 * best first (`--runs 3 would reach about 16%`), and those that would not (less than a tenth sharper).
 */
function adviceText(
  r: NonNullable<Report['resolution']>,
  advice: ResolutionAdvice,
  amount: (x: number) => string,
  setting: SettingText,
): string {
  const options = [
    { what: setting('runs', advice.runs.runs), detectable: advice.runs.detectable, kind: 'runs' },
    { what: `${advice.longer.factor}x longer runs`, detectable: advice.longer.detectable, kind: 'longer' },
    { what: setting('history', advice.history.runs), detectable: advice.history.detectable, kind: 'history' },
  ].sort((a, b) => a.detectable - b.detectable);
  const helps = options.filter((o) => o.detectable < r.detectable - 0.1 * (r.detectable - r.tolerance));
  const useless = options.filter((o) => !helps.includes(o));
  const parts = helps.map(
    (o, i) => `${o.what} ${i === 0 ? 'would reach about' : 'about'} ${amount(o.detectable)}`,
  );
  const noHelp = useless
    .filter((o) => o.kind === 'longer' || o.kind === 'runs')
    .map((o) => `${o.kind === 'longer' ? 'longer runs' : 'more candidate runs'} would not help`);
  const ab = advice.dominant === 'run-to-run' ? '; A/B mode removes the run-to-run term' : '';
  return `${dominantText(advice)}: ${[...parts, ...noHelp].join('; ') || 'no simple change helps'}${ab}.`;
}

/**
 * What to do about an inconclusive verdict (a regression suspected, not proven), for the comment and the terminal
 * alike: in A/B mode more pairs (each narrows the paired interval), otherwise a rerun, a longer test, or A/B mode.
 * Plain text from numbers only: nothing of the report's hostile text is in it.
 */
export function inconclusiveAdvice(
  report: Report,
  setting: SettingText = (name, value) => `--${name} ${value}`,
): string {
  const head = 'a regression is suspected but not proven';
  const ab = report.ab;
  if (ab) {
    const more =
      ab.stopped === 'max-pairs' ? `, or allow more pairs (${setting('max-pairs', 2 * ab.maxPairs)})` : '';
    return `${head} after ${ab.pairs} A/B pairs. Re-run to confirm or clear it${more}: each pair narrows the interval.`;
  }
  return `${head}. Re-run to confirm or clear it, run the test longer (more time windows narrow the interval), or compare both versions on one runner with A/B mode (see docs/statistics.md).`;
}

/**
 * The report's resolution in one sentence, when it is coarser than twice the tolerance (the gate passed, but could
 * not have seen a change that small): the floor of this design, and computed advice when the report has it (what
 * dominates the variance and what more or longer runs would give); undefined otherwise.
 */
export function resolutionText(
  report: Report,
  escape: (text: string) => string = (t) => t,
  setting: SettingText = (name, value) => `--${name} ${value}`,
): string | undefined {
  const r = report.resolution;
  if (!r || report.verdict === 'fail' || report.verdict === 'no-baseline') return undefined;
  if (r.detectable < 2 * r.tolerance) return undefined;
  const amount = (x: number) =>
    r.scale === 'ratio' ? `${Number((x * 100).toFixed(1))}%` : `${Number((x * 100).toFixed(2))} pp`;
  const floor = r.floor !== undefined ? `; ${amount(r.floor)} with the variance known` : '';
  const head =
    `This run could only have caught a change of ${amount(r.detectable)} or more in ${escape(`${r.metric} ${r.stat}`)} ` +
    `(tolerance ${amount(r.tolerance)}${floor})`;
  return r.advice
    ? `${head}: ${adviceText(r, r.advice, amount, setting)}`
    : `${head}: ${report.ab ? 'more pairs or longer runs sharpen it' : 'more requests per run or more runs sharpen it'}.`;
}

export const VERDICT_WORD: Record<Report['verdict'], string> = {
  pass: 'pass',
  fail: 'fail',
  inconclusive: 'inconclusive',
  'no-baseline': 'no baseline yet',
};

/** Diagnostic rows (the catalog's HTTP sub-timings, iteration and group durations) explain a change; never gated. */
export function isDiagnostic(c: Comparison): boolean {
  return c.diagnostic === true && !c.gated;
}

/**
 * The run-health warnings, one line each (`run health: <what>; <how to see it>`), the same words in the comment,
 * the job summary and the terminal. Broken findings are not repeated here: the verdict's reason leads with them.
 */
export function healthWarningLines(report: Report): string[] {
  return (report.health ?? [])
    .filter((f) => f.severity === 'warning')
    .map((f) => `run health: ${findingText(f)}`);
}
