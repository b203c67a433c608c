import { describe, expect, it } from 'vitest';
import { startServerScraper, type ScrapeSink } from '../../src/io/server-scraper.js';
import { startFloodServer } from '../support/flood-server.js';

const MiB = 1024 * 1024;

describe('startServerScraper: the body cap is counted while the body streams', () => {
  it('hangs up on a chunked answer without content-length once it passes 8 MiB, instead of reading it whole', async () => {
    const flood = await startFloodServer(256 * MiB);
    const failures: string[] = [];
    const sink: ScrapeSink = { addText: () => undefined, addFailure: (_, e) => failures.push(e) };
    try {
      // A generous timeout: on a loaded machine 8 MiB can take longer than the default 1.5 s to arrive.
      const scraper = startServerScraper([{ url: flood.url, sink }], 3600, 60_000);
      const written = await flood.written();
      await scraper.stop();
      expect(failures[0]).toBe(`body larger than ${8 * MiB} bytes`);
      // The cap plus what the sockets buffer: far from the 256 MiB offered.
      expect(written).toBeLessThan(24 * MiB);
    } finally {
      await flood.close();
    }
  });
});
