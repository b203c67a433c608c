/**
 * The escaping rules for hostile text, stated on exact outputs (render.test.ts checks them inside whole comments):
 * a reader keeps every visible character; only what would act (a link, a mention, a code-span end) is broken up.
 */
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown, escapeMermaid } from '../../src/render/escape.js';

describe('escapeMarkdown', () => {
  it('breaks a bare www. address with a zero-width space and keeps its letters and their case', () => {
    expect(escapeMarkdown('see www.evil.example')).toBe('see www\u200b.evil.example');
    expect(escapeMarkdown('WWW.Evil.example')).toBe('WWW\u200b.Evil.example');
  });

  it('breaks :// with a zero-width space so no scheme autolinks', () => {
    expect(escapeMarkdown('https://evil.example')).toBe('https:\u200b//evil.example');
  });
});

describe('codeSpan', () => {
  it('wraps the cleaned text in backticks, and gives nothing at all for text that cleans to empty', () => {
    expect(codeSpan('checkout')).toBe('`checkout`');
    expect(codeSpan('  \u0000\u202e ')).toBe('');
    expect(codeSpan('')).toBe('');
  });

  it("breaks up `<!--` (a sticky comment's marker is found in the raw body), turns a backtick into a quote, cuts at max", () => {
    expect(codeSpan('a<!-- perf-gate -->b')).toBe('`a<!-\u200b- perf-gate -->b`');
    expect(codeSpan('a`b')).toBe("`a'b`");
    expect(codeSpan('x'.repeat(150))).toBe(`\`${'x'.repeat(100)}\``);
    expect(codeSpan('abcdef', 3)).toBe('`abc`');
  });
});

describe('escapeMermaid', () => {
  it('turns each quote, backtick, angle bracket and backslash into a space, keeping the length', () => {
    expect(escapeMermaid('a"b`c<d>e\\f')).toBe('a b c d e f');
  });
});
