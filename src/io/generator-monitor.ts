/**
 * Watches the load generator itself while it runs (Linux /proc): k6's CPU time, how long its threads waited on a run
 * queue for a CPU, and how many CPUs it may use. A generator that is short of CPU measures its own queueing as the
 * service's latency; the comparison then says so instead of blaming the service (domain/compare/saturation.ts).
 * Where /proc is missing (macOS, Windows) it records nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { GeneratorStats } from '../domain/run-summary.js';

const TICKS_PER_SECOND = 100; // USER_HZ on every Linux architecture Node supports

interface Sample {
  /** CPU seconds (user + system) of the process. */
  cpu: number;
  /** Seconds its threads ran and waited runnable (schedstat), summed over threads. */
  run: number;
  wait: number;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The pids of this process's children named k6 (the runner spawns k6 directly). */
function k6Children(): number[] {
  const pids: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return [];
  }
  for (const tid of tasks) {
    for (const pid of (read(`/proc/self/task/${tid}/children`) ?? '').split(/\s+/).filter(Boolean)) {
      if ((read(`/proc/${pid}/comm`) ?? '').trim().startsWith('k6')) pids.push(Number(pid));
    }
  }
  return pids;
}

function sample(pid: number): Sample | undefined {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // Fields after the command (which may hold spaces) start after the last ')'; utime and stime are fields 14, 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpu = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  let run = 0;
  let wait = 0;
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    tids = [];
  }
  for (const tid of tids) {
    const [r, w] = (read(`/proc/${pid}/task/${tid}/schedstat`) ?? '').split(' ').map(Number);
    if (Number.isFinite(r) && Number.isFinite(w)) {
      run += (r as number) / 1e9;
      wait += (w as number) / 1e9;
    }
  }
  return Number.isFinite(cpu) ? { cpu, run, wait } : undefined;
}

/** CPUs the process may run on, from Cpus_allowed_list (e.g. `0-3,6`). */
function allowedCpus(pid: number): number | undefined {
  const m = /Cpus_allowed_list:\s*(\S+)/.exec(read(`/proc/${pid}/status`) ?? '');
  if (!m) return undefined;
  let n = 0;
  for (const part of (m[1] as string).split(',')) {
    const [a, b] = part.split('-').map(Number);
    n += b === undefined ? 1 : (b as number) - (a as number) + 1;
  }
  return n > 0 ? n : undefined;
}

export interface GeneratorMonitor {
  stop(): GeneratorStats | undefined;
}

/** Samples k6 every `intervalSeconds` from now until stop(); the last sample before exit holds its totals. */
export function startGeneratorMonitor(intervalSeconds = 1): GeneratorMonitor {
  const started = Date.now();
  let pid: number | undefined;
  let first: Sample | undefined;
  let last: Sample | undefined;
  let cpus: number | undefined;
  let firstAt = 0;
  let lastAt = 0;
  const tick = (): void => {
    pid ??= k6Children()[0];
    if (pid === undefined) return;
    const s = sample(pid);
    if (!s) return;
    cpus ??= allowedCpus(pid);
    if (!first) {
      first = s;
      firstAt = Date.now();
    }
    last = s;
    lastAt = Date.now();
  };
  const timer = setInterval(tick, intervalSeconds * 1000);
  timer.unref();
  tick();
  return {
    stop() {
      clearInterval(timer);
      tick();
      if (!last || !first || lastAt <= firstAt) return undefined;
      const wall = (lastAt - Math.max(firstAt, started)) / 1000;
      const runnable = last.run - first.run + (last.wait - first.wait);
      return {
        cpuSeconds: Number((last.cpu - first.cpu).toFixed(3)),
        wallSeconds: Number(wall.toFixed(3)),
        ...(cpus ? { cpusAllowed: cpus } : {}),
        ...(runnable > 0
          ? { runQueueWaitShare: Number(((last.wait - first.wait) / runnable).toFixed(4)) }
          : {}),
      };
    },
  };
}
