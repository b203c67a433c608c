/** Reading the version a k6 binary reports, whatever its major version and platform. */

/** The version in `k6 version --json` (k6 >= v0.56): `{"version":"v1.8.1",...}`. */
export function parseK6VersionJson(stdout: string): string | undefined {
  try {
    const version = (JSON.parse(stdout) as { version?: unknown } | null)?.version;
    if (typeof version !== 'string' || !/^v?\d+\.\d+\.\d+/.test(version)) return undefined;
    return version.startsWith('v') ? version : `v${version}`;
  } catch {
    return undefined;
  }
}

/** The version in `k6 version`'s text: `k6 v1.8.1 (...)`, or `k6.exe v2.2.0 (...)` (k6 prints its file name). */
export function parseK6VersionText(stdout: string): string | undefined {
  return /(?:^|[\s/\\])k6(?:\.exe)? (v\d+\.\d+\.\d+\S*)/im.exec(stdout)?.[1];
}

/** The major version of a k6 version string (`v2.2.0` → 2), or undefined. */
export function k6MajorOf(version: string | undefined): number | undefined {
  const m = /^v?(\d+)\./.exec(version ?? '');
  return m ? Number(m[1]) : undefined;
}
