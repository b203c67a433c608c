/** locateTool's last resort: what its error tells a checkout (build the pinned version) and an installed package. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PerfGateError } from '../../src/errors.js';
import { isCheckout } from '../../src/io/project-root.js';
import { locateTool, type ToolSpec } from '../../src/io/tool-locate.js';

const TOOL: ToolSpec = {
  name: 'no-such-tool',
  flag: '--no-such-tool',
  input: 'no-such-tool-path',
  actionFallback: 'no-such-tool on PATH is used',
  envVar: 'NO_SUCH_TOOL_PATH',
  version: 'v9.9.9',
  buildScript: 'no-such-tool:build',
};

/** A perf-gate package directory: a checkout has scripts/build.mjs, the installed package ships no scripts/. */
function packageDir(checkout: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-root-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'perf-gate' }));
  if (checkout) {
    mkdirSync(join(dir, 'scripts'));
    writeFileSync(join(dir, 'scripts', 'build.mjs'), '');
  }
  return dir;
}

function failure(root: string): PerfGateError {
  try {
    locateTool(TOOL, undefined, { PATH: mkdtempSync(join(tmpdir(), 'empty-path-')) }, root, 'cli', root);
  } catch (err) {
    if (err instanceof PerfGateError) return err;
    throw err;
  }
  throw new Error('locateTool found a tool that does not exist');
}

describe('locateTool when the tool is nowhere', () => {
  it('in a checkout, says how to build the pinned version', () => {
    const root = packageDir(true);
    expect(isCheckout(root)).toBe(true);
    const err = failure(root);
    expect(err.message).toMatch(/the pinned build in \.tools\/ and PATH/);
    expect(String(err.hint)).toMatch(/npm run no-such-tool:build/);
  });
  it('in the installed npm package, names only --flag, the variable and PATH (no build script there)', () => {
    const root = packageDir(false);
    expect(isCheckout(root)).toBe(false);
    const err = failure(root);
    expect(err.message).toMatch(/looked at --no-such-tool, NO_SUCH_TOOL_PATH and PATH\)/);
    expect(err.message).not.toMatch(/\.tools/);
    expect(String(err.hint)).toMatch(
      /put it on PATH, or pass --no-such-tool <path> or set NO_SUCH_TOOL_PATH/,
    );
    expect(String(err.hint)).not.toMatch(/npm run/);
  });
});
