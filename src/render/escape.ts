/**
 * Escaping for text that comes from k6 output or the script (metric names, tag values, URLs, check names,
 * threshold expressions): it must not break a table, inject HTML or Markdown, or @-mention anyone.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes text for a Markdown table cell or inline position: HTML special characters become entities, Markdown
 * punctuation is backslash-escaped, pipes cannot end a cell, line breaks become spaces, and `@` is followed by a
 * zero-width joiner so `@user` and `@org/team` never notify anyone.
 * @example escapeMarkdown('a|b <script> @team') // 'a\\|b &lt;script&gt; @\u200dteam'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[&<>"]/g, (c) => HTML[c] as string)
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200d');
}

/** Escapes text for a terminal: control characters (escape sequences could repaint the screen) are dropped. */
export function escapeTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** Escapes text inside a Mermaid string label: quotes and anything that could end the block. */
export function escapeMermaid(text: string): string {
  return text.replace(/["`<>\\\r\n]/g, ' ').slice(0, 60);
}
