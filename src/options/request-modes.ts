/**
 * The request builder's rules for each kind of load besides a plain script: a vegeta attack, same-machine A/B
 * pairs, the capacity search; and the one URL rule they share. Pure; errors name options in the surface's words.
 */
import { parseSlo } from '../domain/capacity/slo.js';
import type { GateConfig } from '../domain/gate-config.js';
import type {
  ABRequest,
  BaselinePolicy,
  CapacityRequest,
  LoadSetting,
  PrometheusSource,
  ServerMetricsTarget,
  VegetaAttack,
} from '../domain/gate-request.js';
import { PerfGateError } from '../errors.js';
import { parseVegetaRate } from '../ingest/vegeta-rate.js';
import { expandPort } from '../domain/service-plan.js';
import type { OptionValues } from './read.js';
import type { Words } from './words.js';
import type { OptionKey } from './spec.js';
import { splitArgs } from './values.js';

/** PromQL mode's server and named queries, when `prometheus` is given. */
export const prometheusOf = (values: OptionValues): PrometheusSource | undefined =>
  values.prometheus ? { url: values.prometheus, queries: values.prometheusQuery ?? {} } : undefined;

/** A target's name in `server-metrics: name=url`: a word, so that no URL (with its `scheme:`) reads as one. */
const TARGET_NAME = /^([A-Za-z_][\w.-]{0,63})\s*=\s*(.*)$/s;

/**
 * The `server-metrics` lines as targets: `name=url` names the target (its role, stable across runs, which pairs it
 * with the baseline's target of that name whatever the URL), a bare URL leaves it unnamed. Every URL must be
 * http(s) (checkUrls); a name given twice is an error, since a name is how a target is told apart.
 * @throws PerfGateError for a URL that is not http(s) or a name given twice.
 */
export function serverMetricsTargets(
  lines: readonly string[] | undefined,
  words: Words,
  portPlaceholder = false,
): ServerMetricsTarget[] {
  const targets = (lines ?? []).map((line): ServerMetricsTarget => {
    const named = TARGET_NAME.exec(line.trim());
    return named ? { name: named[1]!, url: named[2]!.trim() } : { url: line.trim() };
  });
  checkUrls(
    targets.map((t) => t.url),
    words,
    'serverMetrics',
    portPlaceholder,
  );
  const seen = new Set<string>();
  for (const { name } of targets) {
    if (name === undefined) continue;
    if (seen.has(name))
      throw new PerfGateError(
        `${words.label('serverMetrics')} names two targets "${name.slice(0, 64)}"`,
        "Give every target its own name (name=url): the name is how it is paired with the baseline's",
      );
    seen.add(name);
  }
  return targets;
}

/**
 * Every URL perf-gate reads or sends load to must be an http(s) URL; the first that is not is the error. With
 * `portPlaceholder` (`start`), `{port}` stands for a started version's port: checked with a port in its place.
 */
export function checkUrls(
  urls: readonly string[],
  words: Words,
  key: OptionKey,
  portPlaceholder = false,
): void {
  for (const url of urls) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(portPlaceholder ? expandPort(url, 8080) : url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
      throw new PerfGateError(
        `${words.label(key)} "${url.slice(0, 200)}" is not an http(s) URL`,
        key === 'baselineTarget' || key === 'candidateTarget'
          ? `Write the full URL with its scheme, e.g. http://${url.replace(/^[a-z]+:\/\//i, '').slice(0, 60) || '127.0.0.1:8080'}`
          : key === 'readyUrl'
            ? 'Write the full URL the service answers once it is up, e.g. http://127.0.0.1:{port}/health'
            : 'Write the full URL of the Prometheus endpoint, e.g. http://127.0.0.1:2121/metrics',
      );
  }
}

/** Flags perf-gate sets itself: given again among the extra flags they would change what is measured or read. */
const OWN_VEGETA_FLAGS = /^--?(rate|duration|targets|output)(=|$)/;

/** A vegeta attack: targets, rate and duration together (the rate and duration are part of the workload). */
export function vegetaAttack(
  values: OptionValues,
  words: Words,
  cliArgs: readonly string[] | undefined,
): VegetaAttack {
  const { vegetaTargets: targets, vegetaRate: rate, vegetaDuration: durationSeconds } = values;
  if (!targets || !rate || durationSeconds === undefined)
    throw new PerfGateError(
      words.surface === 'cli'
        ? `perf-gate vegeta needs ${words.name('vegetaRate')} and ${words.name('vegetaDuration')}`
        : `${words.label('vegetaTargets')} needs ${words.name('vegetaRate')} and ${words.name('vegetaDuration')}`,
      words.surface === 'cli'
        ? 'Add e.g. --rate 100/s --duration 30s'
        : 'Set them, e.g. vegeta-rate: 100/s and vegeta-duration: 30s',
    );
  const ratePerSecond = parseVegetaRate(rate, words.label('vegetaRate'));
  if (!(durationSeconds > 0))
    throw new PerfGateError(
      `${words.label('vegetaDuration')} is 0, which would attack until stopped`,
      'Give the attack a duration, e.g. 30s',
    );
  if (values.warmup !== undefined && values.warmup >= durationSeconds)
    throw new PerfGateError(
      `${words.label('warmup')} (${values.warmup}s) is as long as the attack (${durationSeconds}s): nothing would be left to compare`,
      `Shorten ${words.name('warmup')} to well under ${durationSeconds}s, or lengthen ${words.name('vegetaDuration')}`,
    );
  const extraArgs = [...(cliArgs ?? splitArgs(values.vegetaArgs ?? ''))];
  const clash = extraArgs.find((a) => OWN_VEGETA_FLAGS.test(a));
  if (clash)
    throw new PerfGateError(
      `the extra vegeta flag ${clash} is set by perf-gate`,
      `Use ${words.name('vegetaRate')} and ${words.name('vegetaDuration')} (and ${words.name('vegetaTargets')}) instead`,
    );
  return { targets, rate, ratePerSecond, durationSeconds, extraArgs };
}

/** A/B settings whoever starts the versions: a script to run against both, and the pairs (at most `max-pairs`). */
export function abSettings(
  values: OptionValues,
  load: LoadSetting,
  gate: GateConfig,
  words: Words,
): Omit<ABRequest, 'baselineTarget' | 'candidateTarget' | 'serverMetrics' | 'base'> {
  if (!values.script)
    throw new PerfGateError(
      `A/B mode runs ${words.name('script')}`,
      `Set ${words.name('script')} to the k6 script`,
    );
  const pairs = values.pairs as number;
  const maxPairs = values.maxPairs as number;
  if (maxPairs < pairs)
    throw new PerfGateError(
      `${words.label('maxPairs')} (${maxPairs}) is below ${words.label('pairs')} (${pairs})`,
      `Set ${words.label('maxPairs')} to at least ${pairs}, or lower ${words.name('pairs')}`,
    );
  return { ...load, script: values.script, targetEnv: values.targetEnv as string, pairs, maxPairs, gate };
}

/** Same-machine A/B against targets the user started: both (http(s) URLs), each version's metrics URLs paired line by line. */
export function abRequest(
  values: OptionValues,
  load: LoadSetting,
  gate: GateConfig,
  words: Words,
): ABRequest {
  const { baselineTarget, candidateTarget } = values;
  if (!baselineTarget || !candidateTarget)
    throw new PerfGateError(
      `A/B mode needs both ${words.label('baselineTarget')} and ${words.name('candidateTarget')}`,
      words.surface === 'cli'
        ? 'Set both to the URLs of the two versions, or give --start to have perf-gate start both'
        : 'Set both to the URLs of the two versions, or neither',
    );
  const settings = abSettings(values, load, gate, words);
  if (values.serverMetrics?.length)
    throw new PerfGateError(
      `in A/B mode ${words.name('serverMetrics')} does not say which version it belongs to`,
      `Use ${words.name('baselineServerMetrics')} and ${words.name('candidateServerMetrics')}, one URL per line each`,
    );
  checkUrls([baselineTarget], words, 'baselineTarget');
  checkUrls([candidateTarget], words, 'candidateTarget');
  const baseline = values.baselineServerMetrics ?? [];
  const candidate = values.candidateServerMetrics ?? [];
  if (baseline.length !== candidate.length)
    throw new PerfGateError(
      `A/B mode pairs ${words.name('baselineServerMetrics')} with ${words.name('candidateServerMetrics')} line by line, but there are ${baseline.length} baseline and ${candidate.length} candidate URL(s)`,
      "Give one candidate URL per baseline URL, in the same order (each version's /metrics)",
    );
  checkUrls(baseline, words, 'baselineServerMetrics');
  checkUrls(candidate, words, 'candidateServerMetrics');
  return {
    ...settings,
    baselineTarget,
    candidateTarget,
    ...(baseline.length > 0 ? { serverMetrics: { baseline, candidate } } : {}),
  };
}

/** The warm-up of each capacity step when none is given: a quarter of the step, at most 5 s. */
export const stepWarmup = (stepSeconds: number): number => Math.min(5, stepSeconds / 4);

/** Capacity mode: a script (its rates are perf-gate's), objectives, a range of rates, steps longer than warm-up. */
export function capacityRequest(
  values: OptionValues,
  load: LoadSetting,
  baseline: BaselinePolicy,
  words: Words,
): CapacityRequest {
  if (!values.script || values.results?.length)
    throw new PerfGateError(
      `capacity mode runs ${words.name('script')} (its rates are perf-gate's), not ${words.name('results')}`,
      `Set ${words.name('script')} to the k6 script and leave ${words.name('results')} empty`,
    );
  const texts = values.slo ?? [];
  if (texts.length === 0)
    throw new PerfGateError(
      `capacity mode needs ${words.label('slo')}`,
      'Give at least one objective, e.g. http_req_duration:p95<200ms',
    );
  const slos = texts.map((t) => parseSlo(t, words.label('slo')));
  const { from, to } = values as { from: number; to: number };
  if (!(from < to))
    throw new PerfGateError(
      `${words.label('from')} (${from}) must be below ${words.name('to')} (${to})`,
      'Give a range of rates to search',
    );
  const stepSeconds = values.stepDuration as number;
  const warmupSeconds = values.warmup ?? stepWarmup(stepSeconds);
  if (!(stepSeconds >= warmupSeconds + 2))
    throw new PerfGateError(
      `${words.label('stepDuration')} (${stepSeconds}s) leaves under 2 s after the ${warmupSeconds}s warm-up`,
      `Lengthen ${words.name('stepDuration')} or shorten ${words.name('warmup')}`,
    );
  const exec = values.exec as string;
  if (!/^[A-Za-z_$][\w$]*$/.test(exec))
    throw new PerfGateError(
      `${words.label('exec')} "${exec.slice(0, 60)}" is not a function name`,
      'Name an exported function',
    );
  return {
    ...load,
    script: values.script,
    exec,
    slos,
    from,
    to,
    stepSeconds,
    warmupSeconds,
    resolution: values.capacityResolution as number,
    tolerance: values.capacityTolerance as number,
    confidence: values.confidence as number,
    inconclusivePolicy: values.onInconclusive as CapacityRequest['inconclusivePolicy'],
    force: values.force ?? false,
    baseline,
    ...(values.serverMetrics?.length
      ? { serverMetrics: serverMetricsTargets(values.serverMetrics, words) }
      : {}),
    ...(values.prometheus
      ? { prometheus: { url: values.prometheus, queries: values.prometheusQuery ?? {} } }
      : {}),
  };
}
