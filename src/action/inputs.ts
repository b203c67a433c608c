import { isAbsolute, join, resolve } from 'node:path';
import { DEFAULT_GATE_CONFIG, type GateConfig, type InconclusivePolicy } from '../domain/gate-config.js';
import { PerfGateError } from '../errors.js';
import { parseCount, parseDuration, parseKeyValues, parsePercent } from '../cli/parse.js';
import type { BaselineSavePolicy } from '../pipeline/run-gate.js';
import { PINNED_K6_VERSION } from '../k6-version.js';
import { DEFAULT_PAIRS } from '../pipeline/ab-mode.js';
import { INPUT } from './names.js';
import { DEFAULT_MAX_RUNS, RERUN_POLICIES, type RerunPolicy } from '../domain/compare/sequential.js';

/** What the action needs from its environment: inputs by name (the toolkit's getInput), and the run's context. */
export interface ActionEnvironment {
  input(name: string): string;
  workspace: string;
  eventName: string;
  ref: string;
  defaultBranch: string | undefined;
  sha: string;
}

export interface ActionConfig {
  cwd: string;
  script?: string;
  results?: string[];
  scriptEnv: Record<string, string>;
  k6Args: string[];
  k6Path?: string;
  gate: GateConfig;
  gateId: string;
  save: BaselineSavePolicy;
  /** A push to the default branch: the run that refreshes the baseline (its regressions are reported, not failed). */
  refresh: boolean;
  history: number;
  /** Candidate runs pooled, and the most to make while the verdict is inconclusive. */
  runs: number;
  maxRuns: number;
  rerun: RerunPolicy;
  warmupSeconds?: number;
  reportPath: string;
  /** Where baselines live: artifacts of this repository's default-branch runs, or a directory (e.g. with actions/cache). */
  store: { kind: 'artifact'; name: string; retentionDays?: number } | { kind: 'directory'; dir: string };
  token: string;
  comment: CommentPolicy;
  onMissingBaseline: 'warn' | 'fail';
  acceptLabel: string;
  mode: 'gate' | 'comment';
  /** The k6 to install when no k6-path (or K6_PATH) is given. */
  k6Version: string;
  k6DownloadUrl?: string;
  /** The k6 archive's pinned SHA-256 (hex), checked instead of the release's checksums file. */
  k6Sha256?: string;
  /** Take default-branch runs whose k6 thresholds failed as baselines (never, unless set). */
  baselineFailedThresholds: boolean;
  /** Same-runner A/B mode: both targets set. */
  ab?: { baselineTarget: string; candidateTarget: string; targetEnv: string; pairs: number };
}

function abInputs(get: (name: string) => string, script: string | undefined): ActionConfig['ab'] {
  const baselineTarget = get(INPUT.baselineTarget);
  const candidateTarget = get(INPUT.candidateTarget);
  if (!baselineTarget && !candidateTarget) return undefined;
  if (!baselineTarget || !candidateTarget)
    throw new PerfGateError(
      `A/B mode needs both '${INPUT.baselineTarget}' and '${INPUT.candidateTarget}'`,
      'Set both to the URLs of the two versions, or neither',
    );
  if (!script)
    throw new PerfGateError(`A/B mode runs a '${INPUT.script}'`, `Set '${INPUT.script}' to the k6 script`);
  return {
    baselineTarget,
    candidateTarget,
    targetEnv: get(INPUT.targetEnv) || 'BASE_URL',
    pairs: get(INPUT.pairs)
      ? named(INPUT.pairs, () => parseCount(get(INPUT.pairs), '--pairs', 3))
      : DEFAULT_PAIRS,
  };
}

/**
 * `runs` (pooled), `max-runs` (repeats while a regression is suspected, or while inconclusive with `rerun`):
 * counts of candidate runs of a script. By default a pull request's candidate may run up to DEFAULT_MAX_RUNS
 * times; the default-branch refresh runs once (it reports regressions without failing on them, so repeating it
 * would buy nothing), and results are read once.
 */
function runInputs(
  get: (name: string) => string,
  script: string | undefined,
  refresh: boolean,
): { runs: number; maxRuns: number; rerun: RerunPolicy } {
  const count = (name: string) =>
    get(name) ? named(name, () => parseCount(get(name), '--count')) : undefined;
  const runs = count(INPUT.runs);
  const maxRuns = count(INPUT.maxRuns);
  if (!script && ((runs ?? 1) > 1 || (maxRuns ?? 1) > 1))
    throw new PerfGateError(
      `inputs '${INPUT.runs}' and '${INPUT.maxRuns}' repeat a script, and no '${INPUT.script}' is set`,
      `Leave them out with '${INPUT.results}', or run the script with '${INPUT.script}'`,
    );
  const min = runs ?? 1;
  const max = maxRuns ?? (script && !refresh ? Math.max(min, DEFAULT_MAX_RUNS) : min);
  if (max < min)
    throw new PerfGateError(
      `input '${INPUT.maxRuns}' (${max}) is below '${INPUT.runs}' (${min})`,
      `Set '${INPUT.maxRuns}' to at least '${INPUT.runs}', or leave it out`,
    );
  return {
    runs: min,
    maxRuns: max,
    rerun: oneOf(INPUT.rerun, get(INPUT.rerun), RERUN_POLICIES, 'suspected'),
  };
}

function k6VersionInput(value: string): string {
  if (value === '') return PINNED_K6_VERSION.replace(/^v/, '');
  if (!/^v?\d+\.\d+\.\d+$/.test(value))
    throw new PerfGateError(
      `input '${INPUT.k6Version}' "${value}" is not a k6 release version`,
      'Write it like 1.8.1',
    );
  return value.replace(/^v/, '');
}

function sha256Input(value: string): string | undefined {
  if (value === '') return undefined;
  if (!/^[0-9a-fA-F]{64}$/.test(value))
    throw new PerfGateError(
      `input '${INPUT.k6Sha256}' "${value}" is not a SHA-256 (64 hex digits)`,
      "Copy the archive's line from k6's checksums file, e.g. k6-v1.8.1-checksums.txt",
    );
  return value.toLowerCase();
}

export type CommentPolicy = 'always' | 'on-regression' | 'never';

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new PerfGateError(`input '${name}' "${value}" is not ${allowed.join(', ')}`, 'Pick one of them');
}

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

/** Splits k6 arguments like a shell would for simple cases: spaces, with "double" or 'single' quotes kept together. */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

function named<T>(name: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof PerfGateError) {
      throw new PerfGateError(
        `input '${name}': ${err.message.replace(/^--[a-z-]+ /, '')}`,
        err.hint?.replace(/--[a-z-]+/g, name),
      );
    }
    throw err;
  }
}

/**
 * Reads every input once into one typed, validated config. Each error names the input and the expected format.
 * The baseline is saved on pushes to the default branch (save-baseline: auto), never from pull requests.
 */
export function readActionConfig(env: ActionEnvironment): ActionConfig {
  const get = (name: string) => env.input(name).trim();
  const cwd = resolve(env.workspace, get(INPUT.workingDirectory) || '.');
  const script = get(INPUT.script) || undefined;
  const results = lines(get(INPUT.results));
  const mode = oneOf(INPUT.mode, get(INPUT.mode), ['gate', 'comment'] as const, 'gate');
  if (mode === 'gate' && !script && results.length === 0) {
    throw new PerfGateError(
      `neither input '${INPUT.script}' nor '${INPUT.results}' is set`,
      `Set '${INPUT.script}' to a k6 script to run, or '${INPUT.results}' to k6 output files`,
    );
  }
  if (script && results.length > 0) {
    throw new PerfGateError(
      `inputs '${INPUT.script}' and '${INPUT.results}' are both set`,
      'Set only one of them',
    );
  }
  const gate: GateConfig = { ...DEFAULT_GATE_CONFIG, rules: [...DEFAULT_GATE_CONFIG.rules] };
  if (get(INPUT.tolerance))
    gate.latencyTolerance = named(INPUT.tolerance, () => parsePercent(get(INPUT.tolerance), '--tolerance'));
  if (get(INPUT.errorTolerance)) {
    const pp = Number(get(INPUT.errorTolerance));
    if (!(pp >= 0 && pp < 100))
      throw new PerfGateError(
        `input '${INPUT.errorTolerance}' "${get(INPUT.errorTolerance)}" is not a number of percentage points`,
        'Write it like 0.1',
      );
    gate.errorRateTolerance = pp / 100;
  }
  if (get(INPUT.confidence)) {
    const c = Number(get(INPUT.confidence));
    if (!(c >= 0.5 && c < 1))
      throw new PerfGateError(
        `input '${INPUT.confidence}' "${get(INPUT.confidence)}" is not in [0.5, 1)`,
        'Write it like 0.99',
      );
    gate.confidence = c;
  }
  for (const item of lines(get(INPUT.reportOnly)).flatMap((l) => l.split(','))) {
    const [metric, stat] = item.trim().split(':');
    if (metric) gate.rules.push({ metric, ...(stat ? { stat } : {}), gated: false });
  }
  const policy = get(INPUT.onInconclusive) || 'warn';
  if (!['warn', 'fail', 'pass'].includes(policy))
    throw new PerfGateError(
      `input '${INPUT.onInconclusive}' "${policy}" is not warn, fail or pass`,
      'Pick one of them',
    );
  gate.inconclusivePolicy = policy as InconclusivePolicy;

  const gateId = get(INPUT.gateId) || 'default';
  if (!/^[A-Za-z0-9._-]+$/.test(gateId))
    throw new PerfGateError(
      `input '${INPUT.gateId}' "${gateId}" has characters other than letters, digits, . _ -`,
      "Use e.g. 'checkout'",
    );
  const saveInput = get(INPUT.saveBaseline) || 'auto';
  const onDefaultBranch =
    env.defaultBranch !== undefined &&
    env.ref === `refs/heads/${env.defaultBranch}` &&
    env.eventName === 'push';
  let save: BaselineSavePolicy;
  if (saveInput === 'auto') save = onDefaultBranch ? 'append' : 'never';
  else if (saveInput === 'always') save = 'append';
  else if (saveInput === 'never') save = 'never';
  else
    throw new PerfGateError(
      `input '${INPUT.saveBaseline}' "${saveInput}" is not auto, always or never`,
      'auto stores a baseline on pushes to the default branch',
    );
  const baselineDir = get(INPUT.baselineDir);
  const baselineName = get(INPUT.baselineName) || 'perf-gate-baseline';
  if (!/^[A-Za-z0-9._-]+$/.test(baselineName))
    throw new PerfGateError(
      `input '${INPUT.baselineName}' "${baselineName}" has characters other than letters, digits, . _ -`,
      "Use e.g. 'perf-gate-baseline'",
    );
  const retention = get(INPUT.retentionDays);
  const store: ActionConfig['store'] = baselineDir
    ? {
        kind: 'directory',
        dir: join(isAbsolute(baselineDir) ? baselineDir : resolve(env.workspace, baselineDir), gateId),
      }
    : {
        kind: 'artifact',
        // Several gates in one repository keep their own baseline artifact.
        name: gateId === 'default' ? baselineName : `${baselineName}-${gateId}`,
        ...(retention
          ? { retentionDays: named(INPUT.retentionDays, () => parseCount(retention, '--retention-days', 1)) }
          : {}),
      };
  const refresh = onDefaultBranch && save !== 'never';
  return {
    store,
    token: get(INPUT.githubToken),
    comment: oneOf(
      INPUT.comment,
      get(INPUT.comment),
      ['always', 'on-regression', 'never'] as const,
      'always',
    ),
    onMissingBaseline: oneOf(
      INPUT.onMissingBaseline,
      get(INPUT.onMissingBaseline),
      ['warn', 'fail'] as const,
      'warn',
    ),
    acceptLabel: get(INPUT.acceptLabel) || 'perf-gate:accept',
    k6Version: k6VersionInput(get(INPUT.k6Version)),
    k6DownloadUrl: get(INPUT.k6DownloadUrl) || undefined,
    k6Sha256: sha256Input(get(INPUT.k6Sha256)),
    baselineFailedThresholds:
      oneOf(
        INPUT.baselineFailedThresholds,
        get(INPUT.baselineFailedThresholds),
        ['true', 'false'] as const,
        'false',
      ) === 'true',
    ab: abInputs(get, script),
    mode,
    cwd,
    script,
    results: results.length > 0 ? results : undefined,
    scriptEnv: named(INPUT.env, () => parseKeyValues(lines(get(INPUT.env)), '--env')),
    k6Args: splitArgs(get(INPUT.k6Args)),
    k6Path: get(INPUT.k6Path) || undefined,
    gate,
    gateId,
    save,
    refresh,
    history: get(INPUT.history) ? named(INPUT.history, () => parseCount(get(INPUT.history), '--history')) : 5,
    ...runInputs(get, script, refresh),
    warmupSeconds: get(INPUT.warmup)
      ? named(INPUT.warmup, () => parseDuration(get(INPUT.warmup), '--warmup'))
      : undefined,
    reportPath: resolve(env.workspace, get(INPUT.reportPath) || `perf-gate-report-${gateId}.json`),
  };
}
