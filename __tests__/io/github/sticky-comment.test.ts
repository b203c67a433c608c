import { describe, expect, it } from 'vitest';
import { upsertStickyComment } from '../../../src/io/github/sticky-comment.js';
import { MemoryGitHub } from '../../support/memory-github.js';

const MARKER = '<!-- perf-gate:default -->';

describe('upsertStickyComment', () => {
  it('creates one comment, then updates that one', async () => {
    const gh = new MemoryGitHub();
    expect(await upsertStickyComment(gh.client, 7, MARKER, `${MARKER}\nfirst`)).toBe('created');
    expect(await upsertStickyComment(gh.client, 7, MARKER, `${MARKER}\nsecond`)).toBe('updated');
    expect(gh.comments_.map((c) => c.body)).toEqual([`${MARKER}\nsecond`]);
  });

  it("never edits someone else's comment carrying the marker, and finds its own by the token's identity", async () => {
    const gh = new MemoryGitHub();
    gh.me = 'perf-bot[bot]';
    gh.addForeignComment(`${MARKER}\nby mallory`, 'mallory');
    expect(await upsertStickyComment(gh.client, 7, MARKER, `${MARKER}\nours`)).toBe('created');
    expect(await upsertStickyComment(gh.client, 7, MARKER, `${MARKER}\nours again`)).toBe('updated');
    expect(gh.comments_.find((c) => c.author === 'mallory')?.body).toBe(`${MARKER}\nby mallory`);
    expect(gh.comments_.filter((c) => c.author === 'perf-bot[bot]')).toHaveLength(1);
  });

  it('keeps several gates apart by marker, and creates nothing when told not to', async () => {
    const gh = new MemoryGitHub();
    await upsertStickyComment(gh.client, 7, MARKER, `${MARKER}\na`);
    expect(
      await upsertStickyComment(gh.client, 7, '<!-- perf-gate:search -->', 'b', { createIfMissing: false }),
    ).toBe('none');
    expect(gh.comments_).toHaveLength(1);
  });
});
