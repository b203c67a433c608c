import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { trackChild } from './cancellation.js';
import type { VegetaLocation } from './vegeta-locate.js';

/**
 * The variables vegeta gets: what a process needs, never the runner's tokens; RUNNER_TRACKING_ID so that the runner
 * finds the processes a cancelled job left behind.
 */
const PASSED_ENV = [
  'PATH',
  'HOME',
  'TMPDIR',
  'LANG',
  'LC_ALL',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'RUNNER_TRACKING_ID',
];

/**
 * `vegeta attack`'s arguments. `-max-body=0` unless the user's arguments set -max-body: vegeta otherwise captures
 * every response body whole into every result line, which perf-gate reads and never uses. (vegeta's `bytes_in` is
 * the length of the body it kept, so `data_received` then reads 0: said in the vegeta-args doc.)
 */
export function vegetaAttackArgs(attack: {
  rate: string;
  durationSeconds: number;
  targetsPath: string;
  extraArgs: readonly string[];
}): string[] {
  const ownMaxBody = attack.extraArgs.some((a) => /^--?max-body(=|$)/.test(a));
  return [
    `-rate=${attack.rate}`,
    `-duration=${attack.durationSeconds}s`,
    `-targets=${attack.targetsPath}`,
    ...(ownMaxBody ? [] : ['-max-body=0']),
    ...attack.extraArgs,
  ];
}

export interface VegetaProcess {
  /** `vegeta encode --to json` output of the attack's results, as they are produced. */
  results: Readable;
  /** Both processes' exit codes and the last lines of their error output, when both have ended. */
  done: Promise<{ attackExit: number; encodeExit: number; attackErrors: string[]; encodeErrors: string[] }>;
}

/**
 * Starts `vegeta attack <args>` piped into `vegeta encode --to json`: results stream out as JSON lines while the
 * attack runs (the binary gob stream between the two never touches the disk or perf-gate).
 */
export function startVegeta(
  location: VegetaLocation,
  attackArgs: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void = () => undefined,
): VegetaProcess {
  const childEnv = Object.fromEntries(PASSED_ENV.filter((k) => env[k] !== undefined).map((k) => [k, env[k]]));
  const attack = spawn(location.path, ['attack', ...attackArgs], {
    cwd,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const encode = spawn(location.path, ['encode', '--to', 'json'], {
    cwd,
    env: childEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  trackChild(attack);
  trackChild(encode);
  attack.stdout.pipe(encode.stdin);
  // An encoder that died early must not crash perf-gate with EPIPE: its exit code says what happened.
  encode.stdin.on('error', () => undefined);
  const attackErrors: string[] = [];
  const encodeErrors: string[] = [];
  const collect = (stream: Readable, errors: string[]) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() === '') continue;
        onLine(line);
        errors.push(line.slice(0, 500));
        // The first lines (the cause) and the last ones are kept.
        if (errors.length > 23) errors.splice(3, 1);
      }
    });
  };
  collect(attack.stderr, attackErrors);
  collect(encode.stderr, encodeErrors);
  const exited = (child: ReturnType<typeof spawn>, errors: string[]) =>
    new Promise<number>((resolve) => {
      child.once('error', (err) => {
        errors.push(`cannot start ${location.path}: ${err.message}`);
        resolve(127);
      });
      child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
  const done = Promise.all([exited(attack, attackErrors), exited(encode, encodeErrors)]).then(
    ([attackExit, encodeExit]) => ({ attackExit, encodeExit, attackErrors, encodeErrors }),
  );
  return { results: encode.stdout, done };
}

/** The version a vegeta binary reports (`vegeta -version`), or undefined (a `go install` build reports none). */
export function vegetaVersion(location: VegetaLocation): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(location.path, ['-version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (c: string) => (out += c));
    child.once('error', () => resolve(undefined));
    child.once('close', () => {
      const m = /^Version:\s*(v?[0-9][0-9A-Za-z.+-]{0,40})\s*$/m.exec(out);
      resolve(m ? (m[1] as string) : undefined);
    });
  });
}
