/** The gate configuration file read from a checkout, or as another commit has it (a pull request's base). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGateFileConfig, loadGateFileConfigAt, type CommitFiles } from '../../src/io/config-file.js';

/** A commit holding these files by their path in the repository; records what was asked for. */
function commit(files: Record<string, string>): CommitFiles & { asked: string[] } {
  const asked: string[] = [];
  return {
    what: 'the base commit aaaaaaa',
    asked,
    read: (path) => {
      asked.push(path);
      return Promise.resolve(files[path]);
    },
  };
}

describe('the gate configuration file at a commit', () => {
  const root = '/repo';

  it('reads the default names in the working directory, by their path in the repository', async () => {
    const at = commit({ 'perf/perf-gate.config.yml': 'tolerance: 10%\n' });
    const file = await loadGateFileConfigAt(at, root, '/repo/perf');
    expect(file).toMatchObject({ file: 'perf-gate.config.yml', written: { tolerance: '10%' } });
    expect(at.asked).toEqual(['perf/perf-gate.config.json', 'perf/perf-gate.config.yml']);
  });

  it('gives undefined when the commit has no file, even one asked for by name', async () => {
    expect(await loadGateFileConfigAt(commit({}), root, '/repo')).toBe(undefined);
    expect(await loadGateFileConfigAt(commit({}), root, '/repo', 'gate.json')).toBe(undefined);
  });

  it('says a file outside the repository is not any commit’s', async () => {
    expect(await loadGateFileConfigAt(commit({}), root, '/repo', '/etc/gate.json')).toBe('outside');
    expect(await loadGateFileConfigAt(commit({}), root, '/repo', '../gate.json')).toBe('outside');
  });

  it('names the commit in a mistake inside its file', async () => {
    const at = commit({ 'perf-gate.config.json': '{"tolerance": "5"}' });
    await expect(loadGateFileConfigAt(at, root, '/repo')).rejects.toThrow(
      /\(as the base commit aaaaaaa has it\)$/,
    );
  });

  it('is the same file as the checkout’s reader finds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-file-'));
    const text = '{"tolerance": "7%", "report-only": ["http_req_duration:p99"]}';
    writeFileSync(join(dir, 'perf-gate.config.json'), text);
    const fromDisk = await loadGateFileConfig(dir);
    expect(await loadGateFileConfigAt(commit({ 'perf-gate.config.json': text }), dir, dir)).toEqual(fromDisk);
  });
});
