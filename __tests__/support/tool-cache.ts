import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Points @actions/tool-cache at fresh temporary directories (RUNNER_TOOL_CACHE, RUNNER_TEMP, read on every call)
 * for an in-process installer test; returns the function that puts the previous values back and removes them (a
 * cached k6 is tens of MB: left behind, every run of the suite would add them to the machine's /tmp).
 */
export function temporaryToolCache(): () => void {
  const saved = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP };
  const made = [
    mkdtempSync(join(tmpdir(), 'tool-cache-')),
    mkdtempSync(join(tmpdir(), 'runner-temp-')),
  ] as const;
  [process.env.RUNNER_TOOL_CACHE, process.env.RUNNER_TEMP] = made;
  return () => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  };
}
