import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Points @actions/tool-cache at fresh temporary directories (RUNNER_TOOL_CACHE, RUNNER_TEMP, read on every call)
 * for an in-process installer test; returns the function that puts the previous values back.
 */
export function temporaryToolCache(): () => void {
  const saved = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP };
  process.env.RUNNER_TOOL_CACHE = mkdtempSync(join(tmpdir(), 'tool-cache-'));
  process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'runner-temp-'));
  return () => {
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  };
}
