import { describe, expect, it } from 'vitest';
import { promqlQueries } from '../../src/ingest/promql-matrix.js';
import { promqlSteps, queryPrometheus } from '../../src/io/promql.js';
import { startFloodServer } from '../support/flood-server.js';

const MiB = 1024 * 1024;

describe('queryPrometheus: the answer cap is counted while the answer streams', () => {
  it('hangs up on a chunked answer once it passes 64 MiB, instead of reading it whole', async () => {
    const flood = await startFloodServer(512 * MiB);
    try {
      const base = flood.url.replace(/metrics$/, '');
      const [answer] = await queryPrometheus(base, promqlSteps(0, 2, 1), 1, promqlQueries().slice(0, 1));
      expect(answer).toMatchObject({ error: 'answer too large' });
      expect(await flood.written()).toBeLessThan(96 * MiB);
    } finally {
      await flood.close();
    }
  });
});
