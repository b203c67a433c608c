/**
 * Reads option values from any surface through the spec: the same text gives the same value or the same error
 * (naming the flag, the input or the config key) on the command line, in the action and in the config file.
 * Precedence: the spec's defaults, then the config file, then flags or inputs.
 */
import { PerfGateError } from '../errors.js';
import { flagOf, OPTIONS, type OptionKey, type OptionSpec } from './spec.js';
import {
  parseChoice,
  parseConfidence,
  parseCount,
  parseDuration,
  parseKeyValues,
  parseMetricStats,
  parseName,
  parsePercent,
  parsePoints,
} from './values.js';

/** Where values come from: the label every error names. */
export type Surface = { kind: 'cli' } | { kind: 'action' } | { kind: 'config'; file: string };

export function labelOf(o: OptionSpec, surface: Surface): string {
  if (surface.kind === 'cli') return `--${flagOf(o)}`;
  if (surface.kind === 'action') return `input '${o.name}'`;
  return `${surface.file}: ${o.name}`;
}

/** A raw value as a surface hands it over: a string (an input, a flag), a list (a repeated flag) or a boolean. */
export type RawValue = string | readonly string[] | boolean | undefined;
export type RawValues = Partial<Record<OptionKey, RawValue>>;

type ValueOf<K extends OptionSpec['kind']> = K extends
  'percent' | 'points' | 'confidence' | 'count' | 'duration'
  ? number
  : K extends 'lines'
    ? string[]
    : K extends 'key-values'
      ? Record<string, string>
      : K extends 'metric-stats'
        ? Array<{ metric: string; stat?: string }>
        : K extends 'flag'
          ? boolean
          : string;

/** Every option's parsed value, by key (absent when not given and without a default). */
export type OptionValues = { -readonly [K in OptionKey]?: ValueOf<(typeof OPTIONS)[K]['kind']> };

/** Lines of a multi-line input, without blanks and `#` comments. */
export const splitLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

function asList(raw: RawValue, commas: boolean): string[] {
  if (raw === undefined || typeof raw === 'boolean') return [];
  const items = typeof raw === 'string' ? splitLines(raw) : [...raw];
  return commas
    ? items
        .flatMap((i) => i.split(','))
        .map((i) => i.trim())
        .filter(Boolean)
    : items;
}

function asText(o: OptionSpec, raw: RawValue, label: string): string {
  if (typeof raw === 'string') return raw;
  if (Array.isArray(raw)) {
    if (raw.length === 1) return raw[0] as string;
    throw new PerfGateError(`${label} is given ${raw.length} times`, 'Give it once');
  }
  throw new PerfGateError(`${label} needs a value`, `Write it like ${label} ${o.default ?? '...'}`);
}

/** Parses one option's raw value by its kind. */
export function parseOption(o: OptionSpec, raw: RawValue, label: string): unknown {
  switch (o.kind) {
    case 'flag':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw new PerfGateError(`${label} "${String(raw)}" is not true or false`, 'Write true or false');
    case 'lines':
      return asList(raw, false);
    case 'key-values':
      return parseKeyValues(asList(raw, false), label);
    case 'metric-stats':
      return parseMetricStats(asList(raw, true), label);
    default:
      break;
  }
  const text = asText(o, raw, label);
  switch (o.kind) {
    case 'percent':
      return parsePercent(text, label);
    case 'points':
      return parsePoints(text, label);
    case 'confidence':
      return parseConfidence(text, label);
    case 'count':
      return parseCount(text, label, o.min ?? 1, o.max);
    case 'duration':
      return parseDuration(text, label);
    case 'choice':
      return parseChoice(text, label, o.choices ?? []);
    case 'name':
      return parseName(text, label);
    default:
      return text.trim();
  }
}

const isBlank = (raw: RawValue): boolean =>
  raw === undefined ||
  (typeof raw === 'string' && raw.trim() === '') ||
  (Array.isArray(raw) && raw.length === 0);

/** The values given on one surface, parsed; options not given are absent. */
export function readGiven(raw: RawValues, surface: Surface): OptionValues {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw) as Array<[OptionKey, RawValue]>) {
    if (isBlank(value)) continue;
    const o: OptionSpec = OPTIONS[key];
    out[key] = parseOption(o, value, labelOf(o, surface));
  }
  return out as OptionValues;
}

/** The spec's defaults for a surface, parsed by the same rules (so a default can never be an invalid value). */
export function defaultsFor(surface: 'cli' | 'action'): OptionValues {
  const out: Record<string, unknown> = {};
  for (const [key, o] of Object.entries(OPTIONS) as Array<[OptionKey, OptionSpec]>) {
    const text = surface === 'cli' ? (o.cli?.default ?? o.default) : o.default;
    if (text === undefined || text === '' || text.includes('${{')) continue;
    out[key] = parseOption(o, text, `the default of ${o.name}`);
  }
  return out as OptionValues;
}

/** defaults < config file < flags or inputs. */
export function layered(...layers: OptionValues[]): OptionValues {
  return Object.assign({}, ...layers) as OptionValues;
}
