import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZipEntry, readZipFiles } from '../../src/io/zip-entry.js';
import { deflatedZeros, makeZip } from '../support/zip.js';

const MiB = 1024 * 1024;

describe('readZipEntry', () => {
  it('reads a stored and a deflated entry by name', async () => {
    const text = JSON.stringify({ verdict: 'pass', pad: 'x'.repeat(5000) });
    const deflated = { deflated: deflateRawSync(text), size: text.length, crc: crc32(text) };
    const zip = makeZip([
      { name: 'other.txt', data: 'no' },
      { name: 'report.json', data: deflated },
    ]);
    expect(await readZipEntry(zip, 'report.json', MiB)).toEqual({ ok: true, data: Buffer.from(text) });
    expect(await readZipEntry(zip, 'other.txt', MiB)).toEqual({ ok: true, data: Buffer.from('no') });
    expect(await readZipEntry(zip, 'missing.json', MiB)).toEqual({ ok: false, problem: 'missing' });
    expect(await readZipEntry(Buffer.from('not a zip at all, not even close'), 'x', MiB)).toEqual({
      ok: false,
      problem: 'not a zip',
    });
  });

  it('refuses a zip bomb (1 MB inflating to 1 GiB) at the cap, however small the zip claims it is', async () => {
    const bomb = await deflatedZeros(1024 * MiB);
    const zip = makeZip([{ name: 'report.json', data: bomb }]);
    expect(zip.length).toBeLessThan(1.1 * MiB);
    expect(await readZipEntry(zip, 'report.json', 8 * MiB)).toEqual({ ok: false, problem: 'too large' });
    // The directory lies about the size: the running cap still stops the inflation.
    const liar = makeZip([{ name: 'report.json', data: { ...bomb, size: 100 } }]);
    expect(await readZipEntry(liar, 'report.json', 8 * MiB)).toEqual({ ok: false, problem: 'too large' });
  }, 60_000);

  it('refuses an entry whose bytes do not match its CRC-32', async () => {
    const zip = makeZip([{ name: 'report.json', data: '{"a":1}' }]);
    zip[zip.indexOf('{"a":1}') + 5] = 0x32;
    expect(await readZipEntry(zip, 'report.json', MiB)).toEqual({ ok: false, problem: 'damaged' });
  });
});

describe('readZipFiles', () => {
  it('reads the files at the top of the zip, leaving out paths, damaged files and files over the cap', async () => {
    const zip = makeZip([
      { name: 'run-1.json', data: '{"a":1}' },
      { name: '../escape.json', data: 'x' },
      { name: 'dir/inner.json', data: 'x' },
      { name: 'run-2.json', data: await deflatedZeros(2 * MiB) },
    ]);
    const read = await readZipFiles(zip, MiB);
    expect(read).toEqual({
      files: [{ name: 'run-1.json', data: Buffer.from('{"a":1}') }],
      skipped: ['../escape.json', 'dir/inner.json', 'run-2.json (too large)'],
    });
  });
});
