import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * Starts the bundled demo service in its own process (`node demo.js serve --port 0`), optionally through a prefix
 * command such as `taskset -c 1`, and resolves with its URL once it listens. Its own process means its
 * process_cpu_seconds_total is the service's alone.
 */
export function serveDemo(
  bundle: string,
  prefix: string[] = [],
): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const argv = [...prefix, process.execPath, join(bundle, 'demo.js'), 'serve', '--port', '0'];
    const child = spawn(argv[0] as string, argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ child, url: m[1] as string });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`demo service exited with ${code}: ${out}`)));
  });
}
