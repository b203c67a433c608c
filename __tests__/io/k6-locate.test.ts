import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PerfGateError } from '../../src/errors.js';
import { locateK6, pinnedK6Path } from '../../src/io/k6-locate.js';
import { describeK6Exit, k6RunCompleted } from '../../src/io/k6-exit-codes.js';
import { k6ErrorMessage } from '../../src/io/k6-runner.js';

function fakeBinary(dir: string, name = 'k6'): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\necho "k6 v0.0.0"\n');
  chmodSync(path, 0o755);
  return path;
}

describe('locateK6', () => {
  const dir = mkdtempSync(join(tmpdir(), 'locate-'));
  const flagged = fakeBinary(dir, 'k6-flag');
  const fromEnv = fakeBinary(dir, 'k6-env');
  const onPathDir = mkdtempSync(join(tmpdir(), 'path-'));
  fakeBinary(onPathDir);

  it('prefers --k6, then K6_PATH', () => {
    expect(locateK6(flagged, { K6_PATH: fromEnv }, dir)).toEqual({ path: flagged, source: '--k6' });
    expect(locateK6(undefined, { K6_PATH: fromEnv }, dir)).toEqual({ path: fromEnv, source: 'K6_PATH' });
  });
  it('resolves a relative --k6 against the working directory', () => {
    expect(locateK6('k6-flag', {}, dir).path).toBe(flagged);
  });
  it('an explicit path that is not executable is an error, not a fallback', () => {
    expect(() => locateK6(join(dir, 'missing'), { K6_PATH: fromEnv }, dir)).toThrow(
      /k6 not found at .*missing \(from --k6\)/,
    );
  });
  it("in the action, names input 'k6-path' and what happens without it, never the CLI's flag (issue 22)", () => {
    let err: PerfGateError | undefined;
    try {
      locateK6(join(dir, 'missing'), {}, dir, 'action');
    } catch (e) {
      err = e as PerfGateError;
    }
    expect(err?.message).toMatch(/k6 not found at .*missing \(from input 'k6-path'\)$/);
    expect(err?.hint).toBe(
      "Point input 'k6-path' at an executable k6 binary, or leave it unset (k6-version is installed)",
    );
  });
  it('falls back to the pinned build, then PATH', () => {
    const found = locateK6(undefined, { PATH: onPathDir }, dir);
    if (pinnedK6Path()) expect(found.source).toMatch(/^pinned build v/);
    else expect(found).toEqual({ path: join(onPathDir, 'k6'), source: 'PATH' });
  });
});

describe('k6 exit codes and error lines', () => {
  it('treats 0 and 99 as completed runs, everything else as failures', () => {
    expect(k6RunCompleted(0)).toBe(true);
    expect(k6RunCompleted(99)).toBe(true);
    for (const code of [1, 104, 105, 107, 108, 255]) expect(k6RunCompleted(code)).toBe(false);
    expect(describeK6Exit(107)).toMatch(/exception/);
    expect(describeK6Exit(42)).toBe('k6 exited with code 42');
  });
  it("extracts the msg of k6's error log lines", () => {
    const line =
      'time="2026-11-24T23:51:59Z" level=error msg="could not initialize \'bad.js\': Line 2:1 \\"x\\" Unexpected"';
    expect(k6ErrorMessage(line)).toBe('could not initialize \'bad.js\': Line 2:1 "x" Unexpected');
    expect(k6ErrorMessage('time="x" level=info msg="fine"')).toBeUndefined();
  });
});
