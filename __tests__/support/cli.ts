import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { ROOT } from './k6.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command in `cwd` with colour off (`NO_COLOR`) and `env` over this process's, and collects its output. */
export function runProcess(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * Runs the bundled CLI (`<bundle>/cli.js`) from the project root (or `cwd`), colour off, and collects its output.
 */
export function cli(
  bundle: string,
  args: string[],
  env: Record<string, string>,
  cwd: string = ROOT,
): Promise<CliResult> {
  return runProcess(process.execPath, [join(bundle, 'cli.js'), ...args], cwd, env);
}

/** Runs `perf-gate <args>` in this process (src/cli/main.ts) and collects its stdout and stderr. */
export async function cliInProcess(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const err = new PassThrough() as unknown as NodeJS.WriteStream;
  (err as unknown as PassThrough).on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: err });
  return { code, stdout, stderr };
}
