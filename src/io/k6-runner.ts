import { spawn } from 'node:child_process';
import { PerfGateError } from '../errors.js';
import { trackChild } from './cancellation.js';
import { analyseK6Args, applyWorkloadShortcuts, neutralisedK6Env } from './k6-args.js';
import type { K6Location } from './k6-locate.js';
import { samplesOutArg, type LiveFormat } from './k6-live-stream.js';
import { parseK6VersionJson, parseK6VersionText } from './k6-version-text.js';

export { LIVE_FORMATS, liveStreamFor, samplesOutArg, type LiveFormat } from './k6-live-stream.js';
export { k6MajorOf, parseK6VersionJson, parseK6VersionText } from './k6-version-text.js';

export interface K6RunRequest {
  script: string;
  cwd: string;
  /** The script's __ENV values, passed in k6's environment (scriptEnvTransport), not on its command line. */
  scriptEnv: Record<string, string>;
  /** Further k6 arguments, passed through as given (e.g. `--tag env=ci`). */
  extraArgs: string[];
  /** Where k6 writes its per-sample output (a FIFO for live ingestion, or a file); none when undefined. */
  samplesPath: string | undefined;
  /** The output k6 writes there (default `json`; see LIVE_FORMATS). */
  samplesFormat?: LiveFormat;
  /** Where k6 writes its end-of-test summary export (thresholds per expression). */
  summaryExportPath: string;
  /** Each line k6 prints (banner, logs, errors), for the logger. */
  onLine?: (line: string) => void;
}

export interface K6RunResult {
  exitCode: number;
  /** The messages of k6's `level=error` log lines, for an error report in k6's own words. */
  errors: string[];
  /** The script's uncaught exceptions inside iterations (k6 logs them and goes on), for the run-health check. */
  exceptions?: { count: number; first?: string };
}

/** Runs k6. An interface so the pipeline can be tested with a recorded run and the action can install k6 first. */
export interface K6Runner {
  readonly location: K6Location;
  version(): Promise<string>;
  /**
   * The test's options as k6 resolves them for a run with these k6 arguments (`k6 inspect
   * --execution-requirements`: the script's options, the K6_* environment and the workload shortcuts among
   * `k6Args`, consolidated into the scenarios k6 will run), for the workload fingerprint.
   */
  inspect(
    script: string,
    scriptEnv: Record<string, string>,
    cwd: string,
    k6Args?: readonly string[],
  ): Promise<Record<string, unknown>>;
  run(request: K6RunRequest): Promise<K6RunResult>;
}

/**
 * The variables k6 gets from perf-gate's own environment: what a process needs to run (paths, home, temp, locale,
 * proxies and certificates, the Windows basics) and k6's own K6_* settings. Nothing else: k6 shows its whole
 * environment to the script as __ENV, and the script and its remote modules are code perf-gate does not control,
 * while a runner's environment holds INPUT_GITHUB-TOKEN, GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN. The script's own values come through the `env` input (scriptEnvTransport).
 * RUNNER_TRACKING_ID is passed on: the runner finds the processes a job left behind by it.
 */
const PASSED_TO_K6 =
  /^(PATH|HOME|USER|LOGNAME|SHELL|TMPDIR|TMP|TEMP|TZ|LANG|LANGUAGE|LC_[A-Z]+|SSL_CERT_FILE|SSL_CERT_DIR|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|ALL_PROXY|SYSTEMROOT|SystemRoot|SYSTEMDRIVE|WINDIR|windir|COMSPEC|PATHEXT|USERPROFILE|APPDATA|LOCALAPPDATA|XDG_[A-Z_]+|RUNNER_TRACKING_ID|K6_[A-Z0-9_]+)$/;

/**
 * k6's environment: the allow-listed variables, none of the K6_* ones that change what perf-gate reads back
 * (neutralisedK6Env), no usage report, no network extension resolution, no colours; then `overrides` (null
 * removes a variable).
 */
export function k6ProcessEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Record<string, string | null> = {},
): NodeJS.ProcessEnv {
  const passed = Object.fromEntries(Object.entries(env).filter(([name]) => PASSED_TO_K6.test(name)));
  const out: NodeJS.ProcessEnv = {
    ...neutralisedK6Env(passed).env,
    K6_NO_USAGE_REPORT: 'true',
    K6_AUTO_EXTENSION_RESOLUTION: 'false',
    NO_COLOR: '1',
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** k6's REST API off (`--address=`: off on v0.52, v1 and v2; a port would turn the API on in v2). */
export const K6_API_OFF = '--address=';

/** Names that stay `-e` flags: in k6's environment they would configure k6 (K6_*) or change its process (PATH...). */
const isProcessName = (name: string): boolean => PASSED_TO_K6.test(name) || name === 'NO_COLOR';

/**
 * How the script's environment (`env`) reaches __ENV: in k6's process environment, which k6 shows to the script
 * (`k6 run --include-system-env-vars`, on by default; `k6 inspect` needs the flag), so that the values are not on
 * k6's command line, where `-e K=V` shows in `ps` to every user of a shared host. A name k6 or the process itself
 * reads (K6_*, PATH, HOME, the other allow-listed ones) stays a `-e` flag, where it sets __ENV only; so do all of
 * them when the k6 arguments turn `--include-system-env-vars` off.
 */
export function scriptEnvTransport(
  scriptEnv: Record<string, string>,
  runArgs: readonly string[] = [],
): { env: Record<string, string>; args: string[] } {
  const systemEnvOff = runArgs.some((a) => /^--include-system-env-vars=(false|0|f)$/i.test(a));
  const env: Record<string, string> = {};
  const args: string[] = [];
  for (const [name, value] of Object.entries(scriptEnv)) {
    if (systemEnvOff || isProcessName(name)) args.push('-e', `${name}=${value}`);
    else env[name] = value;
  }
  return { env, args };
}

/**
 * Extracts `msg="..."` from a logrus text line at level=error, on one line: the `\n\t` of a stack trace, escaped by
 * Go's quoting, become spaces (`ReferenceError: x is not defined at default (file:///s.js:2:32(2))`), so that an
 * error message stays one line.
 */
export function k6ErrorMessage(line: string): string | undefined {
  if (!/\blevel=(error|fatal)\b/.test(line)) return undefined;
  const m = /\bmsg="((?:[^"\\]|\\.)*)"/.exec(line);
  if (!m) return line.trim();
  return (m[1] as string)
    .replace(/\\(.)/g, (_, c: string) => (c === 'n' || c === 't' || c === 'r' ? ' ' : c))
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Whether a k6 log line reports an uncaught exception of the script: k6 logs each one at level=error with
 * `source=stacktrace` (a JavaScript error, `Uncaught (in promise) ...` for a rejected promise, or a `GoError` from a
 * k6 module) and goes on with the next iteration.
 */
export function isScriptException(line: string): boolean {
  return (
    /\blevel=error\b/.test(line) &&
    (/\bsource=stacktrace\b/.test(line) || /msg="(Uncaught|GoError)/.test(line))
  );
}

/** The script's uncaught exceptions among k6's log lines: how many, and the first one's message. */
export function scriptExceptions(lines: readonly string[]): { count: number; first?: string } {
  let count = 0;
  let first: string | undefined;
  for (const line of lines) {
    if (!isScriptException(line)) continue;
    count++;
    first ??= k6ErrorMessage(line);
  }
  return first === undefined ? { count } : { count, first };
}

interface Captured {
  code: number;
  stdout: string;
  lines: string[];
}

function runProcess(
  path: string,
  args: string[],
  cwd: string,
  onLine?: (line: string) => void,
  env: NodeJS.ProcessEnv = k6ProcessEnv(),
): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    trackChild(child);
    let stdout = '';
    const lines: string[] = [];
    const splitter = (keepStdout: boolean) => {
      let rest = '';
      return (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        if (keepStdout) stdout += text;
        const parts = (rest + text).split('\n');
        rest = parts.pop() ?? '';
        for (const line of parts) {
          lines.push(line);
          onLine?.(line);
        }
      };
    };
    child.stdout.on('data', splitter(true));
    child.stderr.on('data', splitter(false));
    child.on('error', (err) =>
      reject(
        new PerfGateError(
          `could not start k6 at ${path}: ${err.message}`,
          'Check that the binary is executable',
          { cause: err },
        ),
      ),
    );
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 255), stdout, lines }));
  });
}

export class ProcessK6Runner implements K6Runner {
  constructor(readonly location: K6Location) {}

  /** `k6 version --json` (k6 >= v0.56), else the text of `k6 version`. */
  async version(): Promise<string> {
    const json = await runProcess(this.location.path, ['version', '--json'], process.cwd());
    const fromJson = json.code === 0 ? parseK6VersionJson(json.stdout) : undefined;
    if (fromJson) return fromJson;
    const out = await runProcess(this.location.path, ['version'], process.cwd());
    const version = out.code === 0 ? parseK6VersionText(out.stdout) : undefined;
    if (!version) {
      throw new PerfGateError(
        `${this.location.path} (from ${this.location.source}) does not answer \`k6 version\``,
        'Point --k6 or K6_PATH at a working k6 binary',
      );
    }
    return version;
  }

  /**
   * Two `k6 inspect` calls: the script's own options (which also proves the script loads), then the options k6
   * resolves for the run (--execution-requirements), which is what the fingerprint is made from.
   *
   * `k6 inspect` takes none of `k6 run`'s option flags but reads the same K6_* variables, so the shortcuts among
   * the k6 arguments go in as those (on the command line's layer: they clear the lower layers' execution). And
   * where `k6 run` takes 1 VU when nothing sets `vus`, `k6 inspect --execution-requirements` takes 0 and refuses
   * a duration or iterations shortcut ("the number of VUs must be more than 0"): K6_VUS=1 stands in for that
   * default then, and is left out of the result. When it still fails (or the k6 predates the flag), the script's
   * options with the shortcuts laid over them (applyWorkloadShortcuts) are the answer; `k6 run` reports any
   * real configuration error in its own words.
   */
  async inspect(
    script: string,
    scriptEnv: Record<string, string>,
    cwd: string,
    k6Args: readonly string[] = [],
  ): Promise<Record<string, unknown>> {
    const { workloadEnv, configArgs, envArgs: userEnvArgs } = analyseK6Args(k6Args);
    const transport = scriptEnvTransport(scriptEnv);
    const inspectWith = (
      extra: string[],
      env: NodeJS.ProcessEnv = k6ProcessEnv(process.env, transport.env),
    ) =>
      runProcess(
        this.location.path,
        [
          'inspect',
          '--include-system-env-vars',
          ...extra,
          ...configArgs,
          ...transport.args,
          ...userEnvArgs,
          script,
        ],
        cwd,
        undefined,
        env,
      );
    const plain = await inspectWith([]);
    if (plain.code !== 0) {
      const errors = plain.lines.map(k6ErrorMessage).filter((m): m is string => m !== undefined);
      throw new PerfGateError(
        `k6 cannot load ${script}: ${errors[0] ?? `k6 inspect exited with ${plain.code}`}`,
        'Fix the script (try `k6 inspect` on it) and run again',
      );
    }
    let scriptOptions: Record<string, unknown>;
    try {
      scriptOptions = JSON.parse(plain.stdout) as Record<string, unknown>;
    } catch {
      throw new PerfGateError('`k6 inspect` printed something that is not JSON', 'Check the k6 version');
    }
    const env = k6ProcessEnv(process.env, { ...transport.env, ...workloadEnv });
    const resolve = async (withEnv: NodeJS.ProcessEnv) => {
      const out = await inspectWith(['--execution-requirements'], withEnv);
      if (out.code !== 0) return undefined;
      try {
        return JSON.parse(out.stdout) as Record<string, unknown>;
      } catch {
        return undefined;
      }
    };
    const resolved = await resolve(env);
    if (resolved) return resolved;
    // Not with a --config file, which may set vus on a layer below the environment; and only on a retry, since
    // on k6 v2 `vus` alone replaces the scenarios.
    if (scriptOptions.vus == null && env.K6_VUS === undefined && configArgs.length === 0) {
      const withDefaultVus = await resolve({ ...env, K6_VUS: '1' });
      if (withDefaultVus) return { ...withDefaultVus, vus: null };
    }
    return applyWorkloadShortcuts(scriptOptions, workloadEnv);
  }

  async run(request: K6RunRequest): Promise<K6RunResult> {
    const { runArgs } = analyseK6Args(request.extraArgs);
    const transport = scriptEnvTransport(request.scriptEnv, runArgs);
    const args = [
      'run',
      '--quiet',
      '--no-color',
      // No REST API: parallel runs (A/B, CI matrices, tests) would collide on 6565, and perf-gate does not use it.
      K6_API_OFF,
      ...(request.samplesPath !== undefined
        ? ['--out', samplesOutArg(request.samplesFormat ?? 'json', request.samplesPath)]
        : []),
      '--summary-export',
      request.summaryExportPath,
      ...transport.args,
      ...runArgs,
      request.script,
    ];
    const env = k6ProcessEnv(process.env, transport.env);
    const out = await runProcess(this.location.path, args, request.cwd, request.onLine, env);
    return {
      exitCode: out.code,
      errors: out.lines.map(k6ErrorMessage).filter((m): m is string => m !== undefined),
      exceptions: scriptExceptions(out.lines),
    };
  }
}
