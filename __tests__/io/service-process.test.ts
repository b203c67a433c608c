/**
 * The service perf-gate starts: a real tiny node HTTP server, started in its own process group on a free port,
 * polled until it answers, stopped (the stop command, or SIGTERM then SIGKILL to the whole group), and the errors
 * when it does not build, exits, or never answers: they name the version, the URL and the last lines of its log.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cancelAll } from '../../src/io/cancellation.js';
import { freePorts, logTail, serviceEnv, startService } from '../../src/io/service-process.js';
import type { ServicePlan } from '../../src/domain/service-plan.js';
import { PerfGateError } from '../../src/errors.js';

/** A server on PORT (or the port given as its argument) answering 200, that prints a line when it listens. */
const SERVER = `const port = Number(process.argv[2] || process.env.PORT);
require('node:http').createServer((q, s) => s.end('ok ' + port)).listen(port, '127.0.0.1', () => console.log('listening on ' + port));`;

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'service-process-'));
  writeFileSync(join(dir, 'server.js'), SERVER);
  return dir;
}

const plan = (over: Partial<ServicePlan> = {}): ServicePlan => ({
  start: 'node server.js',
  readyUrl: 'http://127.0.0.1:{port}/',
  readyTimeoutSeconds: 20,
  targetEnv: 'BASE_URL',
  serverMetrics: [],
  ...over,
});

/** Whether a process runs: a zombie (killed, not yet reaped by a container's init) does not. */
const alive = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

const answers = async (port: number): Promise<string | undefined> => {
  try {
    return await (await fetch(`http://127.0.0.1:${port}/`)).text();
  } catch {
    return undefined;
  }
};

const failure = async (promise: Promise<unknown>): Promise<PerfGateError> => {
  try {
    await promise;
  } catch (err) {
    if (err instanceof PerfGateError) return err;
    throw err;
  }
  throw new Error('expected a PerfGateError');
};

describe('freePorts', () => {
  it('gives distinct ports of 127.0.0.1 nobody listens on', async () => {
    const [a, b] = (await freePorts(2)) as [number, number];
    expect(a).not.toBe(b);
    expect(await answers(a)).toBeUndefined();
  });
});

describe('serviceEnv', () => {
  it("keeps the step's environment but its inputs, the runner's credentials and GitHub tokens; sets PORT", () => {
    const env = serviceEnv(
      {
        PATH: '/bin',
        DATABASE_URL: 'postgres://db',
        'INPUT_GITHUB-TOKEN': 'ghs_x',
        GITHUB_TOKEN: 'ghs_y',
        GH_TOKEN: 'ghs_z',
        ACTIONS_RUNTIME_TOKEN: 't',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'u',
        GITHUB_SHA: 'abc',
        PORT: '1',
      },
      4242,
    );
    expect(env).toEqual({ PATH: '/bin', DATABASE_URL: 'postgres://db', GITHUB_SHA: 'abc', PORT: '4242' });
  });
});

describe('startService', () => {
  it('starts with PORT, waits until it answers, logs to the version file, stops it', async () => {
    const dir = workdir();
    const logFile = join(dir, 'head.log');
    const [port] = (await freePorts(1)) as [number];
    const service = await startService(plan(), { label: 'the head', dir, logFile }, port);
    expect(await answers(port)).toBe(`ok ${port}`);
    expect(readFileSync(logFile, 'utf8')).toContain(`listening on ${port}`);
    await service.stop();
    expect(await answers(port)).toBeUndefined();
    await service.stop(); // twice is fine
  });

  it('replaces {port} in the start command and the ready URL', async () => {
    const dir = workdir();
    writeFileSync(
      join(dir, 'health.js'),
      `const port = Number(process.argv[2]);
require('node:http').createServer((q, s) => { s.statusCode = q.url === '/health' ? 200 : 503; s.end(); }).listen(port, '127.0.0.1');`,
    );
    const [port] = (await freePorts(1)) as [number];
    const service = await startService(
      plan({ start: 'PORT= node health.js {port}', readyUrl: 'http://127.0.0.1:{port}/health' }),
      { label: 'the head', dir, logFile: join(dir, 'log') },
      port,
    );
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    await service.stop();
  });

  it('stops the whole process group: what the start command started in the background goes too', async () => {
    const dir = workdir();
    // The shell starts the server in the background and a second, long-lived process, and records their pids.
    const start = 'node server.js & echo $! > server.pid; sleep 300 & echo $! > sleep.pid; wait';
    const [port] = (await freePorts(1)) as [number];
    const service = await startService(
      plan({ start }),
      { label: 'the head', dir, logFile: join(dir, 'log') },
      port,
    );
    const pids = ['server.pid', 'sleep.pid'].map((f) => Number(readFileSync(join(dir, f), 'utf8')));
    expect(pids.every(alive)).toBe(true);
    await service.stop();
    expect(pids.map(alive)).toEqual([false, false]);
  });

  it('kills a group that ignores SIGTERM after the grace period', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'stubborn.js'), `process.on('SIGTERM', () => {});\n${SERVER}`);
    const start = `trap '' TERM; node stubborn.js & echo $! > server.pid; wait`;
    const [port] = (await freePorts(1)) as [number];
    const service = await startService(
      plan({ start }),
      { label: 'the head', dir, logFile: join(dir, 'log') },
      port,
    );
    const pid = Number(readFileSync(join(dir, 'server.pid'), 'utf8'));
    await service.stop();
    expect(alive(pid)).toBe(false);
    expect(await answers(port)).toBeUndefined();
  }, 20_000);

  it('runs the stop command, with PORT and {port}, in the version directory', async () => {
    const dir = workdir();
    const start = 'node server.js & echo $! > server.pid; wait';
    const stop = 'echo "stopping $PORT {port}" > stopped.txt; kill $(cat server.pid)';
    const [port] = (await freePorts(1)) as [number];
    const service = await startService(
      plan({ start, stop }),
      { label: 'the head', dir, logFile: join(dir, 'log') },
      port,
    );
    await service.stop();
    expect(readFileSync(join(dir, 'stopped.txt'), 'utf8').trim()).toBe(`stopping ${port} ${port}`);
    expect(await answers(port)).toBeUndefined();
  });

  it('a service that never answers: exit 2 naming the version, the URL and its last lines; it is stopped', async () => {
    const dir = workdir();
    const start =
      'echo "loading config"; echo "waiting for the database"; echo $$ > shell.pid; exec sleep 300';
    const [port] = (await freePorts(1)) as [number];
    const logFile = join(dir, 'base.log');
    const err = await failure(
      startService(
        plan({ start, readyTimeoutSeconds: 1 }),
        { label: 'the base commit abc1234', dir, logFile },
        port,
      ),
    );
    expect(err.exitCode).toBe(2);
    expect(err.message).toContain(
      `the base commit abc1234, started with \`${start}\` on http://127.0.0.1:${port}, did not answer http://127.0.0.1:${port}/ within 1s`,
    );
    expect(err.message).toContain(`the last lines of ${logFile}:\nloading config\nwaiting for the database`);
    expect(alive(Number(readFileSync(join(dir, 'shell.pid'), 'utf8')))).toBe(false);
  });

  it('a service that exits before it answers says so at once, with its exit code', async () => {
    const dir = workdir();
    const [port] = (await freePorts(1)) as [number];
    const err = await failure(
      startService(
        plan({ start: 'echo "config.yml: no such file" >&2; exit 3', readyTimeoutSeconds: 600 }),
        { label: 'the head', dir, logFile: join(dir, 'log') },
        port,
      ),
    );
    expect(err.message).toMatch(
      /the head, started with .* exited \(exit code 3\) before http:\/\/127\.0\.0\.1:\d+\/ answered/,
    );
    expect(err.message).toContain('config.yml: no such file');
  });

  it('a version without the directory to start in (new in the change) is named before anything runs', async () => {
    const dir = join(workdir(), 'api');
    const err = await failure(
      startService(plan(), { label: 'the base commit abc1234', dir, logFile: join(dir, 'log') }, 1),
    );
    expect(err.message).toBe(`the base commit abc1234 has no directory ${dir} to start the service in`);
  });

  it('builds first, in the version directory; a failed build is the error, with its output', async () => {
    const dir = workdir();
    const [port] = (await freePorts(1)) as [number];
    const built = await startService(
      plan({ build: 'echo built > build.txt' }),
      { label: 'the head', dir, logFile: join(dir, 'log') },
      port,
    );
    expect(readFileSync(join(dir, 'build.txt'), 'utf8').trim()).toBe('built');
    await built.stop();
    const err = await failure(
      startService(
        plan({ build: 'echo "error TS2304: Cannot find name" ; exit 2' }),
        { label: 'the base commit abc1234', dir, logFile: join(dir, 'log2') },
        port,
      ),
    );
    expect(err.message).toContain('the build of the base commit abc1234 failed (exit code 2)');
    expect(err.message).toContain('error TS2304: Cannot find name');
    expect(await answers(port)).toBeUndefined();
  });

  it('is stopped on cancellation (registered with cancellation.ts)', async () => {
    const dir = workdir();
    const [port] = (await freePorts(1)) as [number];
    await startService(plan(), { label: 'the head', dir, logFile: join(dir, 'log') }, port);
    expect(await answers(port)).toBe(`ok ${port}`);
    await cancelAll(500);
    expect(await answers(port)).toBeUndefined();
  });
});

describe('logTail', () => {
  it('the last lines, each cut to 300 characters; a missing log says so', () => {
    const dir = workdir();
    const file = join(dir, 'log');
    writeFileSync(
      file,
      `${Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n')}\n${'x'.repeat(400)}\n`,
    );
    const tail = logTail(file, 3).split('\n');
    expect(tail).toEqual(['line 29', 'line 30', `${'x'.repeat(300)}…`]);
    expect(logTail(join(dir, 'none'))).toBe('(no output)');
  });
});
