// Writes the inputs and outputs tables of docs/action.md from action.yml (between the `<!-- action-inputs -->`
// and `<!-- /action-inputs -->` markers, likewise for outputs), so the documentation cannot drift from the action.
// Usage: node scripts/action-docs.mjs [--check]   (--check exits 1 when docs/action.md is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8'));
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

export function inputsTable(a) {
  const rows = Object.entries(a.inputs).map(
    ([name, i]) =>
      `| \`${name}\` | ${cell(i.description)} | ${i.default === undefined ? '' : `\`${cell(i.default)}\``} |`,
  );
  return ['| input | what it does | default |', '|---|---|---|', ...rows].join('\n');
}

export function outputsTable(a) {
  const rows = Object.entries(a.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return ['| output | what it holds |', '|---|---|', ...rows].join('\n');
}

function replaceBetween(text, tag, content) {
  const re = new RegExp(`(<!-- ${tag} -->)[\\s\\S]*?(<!-- /${tag} -->)`);
  if (!re.test(text)) throw new Error(`docs/action.md has no <!-- ${tag} --> markers`);
  return text.replace(re, `$1\n\n${content}\n\n$2`);
}

const path = 'docs/action.md';
const before = readFileSync(path, 'utf8');
// Formatted as `prettier --check` expects, so the generated file passes the lint step as it is.
const after = await prettier.format(
  replaceBetween(
    replaceBetween(before, 'action-inputs', inputsTable(action)),
    'action-outputs',
    outputsTable(action),
  ),
  { ...(await prettier.resolveConfig(path)), filepath: path },
);
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('docs/action.md is out of date with action.yml: run `node scripts/action-docs.mjs`');
    process.exit(1);
  }
} else writeFileSync(path, after);
