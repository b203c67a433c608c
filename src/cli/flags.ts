/**
 * The command line, from the options spec: the parseArgs configuration, the values keyed by option, the options
 * part of `--help`, and "did you mean" for a mistyped flag.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PerfGateError } from '../errors.js';
import { readGiven, type OptionValues, type RawValues } from '../options/read.js';
import { flagOf, optionsOf, type CommandName, type OptionKey, type OptionSpec } from '../options/spec.js';
import { closest } from '../options/values.js';

const LIST_KINDS = new Set<OptionSpec['kind']>(['lines', 'key-values', 'metric-stats']);
/** Flags every command takes besides its own (handled by main.ts). */
const GLOBAL_FLAGS = ['help', 'debug'];

function parseArgsOptions(command: CommandName): NonNullable<ParseArgsConfig['options']> {
  const out: NonNullable<ParseArgsConfig['options']> = {};
  for (const [, o] of optionsOf(command)) {
    out[flagOf(o)] = {
      type: o.kind === 'flag' ? 'boolean' : 'string',
      ...(o.cli?.short ? { short: o.cli.short } : {}),
      ...(LIST_KINDS.has(o.kind) ? { multiple: true } : {}),
    };
  }
  return out;
}

/**
 * Checks every `--flag` before `--` against the command's options (a typo gets "did you mean"), and joins a
 * value that starts with `-` to its flag (`--tolerance -5%` becomes `--tolerance=-5%`, which then gets a plain
 * "must be positive" instead of a parser's complaint).
 */
function prepare(args: readonly string[], command: CommandName): string[] {
  const specs = optionsOf(command).map(([, o]) => o);
  const flags = [...specs.map(flagOf), ...GLOBAL_FLAGS];
  const takesValue = new Set(specs.filter((o) => o.kind !== 'flag').map(flagOf));
  const shorts = new Set(specs.flatMap((o) => (o.cli?.short ? [o.cli.short] : [])));
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0] as string;
      if (!flags.includes(name)) {
        const guess = closest(name, flags);
        throw new PerfGateError(
          `unknown option --${name} for \`perf-gate ${command}\``,
          `${guess ? `Did you mean --${guess}? ` : ''}Run \`perf-gate ${command} --help\` for its options`,
        );
      }
      const next = args[i + 1];
      if (takesValue.has(name) && !arg.includes('=') && next !== undefined && /^-\d|^-\.\d/.test(next)) {
        out.push(`${arg}=${next}`);
        i++;
        continue;
      }
    } else if (/^-[A-Za-z]$/.test(arg) && !shorts.has(arg.slice(1))) {
      throw new PerfGateError(
        `unknown option ${arg} for \`perf-gate ${command}\``,
        `Run \`perf-gate ${command} --help\` for its options`,
      );
    }
    out.push(arg);
  }
  return out;
}

/** The command line's option values (parsed and validated by the spec) and its positional arguments. */
export function parseCommandLine(
  args: readonly string[],
  command: CommandName,
): { given: OptionValues; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args: prepare(args, command),
      options: { ...parseArgsOptions(command), debug: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    if (err instanceof PerfGateError) throw err;
    // What is left for the parser to refuse: a flag without its value.
    throw new PerfGateError(
      (err as Error).message.replace(/\. To specify .*$/, ''),
      `Run \`perf-gate ${command} --help\` for its options`,
    );
  }
  const raw: RawValues = {};
  for (const [key, o] of optionsOf(command)) {
    const value = (parsed.values as Record<string, unknown>)[flagOf(o)];
    if (value !== undefined) raw[key as OptionKey] = value as RawValues[OptionKey];
  }
  return { given: readGiven(raw, { kind: 'cli' }), positionals: parsed.positionals };
}

/** A documentation line as a --help entry: no Markdown, lower-case first word, no closing period. */
function helpText(o: OptionSpec, command: CommandName): string {
  const doc = (o.cli?.doc ?? o.doc).replace(/`/g, '').replace(/\.$/, '');
  // Lower-case a capitalised word (`The`), never an acronym or a name (`A/B`, `URLs`, `CPU`).
  const text = /^[A-Z][a-z]/.test(doc) ? doc.charAt(0).toLowerCase() + doc.slice(1) : doc;
  const fallback = o.cli?.defaultFor?.[command] ?? o.cli?.default ?? o.default;
  const shown = fallback && !/default/i.test(text) && !fallback.includes('${{') && o.kind !== 'flag';
  return shown ? `${text} (default ${fallback})` : text;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** The options part of a command's --help, from the spec, wrapped to 100 columns. */
export function optionsHelp(command: CommandName): string {
  const rows: Array<[string, string]> = optionsOf(command).map(([, o]) => [
    `${o.cli?.short ? `-${o.cli.short}, ` : ''}--${flagOf(o)}${o.kind === 'flag' ? '' : ` <${o.cli?.placeholder ?? 'value'}>`}`,
    helpText(o, command),
  ]);
  // vegeta's own output for its command: its help never speaks of k6.
  rows.push(['--debug', `show ${command === 'vegeta' ? 'vegeta' : 'k6'}'s own output and stack traces`]);
  const width = Math.max(...rows.map(([f]) => f.length)) + 4;
  return rows
    .flatMap(([flag, doc]) =>
      wrap(doc, 100 - width).map(
        (line, i) => `${i === 0 ? `  ${flag}`.padEnd(width) : ' '.repeat(width)}${line}`,
      ),
    )
    .join('\n');
}
