import { isAbsolute, join, resolve } from 'node:path';
import type { GateConfig } from '../domain/gate-config.js';
import type { BaselineSavePolicy } from '../domain/outcome.js';
import type { RerunPolicy } from '../domain/compare/sequential.js';
import { PerfGateError } from '../errors.js';
import type { GateFileConfig } from '../options/config-file.js';
import { gateConfigFrom, runCountsFrom } from '../options/gate-settings.js';
import { defaultsFor, layered, readGiven, type RawValues } from '../options/read.js';
import { INPUT, OPTIONS, type OptionKey } from '../options/spec.js';
import { PINNED_K6_VERSION } from '../k6-version.js';
import { abServerMetrics, type ABConfig } from '../pipeline/ab-mode.js';
import { capacityInputs, type CapacityInputs } from './capacity-inputs.js';

/** What the action needs from its environment: inputs by name (the toolkit's getInput), and the run's context. */
export interface ActionEnvironment {
  input(name: string): string;
  workspace: string;
  eventName: string;
  ref: string;
  defaultBranch: string | undefined;
  sha: string;
}

export type CommentPolicy = 'always' | 'on-regression' | 'never';

export interface ActionConfig {
  cwd: string;
  script?: string;
  results?: string[];
  scriptEnv: Record<string, string>;
  k6Args: string[];
  k6Path?: string;
  /** A vegeta attack to run instead of a k6 script (input vegeta-targets with vegeta-rate and vegeta-duration). */
  vegeta?: { targets: string; rate: string; durationSeconds: number; extraArgs: string[] };
  vegetaPath?: string;
  /** The vegeta release to build with Go when none is given or on PATH (input vegeta-version). */
  vegetaVersion?: string;
  gate: GateConfig;
  gateId: string;
  save: BaselineSavePolicy;
  /** A push to the default branch: the run that refreshes the baseline (its regressions are reported, not failed). */
  refresh: boolean;
  history: number;
  /** Candidate runs pooled, and the most to make while a regression is suspected. */
  runs: number;
  maxRuns: number;
  rerun: RerunPolicy;
  warmupSeconds?: number;
  /** Prometheus text endpoints of the service, scraped while k6 runs. */
  serverMetrics: string[];
  prometheus?: { url: string; queries: Record<string, string> };
  reportPath: string;
  /** Where baselines live: artifacts of this repository's default-branch runs, or a directory (e.g. with actions/cache). */
  store: { kind: 'artifact'; name: string; retentionDays?: number } | { kind: 'directory'; dir: string };
  token: string;
  comment: CommentPolicy;
  onMissingBaseline: 'warn' | 'fail';
  acceptLabel: string;
  mode: 'gate' | 'comment' | 'capacity';
  /** Capacity mode (`mode: capacity`): the objectives and the search's knobs. */
  capacity?: CapacityInputs;
  /** The k6 to install when no k6-path (or K6_PATH) is given. */
  k6Version: string;
  k6DownloadUrl?: string;
  /** The k6 archive's pinned SHA-256 (lower-case hex), checked instead of the mirror's checksums file. */
  k6Sha256?: string;
  /** Take default-branch runs whose k6 thresholds failed as baselines (off by default). */
  baselineFailedThresholds: boolean;
  /** Same-runner A/B mode: both targets set. */
  ab?: { baselineTarget: string; candidateTarget: string; targetEnv: string; pairs: number } & Pick<
    ABConfig,
    'serverMetrics'
  >;
}

/** Splits k6 arguments like a shell would for simple cases: spaces, with "double" or 'single' quotes kept together. */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** Every action input as the runner hands it over (an empty string when not set). */
export function rawInputs(input: (name: string) => string): RawValues {
  const raw: RawValues = {};
  for (const key of Object.keys(INPUT) as OptionKey[]) raw[key] = input(OPTIONS[key].name);
  return raw;
}

/** The config file named by input `config` (read by the caller, which does the I/O). */
export const configInput = (input: (name: string) => string): string | undefined =>
  input(INPUT.config).trim() || undefined;

/**
 * Reads every input once, through the options spec, into one typed, validated config: the spec's defaults, then
 * the config file, then the inputs. Each error names the input and the expected format, in the same words the
 * CLI uses for its flag. The baseline is saved on pushes to the default branch (save-baseline: auto), never from
 * pull requests.
 */
export function readActionConfig(env: ActionEnvironment, file?: GateFileConfig): ActionConfig {
  const given = readGiven(rawInputs(env.input), { kind: 'action' });
  const values = layered(defaultsFor('action'), file?.values ?? {}, given);
  const cwd = resolve(env.workspace, values.workingDirectory ?? '.');
  const script = values.script || undefined;
  const results = values.results ?? [];
  const vegeta = vegetaAttack(
    values.vegetaTargets,
    values.vegetaRate,
    values.vegetaDuration,
    values.vegetaArgs,
  );
  const mode = (values.mode ?? 'gate') as ActionConfig['mode'];
  if (mode !== 'comment' && !script && results.length === 0 && !vegeta)
    throw new PerfGateError(
      `neither input '${INPUT.script}' nor '${INPUT.results}' nor '${INPUT.vegetaTargets}' is set`,
      `Set '${INPUT.script}' to a k6 script to run, '${INPUT.vegetaTargets}' to a vegeta targets file, or '${INPUT.results}' to k6 or vegeta output files`,
    );
  const sources = [
    script && INPUT.script,
    results.length > 0 && INPUT.results,
    vegeta && INPUT.vegetaTargets,
  ].filter(Boolean);
  if (sources.length > 1)
    throw new PerfGateError(
      `inputs '${sources.join("' and '")}' are ${sources.length === 2 ? 'both' : 'all'} set`,
      'Set only one of them',
    );
  // Capacity runs keep their own baselines unless a gate-id says otherwise: they are not comparable with the gate's.
  const gateId = given.gateId ?? (mode === 'capacity' ? 'capacity' : (values.gateId ?? 'default'));
  const onDefaultBranch =
    env.defaultBranch !== undefined &&
    env.ref === `refs/heads/${env.defaultBranch}` &&
    env.eventName === 'push';
  const saveInput = values.saveBaseline ?? 'auto';
  const save: BaselineSavePolicy =
    saveInput === 'always' || (saveInput === 'auto' && onDefaultBranch) ? 'append' : 'never';
  const refresh = onDefaultBranch && save !== 'never';
  const baselineName = values.baselineName ?? 'perf-gate-baseline';
  const store: ActionConfig['store'] = values.baselineDir
    ? {
        kind: 'directory',
        dir: join(
          isAbsolute(values.baselineDir) ? values.baselineDir : resolve(env.workspace, values.baselineDir),
          gateId,
        ),
      }
    : {
        kind: 'artifact',
        // Several gates in one repository keep their own baseline artifact.
        name: gateId === 'default' ? baselineName : `${baselineName}-${gateId}`,
        ...(values.retentionDays ? { retentionDays: values.retentionDays } : {}),
      };
  const k6Version = values.k6Version || PINNED_K6_VERSION;
  if (!/^v?\d+\.\d+\.\d+$/.test(k6Version))
    throw new PerfGateError(
      `input '${INPUT.k6Version}' "${k6Version}" is not a k6 release version`,
      'Write it like 1.8.1',
    );
  return {
    store,
    token: values.githubToken ?? '',
    comment: (values.comment ?? 'always') as CommentPolicy,
    onMissingBaseline: (values.onMissingBaseline ?? 'warn') as ActionConfig['onMissingBaseline'],
    acceptLabel: values.acceptLabel ?? 'perf-gate:accept',
    k6Version: k6Version.replace(/^v/, ''),
    k6DownloadUrl: values.k6DownloadUrl || undefined,
    k6Sha256: sha256Input(values.k6Sha256),
    baselineFailedThresholds: values.baselineFailedThresholds ?? false,
    ab: abConfig(values, script),
    mode,
    ...(mode === 'capacity' ? { capacity: capacityInputs(values, script, results.length > 0) } : {}),
    cwd,
    script,
    results: results.length > 0 ? results : undefined,
    scriptEnv: values.env ?? {},
    k6Args: splitArgs(values.k6Args ?? ''),
    k6Path: values.k6Path || undefined,
    ...(vegeta ? { vegeta } : {}),
    vegetaPath: values.vegetaPath || undefined,
    vegetaVersion: values.vegetaVersion || undefined,
    gate: gateConfigFrom(values, file?.rules),
    gateId,
    save,
    refresh,
    history: values.history ?? 5,
    ...runCountsFrom(
      values,
      { runs: `input '${INPUT.runs}'`, maxRuns: `input '${INPUT.maxRuns}'` },
      { script: script !== undefined || vegeta !== undefined, refresh },
    ),
    warmupSeconds: values.warmup,
    serverMetrics: values.serverMetrics ?? [],
    prometheus: values.prometheus
      ? { url: values.prometheus, queries: values.prometheusQuery ?? {} }
      : undefined,
    reportPath: resolve(env.workspace, values.reportPath || `perf-gate-report-${gateId}.json`),
  };
}

/** The vegeta attack the inputs describe; rate and duration are required with a targets file, and only with one. */
function vegetaAttack(
  targets: string | undefined,
  rate: string | undefined,
  durationSeconds: number | undefined,
  args: string | undefined,
): ActionConfig['vegeta'] {
  if (!targets) {
    if (rate || durationSeconds !== undefined)
      throw new PerfGateError(
        `input '${INPUT.vegetaRate}' or '${INPUT.vegetaDuration}' is set without '${INPUT.vegetaTargets}'`,
        `Set '${INPUT.vegetaTargets}' to the vegeta targets file, or drop them`,
      );
    return undefined;
  }
  if (!rate || durationSeconds === undefined)
    throw new PerfGateError(
      `input '${INPUT.vegetaTargets}' needs '${INPUT.vegetaRate}' and '${INPUT.vegetaDuration}'`,
      'Set them, e.g. vegeta-rate: 100/s and vegeta-duration: 30s',
    );
  return { targets, rate, durationSeconds, extraArgs: splitArgs(args ?? '') };
}

function sha256Input(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^[0-9a-fA-F]{64}$/.test(value))
    throw new PerfGateError(
      `input '${INPUT.k6Sha256}' "${value}" is not a SHA-256 (64 hex digits)`,
      "Copy the archive's line from k6's checksums file, e.g. k6-v1.8.1-checksums.txt",
    );
  return value.toLowerCase();
}

function abConfig(values: ReturnType<typeof layered>, script: string | undefined): ActionConfig['ab'] {
  const { baselineTarget, candidateTarget } = values;
  const armMetrics = abServerMetrics(values.baselineServerMetrics, values.candidateServerMetrics);
  if (!baselineTarget && !candidateTarget) {
    if (armMetrics.serverMetrics)
      throw new PerfGateError(
        `'${INPUT.baselineServerMetrics}' and '${INPUT.candidateServerMetrics}' are for A/B mode`,
        `Set '${INPUT.baselineTarget}' and '${INPUT.candidateTarget}' too, or scrape one service with '${INPUT.serverMetrics}'`,
      );
    return undefined;
  }
  if (!baselineTarget || !candidateTarget)
    throw new PerfGateError(
      `A/B mode needs both '${INPUT.baselineTarget}' and '${INPUT.candidateTarget}'`,
      'Set both to the URLs of the two versions, or neither',
    );
  if (!script)
    throw new PerfGateError(`A/B mode runs a '${INPUT.script}'`, `Set '${INPUT.script}' to the k6 script`);
  if (values.serverMetrics?.length)
    throw new PerfGateError(
      `in A/B mode '${INPUT.serverMetrics}' does not say which version it belongs to`,
      `Use '${INPUT.baselineServerMetrics}' and '${INPUT.candidateServerMetrics}', one URL per line each`,
    );
  return {
    baselineTarget,
    candidateTarget,
    targetEnv: values.targetEnv || 'BASE_URL',
    pairs: values.pairs ?? 10,
    ...armMetrics,
  };
}
