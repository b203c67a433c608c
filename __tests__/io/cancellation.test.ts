import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cancelAll, onCancel, trackChild } from '../../src/io/cancellation.js';

const exitOf = (child: ReturnType<typeof spawn>) =>
  new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));

describe('cancelAll', () => {
  it('stops the tracked children (SIGTERM, then SIGKILL for one that ignores it) and runs the cleanups', async () => {
    const polite = spawn('sleep', ['60']);
    const stubborn = spawn('sh', ['-c', 'trap "" TERM; while :; do sleep 0.1; done']);
    trackChild(polite);
    trackChild(stubborn);
    const dir = mkdtempSync(join(tmpdir(), 'cancel-'));
    writeFileSync(join(dir, 'fifo'), '');
    onCancel(() => rm(dir, { recursive: true, force: true }));
    const forgotten = join(dir, '..', `${Date.now()}-kept`);
    writeFileSync(forgotten, '');
    onCancel(() => rm(forgotten))();
    const signals = Promise.all([exitOf(polite), exitOf(stubborn)]);
    await new Promise((r) => setTimeout(r, 200)); // let sh install its trap
    await cancelAll(500);
    expect(await signals).toEqual(['SIGTERM', 'SIGKILL']);
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(forgotten)).toBe(true); // unregistered: not removed
  });
});
