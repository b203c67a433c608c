/**
 * The installer with k6 v2 releases, in process and offline: a local server plays GitHub's release downloads with
 * v2's asset names (the same as v1's) and a checksums file; the "k6" in the tarball is a stand-in that answers
 * `k6 version --json` as k6 v2 does (a real v2 binary cannot be downloaded here). A k6 already on PATH is reused
 * when it reports the requested version, in JSON or, for k6 older than v0.56, in text (named k6.exe on Windows).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installK6, k6Asset, k6VersionOf } from '../../src/io/k6-install.js';
import { MemoryLogger } from '../../src/io/logger.js';

const V2 = '2.2.0';
const jsonK6 = (version: string) =>
  `#!/bin/sh\n[ "$1 $2" = "version --json" ] && echo '{"commit":"devel","go_os":"linux","version":"v${version}"}' && exit 0\necho "k6 v${version} (commit/devel, go1.26.8, linux/amd64)"\n`;
const textOnlyK6 = (version: string) =>
  `#!/bin/sh\n[ "$2" = "--json" ] && echo 'Error: unknown flag: --json' >&2 && exit 255\necho "k6.exe v${version} (go1.23.4, windows/amd64)"\n`;

function binDir(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'k6-path-'));
  writeFileSync(join(dir, 'k6'), script);
  chmodSync(join(dir, 'k6'), 0o755);
  return dir;
}

describe('k6VersionOf', () => {
  it('reads `k6 version --json`, and the text (k6.exe included) from a k6 without it', () => {
    expect(k6VersionOf(join(binDir(jsonK6(V2)), 'k6'))).toBe(V2);
    expect(k6VersionOf(join(binDir(textOnlyK6('0.55.2')), 'k6'))).toBe('0.55.2');
  });
});

describe('installK6 with a k6 v2 release', () => {
  let server: Server;
  let base = '';
  const downloads: string[] = [];
  const files = new Map<string, Buffer>();
  const saved = { ...process.env };

  beforeAll(async () => {
    const asset = k6Asset(V2, 'linux', 'x64');
    expect(asset).toEqual({ name: 'k6-v2.2.0-linux-amd64.tar.gz', dir: 'k6-v2.2.0-linux-amd64' });
    const stage = mkdtempSync(join(tmpdir(), 'k6-release-'));
    mkdirSync(join(stage, asset.dir));
    writeFileSync(join(stage, asset.dir, 'k6'), jsonK6(V2));
    chmodSync(join(stage, asset.dir, 'k6'), 0o755);
    execFileSync('tar', ['czf', join(stage, asset.name), '-C', stage, asset.dir]);
    const tarball = readFileSync(join(stage, asset.name));
    const sum = createHash('sha256').update(tarball).digest('hex');
    files.set(`/v${V2}/${asset.name}`, tarball);
    files.set(
      `/v${V2}/k6-v${V2}-checksums.txt`,
      Buffer.from(`${'1'.repeat(64)}  k6-v${V2}-linux-arm64.tar.gz\n${sum}  ${asset.name}\n`),
    );
    server = createServer((req, res) => {
      const body = files.get(req.url ?? '');
      downloads.push(req.url ?? '');
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' });
      res.end(body ?? 'not found');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    process.env.RUNNER_TOOL_CACHE = mkdtempSync(join(tmpdir(), 'tool-cache-'));
  });
  afterAll(async () => {
    await new Promise<void>((ok) => server?.close(() => ok()));
    for (const dir of [process.env.RUNNER_TEMP, process.env.RUNNER_TOOL_CACHE])
      if (dir) rmSync(dir, { recursive: true, force: true });
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  });

  it('downloads v2 by its asset name, verifies it, caches it, and the installed k6 reports v2', async () => {
    const logger = new MemoryLogger();
    const k6 = await installK6(`v${V2}`, { baseUrl: base, env: { PATH: '/nonexistent' }, logger });
    expect([...downloads].sort()).toEqual([
      `/v${V2}/k6-v${V2}-checksums.txt`,
      `/v${V2}/k6-v${V2}-linux-amd64.tar.gz`,
    ]);
    expect(k6.source).toBe(`downloaded k6 ${V2}`);
    expect(k6.path).toMatch(/\/k6$/);
    expect(logger.lines).toContain(
      `info: verified k6-v${V2}-linux-amd64.tar.gz (sha256 ${createHash('sha256')
        .update(files.get(`/v${V2}/k6-v${V2}-linux-amd64.tar.gz`)!)
        .digest('hex')})`,
    );
    expect(k6VersionOf(k6.path)).toBe(V2);
    const again = await installK6(V2, { baseUrl: base, env: { PATH: '/nonexistent' }, logger });
    expect(again.source).toMatch(new RegExp(`tool cache \\(k6 ${V2.replace(/\./g, '\\.')}`));
    // A cache hit downloads no archive again (only the small checksums file, to re-verify the cached one).
    expect(downloads.filter((d) => d.endsWith('.tar.gz'))).toHaveLength(1);
  });

  it('reuses a k6 on PATH that reports the requested version, in JSON or in text', async () => {
    const logger = new MemoryLogger();
    const onPath = binDir(jsonK6(V2));
    expect(await installK6(V2, { baseUrl: base, env: { PATH: onPath }, logger })).toEqual({
      path: join(onPath, 'k6'),
      source: `PATH (k6 ${V2})`,
    });
    const old = binDir(textOnlyK6('0.55.2'));
    expect((await installK6('0.55.2', { baseUrl: base, env: { PATH: old }, logger })).source).toBe(
      'PATH (k6 0.55.2)',
    );
  });
});
