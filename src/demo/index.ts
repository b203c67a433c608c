import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { projectRoot } from '../io/project-root.js';
import { startDemoService } from './service.js';

/**
 * `npm run demo`: starts the demo shop service, runs examples/shop.js through `perf-gate run` three times
 * (the first run becomes the baseline, the second is unchanged, the third meets a service slowed 2x) and shows
 * the gate catching the slowdown. `node dist/demo.js serve` only starts the service, for trying things by hand.
 */
const HERE = fileURLToPath(new URL('.', import.meta.url));

function runCli(args: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(HERE, 'cli.js'), ...args], { cwd, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 2));
  });
}

async function serve(port: number): Promise<void> {
  const service = await startDemoService({ port });
  process.stdout.write(
    `demo service listening on ${service.url} (Ctrl-C to stop; POST ${service.url}/__knobs to change it)\n`,
  );
  await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
  await service.close();
}

async function demo(duration: string): Promise<number> {
  const root = projectRoot() ?? process.cwd();
  const service = await startDemoService();
  const baselineDir = await mkdtemp(join(tmpdir(), 'perf-gate-demo-'));
  const bold = process.stdout.isTTY && !process.env.NO_COLOR;
  const say = (text: string) =>
    process.stdout.write(bold ? `\n\x1b[1m== ${text}\x1b[0m\n\n` : `\n== ${text}\n\n`);
  const gate = (extra: string[] = []) =>
    runCli(
      [
        'run',
        'examples/shop.js',
        '-e',
        `BASE_URL=${service.url}`,
        '-e',
        `DURATION=${duration}`,
        '--baseline-dir',
        baselineDir,
        // The service's own prom-client metrics: CPU per request is gated, and the saturation panel shows them.
        '--server-metrics',
        `${service.url}/metrics`,
        ...extra,
      ],
      root,
    );
  try {
    say(`1/3 The demo shop runs on ${service.url}. First run: no baseline yet, so it becomes the baseline.`);
    const first = await gate();
    say(
      '2/3 Same service, second run: compared with the baseline, nothing should regress (pass, or inconclusive where 15 s of data cannot tell: both exit 0).',
    );
    const second = await gate();
    service.setKnobs({ slowdown: 2 });
    say('3/3 The service is now 2x slower (as a bad pull request might make it): the gate should fail.');
    const third = await gate();
    const ok = first === 0 && second === 0 && third === 1;
    say(
      ok
        ? 'Done: the unchanged service got through the gate (exit 0) and the 2x slowdown failed it (exit 1).'
        : `Unexpected exit codes: ${first}, ${second}, ${third} (expected 0, 0, 1).`,
    );
    return ok ? 0 : 1;
  } finally {
    await service.close();
    await rm(baselineDir, { recursive: true, force: true });
  }
}

const USAGE = `Usage: npm run demo [-- --duration 15s]      (or node dist/demo.js [--duration 15s])
       node dist/demo.js serve [--port 8080]

Without a command: starts the demo shop service on 127.0.0.1 and runs examples/shop.js through
\`perf-gate run\` three times (the first run becomes the baseline, the second is unchanged, the third meets
the service made 2x slower), showing the gate pass, then fail. Needs k6: in a checkout
\`npm run k6:build\`; from the npm package, k6 on PATH or K6_PATH.

serve: only starts the demo shop service (GET /products, GET /products/:id, POST /orders, GET /health),
for trying perf-gate by hand; POST /__knobs changes its speed and error rate, e.g.
  curl -X POST 127.0.0.1:8080/__knobs -d '{"slowdown": 2, "errorRate": 0.01}'

Options:
  --duration <d>  each demo run's k6 duration (default 15s)
  --port <n>      serve: the port (default 8080)
`;

function parseDemoArgs(): { command?: string; port: number; duration: string } | undefined {
  try {
    const { values, positionals } = parseArgs({
      options: {
        port: { type: 'string' },
        duration: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
    if (values.help) return undefined;
    const port = Number(values.port ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port "${values.port}" is not a port`);
    if (positionals.length > 1 || (positionals[0] !== undefined && positionals[0] !== 'serve'))
      throw new Error(`unknown command "${positionals.join(' ')}"`);
    return { command: positionals[0], port, duration: values.duration ?? '15s' };
  } catch (err) {
    process.stderr.write(
      `error: ${(err as Error).message.split('.')[0]}. Run \`node dist/demo.js --help\`\n`,
    );
    process.exit(2);
  }
}

const args = parseDemoArgs();
if (!args) process.stdout.write(USAGE);
else if (args.command === 'serve') await serve(args.port);
else process.exitCode = await demo(args.duration);
