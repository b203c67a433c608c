import { spawn } from 'node:child_process';
import { PerfGateError } from '../errors.js';
import type { K6Location } from './k6-locate.js';

export interface K6RunRequest {
  script: string;
  cwd: string;
  /** Passed to the script as `-e KEY=VALUE` (__ENV). */
  scriptEnv: Record<string, string>;
  /** Further k6 arguments, passed through as given (e.g. `--tag env=ci`). */
  extraArgs: string[];
  /** Where k6 writes its per-sample JSON output (a FIFO for live ingestion, or a file). */
  samplesPath: string;
  /** Where k6 writes its end-of-test summary export (thresholds per expression). */
  summaryExportPath: string;
  /** Each line k6 prints (banner, logs, errors), for the logger. */
  onLine?: (line: string) => void;
}

export interface K6RunResult {
  exitCode: number;
  /** The messages of k6's `level=error` log lines, for an error report in k6's own words. */
  errors: string[];
}

/** Runs k6. An interface so the pipeline can be tested with a recorded run and the action can install k6 first. */
export interface K6Runner {
  readonly location: K6Location;
  version(): Promise<string>;
  /** The script's options as k6 resolves them (`k6 inspect`), for the workload fingerprint. */
  inspect(script: string, scriptEnv: Record<string, string>, cwd: string): Promise<Record<string, unknown>>;
  run(request: K6RunRequest): Promise<K6RunResult>;
}

/**
 * The variables k6 gets from perf-gate's own environment: what a process needs to run (paths, home, temp, locale,
 * proxies and certificates, the Windows basics) and k6's own K6_* settings. Nothing else: k6 shows its whole
 * environment to the script as __ENV, and the script and its remote modules are code perf-gate does not control,
 * while a runner's environment holds INPUT_GITHUB-TOKEN, GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN. The script's own values come through the `env` input (`-e`).
 */
const PASSED_TO_K6 =
  /^(PATH|HOME|USER|LOGNAME|SHELL|TMPDIR|TMP|TEMP|TZ|LANG|LANGUAGE|LC_[A-Z]+|SSL_CERT_FILE|SSL_CERT_DIR|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|ALL_PROXY|SYSTEMROOT|SystemRoot|SYSTEMDRIVE|WINDIR|windir|COMSPEC|PATHEXT|USERPROFILE|APPDATA|LOCALAPPDATA|XDG_[A-Z_]+|K6_[A-Z0-9_]+)$/;

/** k6's environment: the allow-listed variables, no usage report, no network extension resolution, no colours. */
export function k6ProcessEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const passed = Object.fromEntries(Object.entries(env).filter(([name]) => PASSED_TO_K6.test(name)));
  return { ...passed, K6_NO_USAGE_REPORT: 'true', K6_AUTO_EXTENSION_RESOLUTION: 'false', NO_COLOR: '1' };
}

function envArgs(scriptEnv: Record<string, string>): string[] {
  return Object.entries(scriptEnv).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
}

/** Extracts `msg="..."` from a logrus text line at level=error. */
export function k6ErrorMessage(line: string): string | undefined {
  if (!/\blevel=(error|fatal)\b/.test(line)) return undefined;
  const m = /\bmsg="((?:[^"\\]|\\.)*)"/.exec(line);
  if (!m) return line.trim();
  return (m[1] as string).replace(/\\(.)/g, '$1');
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
): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, { cwd, env: k6ProcessEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
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

  async version(): Promise<string> {
    const out = await runProcess(this.location.path, ['version'], process.cwd());
    const m = /k6 (v\d+\.\d+\.\d+\S*)/.exec(out.stdout);
    if (out.code !== 0 || !m) {
      throw new PerfGateError(
        `${this.location.path} (from ${this.location.source}) does not answer \`k6 version\``,
        'Point --k6 or K6_PATH at a working k6 binary',
      );
    }
    return m[1] as string;
  }

  async inspect(
    script: string,
    scriptEnv: Record<string, string>,
    cwd: string,
  ): Promise<Record<string, unknown>> {
    const out = await runProcess(this.location.path, ['inspect', ...envArgs(scriptEnv), script], cwd);
    if (out.code !== 0) {
      const errors = out.lines.map(k6ErrorMessage).filter((m): m is string => m !== undefined);
      throw new PerfGateError(
        `k6 cannot load ${script}: ${errors[0] ?? `k6 inspect exited with ${out.code}`}`,
        'Fix the script (try `k6 inspect` on it) and run again',
      );
    }
    try {
      return JSON.parse(out.stdout) as Record<string, unknown>;
    } catch {
      throw new PerfGateError('`k6 inspect` printed something that is not JSON', 'Check the k6 version');
    }
  }

  async run(request: K6RunRequest): Promise<K6RunResult> {
    const args = [
      'run',
      '--quiet',
      '--no-color',
      // k6's REST API on a free port: parallel runs (A/B, CI matrices, tests) would collide on 6565.
      '--address',
      '127.0.0.1:0',
      '--out',
      `json=${request.samplesPath}`,
      '--summary-export',
      request.summaryExportPath,
      ...envArgs(request.scriptEnv),
      ...request.extraArgs,
      request.script,
    ];
    const out = await runProcess(this.location.path, args, request.cwd, request.onLine);
    return {
      exitCode: out.code,
      errors: out.lines.map(k6ErrorMessage).filter((m): m is string => m !== undefined),
    };
  }
}
