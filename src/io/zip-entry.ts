/**
 * Reads one file out of a zip archive held in memory, with a cap on what it inflates to: an artifact another run
 * uploaded is hostile, and a zip of about 1 MB can inflate to a gigabyte (a report.json of 1 GB was written to disk
 * by the artifact client's unzip before any size could be checked). Nothing is written to disk; inflating stops at
 * the cap. Only what GitHub's artifact zips use: stored or deflated entries, no ZIP64, no encryption.
 */
import { promisify } from 'node:util';
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

/**
 * The bytes of the entry named `name`, inflated to at most `maxBytes` (more is `too large`, found without
 * inflating past the cap), checked against the entry's CRC-32.
 */
export async function readZipEntry(zip: Buffer, name: string, maxBytes: number): Promise<ZipEntryRead> {
  const eocd = endOfCentralDirectory(zip);
  if (eocd < 0) return { ok: false, problem: 'not a zip' };
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return { ok: false, problem: 'damaged' };
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
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
  return { ok: false, problem: 'missing' };
}
