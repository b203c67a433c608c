import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './k6.js';

/**
 * examples/shop.js without its k6 thresholds, in a temp directory: for tests about which baseline is chosen, where a
 * threshold crossed by a stall of a busy shared machine would fail the run for a reason the test is not about.
 */
export function shopWithoutThresholds(): string {
  const text = readFileSync(join(ROOT, 'examples', 'shop.js'), 'utf8');
  const stripped = text.replace(/\n {2}thresholds: \{[\s\S]*?\n {2}\},/, '');
  if (stripped === text)
    throw new Error('examples/shop.js has no thresholds block to strip: update this helper');
  const path = join(mkdtempSync(join(tmpdir(), 'shop-no-thresholds-')), 'shop.js');
  writeFileSync(path, stripped);
  return path;
}
