/**
 * The one request builder: layered option values (the spec's defaults, then the config file, then flags or inputs)
 * in, the gate request out, for both entry points. Here are the rules between options: which load runs (a script,
 * a vegeta attack, results), A/B pairing, capacity's objectives and warm-up, the gate id, the save policy, the run
 * counts, the k6 to use and where baselines live. Pure: the entry points read (argv, inputs, files, git) and
 * hand over what they read; every error names the option in the words of the surface it came from. About 300
 * lines: the rules between options read best together; those of each kind of load are in request-modes.ts, those of
 * a service perf-gate starts in service-options.ts.
 */
import { isAbsolute, join, resolve } from 'node:path';
import type { GateConfig } from '../domain/gate-config.js';
import type {
  BaselinePolicy,
  GateRequest,
  GitInfo,
  HistoryRequest,
  LoadSetting,
} from '../domain/gate-request.js';
import type { BaselineSavePolicy } from '../domain/outcome.js';
import { PerfGateError } from '../errors.js';
import { PINNED_K6_VERSION } from '../k6-version.js';
import type { GateFileConfig } from './config-file.js';
import { gateConfigFrom, runCountsFrom } from './gate-settings.js';
import { defaultsFor, layered, type OptionValues } from './read.js';
import type { ServedRequest } from '../domain/service-plan.js';
import { servedRequest, servicePlanOf, type ServedVersions } from './service-options.js';
import {
  abRequest,
  abSettings,
  capacityRequest,
  checkUrls,
  prometheusOf,
  serverMetricsTargets,
  vegetaAttack,
} from './request-modes.js';
import { flagOf, OPTIONS } from './spec.js';
import { splitArgs } from './values.js';
import { wordsFor, type SurfaceKind, type Words } from './words.js';

/** What runs: a CLI command, or in the action what its inputs say. */
export type GateCommand = 'run' | 'vegeta' | 'capacity' | 'ab' | 'compare' | 'trend';

/** What the entry point read besides the options: where it runs, and (CLI) the arguments after the command. */
export interface RequestContext {
  surface: SurfaceKind;
  /** The CLI's command; the action's mode comes from its inputs. */
  command?: GateCommand;
  /** The CLI's working directory, or the action's workspace (`working-directory` is resolved against it). */
  cwd: string;
  git?: GitInfo;
  /** The action: this run is a push to the default branch (what `save-baseline: auto` stores). */
  defaultBranchPush?: boolean;
  /** The CLI: the script (or targets file), then the arguments for k6 (or vegeta) after it. */
  positionals?: readonly string[];
  /** The action on a pull request: its base commit (`pull_request.base.sha`), what `start` compares against. */
  pullRequest?: { baseSha: string | undefined };
}

/** Where baselines live. */
export type StoreChoice =
  { kind: 'directory'; dir: string } | { kind: 'artifact'; name: string; retentionDays?: number };

/** The k6 to run: a binary as given, else a release to install (the action) or the pinned build (the CLI). */
export interface K6Choice {
  path?: string;
  version: string;
  downloadUrl?: string;
  sha256?: string;
}

export interface BuiltRequest {
  /**
   * What the gate does; undefined for the action's `mode: comment`, for `compare` (which reads files first) and when
   * perf-gate starts the service (`served`: the request is made once the versions run).
   */
  request?: GateRequest;
  /** `start`: the service to start, and what runs against it (pipeline/served.ts). */
  served?: ServedRequest;
  gate: GateConfig;
  cwd: string;
  gateId: string;
  /** A push to the default branch that stores its run: its regressions are reported, not failed. */
  refresh: boolean;
  /** The baseline cycle's policy (history, capacity). */
  baseline: BaselinePolicy;
  store: StoreChoice;
  k6: K6Choice;
  vegetaPath?: string;
  /** The vegeta release the action builds with Go when none is given or found (input vegeta-version). */
  vegetaVersion?: string;
  mode: 'gate' | 'comment' | 'capacity';
  /** The layered values, for what only the entry point uses (report paths, comment policy, token). */
  values: OptionValues;
}

/** The save policy: the action's `save-baseline`; the CLI's `--save-baseline`, `--add-baseline`, `--read-only`. */
function savePolicy(given: OptionValues, values: OptionValues, ctx: RequestContext): BaselineSavePolicy {
  if (ctx.surface === 'action') {
    const input = values.saveBaseline;
    return input === 'always' || (input === 'auto' && ctx.defaultBranchPush) ? 'append' : 'never';
  }
  const flags = (['replaceBaseline', 'addBaseline', 'readOnly'] as const).filter((f) => given[f]);
  if (flags.length > 1)
    throw new PerfGateError(
      `${flags.map((f) => `--${flagOf(OPTIONS[f])}`).join(' and ')} contradict each other`,
      'Pick one',
    );
  if (given.replaceBaseline) return 'replace';
  if (given.addBaseline) return 'append';
  return given.readOnly ? 'never' : 'auto';
}

/** The store: a directory (the CLI's baseline dir, the action's `baseline-dir`) or the action's artifacts. */
function storeChoice(values: OptionValues, workspace: string, gateId: string): StoreChoice {
  const dir = values.baselineDir;
  if (dir) return { kind: 'directory', dir: join(isAbsolute(dir) ? dir : resolve(workspace, dir), gateId) };
  const name = values.baselineName as string;
  return {
    kind: 'artifact',
    // Several gates in one repository keep their own baseline artifact.
    name: gateId === OPTIONS.gateId.default ? name : `${name}-${gateId}`,
    ...(values.retentionDays ? { retentionDays: values.retentionDays } : {}),
  };
}

function k6Choice(values: OptionValues, words: Words): K6Choice {
  const version = values.k6Version || PINNED_K6_VERSION;
  if (!/^v?\d+\.\d+\.\d+$/.test(version))
    throw new PerfGateError(
      `${words.label('k6Version')} "${version}" is not a k6 release version`,
      'Write it like 1.8.1',
    );
  const sha256 = values.k6Sha256;
  if (sha256 && !/^[0-9a-fA-F]{64}$/.test(sha256))
    throw new PerfGateError(
      `${words.label('k6Sha256')} "${sha256}" is not a SHA-256 (64 hex digits)`,
      "Copy the archive's line from k6's checksums file, e.g. k6-v1.8.1-checksums.txt",
    );
  return {
    ...(values.k6Path ? { path: values.k6Path } : {}),
    version: version.replace(/^v/, ''),
    ...(values.k6DownloadUrl ? { downloadUrl: values.k6DownloadUrl } : {}),
    ...(sha256 ? { sha256: sha256.toLowerCase() } : {}),
  };
}

/** Which load the request runs, from the CLI's command or the action's inputs; exactly one. */
function sourceOf(
  values: OptionValues,
  ctx: RequestContext,
  words: Words,
): GateCommand | 'results' | undefined {
  if (ctx.command) return ctx.command;
  if (values.mode === 'comment') return undefined;
  const given = (['script', 'results', 'vegetaTargets'] as const).filter((k) =>
    k === 'results' ? (values.results?.length ?? 0) > 0 : Boolean(values[k]),
  );
  if (given.length === 0)
    throw new PerfGateError(
      `neither ${words.label('script')} nor ${words.name('results')} nor ${words.name('vegetaTargets')} is set`,
      `Set ${words.name('script')} to a k6 script to run, ${words.name('vegetaTargets')} to a vegeta targets file, or ${words.name('results')} to k6 or vegeta output files`,
    );
  if (given.length > 1)
    throw new PerfGateError(
      `inputs ${given.map((k) => words.name(k)).join(' and ')} are ${given.length === 2 ? 'both' : 'all'} set`,
      'Set only one of them',
    );
  if (values.mode === 'capacity') return 'capacity';
  if (values.baselineTarget || values.candidateTarget) return 'ab';
  return given[0] === 'results' ? 'results' : given[0] === 'vegetaTargets' ? 'vegeta' : 'run';
}

/**
 * Builds the gate request from one surface's values (`given`, parsed by the spec), the config file, and the spec's
 * defaults for that surface. Throws a PerfGateError naming the option for any contradiction, before any load runs.
 */
export function buildRequest(
  given: OptionValues,
  file: GateFileConfig | undefined,
  ctx: RequestContext,
): BuiltRequest {
  const words = wordsFor(ctx.surface);
  const values = layered(defaultsFor(ctx.surface), file?.values ?? {}, given);
  const [target, ...extraArgs] = ctx.positionals ?? [];
  if (ctx.surface === 'cli' && target !== undefined) {
    if (ctx.command === 'vegeta') values.vegetaTargets = target;
    else values.script = target;
  }
  const cwd = ctx.surface === 'action' ? resolve(ctx.cwd, values.workingDirectory ?? '.') : ctx.cwd;
  const source = sourceOf(values, ctx, words);
  const mode = source === 'capacity' ? 'capacity' : values.mode === 'comment' ? 'comment' : 'gate';
  // Capacity runs keep their own baselines unless a gate id says otherwise: they are not comparable with a gate's.
  const gateId =
    given.gateId ??
    (mode === 'capacity' ? OPTIONS.gateId.cli?.defaultFor?.capacity : undefined) ??
    (values.gateId as string);
  const save = savePolicy(given, values, ctx);
  const refresh = ctx.defaultBranchPush === true && save !== 'never';
  const baseline: BaselinePolicy = {
    save,
    history: values.history as number,
    acceptFailedThresholds: values.baselineFailedThresholds ?? false,
  };
  const gate = gateConfigFrom(values, file?.rules);
  const k6Args = ctx.surface === 'cli' ? extraArgs : splitArgs(values.k6Args ?? '');
  const load: LoadSetting = {
    cwd,
    scriptEnv: values.env ?? {},
    k6Args,
    ...(values.warmup !== undefined ? { warmupSeconds: values.warmup } : {}),
    ...(ctx.git ? { git: ctx.git } : {}),
  };
  const built = {
    gate,
    cwd,
    gateId,
    refresh,
    baseline,
    store: storeChoice(values, ctx.cwd, gateId),
    k6: k6Choice(values, words),
    ...(values.vegetaPath ? { vegetaPath: values.vegetaPath } : {}),
    ...(values.vegetaVersion ? { vegetaVersion: values.vegetaVersion } : {}),
    mode,
    values,
  } as const;
  // The companion (`mode: comment`), `compare` and `trend` run no load: nothing more to check or build.
  if (source === undefined || source === 'compare' || source === 'trend') return built;
  const prometheus = prometheusOf(values);
  const metricsUrls = [...(values.serverMetrics ?? []), ...(prometheus ? [prometheus.url] : [])];
  const abTargets = values.baselineTarget || values.candidateTarget;
  if (source !== 'ab' && (values.baselineServerMetrics?.length || values.candidateServerMetrics?.length))
    throw new PerfGateError(
      `${words.name('baselineServerMetrics')} and ${words.name('candidateServerMetrics')} are for A/B mode`,
      `Set ${words.name('baselineTarget')} and ${words.name('candidateTarget')} too, or scrape one service with ${words.name('serverMetrics')}`,
    );
  if (abTargets && source !== 'ab')
    throw new PerfGateError(
      `${words.label(values.baselineTarget ? 'baselineTarget' : 'candidateTarget')} is for A/B mode`,
      `Drop it, or run A/B mode with a ${words.name('script')}`,
    );
  if (metricsUrls.length > 0 && source !== 'run' && source !== 'capacity' && source !== 'ab')
    throw new PerfGateError(
      `${words.name('serverMetrics')} and ${words.name('prometheus')} are read for the span of a k6 run, so they need a script to run`,
      `Give the script instead of its results, or drop ${words.name('serverMetrics')} and ${words.name('prometheus')}`,
    );
  const serverMetrics = serverMetricsTargets(values.serverMetrics, words, Boolean(values.start?.trim()));
  checkUrls(prometheus ? [prometheus.url] : [], words, 'prometheus');
  const plan = servicePlanOf(values, serverMetrics, words);
  if (plan && source !== 'run' && source !== 'ab')
    throw new PerfGateError(
      `${words.label('start')} starts a service for a k6 script, not for ${source === 'capacity' ? 'capacity mode' : source === 'vegeta' ? 'a vegeta attack' : words.name('results')}`,
      `Set ${words.name('script')} to the k6 script, or drop ${words.name('start')} and start the service in an earlier step`,
    );
  if (plan && prometheus)
    throw new PerfGateError(
      `${words.label('prometheus')} reads a server that scrapes one service, which cannot tell the started versions apart`,
      `Use ${words.name('serverMetrics')} with {port} (e.g. http://127.0.0.1:{port}/metrics), read from each version`,
    );
  if (source === 'capacity')
    return {
      ...built,
      request: { mode: 'capacity', capacity: capacityRequest(values, load, baseline, words) },
    };
  if (source === 'ab' && !plan)
    return { ...built, request: { mode: 'ab', ab: abRequest(values, load, gate, words) } };
  const vegeta =
    source === 'vegeta'
      ? vegetaAttack(values, words, ctx.surface === 'cli' ? extraArgs : undefined)
      : undefined;
  if (source !== 'vegeta' && (values.vegetaRate || values.vegetaDuration !== undefined))
    throw new PerfGateError(
      `${words.label('vegetaRate')} or ${words.name('vegetaDuration')} is set without ${words.name('vegetaTargets')}`,
      `Set ${words.name('vegetaTargets')} to the vegeta targets file, or drop it`,
    );
  const run: HistoryRequest = {
    ...load,
    ...(source === 'run' ? { script: values.script as string } : {}),
    ...(source === 'results' ? { results: values.results } : {}),
    ...(vegeta ? { vegeta, k6Args: [] } : {}),
    ...(source === 'run' && serverMetrics.length > 0 && !plan ? { serverMetrics } : {}),
    ...(source === 'run' && prometheus ? { prometheus } : {}),
    gate,
    baseline,
    ...runCountsFrom(values, words, { script: source !== 'results', refresh }),
  };
  if (!plan) return { ...built, request: { mode: 'history', run } };
  // A pull request (the action) and `perf-gate ab` compare with the base version; otherwise the head runs alone.
  const versions: ServedVersions =
    source === 'ab'
      ? { kind: 'ab', baseRef: values.baseRef?.trim() || undefined }
      : ctx.pullRequest
        ? ctx.pullRequest.baseSha
          ? { kind: 'ab', baseRef: ctx.pullRequest.baseSha }
          : { kind: 'pull-request-without-base' }
        : { kind: 'head' };
  const served = servedRequest(
    plan,
    versions,
    () => abSettings(values, load, gate, words),
    () => run,
    words,
  );
  return { ...built, served };
}
