import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../support/bundle.js';
import { ROOT } from '../support/k6.js';

describe('dist/', () => {
  it('is exactly what `npm run build` makes of src/ (the action runs dist/ as committed)', () => {
    const fresh = buildBundle();
    const committed = join(ROOT, 'dist');
    expect(readdirSync(committed).sort()).toEqual(readdirSync(fresh).sort());
    for (const file of readdirSync(fresh)) {
      const same = readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file)));
      expect(same, `dist/${file} is stale: run \`npm run build\` and commit dist/`).toBe(true);
    }
  });
});
