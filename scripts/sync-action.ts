// Rewrites the `inputs:` block of action.yml from the options spec (src/options/spec.ts), keeping everything else
// as it is. Run by `npm run docs:action` before docs/action.md is generated from action.yml.
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { actionInputs } from '../src/options/action-inputs.js';

const path = 'action.yml';
const text = readFileSync(path, 'utf8');
const start = text.indexOf('\ninputs:\n');
const end = text.indexOf('\noutputs:\n');
if (start < 0 || end < start) throw new Error('action.yml has no inputs: block followed by outputs:');
const block = stringify({ inputs: actionInputs() }, { lineWidth: 0 });
writeFileSync(path, `${text.slice(0, start + 1)}${block}${text.slice(end)}`);
