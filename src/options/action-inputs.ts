/**
 * action.yml's `inputs:` as the options spec defines them. action.yml stays the published contract (a test keeps
 * it equal to this; `npm run docs:action` rewrites it and docs/action.md). Options a config file may set have no
 * `default:` in action.yml, because the runner passes a declared default as if the user had written it, which would
 * hide the config file; their description says the default instead.
 */
import { OPTIONS, type OptionSpec } from './spec.js';

export interface ActionInput {
  description: string;
  required: false;
  default?: string;
}

export function actionInputs(): Record<string, ActionInput> {
  const out: Record<string, ActionInput> = {};
  for (const o of Object.values(OPTIONS) as OptionSpec[]) {
    if (!o.action) continue;
    if (o.config) {
      const fallback = o.default ? ` Default \`${o.default}\`.` : '';
      out[o.name] = { description: `${o.doc}${fallback} A config file may set it.`, required: false };
    } else {
      out[o.name] = {
        description: o.doc,
        required: false,
        ...(o.default !== undefined ? { default: o.default } : {}),
      };
    }
  }
  return out;
}
