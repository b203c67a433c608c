/**
 * The request builder's rules for a service perf-gate starts itself (`start`): which options go with it, the URLs
 * with their `{port}` placeholder, and what runs against the started versions (A/B against a base commit, or the
 * head alone). Pure; errors name options in the surface's words.
 */
import type { ABRequest, HistoryRequest, ServerMetricsTarget } from '../domain/gate-request.js';
import type { ServedRequest, ServicePlan } from '../domain/service-plan.js';
import { PerfGateError } from '../errors.js';
import type { OptionValues } from './read.js';
import { checkUrls } from './request-modes.js';
import type { OptionKey } from './spec.js';
import type { Words } from './words.js';

/** Options that mean something only with `start`. */
const WITH_START = ['build', 'stop', 'baseRef'] as const satisfies readonly OptionKey[];

/** Options for versions the user started: perf-gate knows the started versions' URLs itself. */
const PER_VERSION = [
  'baselineTarget',
  'candidateTarget',
  'baselineServerMetrics',
  'candidateServerMetrics',
] as const satisfies readonly OptionKey[];

/**
 * The plan of the service to start, when `start` is given; undefined otherwise (after checking that no option that
 * needs `start` is set without it). `serverMetrics` are the parsed `server-metrics` lines, `{port}` kept.
 * @throws PerfGateError for an option that needs `start`, targets given with it, or a URL that is not http(s).
 */
export function servicePlanOf(
  values: OptionValues,
  serverMetrics: ServerMetricsTarget[],
  words: Words,
): ServicePlan | undefined {
  const start = values.start?.trim();
  if (!start) {
    const stray = WITH_START.find((key) => values[key]);
    if (stray)
      throw new PerfGateError(
        `${words.label(stray)} is for a service perf-gate starts, but ${words.name('start')} is not set`,
        `Set ${words.name('start')} to the command that starts the service, or drop ${words.name(stray)}`,
      );
    return undefined;
  }
  const perVersion = PER_VERSION.find((key) =>
    Array.isArray(values[key]) ? values[key].length > 0 : values[key],
  );
  if (perVersion)
    throw new PerfGateError(
      `${words.label('start')} starts the versions itself, so ${words.name(perVersion)} has nothing to say`,
      `Drop it: each started version's URL goes to ${words.name('targetEnv')}, and ${words.name('serverMetrics')} with {port} (e.g. http://127.0.0.1:{port}/metrics) is read from each version`,
    );
  const readyUrl = values.readyUrl as string;
  checkUrls([readyUrl], words, 'readyUrl', true);
  const timeout = values.readyTimeout as number;
  if (!(timeout > 0))
    throw new PerfGateError(
      `${words.label('readyTimeout')} is 0`,
      'Give the service time to start, e.g. 60s',
    );
  return {
    start,
    ...(values.build?.trim() ? { build: values.build.trim() } : {}),
    ...(values.stop?.trim() ? { stop: values.stop.trim() } : {}),
    readyUrl,
    readyTimeoutSeconds: timeout,
    targetEnv: values.targetEnv as string,
    serverMetrics,
  };
}

/** Where the base version comes from: a pull request's base commit (the action), or the CLI's `ab` command. */
export type ServedVersions =
  { kind: 'ab'; baseRef: string | undefined } | { kind: 'head' } | { kind: 'pull-request-without-base' };

/**
 * What runs against the started versions: A/B pairs (the request as `abSettings` checked it) against the base, or
 * the head alone in history mode. A pull request whose event names no base commit cannot be compared: an error.
 */
export function servedRequest(
  plan: ServicePlan,
  versions: ServedVersions,
  ab: () => Omit<ABRequest, 'baselineTarget' | 'candidateTarget' | 'serverMetrics' | 'base'>,
  run: () => Omit<HistoryRequest, 'serverMetrics'>,
  words: Words,
): ServedRequest {
  if (versions.kind === 'pull-request-without-base')
    throw new PerfGateError(
      `${words.label('start')} runs A/B against the pull request's base commit, but the event names none (pull_request.base.sha)`,
      'Run the action on a pull_request or pull_request_target event, or drop start and give baseline-target and candidate-target',
    );
  if (versions.kind === 'head') return { kind: 'head', plan, run: run() };
  return { kind: 'ab', plan, baseRef: versions.baseRef, ab: ab() };
}
