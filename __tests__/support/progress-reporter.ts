/**
 * A vitest reporter for the long suite (scripts/test-all.sh): one line per finished test file with its wall time
 * and the suite's elapsed time, and, whenever nothing was printed for `quietMs` (20 s), a heartbeat line naming the
 * files still running, how long each has run and the test it is in. A load test can run for minutes; without this
 * the log went silent for up to 177 s and a stuck run looked like a slow one. (Which test a file is in cannot be
 * told reliably: vitest reports test starts in batches, so a heartbeat says how many of its tests have finished.)
 *
 * ProgressLog holds the logic with the clock and the writer injected (tested with a fake clock); the default
 * export adapts it to vitest's reporter hooks and ticks it every `tickMs` (5 s), so no silence exceeds 25 s.
 */
import type { Reporter, TestModule, TestSpecification } from 'vitest/node';

type FileState = 'passed' | 'failed' | 'skipped' | 'pending' | 'queued';

/** How many of a file's tests have finished, of how many, as vitest knows it now. */
export type TestCount = () => { done: number; total: number };

interface Running {
  project: string;
  since: number;
  tests: TestCount;
}

/** `1m05s`, `42s`, `3.2s`: short, for a log line. */
export function formatElapsed(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)}s`;
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

export class ProgressLog {
  private readonly running = new Map<string, Running>();
  private startedAt = 0;
  private lastLineAt = 0;
  private total = 0;
  private finished = 0;
  private failed = 0;

  constructor(
    private readonly write: (line: string) => void,
    private readonly now: () => number,
    private readonly quietMs = 20_000,
  ) {}

  start(totalFiles: number): void {
    this.startedAt = this.now();
    this.total = totalFiles;
    this.line(`${totalFiles} test files to run`);
  }

  fileStarted(file: string, project: string, tests: TestCount): void {
    this.running.set(file, { project, since: this.now(), tests });
  }

  fileFinished(file: string, project: string, state: FileState, tests: number): void {
    const r = this.running.get(file);
    this.running.delete(file);
    this.finished++;
    if (state === 'failed') this.failed++;
    const mark = state === 'failed' ? 'FAIL' : state === 'skipped' ? 'skip' : 'ok  ';
    const took = r ? formatElapsed(this.now() - r.since) : '?';
    this.line(`${mark} ${file} [${project}] ${took}, ${tests} test${tests === 1 ? '' : 's'}`);
  }

  /** Called every few seconds: a heartbeat when the log has been quiet for `quietMs`. */
  tick(): void {
    if (this.now() - this.lastLineAt < this.quietMs) return;
    const now = this.now();
    const files = [...this.running].map(([file, r]) => {
      const { done, total } = r.tests();
      return `${file} [${r.project}] ${formatElapsed(now - r.since)}${total ? `, ${done}/${total} tests done` : ''}`;
    });
    this.line(
      files.length ? `still running: ${files.join('; ')}` : 'between files (collecting the next one)',
    );
  }

  finish(): void {
    this.line(`done: ${this.finished} files, ${this.failed} failed`);
  }

  private line(text: string): void {
    this.lastLineAt = this.now();
    const done = this.total ? `${this.finished}/${this.total}` : `${this.finished}`;
    this.write(`[progress ${formatElapsed(this.lastLineAt - this.startedAt)} ${done}] ${text}\n`);
  }
}

/** The vitest adapter: `--reporter=./__tests__/support/progress-reporter.ts` (alongside the default reporter). */
export default class ProgressReporter implements Reporter {
  private readonly log = new ProgressLog(
    (line) => process.stderr.write(line),
    () => Date.now(),
  );
  private timer: NodeJS.Timeout | undefined;
  private readonly tickMs: number;

  /** vitest passes the options of `reporters: [[path, options]]`, or nothing for `--reporter=<path>`. */
  constructor(options: { tickMs?: number } = {}) {
    this.tickMs = options.tickMs ?? 5_000;
  }

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    this.log.start(new Set(specifications.map((s) => `${s.project.name}:${s.moduleId}`)).size);
    this.timer = setInterval(() => this.log.tick(), this.tickMs);
    this.timer.unref();
  }

  onTestModuleQueued(module: TestModule): void {
    this.log.fileStarted(module.relativeModuleId, module.project.name, () => {
      const tests = [...module.children.allTests()];
      return { done: tests.filter((t) => t.result().state !== 'pending').length, total: tests.length };
    });
  }

  onTestModuleEnd(module: TestModule): void {
    const tests = [...module.children.allTests()].length;
    this.log.fileFinished(module.relativeModuleId, module.project.name, module.state(), tests);
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
    this.log.finish();
  }
}
