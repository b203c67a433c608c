/** The words shared by every rendering of the trend: commits from an artifact are hostile text. */
import { describe, expect, it } from 'vitest';
import { shortSha } from '../../src/render/trend-format.js';

describe('shortSha', () => {
  it('shows the first 7 hex digits of a sha, lower-cased', () => {
    expect(shortSha('ABCDEF0123456789abcdef0123456789abcdef01')).toBe('abcdef0');
    expect(shortSha('abcdef0')).toBe('abcdef0');
  });

  it('shows ? for anything that is not wholly a sha of 7 to 64 hex digits, even when it starts or ends like one', () => {
    expect(shortSha('abcdef')).toBe('?');
    expect(shortSha('a'.repeat(65))).toBe('?');
    expect(shortSha('abcdef0123 <img src=x>')).toBe('?');
    expect(shortSha('](https://evil.example) abcdef0123')).toBe('?');
  });
});
