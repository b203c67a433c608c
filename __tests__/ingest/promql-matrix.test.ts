import { describe, expect, it } from 'vitest';
import { promqlQueries, promqlScrapes } from '../../src/ingest/promql-matrix.js';

const [cpu] = promqlQueries();
const matrix = (values: Array<[number, string]>) => ({
  status: 'success',
  data: { resultType: 'matrix', result: [{ metric: { __name__: 'process_cpu_seconds_total' }, values }] },
});

describe('promqlScrapes', () => {
  it('reads each step as a scrape and refuses values that are not numbers of the format (1e999)', () => {
    const scrapes = promqlScrapes(
      'p',
      1,
      [0, 1, 2],
      [
        {
          query: cpu!,
          body: matrix([
            [0, '1'],
            [1, '1e999'],
            [2, '3'],
          ]),
        },
      ],
    );
    expect(scrapes.counters.get('process_cpu_seconds_total')?.get('[]')).toEqual([0, 1, 2, 3]);
    expect(scrapes.scrapes).toBe(3);
  });

  it('records a failed query; when every query failed, every step is a failure', () => {
    const some = promqlScrapes(
      'p',
      1,
      [0, 1],
      [
        { query: cpu!, body: matrix([[0, '1']]) },
        { query: { query: 'x', type: 'gauge', name: 'x' }, error: 'ECONNRESET' },
      ],
    );
    expect(some.queryErrors).toEqual(['x: ECONNRESET']);
    const none = promqlScrapes('p', 1, [0, 1], [{ query: cpu!, body: { status: 'error', error: 'bad' } }]);
    expect({ failures: none.failures, last: none.lastError?.error }).toEqual({
      failures: 2,
      last: 'process_cpu_seconds_total: bad',
    });
  });
});
