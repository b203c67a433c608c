/**
 * Escaping for text that comes from k6 output, the script, or an artifact another run wrote (metric names, tag
 * values, URLs, check names, threshold expressions, a fork's report): it must not break a table, inject HTML or
 * Markdown, end a code block, link anywhere, or @-mention anyone.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** C0/C1 control characters and the bidirectional overrides that make text read differently than it is. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Escapes text for a Markdown table cell or inline position: control characters become spaces, HTML special
 * characters become entities, Markdown punctuation is backslash-escaped (so pipes cannot end a cell), `@` is
 * followed by a zero-width joiner so `@user` and `@org/team` never notify anyone, and `://` / `www.` get a
 * zero-width space so GitHub does not turn a bare address into a link (a phishing link needs no brackets).
 * @example escapeMarkdown('a|b <script> @team') // 'a\\|b &lt;script&gt; @\u200dteam'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INVISIBLE, ' ')
    .replace(/[&<>"]/g, (c) => HTML[c] as string)
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200d')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u200b.`);
}

/**
 * Text as an inline code span: inside one, Markdown and HTML are inert, so only what could end the span (a
 * backtick) or the line is removed, and `<!--` is broken up (sticky comments are found by a marker in the raw
 * body, rendered or not); long values are cut so a hostile one cannot fill the comment.
 */
export function codeSpan(text: string, max = 100): string {
  const clean = text
    .replace(INVISIBLE, ' ')
    .replace(/`/g, "'")
    .replace(/<!--/g, '<!-\u200b-')
    .replace(/@/g, '@\u200d')
    .trim()
    .slice(0, max);
  return clean === '' ? '' : `\`${clean}\``;
}

/**
 * Whether a URL is a GitHub Actions run page (`https://<host>/<owner>/<repo>/actions/runs/<id>`), the only link a
 * report may carry into a comment. With `repository`, it must also be a run of that repository on `server`.
 */
export function isRunUrl(url: string, expect?: { server: string; repository: string }): boolean {
  const m =
    /^https:\/\/([A-Za-z0-9.-]+(?::\d+)?)\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/actions\/runs\/\d{1,20}$/.exec(
      url,
    );
  if (!m) return false;
  if (!expect) return true;
  const host = /^https:\/\/([^/]+)\/?$/.exec(expect.server)?.[1];
  return host !== undefined && m[1]!.toLowerCase() === host.toLowerCase() && m[2] === expect.repository;
}

/** Escapes text for a terminal: control characters (escape sequences could repaint the screen) are dropped. */
export function escapeTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** Escapes text inside a Mermaid string label: quotes and anything that could end the label, line or block. */
export function escapeMermaid(text: string): string {
  return text
    .replace(INVISIBLE, ' ')
    .replace(/["`<>\\]/g, ' ')
    .slice(0, 60);
}

/**
 * Neutralises GitHub Actions workflow commands in text printed to the log: the runner treats a line starting with
 * `::` as a command, and its legacy parser finds `##[` anywhere in a line, so a threshold name or tag value holding
 * a newline and `::warning ...` or `::add-mask::`, or `##[error]` anywhere, would otherwise become one. A line
 * starting with `::` gets a zero-width space in front (which the runner does not trim); every `##[` gets one
 * before its bracket. A reader loses nothing.
 */
export function escapeWorkflowCommands(text: string): string {
  // The leading whitespace excludes line ends: `\s*` would scan on across lines from every line start (quadratic on
  // a text of blank lines: 100,000 newlines took 6 s).
  return text.replace(/^([^\S\r\n\u2028\u2029]*)::/gm, '$1\u200b::').replace(/##\[/g, '##\u200b[');
}
