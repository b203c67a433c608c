import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PINNED_VEGETA_VERSION } from '../../src/vegeta-version.js';
import { ROOT } from './k6.js';

/**
 * The pinned real vegeta for end-to-end tests: built (or reused) by scripts/ensure-vegeta.sh. A missing vegeta is
 * built, never skipped: the end-to-end tests are the point.
 */
export function pinnedVegeta(): string {
  const path = join(ROOT, '.tools', `vegeta-${PINNED_VEGETA_VERSION}`, 'vegeta');
  if (existsSync(path) && existsSync(join(ROOT, '.tools', `vegeta-${PINNED_VEGETA_VERSION}`, '.built')))
    return path;
  return execFileSync('bash', [join(ROOT, 'scripts', 'ensure-vegeta.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}
