import { crc32, createDeflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The file's bytes (stored), or its deflated bytes with the size and CRC-32 they inflate to. */
  data: Buffer | string | Deflated;
  /** Unix mode (e.g. 0o755 for an executable); recorded so `unzip` restores it. */
  mode?: number;
}

export interface Deflated {
  deflated: Buffer;
  size: number;
  crc: number;
}

/**
 * `bytes` zero bytes, deflated chunk by chunk (never held whole): a zip bomb's payload (1 GiB deflates to ~1 MB).
 */
export async function deflatedZeros(bytes: number): Promise<Deflated> {
  const chunk = Buffer.alloc(Math.min(bytes, 16 * 1024 * 1024));
  const deflater = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflater.on('data', (part: Buffer) => parts.push(part));
  const ended = new Promise((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  let crc = 0;
  for (let left = bytes; left > 0; left -= chunk.length) {
    const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(part, crc);
    if (!deflater.write(part)) await new Promise((r) => deflater.once('drain', r));
  }
  deflater.end();
  await ended;
  return { deflated: Buffer.concat(parts), size: bytes, crc };
}

/**
 * A minimal zip (stored or deflated entries) for fixtures: an artifact as GitHub serves it, or a k6 release
 * asset as macOS and Windows get it. Enough for unzip-stream (the artifact client) and `unzip` (the tool cache).
 */
export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = typeof entry.data === 'object' && 'deflated' in entry.data ? entry.data : undefined;
    const plain = deflated ? undefined : (entry.data as Buffer | string);
    const data = deflated?.deflated ?? (Buffer.isBuffer(plain) ? plain : Buffer.from(plain ?? '', 'utf8'));
    const crc = deflated?.crc ?? crc32(data);
    const size = deflated?.size ?? data.length;
    const method = deflated ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8); // stored or deflated
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode below counts
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((((entry.mode ?? 0o644) | 0o100000) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
