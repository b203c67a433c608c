/**
 * What perf-gate needs to know about the k6 arguments a user passes through (`k6-args`, `-- <k6 args>`): the
 * workload shortcuts they set (so the fingerprint sees them), and the flags that would break perf-gate's own use
 * of k6 on some k6 versions (removed before k6 runs, with a warning).
 */

/** k6's workload shortcut flags and the environment variables that set the same options. */
const SHORTCUTS = [
  { long: '--vus', short: '-u', env: 'K6_VUS' },
  { long: '--duration', short: '-d', env: 'K6_DURATION' },
  { long: '--iterations', short: '-i', env: 'K6_ITERATIONS' },
  { long: '--stage', short: '-s', env: 'K6_STAGES' },
] as const;

/**
 * In k6's configuration layers, setting any of duration, iterations or stages on a higher layer (the command
 * line) clears all three, and the scenarios, from the lower ones (the environment, the script): lib.Options.Apply.
 */
const EXECUTION_ENV = ['K6_DURATION', 'K6_ITERATIONS', 'K6_STAGES'];

/** Flags whose value is the next argument when not written `--flag=value` (so that value is not read as a flag). */
const TAKES_VALUE = new Set([
  '--address',
  '-a',
  '--config',
  '-c',
  '--env',
  '-e',
  '--out',
  '-o',
  '--tag',
  '--summary-export',
  '--summary-mode',
  '--summary-trend-stats',
  '--summary-time-unit',
  '--log-output',
  '--log-format',
  '--execution-segment',
  '--execution-segment-sequence',
  '--compatibility-mode',
  '--console-output',
  '--user-agent',
  '--local-ips',
  '--dns',
  '--system-tags',
  '--blacklist-ip',
  '--block-hostnames',
  '--max-redirects',
  '--batch',
  '--batch-per-host',
  '--rps',
  '--http-debug',
  '--traces-output',
  '--secret-source',
  '--features',
]);

export interface K6ArgsAnalysis {
  /** The arguments to give `k6 run`: the user's, without the neutralised flags. */
  runArgs: string[];
  /** One sentence per neutralised flag, for a warning. */
  neutralised: string[];
  /**
   * The workload shortcuts the arguments set, as the K6_* variables that set the same options (`k6 inspect` reads
   * the environment but not `k6 run`'s flags); `null` removes a variable the command line overrides.
   */
  workloadEnv: Record<string, string | null>;
  /** `--config <file>` when given: `k6 inspect` reads it as `k6 run` does. */
  configArgs: string[];
  /** The script's environment given among the k6 arguments (`-e K=V`), which `k6 inspect` takes too. */
  envArgs: string[];
}

const NO_SUMMARY =
  "k6 v2 no longer has it (k6 exits 255), and on v1 it also stops the summary export perf-gate reads thresholds' outcomes from; perf-gate does not show k6's printed summary anyway";

/** Splits `--flag=value` / `-xVALUE` / `--flag value` forms of one argument list entry. */
function flagAt(
  args: readonly string[],
  i: number,
): { name: string; value?: string; consumed: number } | undefined {
  const arg = args[i] as string;
  if (arg === '--' || !arg.startsWith('-') || arg === '-') return undefined;
  const eq = arg.indexOf('=');
  if (arg.startsWith('--')) {
    if (eq > 0) return { name: arg.slice(0, eq), value: arg.slice(eq + 1), consumed: 1 };
    return { name: arg, consumed: 1 };
  }
  // A one-letter flag: `-u 5`, `-u5`, `-u=5`.
  const name = arg.slice(0, 2);
  if (arg.length > 2) return { name, value: arg.slice(arg[2] === '=' ? 3 : 2), consumed: 1 };
  return { name, consumed: 1 };
}

/**
 * Reads the k6 arguments a user passes through. Recognised: the workload shortcuts (`--vus/-u`, `--duration/-d`,
 * `--iterations/-i`, `--stage/-s`, in every spelling pflag accepts), `--config/-c`, and the flags perf-gate
 * neutralises: `--no-summary`, `--summary-mode legacy` (both refused by k6 v2) and
 * `--new-machine-readable-summary` (it changes the summary export's layout and drops the thresholds from it).
 */
export function analyseK6Args(args: readonly string[]): K6ArgsAnalysis {
  const runArgs: string[] = [];
  const neutralised: string[] = [];
  const values = new Map<string, string[]>();
  const configArgs: string[] = [];
  const envArgs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      runArgs.push(...args.slice(i));
      break;
    }
    const flag = flagAt(args, i);
    if (!flag) {
      runArgs.push(arg);
      continue;
    }
    const shortcut = SHORTCUTS.find((s) => s.long === flag.name || s.short === flag.name);
    const needsNext = flag.value === undefined && (shortcut !== undefined || TAKES_VALUE.has(flag.name));
    const value = needsNext ? args[i + 1] : flag.value;
    const taken = needsNext && value !== undefined ? [arg, value] : [arg];
    i += taken.length - 1;

    if (flag.name === '--no-summary') {
      neutralised.push(`ignored \`${taken.join(' ')}\` in the k6 arguments: ${NO_SUMMARY}`);
      continue;
    }
    if (flag.name === '--summary-mode' && value === 'legacy') {
      neutralised.push(
        `ignored \`${taken.join(' ')}\` in the k6 arguments: k6 v2 no longer has the legacy summary (k6 exits 255); it only changes k6's printed summary, which perf-gate does not show`,
      );
      continue;
    }
    if (flag.name === '--new-machine-readable-summary') {
      neutralised.push(
        `ignored \`${taken.join(' ')}\` in the k6 arguments: it changes the layout of k6's summary export and leaves out the thresholds' outcomes perf-gate reads from it`,
      );
      continue;
    }
    runArgs.push(...taken);
    if (value === undefined) continue;
    if (shortcut) {
      const list = values.get(shortcut.env) ?? [];
      // --stage accumulates (and each value may hold several, comma-separated); the others: the last one wins.
      values.set(shortcut.env, shortcut.env === 'K6_STAGES' ? [...list, value] : [value]);
    } else if (flag.name === '--config' || flag.name === '-c') {
      configArgs.splice(0, configArgs.length, '--config', value);
    } else if (flag.name === '--env' || flag.name === '-e') {
      envArgs.push('-e', value);
    }
  }
  const workloadEnv: Record<string, string | null> = {};
  if (EXECUTION_ENV.some((e) => values.has(e))) for (const e of EXECUTION_ENV) workloadEnv[e] = null;
  for (const [env, list] of values) workloadEnv[env] = list.join(',');
  return { runArgs, neutralised, workloadEnv, configArgs, envArgs };
}

/**
 * The script's options (plain `k6 inspect`) with the workload shortcuts of the command line laid over them as k6
 * does (lib.Options.Apply): duration, iterations or stages clear all three and the scenarios; vus replaces vus.
 * Only a fallback for when `k6 inspect --execution-requirements` gives no answer: it does not derive scenarios.
 */
export function applyWorkloadShortcuts(
  options: Record<string, unknown>,
  workloadEnv: Record<string, string | null>,
): Record<string, unknown> {
  const out = { ...options };
  const set = (env: string) => typeof workloadEnv[env] === 'string';
  if (EXECUTION_ENV.some(set)) {
    out.duration = null;
    out.iterations = null;
    out.stages = null;
    out.scenarios = null;
  }
  if (set('K6_VUS')) out.vus = Number(workloadEnv.K6_VUS);
  if (set('K6_DURATION')) out.duration = workloadEnv.K6_DURATION;
  if (set('K6_ITERATIONS')) out.iterations = Number(workloadEnv.K6_ITERATIONS);
  if (set('K6_STAGES')) {
    out.stages = (workloadEnv.K6_STAGES as string).split(',').map((stage) => {
      const [duration, target] = stage.split(':');
      return { duration, target: target ? Number(target) : null };
    });
  }
  return out;
}

/**
 * Environment variables that change what perf-gate reads back from k6, and so are never passed on to k6:
 * K6_NEW_MACHINE_READABLE_SUMMARY=true makes `--summary-export` write another layout without thresholds, and
 * K6_SUMMARY_MODE=legacy makes k6 v2 exit 255.
 */
export function neutralisedK6Env(env: NodeJS.ProcessEnv): { env: NodeJS.ProcessEnv; neutralised: string[] } {
  const out = { ...env };
  const neutralised: string[] = [];
  if (out.K6_NEW_MACHINE_READABLE_SUMMARY !== undefined) {
    delete out.K6_NEW_MACHINE_READABLE_SUMMARY;
    neutralised.push(
      "ignored K6_NEW_MACHINE_READABLE_SUMMARY for k6's process: it changes the layout of k6's summary export and leaves out the thresholds' outcomes perf-gate reads from it",
    );
  }
  if (out.K6_SUMMARY_MODE === 'legacy') {
    delete out.K6_SUMMARY_MODE;
    neutralised.push(
      "ignored K6_SUMMARY_MODE=legacy for k6's process: k6 v2 no longer has the legacy summary (k6 exits 255)",
    );
  }
  if (out.K6_NO_SUMMARY !== undefined) {
    delete out.K6_NO_SUMMARY;
    neutralised.push(`ignored K6_NO_SUMMARY for k6's process: ${NO_SUMMARY}`);
  }
  return { env: out, neutralised };
}
