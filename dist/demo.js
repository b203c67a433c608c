#!/usr/bin/env node
import { createRequire as __perfGateCreateRequire } from 'node:module'; const require = __perfGateCreateRequire(import.meta.url);

// src/demo/index.ts
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { parseArgs } from "node:util";

// src/io/project-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function projectRoot(from = dirname(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "perf-gate")
          return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

// src/demo/service.ts
import { createServer } from "node:http";

// src/domain/random.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function standardNormal(random) {
  const u = Math.max(random(), Number.MIN_VALUE);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

// src/demo/service.ts
var DEFAULT_KNOBS = {
  medianMs: 8,
  p99Ms: 30,
  errorRate: 0,
  slowdown: 1,
  endpointSlowdown: {},
  tailSlowdown: 1,
  maxConcurrency: 0,
  serviceTimeMs: 0
};
var Z99 = 2.3263478740408408;
var Z90 = 1.2815515655446004;
function latencyMs(knobs, route, z) {
  if (knobs.serviceTimeMs > 0)
    return knobs.serviceTimeMs * knobs.slowdown * (knobs.endpointSlowdown[route] ?? 1);
  const sigma = Math.log(knobs.p99Ms / knobs.medianMs) / Z99;
  let ms = knobs.medianMs * Math.exp(sigma * z) * knobs.slowdown * (knobs.endpointSlowdown[route] ?? 1);
  if (z > Z90) ms *= knobs.tailSlowdown;
  return ms;
}
function validateKnobs(k) {
  const bad = (what) => {
    throw new RangeError(`demo service: ${what}`);
  };
  if (!(k.medianMs > 0)) bad(`medianMs must be > 0, got ${k.medianMs}`);
  if (!(k.p99Ms >= k.medianMs)) bad(`p99Ms must be >= medianMs, got ${k.p99Ms}`);
  if (!(k.errorRate >= 0 && k.errorRate <= 1)) bad(`errorRate must be in [0, 1], got ${k.errorRate}`);
  if (!(k.slowdown > 0) || !(k.tailSlowdown > 0)) bad("slowdown factors must be > 0");
  if (!(k.maxConcurrency >= 0)) bad(`maxConcurrency must be >= 0, got ${k.maxConcurrency}`);
  if (!(k.serviceTimeMs >= 0)) bad(`serviceTimeMs must be >= 0, got ${k.serviceTimeMs}`);
}
function routeOf(req) {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  if (req.method === "GET" && path === "/products") return "products";
  if (req.method === "GET" && /^\/products\/[^/]+$/.test(path)) return "product";
  if (req.method === "POST" && path === "/orders") return "orders";
  if (req.method === "GET" && path === "/health") return "health";
  if (path === "/__knobs") return "knobs";
  return void 0;
}
function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => body += chunk);
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}
async function startDemoService(options = {}) {
  const { port = 0, seed = 42, ...knobOptions } = options;
  let knobs = { ...DEFAULT_KNOBS, ...knobOptions };
  validateKnobs(knobs);
  const random = seededRandom(seed);
  const served = {};
  let active = 0;
  const waiting = [];
  const latencyFor = (route) => latencyMs(knobs, route, standardNormal(random));
  const acquire = () => {
    if (knobs.maxConcurrency === 0 || active < knobs.maxConcurrency) {
      active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  const send = (res, status, body) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
  };
  const handle = async (req, res) => {
    const route = routeOf(req);
    if (route === void 0) return send(res, 404, { error: "not found" });
    if (route === "knobs") {
      if (req.method === "POST") {
        const change = JSON.parse(await readBody(req) || "{}");
        const next = { ...knobs, ...change };
        validateKnobs(next);
        knobs = next;
      }
      return send(res, 200, knobs);
    }
    if (route === "health") return send(res, 200, { ok: true });
    await readBody(req);
    await acquire();
    try {
      const delay = latencyFor(route);
      const fail = random() < knobs.errorRate;
      await new Promise((r) => setTimeout(r, delay));
      served[route] = (served[route] ?? 0) + 1;
      if (fail) return send(res, 500, { error: "injected failure" });
      if (route === "products") return send(res, 200, { products: [{ id: 1 }, { id: 2 }, { id: 3 }] });
      if (route === "product") return send(res, 200, { id: 1, name: "widget", price: 9.5 });
      return send(res, 201, { order: "created" });
    } finally {
      release();
    }
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, 400, { error: err instanceof Error ? err.message : String(err) });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5e3;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = server.address().port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    knobs: () => ({ ...knobs }),
    setKnobs: (change) => {
      const next = { ...knobs, ...change };
      validateKnobs(next);
      knobs = next;
      return { ...knobs };
    },
    served: () => ({ ...served }),
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    })
  };
}

// src/demo/index.ts
var HERE = fileURLToPath2(new URL(".", import.meta.url));
function runCli(args2, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join2(HERE, "cli.js"), ...args2], { cwd, stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 2));
  });
}
async function serve(port) {
  const service = await startDemoService({ port });
  process.stdout.write(
    `demo service listening on ${service.url} (Ctrl-C to stop; POST ${service.url}/__knobs to change it)
`
  );
  await new Promise((resolve) => process.once("SIGINT", resolve).once("SIGTERM", resolve));
  await service.close();
}
async function demo(duration) {
  const root = projectRoot() ?? process.cwd();
  const service = await startDemoService();
  const baselineDir = await mkdtemp(join2(tmpdir(), "perf-gate-demo-"));
  const bold = process.stdout.isTTY && !process.env.NO_COLOR;
  const say = (text) => process.stdout.write(bold ? `
\x1B[1m== ${text}\x1B[0m

` : `
== ${text}

`);
  const gate = (extra = []) => runCli(
    [
      "run",
      "examples/shop.js",
      "-e",
      `BASE_URL=${service.url}`,
      "-e",
      `DURATION=${duration}`,
      "--baseline-dir",
      baselineDir,
      ...extra
    ],
    root
  );
  try {
    say(`1/3 The demo shop runs on ${service.url}. First run: no baseline yet, so it becomes the baseline.`);
    const first = await gate();
    say(
      "2/3 Same service, second run: compared with the baseline, nothing should regress (pass, or inconclusive where 15 s of data cannot tell: both exit 0)."
    );
    const second = await gate();
    service.setKnobs({ slowdown: 2 });
    say("3/3 The service is now 2x slower (as a bad pull request might make it): the gate should fail.");
    const third = await gate();
    const ok = first === 0 && second === 0 && third === 1;
    say(
      ok ? "Done: the unchanged service got through the gate (exit 0) and the 2x slowdown failed it (exit 1)." : `Unexpected exit codes: ${first}, ${second}, ${third} (expected 0, 0, 1).`
    );
    return ok ? 0 : 1;
  } finally {
    await service.close();
    await rm(baselineDir, { recursive: true, force: true });
  }
}
var USAGE = `Usage: npm run demo [-- --duration 15s]      (or node dist/demo.js [--duration 15s])
       node dist/demo.js serve [--port 8080]

Without a command: starts the demo shop service on 127.0.0.1 and runs examples/shop.js through
\`perf-gate run\` three times (the first run becomes the baseline, the second is unchanged, the third meets
the service made 2x slower), showing the gate pass, then fail. Needs k6 (npm run k6:build).

serve: only starts the demo shop service (GET /products, GET /products/:id, POST /orders, GET /health),
for trying perf-gate by hand; POST /__knobs changes its speed and error rate, e.g.
  curl -X POST 127.0.0.1:8080/__knobs -d '{"slowdown": 2, "errorRate": 0.01}'

Options:
  --duration <d>  each demo run's k6 duration (default 15s)
  --port <n>      serve: the port (default 8080)
`;
function parseDemoArgs() {
  try {
    const { values, positionals } = parseArgs({
      options: {
        port: { type: "string" },
        duration: { type: "string" },
        help: { type: "boolean", short: "h" }
      },
      allowPositionals: true
    });
    if (values.help) return void 0;
    const port = Number(values.port ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port "${values.port}" is not a port`);
    if (positionals.length > 1 || positionals[0] !== void 0 && positionals[0] !== "serve")
      throw new Error(`unknown command "${positionals.join(" ")}"`);
    return { command: positionals[0], port, duration: values.duration ?? "15s" };
  } catch (err) {
    process.stderr.write(
      `error: ${err.message.split(".")[0]}. Run \`node dist/demo.js --help\`
`
    );
    process.exit(2);
  }
}
var args = parseDemoArgs();
if (!args) process.stdout.write(USAGE);
else if (args.command === "serve") await serve(args.port);
else process.exitCode = await demo(args.duration);
