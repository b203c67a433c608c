import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/io/logger.js';
import { installVegeta, vegetaForAction, vegetaModule } from '../../src/io/vegeta-install.js';
import { temporaryToolCache } from '../support/tool-cache.js';

describe('vegetaModule', () => {
  it("names the Go module with its major-version suffix, from a version with or without 'v'", () => {
    expect(vegetaModule('12.13.0')).toEqual({ module: 'github.com/tsenart/vegeta/v12', tag: 'v12.13.0' });
    expect(vegetaModule('v1.2.0')).toEqual({ module: 'github.com/tsenart/vegeta', tag: 'v1.2.0' });
    expect(() => vegetaModule('latest')).toThrow(/input 'vegeta-version' "latest" is not a release version/);
  });
});

describe('installVegeta without Go', () => {
  let restore: () => void;
  beforeEach(() => (restore = temporaryToolCache()));
  afterEach(() => restore());

  it('says to install vegeta or Go', async () => {
    const env = { PATH: mkdtempSync(join(tmpdir(), 'empty-path-')) };
    await expect(installVegeta('12.13.0', { env, logger: new MemoryLogger() })).rejects.toThrow(
      /vegeta was not found \(vegeta-path, VEGETA_PATH, PATH\) and Go is not installed to build vegeta v12\.13\.0/,
    );
  });

  it('never replaces a vegeta named explicitly that does not work', async () => {
    const env = { PATH: '', VEGETA_PATH: '/nonexistent/vegeta' };
    await expect(vegetaForAction(undefined, '12.13.0', '/', new MemoryLogger(), env)).rejects.toThrow(
      /vegeta not found at \/nonexistent\/vegeta \(from VEGETA_PATH\)/,
    );
  });
});
