/**
 * Reads files out of a zip archive held in memory, with a cap on what each inflates to: an artifact another run
 * uploaded is hostile, and a zip of about 1 MB can inflate to a gigabyte (a report.json of 1 GB was written to disk
 * by the artifact client's unzip before any size could be checked). Inflating stops at the cap; only capped files
 * are ever written. Replaces the artifact client's unzip-stream (which also calls the deprecated Buffer()). Only
 * what artifact zips use: stored or deflated entries, no ZIP64, no encryption.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PerfGateError } from '../errors.js';
import { crc32, inflateRaw } from 'node:zlib';

const inflate = promisify(inflateRaw);

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export type ZipEntryRead =
  | { ok: true; data: Buffer }
  | { ok: false; problem: 'not a zip' | 'missing' | 'too large' | 'unsupported' | 'damaged' };

/** The End Of Central Directory record: the last 22+ bytes (a comment of up to 65,535 bytes may follow it). */
function endOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--)
    if (zip.readUInt32LE(at) === EOCD) return at;
  return -1;
}

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  localAt: number;
}

/** The central directory's entries, or why it cannot be read. */
function centralDirectory(zip: Buffer): CentralEntry[] | 'not a zip' | 'damaged' {
  const eocd = endOfCentralDirectory(zip);
  if (eocd < 0) return 'not a zip';
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return 'damaged';
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localAt: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** One entry's bytes, inflated to at most `maxBytes` and checked against its CRC-32. */
async function inflateEntry(zip: Buffer, entry: CentralEntry, maxBytes: number): Promise<ZipEntryRead> {
  const { flags, method, crc, compressed, size, localAt } = entry;
  if (flags & 1 || compressed === 0xffffffff || size === 0xffffffff || (method !== 0 && method !== 8))
    return { ok: false, problem: 'unsupported' };
  // The size the directory declares is a claim; the cap holds whatever it says.
  if (size > maxBytes) return { ok: false, problem: 'too large' };
  if (localAt + 30 > zip.length || zip.readUInt32LE(localAt) !== LOCAL)
    return { ok: false, problem: 'damaged' };
  const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
  if (dataAt + compressed > zip.length) return { ok: false, problem: 'damaged' };
  const raw = zip.subarray(dataAt, dataAt + compressed);
  let data: Buffer;
  if (method === 0) data = raw;
  else {
    try {
      // One byte over the cap is enough to know it is too large: inflating stops there.
      data = await inflate(raw, { maxOutputLength: maxBytes + 1 });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        return { ok: false, problem: 'too large' };
      return { ok: false, problem: 'damaged' };
    }
  }
  if (data.length > maxBytes) return { ok: false, problem: 'too large' };
  if (data.length !== size || crc32(data) !== crc) return { ok: false, problem: 'damaged' };
  return { ok: true, data };
}

/**
 * The bytes of the entry named `name`, inflated to at most `maxBytes` (more is `too large`, found without
 * inflating past the cap), checked against the entry's CRC-32.
 */
export async function readZipEntry(zip: Buffer, name: string, maxBytes: number): Promise<ZipEntryRead> {
  const entries = centralDirectory(zip);
  if (typeof entries === 'string') return { ok: false, problem: entries };
  const entry = entries.find((e) => e.name === name);
  return entry ? inflateEntry(zip, entry, maxBytes) : { ok: false, problem: 'missing' };
}

/**
 * Every file at the top of the zip (no directories, no path: a name with `/`, `\\` or `..` is skipped, so nothing
 * lands outside where it is written), each inflated to at most `maxBytes`: a file over it, or damaged, is left out
 * and named in `skipped`.
 */
export async function readZipFiles(
  zip: Buffer,
  maxBytes: number,
): Promise<{ files: Array<{ name: string; data: Buffer }>; skipped: string[] } | { problem: string }> {
  const entries = centralDirectory(zip);
  if (typeof entries === 'string') return { problem: entries };
  const files: Array<{ name: string; data: Buffer }> = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    if (/[/\\]|^\.\.?$|^$/.test(entry.name)) {
      if (!entry.name.endsWith('/')) skipped.push(entry.name.slice(0, 100));
      continue;
    }
    const read = await inflateEntry(zip, entry, maxBytes);
    if (read.ok) files.push({ name: entry.name, data: read.data });
    else skipped.push(`${entry.name.slice(0, 100)} (${read.problem})`);
  }
  return { files, skipped };
}

/** An artifact zip is at most this large; each file in it at most MAX_ARTIFACT_FILE_BYTES once inflated. */
const MAX_ARTIFACT_ZIP_BYTES = 256 * 1024 * 1024;
const MAX_ARTIFACT_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Writes the files of the one zip downloaded into `from` into `dir` (readZipFiles: capped, no paths). A file
 * that is damaged or inflates past the cap is left out: the reader then finds no such file, as for a missing one.
 */
export async function unzipInto(from: string, dir: string, name: string): Promise<void> {
  const [file, ...more] = await readdir(from);
  const zipPath = file === undefined ? undefined : join(from, file);
  const size = zipPath ? (await stat(zipPath)).size : 0;
  if (!zipPath || more.length > 0 || size > MAX_ARTIFACT_ZIP_BYTES)
    throw new PerfGateError(
      `the ${name} artifact did not download as one zip of at most ${MAX_ARTIFACT_ZIP_BYTES} bytes`,
      'Look at the workflow run that uploaded it: only perf-gate should upload this artifact',
    );
  const read = await readZipFiles(await readFile(zipPath), MAX_ARTIFACT_FILE_BYTES);
  if ('problem' in read)
    throw new PerfGateError(
      `the ${name} artifact is not a readable zip (${read.problem})`,
      'Re-run the job that uploaded it',
    );
  await mkdir(dir, { recursive: true });
  for (const f of read.files) await writeFile(join(dir, f.name), f.data);
}
