/** The suite's progress log (scripts/test-all.sh), driven by a fake clock: no timing in the test. */
import { describe, expect, it } from 'vitest';
import { formatElapsed, ProgressLog } from './progress-reporter.js';

function fakeLog(quietMs = 20_000) {
  let now = 1_000_000;
  const lines: string[] = [];
  const log = new ProgressLog(
    (l) => lines.push(l),
    () => now,
    quietMs,
  );
  return { log, lines, advance: (ms: number) => (now += ms) };
}

describe('formatElapsed', () => {
  it('keeps a tenth of a second under 10 s, whole seconds under a minute, then minutes and seconds', () => {
    expect(formatElapsed(0)).toBe('0.0s');
    expect(formatElapsed(3_240)).toBe('3.2s');
    expect(formatElapsed(42_400)).toBe('42s');
    expect(formatElapsed(65_000)).toBe('1m05s');
    expect(formatElapsed(1_245_000)).toBe('20m45s');
  });
});

describe('ProgressLog', () => {
  it('prints one line per finished file with its wall time and the suite elapsed time', () => {
    const { log, lines, advance } = fakeLog();
    log.start(2);
    log.fileStarted('__tests__/a.test.ts', 'unit', () => ({ done: 0, total: 3 }));
    advance(1_500);
    log.fileFinished('__tests__/a.test.ts', 'unit', 'passed', 3);
    log.fileStarted('__tests__/e2e/b.test.ts', 'load', () => ({ done: 0, total: 1 }));
    advance(70_000);
    log.fileFinished('__tests__/e2e/b.test.ts', 'load', 'failed', 1);
    log.finish();
    expect(lines).toEqual([
      '[progress 0.0s 0/2] 2 test files to run\n',
      '[progress 1.5s 1/2] ok   __tests__/a.test.ts [unit] 1.5s, 3 tests\n',
      '[progress 1m12s 2/2] FAIL __tests__/e2e/b.test.ts [load] 1m10s, 1 test\n',
      '[progress 1m12s 2/2] done: 2 files, 1 failed\n',
    ]);
  });

  it('after a quiet spell, names each file still running, for how long, and how many of its tests are done', () => {
    const { log, lines, advance } = fakeLog(20_000);
    let done = 1;
    log.start(1);
    log.fileStarted('__tests__/e2e/slow.test.ts', 'load', () => ({ done, total: 4 }));
    advance(19_999);
    log.tick();
    expect(lines).toHaveLength(1); // not quiet long enough yet
    advance(1);
    log.tick();
    expect(lines[1]).toBe(
      '[progress 20s 0/1] still running: __tests__/e2e/slow.test.ts [load] 20s, 1/4 tests done\n',
    );
    advance(5_000);
    log.tick();
    expect(lines).toHaveLength(2); // the heartbeat itself counts as a line
    done = 3;
    advance(15_000);
    log.tick();
    expect(lines[2]).toMatch(
      /^\[progress 40s 0\/1\] still running: .*slow\.test\.ts \[load\] 40s, 3\/4 tests done/,
    );
  });

  it('says so when no file is running (between two files)', () => {
    const { log, lines, advance } = fakeLog(10_000);
    log.start(3);
    advance(10_000);
    log.tick();
    expect(lines[1]).toBe('[progress 10s 0/3] between files (collecting the next one)\n');
  });
});
