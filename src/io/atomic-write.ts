import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { PerfGateError } from '../errors.js';

/**
 * Writes a JSON value atomically: a temporary file in the same directory, then a rename, so an interrupted write
 * never leaves a half-written baseline or trend behind. @throws PerfGateError naming the file.
 */
export async function writeJsonAtomically(path: string, value: unknown): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(value));
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw new PerfGateError(
      `cannot write ${path}: ${(err as Error).message}`,
      'Check that the directory is writable',
    );
  }
}
