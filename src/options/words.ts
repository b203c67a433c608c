/** How errors name options on each surface: `--runs` on the command line, `input 'runs'` in the action. */
import { labelOf } from './read.js';
import { flagOf, OPTIONS, type OptionKey } from './spec.js';

export type SurfaceKind = 'cli' | 'action';

/** How errors name options on a surface: the first mention (`--runs`, `input 'runs'`) and later ones. */
export interface Words {
  surface: SurfaceKind;
  label(key: OptionKey): string;
  name(key: OptionKey): string;
}

export function wordsFor(surface: SurfaceKind): Words {
  return {
    surface,
    label: (key) =>
      surface === 'cli' && key === 'script'
        ? 'the script argument'
        : labelOf(OPTIONS[key], { kind: surface }),
    name: (key) =>
      surface === 'cli'
        ? key === 'script'
          ? 'a script'
          : `--${flagOf(OPTIONS[key])}`
        : `'${OPTIONS[key].name}'`,
  };
}
