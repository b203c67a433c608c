/**
 * The service perf-gate starts itself (`start`): build it, start it in its own process group on a free port of
 * 127.0.0.1, poll its readiness URL, and stop it (the `stop` command, else SIGTERM to the group, then SIGKILL after
 * a grace period), also on cancellation (cancellation.ts). Its output goes to a log file per version, whose last
 * lines are part of the error when it fails to build or to answer: the job's log stays perf-gate's. About 270
 * lines: starting, watching and stopping one process group are one lifecycle, each step the others' precondition.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { expandPort, serviceUrl, type ServicePlan } from '../domain/service-plan.js';
import { PerfGateError } from '../errors.js';
import { onCancel } from './cancellation.js';

/** One version to start: how messages name it (`the base commit abc1234`), its checkout, its log file's name. */
export interface ServiceVersion {
  label: string;
  dir: string;
  logName: string;
}

export interface RunningService {
  port: number;
  /** Where its build, start and stop commands write (the host's log directory). */
  logFile: string;
  /** Stops the service (the `stop` command, then the process group); safe to call twice. */
  stop(): Promise<void>;
}

/** What the pipeline needs to run services (pipeline/served.ts): free ports, and a started, answering version. */
export interface ServiceHost {
  freePorts(count: number): Promise<number[]>;
  /** Builds (when `build` is set), starts and waits until `ready-url` answers. */
  start(plan: ServicePlan, version: ServiceVersion, port: number): Promise<RunningService>;
}

/** How long a service's process group has between SIGTERM and SIGKILL (a server drains its connections). */
export const STOP_GRACE_MS = 5000;
/** How often the readiness URL is polled, and how long one poll may take. */
const POLL_MS = 250;
const POLL_TIMEOUT_MS = 2000;
/** The lines of a service's log an error shows. */
const TAIL_LINES = 20;

/**
 * A service's environment: the step's, without the action's inputs (`INPUT_*`, the token among them), the
 * runner's own credentials (`ACTIONS_*`) and GitHub tokens, plus `PORT`. A service needs what the workflow gives it
 * (a database URL, its own settings), so this is a deny-list, unlike k6's allow-list: k6 runs scripts and remote
 * modules, a service is the repository's own code.
 */
export function serviceEnv(env: NodeJS.ProcessEnv, port: number): NodeJS.ProcessEnv {
  const kept = Object.entries(env).filter(
    ([name]) => !/^(INPUT_|ACTIONS_)/i.test(name) && !/^(GITHUB_TOKEN|GH_TOKEN)$/i.test(name),
  );
  return { ...Object.fromEntries(kept), PORT: String(port) };
}

/** Two (or more) distinct free ports of 127.0.0.1: all are held open until each is known, then released. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  try {
    return await Promise.all(
      servers.map(
        (server) =>
          new Promise<number>((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => {
              const address = server.address();
              if (address && typeof address === 'object') resolve(address.port);
              else reject(new Error('freePorts: no port'));
            });
          }),
      ),
    );
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

/** The last lines of a log, each cut to 300 characters (a service's output is hostile text of any size). */
export function logTail(logFile: string, lines = TAIL_LINES): string {
  let text: string;
  try {
    text = readFileSync(logFile, 'utf8');
  } catch {
    return '(no output)';
  }
  const tail = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(-lines)
    .map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l));
  return tail.length > 0 ? tail.join('\n') : '(no output)';
}

const exited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

const exit = (child: ChildProcess): Promise<void> =>
  exited(child) ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

/** Signals the child's whole process group (`sh -c` and everything it started); gone already is fine. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone.
  }
}

/**
 * Whether any process of the group still runs. Signal 0 checks without sending, but it also finds zombies: a killed
 * process re-parented to an init that reaps late (a container's PID 1) would look alive for the whole grace
 * period. Where /proc lists the processes (Linux), the group's members that are not zombies are what counts.
 */
function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
  } catch {
    return false;
  }
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return true;
  }
  return entries.some((pid) => {
    try {
      // /proc/<pid>/stat: `pid (comm) state ppid pgrp ...`; comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(pgrp) === child.pid && state !== 'Z';
    } catch {
      return false;
    }
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the whole process group is gone, at most `ms`; true when it is. */
async function groupGone(child: ChildProcess, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  await Promise.race([exit(child), sleep(ms)]);
  while (groupAlive(child) && Date.now() < until) await sleep(50);
  return !groupAlive(child);
}

/** SIGTERM to the group, then SIGKILL to what is left after the grace period. */
export async function stopGroup(child: ChildProcess, graceMs = STOP_GRACE_MS): Promise<void> {
  if (!groupAlive(child)) return;
  signalGroup(child, 'SIGTERM');
  if (await groupGone(child, graceMs)) return;
  signalGroup(child, 'SIGKILL');
  await groupGone(child, 1000);
}

/** `sh -c command` in its own process group, output appended to the log file. */
function spawnShell(command: string, dir: string, env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const fd = openSync(logFile, 'a');
  try {
    return spawn('sh', ['-c', command], { cwd: dir, env, stdio: ['ignore', fd, fd], detached: true });
  } finally {
    closeSync(fd);
  }
}

/** Runs a command to its end (stopped on cancellation); its exit code, or the signal that ended it. */
async function runToEnd(
  command: string,
  dir: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<number | NodeJS.Signals> {
  const child = spawnShell(command, dir, env, logFile);
  const unregister = onCancel(() => stopGroup(child));
  try {
    return await new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code ?? signal ?? 1));
    });
  } finally {
    unregister();
  }
}

/** Polls `url` until it answers with a status below 500; false when the deadline or the process's exit comes first. */
async function answers(url: string, deadline: number, child: ChildProcess): Promise<boolean> {
  while (Date.now() < deadline && !exited(child)) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(POLL_TIMEOUT_MS), redirect: 'manual' });
      await res.body?.cancel();
      if (res.status < 500) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(POLL_MS);
  }
  return false;
}

/**
 * Builds, starts and waits for one version. A build that fails, a service that exits or never answers is a
 * PerfGateError naming the version, the command or URL, and the last lines of its log; the service is stopped first.
 */
export async function startService(
  plan: ServicePlan,
  version: { label: string; dir: string; logFile: string },
  port: number,
  baseEnv: NodeJS.ProcessEnv = process.env,
): Promise<RunningService> {
  const env = serviceEnv(baseEnv, port);
  const { dir, label, logFile } = version;
  if (!existsSync(dir))
    throw new PerfGateError(
      `${label} has no directory ${dir} to start the service in`,
      'The working directory is new in this change: compare from a base that has it, or start the versions yourself (baseline-target, candidate-target)',
    );
  const failure = (what: string, hint: string) =>
    new PerfGateError(`${what}; the last lines of ${logFile}:\n${logTail(logFile)}\n`, hint);
  if (plan.build) {
    const status = await runToEnd(expandPort(plan.build, port), dir, env, logFile);
    if (status !== 0)
      throw failure(
        `the build of ${label} failed (${typeof status === 'number' ? `exit code ${status}` : status})`,
        'Fix the build command, or run it in an earlier step for the head',
      );
  }
  const child = spawnShell(expandPort(plan.start, port), dir, env, logFile);
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      unregister();
      if (plan.stop && groupAlive(child)) {
        const status = await runToEnd(expandPort(plan.stop, port), dir, env, logFile);
        if (status === 0 && (await groupGone(child, STOP_GRACE_MS))) return;
      }
      await stopGroup(child);
    })());
  const unregister = onCancel(stop);
  const readyUrl = expandPort(plan.readyUrl, port);
  let spawnFailure: Error | undefined;
  const ready = await Promise.race([
    answers(readyUrl, Date.now() + plan.readyTimeoutSeconds * 1000, child),
    spawnError.then((err) => ((spawnFailure = err), false)),
  ]);
  if (ready) return { port, logFile, stop };
  // Said before stopping it: the stop itself ends the process.
  const how = spawnFailure
    ? `could not be started (${spawnFailure.message})`
    : exited(child)
      ? `exited (${child.exitCode !== null ? `exit code ${child.exitCode}` : child.signalCode}) before ${readyUrl} answered`
      : `did not answer ${readyUrl} within ${plan.readyTimeoutSeconds}s`;
  await stop();
  throw failure(
    `${label}, started with \`${plan.start.slice(0, 200)}\` on ${serviceUrl(port)}, ${how}`,
    'Check that the service listens on 127.0.0.1 at PORT (or {port}), that the ready URL answers below 500, or lengthen the ready timeout',
  );
}

/** The real host: ports of this machine, services as child processes, their logs in `logDir` (else a temporary one). */
export function processServiceHost(logDir?: string): ServiceHost {
  let dir: Promise<string> | undefined;
  const logs = () =>
    (dir ??= logDir
      ? mkdir(logDir, { recursive: true }).then(() => logDir)
      : mkdtemp(join(tmpdir(), 'perf-gate-services-')));
  return {
    freePorts,
    start: async (plan, { label, dir: cwd, logName }, port) =>
      startService(plan, { label, dir: cwd, logFile: join(await logs(), logName) }, port),
  };
}
