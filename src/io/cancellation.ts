/**
 * Cancellation: when the job is cancelled (the runner sends SIGINT, then SIGTERM) or the user presses Ctrl-C,
 * perf-gate must not leave its load generator running, re-parented to PID 1, nor its temporary files behind (the
 * samples FIFO and its directory, the capacity wrapper next to the user's script). The adapters that start a
 * process or create a file register it here; the two entry points install the signal handlers (exitOnSignals).
 * A cancelled run stores nothing: the process exits from here, before anything is judged or saved.
 */
import type { ChildProcess } from 'node:child_process';

const children = new Set<ChildProcess>();
const cleanups = new Set<() => unknown>();
/** How long the children get to stop after SIGTERM before SIGKILL (k6 stops a run gracefully on SIGTERM). */
const GRACE_MS = 3000;

/** Follows a child process until it exits, so that a cancellation stops it. */
export function trackChild(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  children.add(child);
  child.once('exit', () => children.delete(child));
  child.once('error', () => children.delete(child));
}

/** Registers what to undo on cancellation (remove a file, a directory); returns the function that unregisters it. */
export function onCancel(cleanup: () => unknown): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

/** Stops every tracked child (SIGTERM, then SIGKILL after the grace period), then runs every cleanup. */
export async function cancelAll(graceMs = GRACE_MS): Promise<void> {
  const running = [...children];
  for (const child of running) child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
  if ((await Promise.race([Promise.all(running.map(exited)), graceOver])) === 'late') {
    for (const child of running) child.kill('SIGKILL');
    await Promise.all(running.map(exited));
  }
  clearTimeout(timer);
  for (const cleanup of [...cleanups]) {
    try {
      await cleanup();
    } catch {
      // Best effort: the next cleanup still runs, and the process is exiting.
    }
  }
  cleanups.clear();
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;

/**
 * On SIGINT or SIGTERM: stop the children, remove the temporary files, and exit with the signal's status (128 + its
 * number, as a shell reports a process the signal killed). A second signal while that runs kills the children at once.
 */
export function exitOnSignals(say: (message: string) => void): void {
  let cancelling = false;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      if (cancelling) {
        for (const child of children) child.kill('SIGKILL');
        return;
      }
      cancelling = true;
      say(
        `perf-gate: ${signal} received: stopping the load generator and any service perf-gate started, removing temporary files; nothing is stored`,
      );
      void cancelAll().finally(() => process.exit(128 + number));
    });
  }
}
