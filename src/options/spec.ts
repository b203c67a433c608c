/**
 * Every option of perf-gate, once: its name (the CLI's `--name` and the action's input `name`), how its value is
 * written, its default, its one-line documentation, and where it can be given (CLI commands, the action, the config
 * file). The CLI parser and `--help`, the action's input reading, action.yml's inputs (kept equal by a test) and
 * docs/action.md (generated from action.yml) all come from here; so do the defaults and the validation
 * (options/read.ts). Pure data, and long on purpose: one entry per option, every option in one table.
 */
import { DEFAULT_GATE_CONFIG } from '../domain/gate-config.js';
import { DEFAULT_MAX_RUNS, DEFAULT_RERUN_POLICY, RERUN_POLICIES } from '../domain/compare/sequential.js';
import { PINNED_K6_VERSION } from '../k6-version.js';
import { PINNED_VEGETA_VERSION } from '../vegeta-version.js';

export type OptionKind =
  | 'percent'
  | 'points'
  | 'confidence'
  | 'count'
  | 'duration'
  | 'choice'
  | 'name'
  | 'text'
  | 'lines'
  | 'key-values'
  | 'metric-stats'
  | 'flag';

export type CommandName = 'run' | 'ab' | 'compare' | 'summarize' | 'merge' | 'vegeta' | 'capacity' | 'trend';

export interface OptionSpec {
  /** kebab-case: `--tolerance` on the command line, input `tolerance` in the action, key in the config file. */
  name: string;
  kind: OptionKind;
  /** One line: action.yml's description and the CLI's --help text. */
  doc: string;
  /** The default as a user would write it (action.yml's `default`); absent when there is none. */
  default?: string;
  choices?: readonly string[];
  /** The smallest allowed count. */
  min?: number;
  /** The largest allowed count (what keeps a report's lists bounded). */
  max?: number;
  /** On the command line: which commands take it, and how it is written there when that differs. */
  cli?: {
    commands: readonly CommandName[];
    /** The flag when it differs from `name` (e.g. `--k6` for the input `k6-path`). */
    flag?: string;
    short?: string;
    placeholder?: string;
    /** A different default on the command line (e.g. the baseline directory). */
    default?: string;
    /** A different default for some commands (capacity keeps its own gate id); its --help shows it. */
    defaultFor?: Partial<Record<CommandName, string>>;
    /** A different line of help on the command line. */
    doc?: string;
  };
  /** An input of the action (listed in action.yml). */
  action?: true;
  /** Can be set in perf-gate.config.json / .yml. */
  config?: true;
}

const pct = (fraction: number) => `${Number((fraction * 100).toFixed(4))}%`;
const pp = (fraction: number) => `${Number((fraction * 100).toFixed(4))}pp`;

const GATE_COMMANDS = ['run', 'ab', 'compare'] as const;
const RUN_COMMANDS = ['run', 'ab'] as const;

/** Keyed by a camelCase name the code uses; the order is the order of --help and action.yml. */
export const OPTIONS = {
  script: {
    name: 'script',
    kind: 'text',
    doc: 'A k6 script to run (path relative to working-directory). Set this or `results`.',
    action: true,
  },
  results: {
    name: 'results',
    kind: 'lines',
    doc: 'k6 output already produced (`--out json` or `--out csv`, gzipped or not, or perf-gate run summaries), paths or globs, one per line; several files are merged as shards of one test. Set this or `script`.',
    action: true,
  },
  env: {
    name: 'env',
    kind: 'key-values',
    doc: "Environment for the script, one KEY=VALUE per line, read as `__ENV.KEY`: passed in k6's process environment, not on its command line (where `ps` would show it), except `K6_*` names and names like PATH or HOME, which stay `-e` flags. Of the step's own environment k6 gets only `K6_*` variables and basics like PATH and HOME, never a token.",
    cli: {
      commands: [...RUN_COMMANDS, 'capacity'],
      short: 'e',
      placeholder: 'KEY=VALUE',
      doc: 'passed to the script as __ENV.KEY (repeatable)',
    },
    action: true,
  },
  k6Args: {
    name: 'k6-args',
    kind: 'text',
    doc: "Extra arguments for `k6 run`, e.g. `--tag env=ci`. Workload shortcuts among them (`--vus`, `--duration`, `--iterations`, `--stage`) are part of the workload fingerprint; `--no-summary`, `--summary-mode legacy` and `--new-machine-readable-summary` are left out with a warning (k6 v2 refuses the first two; all three would hide the thresholds' outcomes perf-gate reads).",
    action: true,
  },
  k6Path: {
    name: 'k6-path',
    kind: 'text',
    doc: 'A k6 binary to use as is (also K6_PATH). When neither is set, `k6-version` is installed.',
    cli: {
      commands: [...RUN_COMMANDS, 'capacity'],
      flag: 'k6',
      placeholder: 'path',
      doc: 'the k6 binary (else K6_PATH, the pinned build in .tools/, PATH)',
    },
    action: true,
  },
  k6Version: {
    name: 'k6-version',
    kind: 'text',
    doc: `The k6 release to use. Default \`${PINNED_K6_VERSION.replace(/^v/, '')}\`, the version perf-gate is built and tested with; set a k6 v2 release (e.g. \`2.2.0\`) to run k6 v2, which perf-gate supports as well. A k6 on PATH of that version is used; otherwise the release asset (\`k6-v<version>-linux-amd64.tar.gz\`, same naming for v1 and v2) is downloaded, checked against the release's SHA-256 checksums file, and cached. A baseline recorded with another k6 major version makes the gate inconclusive (the workload differs) until the default branch stores a baseline with the new one.`,
    action: true,
  },
  k6DownloadUrl: {
    name: 'k6-download-url',
    kind: 'text',
    doc: "Where k6 releases are downloaded from (a mirror with GitHub's layout, `<url>/v<version>/<asset>`).",
    default: 'https://github.com/grafana/k6/releases/download',
    action: true,
  },
  k6Sha256: {
    name: 'k6-sha256',
    kind: 'text',
    doc: "The SHA-256 of the k6 release archive for this runner (from k6's checksums file). When set, the download and every tool-cache hit are checked against it instead of the checksums file from the same mirror, and a k6 on PATH is not used (a binary has no archive to check; `k6-path` still is); set it on self-hosted runners.",
    action: true,
  },
  baselineFailedThresholds: {
    name: 'baseline-failed-thresholds',
    kind: 'flag',
    doc: '`true` takes default-branch runs whose k6 thresholds failed as baselines. Off by default: such a run is never a baseline, whatever its job concluded (a `continue-on-error` step makes a job succeed).',
    default: 'false',
    cli: {
      commands: ['run', 'capacity'],
      doc: 'store runs whose k6 thresholds failed as baselines, and take such stored runs as baselines',
    },
    action: true,
  },
  config: {
    name: 'config',
    kind: 'text',
    doc: 'A gate config file (JSON or YAML) with per-metric rules; default `perf-gate.config.json`, `.yml` or `.yaml` in the working directory when one is there. Flags and inputs override it.',
    cli: {
      commands: [...GATE_COMMANDS, 'capacity'],
      placeholder: 'file',
      doc: 'a gate config file (JSON or YAML) with per-metric rules; default perf-gate.config.json, .yml or .yaml here',
    },
    action: true,
  },
  tolerance: {
    name: 'tolerance',
    kind: 'percent',
    doc: 'Latency regression tolerated, e.g. `10%` (or the fraction `0.1`). A regression fails the job only when it is confidently beyond this.',
    default: pct(DEFAULT_GATE_CONFIG.latencyTolerance),
    cli: {
      commands: GATE_COMMANDS,
      placeholder: 'pct',
      doc: 'latency regression tolerated, e.g. 10% (or the fraction 0.1)',
    },
    action: true,
    config: true,
  },
  errorTolerance: {
    name: 'error-tolerance',
    kind: 'points',
    doc: 'Error-rate increase tolerated, in percentage points, written with its unit: `0.1pp` (a plain number or `%` is refused: they read as relative amounts elsewhere).',
    default: pp(DEFAULT_GATE_CONFIG.errorRateTolerance),
    cli: {
      commands: GATE_COMMANDS,
      placeholder: 'pp',
      doc: 'error-rate increase tolerated, in percentage points, e.g. 0.1pp',
    },
    action: true,
    config: true,
  },
  confidence: {
    name: 'confidence',
    kind: 'confidence',
    doc: 'One-sided confidence of each bound, e.g. `0.99` or `99%`.',
    default: String(DEFAULT_GATE_CONFIG.confidence),
    cli: { commands: [...GATE_COMMANDS, 'capacity'], placeholder: 'level' },
    action: true,
    config: true,
  },
  reportOnly: {
    name: 'report-only',
    kind: 'metric-stats',
    doc: 'Metrics (or metric:stat) to report without gating, comma or line separated, e.g. `http_req_duration:p99`.',
    cli: {
      commands: GATE_COMMANDS,
      placeholder: 'm[:s]',
      doc: 'report but do not gate a metric or metric:stat, e.g. http_req_duration:p99 (repeatable)',
    },
    action: true,
    config: true,
  },
  onInconclusive: {
    name: 'on-inconclusive',
    kind: 'choice',
    choices: ['warn', 'fail', 'pass'],
    doc: 'What an inconclusive result does, `warn` (job passes with a warning), `fail` or `pass`.',
    default: DEFAULT_GATE_CONFIG.inconclusivePolicy,
    cli: {
      commands: [...GATE_COMMANDS, 'capacity'],
      placeholder: 'what',
      doc: 'warn (exit 0, the default), fail (exit 1) or pass',
    },
    action: true,
    config: true,
  },
  force: {
    name: 'force',
    kind: 'flag',
    doc: 'Compare even when the workloads (scenarios) differ.',
    cli: { commands: [...GATE_COMMANDS, 'capacity'] },
    config: true,
  },
  gateId: {
    name: 'gate-id',
    kind: 'name',
    doc: 'Keeps several gates in one repository apart (their baselines and comments).',
    default: 'default',
    cli: {
      commands: ['run', 'capacity', 'trend'],
      placeholder: 'id',
      doc: 'keeps several gates apart in one baseline directory',
      // Capacity runs keep their own baselines: they are not comparable with a gate's.
      defaultFor: { capacity: 'capacity' },
    },
    action: true,
  },
  githubToken: {
    name: 'github-token',
    kind: 'text',
    doc: 'Token for the baseline artifacts and the comment. Needs `actions: read`; `pull-requests: write` to comment.',
    default: '${{ github.token }}',
    action: true,
  },
  baselineName: {
    name: 'baseline-name',
    kind: 'name',
    doc: 'Name of the baseline artifact (a non-default `gate-id` is appended, so gates keep their own).',
    default: 'perf-gate-baseline',
    action: true,
  },
  baselineDir: {
    name: 'baseline-dir',
    kind: 'text',
    doc: 'Keep baselines in this directory instead of artifacts (persist it yourself, e.g. with actions/cache).',
    cli: {
      commands: ['run', 'capacity', 'trend'],
      placeholder: 'dir',
      default: '.perf-gate',
      doc: 'where baselines live',
    },
    action: true,
  },
  retentionDays: {
    name: 'retention-days',
    kind: 'count',
    doc: "Days the baseline artifact is kept (GitHub's default when empty). A baseline expires if the default branch gets no push for that long.",
    action: true,
  },
  comment: {
    name: 'comment',
    kind: 'choice',
    choices: ['always', 'on-regression', 'never'],
    doc: 'Post the sticky PR comment `always`, `on-regression` (a passing update still refreshes an existing comment), or `never`.',
    default: 'always',
    action: true,
  },
  onMissingBaseline: {
    name: 'on-missing-baseline',
    kind: 'choice',
    choices: ['warn', 'fail'],
    doc: 'What no baseline does, `warn` (job passes; the comment says how to create one) or `fail`.',
    default: 'warn',
    action: true,
  },
  changePointIssue: {
    name: 'change-point-issue',
    kind: 'flag',
    doc: "`true` opens one GitHub issue per new change point for the worse beyond the tolerance on the default branch's trend (updated, never duplicated, listing the commits in the range). Needs `issues: write`.",
    default: 'false',
    action: true,
  },
  trendJson: {
    name: 'trend-json',
    kind: 'flag',
    doc: 'print the trend and its change points as JSON',
    cli: { commands: ['trend'], flag: 'json' },
  },
  acceptLabel: {
    name: 'accept-label',
    kind: 'text',
    doc: 'A pull-request label that accepts a failing result (the comment says who added it).',
    default: 'perf-gate:accept',
    action: true,
  },
  baselineTarget: {
    name: 'baseline-target',
    kind: 'text',
    doc: 'Same-runner A/B mode (the recommended mode on shared runners), with `candidate-target`. The URL of the baseline version; the script runs against both, interleaved, and no stored baseline is used.',
    cli: {
      commands: ['ab'],
      placeholder: 'url',
      doc: "the target of the baseline (e.g. the default branch's build)",
    },
    action: true,
  },
  candidateTarget: {
    name: 'candidate-target',
    kind: 'text',
    doc: "A/B mode, the URL of the candidate version (e.g. this pull request's build, started in an earlier step).",
    cli: {
      commands: ['ab'],
      placeholder: 'url',
      doc: "the target of the candidate (e.g. the pull request's build)",
    },
    action: true,
  },
  targetEnv: {
    name: 'target-env',
    kind: 'text',
    doc: "A/B mode and `start`, the script environment variable that receives the target URL (a started version's is `http://127.0.0.1:<port>`).",
    default: 'BASE_URL',
    cli: { commands: ['run', 'ab'], placeholder: 'name' },
    action: true,
  },
  pairs: {
    name: 'pairs',
    kind: 'count',
    min: 3,
    doc: 'A/B mode, the interleaved pairs of runs before the first look (at least 3; a warm-up pair runs first and is not counted). While the answer is open, one more pair runs per look, up to `max-pairs`.',
    default: '4',
    cli: { commands: ['ab'], placeholder: 'n' },
    action: true,
  },
  maxPairs: {
    name: 'max-pairs',
    kind: 'count',
    min: 3,
    // Each pair is listed in the report (schemas/report.schema.json bounds the list) and costs two runs.
    max: 200,
    doc: 'A/B mode, the most pairs (at least `pairs`, at most 200): after the first look, pairs are added one at a time while a regression is suspected or a gated comparison is unsettled; it stops as soon as a regression is established, every gated comparison is settled, or nothing is suspected and no unsettled comparison could settle by `max-pairs` at its current spread. Each look calls a regression only at its share of the confidence.',
    default: '20',
    cli: { commands: ['ab'], placeholder: 'n' },
    action: true,
  },
  // Services perf-gate starts itself (issue 26): A/B against the base commit, or the head alone on a push.
  start: {
    name: 'start',
    kind: 'text',
    doc: "The command that starts the service, run with `sh -c` in each version's checkout, `PORT` in its environment and `{port}` replaced (e.g. `node server.js --port {port}`), on a free port of 127.0.0.1. On a pull request perf-gate checks out the base commit (`pull_request.base.sha`) in a git worktree beside the head, starts both and runs A/B pairs against them (`target-env` gets each version's URL); on a push it starts the head alone and stores the run as the baseline; both are stopped at the end, on failure and on cancellation. Its output goes to a log file per version, not the job's log. The service gets the step's environment without `INPUT_*`, `ACTIONS_*`, `GITHUB_TOKEN` and `GH_TOKEN`.",
    cli: {
      commands: ['run', 'ab'],
      placeholder: 'command',
      doc: "start the service (sh -c, PORT and {port}); with `ab`, the head and --base-ref's commit in a git worktree, side by side",
    },
    action: true,
  },
  build: {
    name: 'build',
    kind: 'text',
    doc: "With `start`: a command run once per version before it starts (`sh -c` in the version's checkout, same environment), e.g. `npm ci && npm run build`.",
    cli: { commands: ['run', 'ab'], placeholder: 'command' },
    action: true,
  },
  stop: {
    name: 'stop',
    kind: 'text',
    doc: "With `start`: the command that stops a version (`sh -c`, `PORT` and `{port}` as for `start`). Without it the start command's process group gets SIGTERM, then SIGKILL after 5 s.",
    cli: { commands: ['run', 'ab'], placeholder: 'command' },
    action: true,
  },
  readyUrl: {
    name: 'ready-url',
    kind: 'text',
    doc: "With `start`: the URL polled (every 250 ms) until it answers with any HTTP status below 500; `{port}` is the version's port.",
    default: 'http://127.0.0.1:{port}/',
    cli: { commands: ['run', 'ab'], placeholder: 'url' },
    action: true,
  },
  readyTimeout: {
    name: 'ready-timeout',
    kind: 'duration',
    doc: "With `start`: how long a version (its build not counted) has to answer `ready-url`; when it does not, the step fails (exit 2) naming the version, the URL and the last lines of the service's output.",
    default: '60s',
    cli: { commands: ['run', 'ab'], placeholder: 'duration' },
    action: true,
  },
  baseRef: {
    name: 'base-ref',
    kind: 'text',
    doc: 'With `start`: the base version, a commit or ref (`git rev-parse`), checked out in a git worktree; default the merge base of HEAD with the default branch.',
    cli: { commands: ['ab'], placeholder: 'ref' },
  },
  mode: {
    name: 'mode',
    kind: 'choice',
    choices: ['gate', 'comment', 'capacity'],
    doc: '`gate` runs the gate; `comment` (in a `workflow_run` workflow) posts the report a fork pull request left behind; `capacity` searches the maximum sustained rate under `slo` and gates its drop (`capacity-tolerance`).',
    default: 'gate',
    action: true,
  },
  saveBaseline: {
    name: 'save-baseline',
    kind: 'choice',
    choices: ['auto', 'always', 'never'],
    doc: '`auto` stores the run as a baseline on pushes to the default branch; `always`; `never`.',
    default: 'auto',
    action: true,
  },
  replaceBaseline: {
    // The CLI's `--save-baseline` (a flag) is not the action's input `save-baseline` (a choice): one name each.
    name: 'replace-baseline',
    kind: 'flag',
    doc: 'make this run the baseline, replacing the stored one(s)',
    cli: { commands: ['run', 'capacity'], flag: 'save-baseline' },
  },
  addBaseline: {
    name: 'add-baseline',
    kind: 'flag',
    doc: 'add this run to the baseline history (pooled for the noise estimate)',
    cli: { commands: ['run', 'capacity'] },
  },
  readOnly: {
    name: 'read-only',
    kind: 'flag',
    doc: 'never write a baseline, not even the first',
    cli: { commands: ['run', 'capacity'] },
  },
  history: {
    name: 'history',
    kind: 'count',
    doc: 'Baseline runs pooled for the baseline value; the run-to-run noise comes from every trusted run stored (up to 30).',
    default: '5',
    cli: {
      commands: ['run', 'capacity'],
      placeholder: 'n',
      doc: 'baseline runs to pool for the baseline value (the noise uses every stored run, up to 30)',
    },
    action: true,
    config: true,
  },
  runs: {
    name: 'runs',
    kind: 'count',
    doc: 'Repeat the candidate run this many times and pool the runs (narrower intervals; on the default branch every run is stored). Needs `script`.',
    default: '1',
    cli: {
      commands: ['run'],
      placeholder: 'n',
      doc: 'repeat the run n times and pool them (narrower intervals; all are stored when a baseline is written)',
    },
    action: true,
    config: true,
  },
  maxRuns: {
    name: 'max-runs',
    kind: 'count',
    doc: `The most candidate runs on a pull request: when a regression is suspected but not established, the candidate runs again (each look calls a regression only at its share of the confidence). Default: ${DEFAULT_MAX_RUNS} for a \`script\` on a pull request (catches a +25% p95 in 98-100% of simulated trials, one run 77-92%); 1 on the default branch and with \`results\`.`,
    default: '',
    cli: {
      commands: ['run'],
      placeholder: 'n',
      doc: `run again while a regression is suspected, up to n runs in all (default ${DEFAULT_MAX_RUNS}; 1 turns it off)`,
    },
    action: true,
    config: true,
  },
  rerun: {
    name: 'rerun',
    kind: 'choice',
    choices: RERUN_POLICIES,
    doc: 'What makes another run, up to `max-runs`: `suspected` (an inconclusive comparison whose estimate is beyond its tolerance) or `inconclusive` (any inconclusive verdict: settles more answers, repeats more runs).',
    default: DEFAULT_RERUN_POLICY,
    cli: {
      commands: ['run'],
      placeholder: 'when',
      doc: 'what makes another run: suspected (a regression is suspected) or inconclusive (any inconclusive verdict)',
    },
    action: true,
    config: true,
  },
  warmup: {
    name: 'warmup',
    kind: 'duration',
    doc: 'Leave out the first part of the run, e.g. `10s`.',
    cli: { commands: ['run', 'ab', 'compare', 'summarize', 'capacity'], placeholder: 'duration' },
    action: true,
    config: true,
  },
  maxSeries: {
    name: 'max-series',
    kind: 'count',
    doc: 'request-name series kept before pooling the rest (default 20)',
    cli: { commands: ['summarize'], placeholder: 'n' },
  },
  workingDirectory: {
    name: 'working-directory',
    kind: 'text',
    doc: 'Directory the script and results paths are relative to.',
    default: '.',
    action: true,
  },
  reportPath: {
    name: 'report-path',
    kind: 'text',
    doc: 'Where to write the report JSON. Default `perf-gate-report-<gate-id>.json` in the workspace.',
    cli: {
      commands: [...GATE_COMMANDS, 'capacity'],
      flag: 'json',
      placeholder: 'path',
      doc: 'write the report JSON (schemas/report.schema.json) there',
    },
    action: true,
  },
  markdown: {
    name: 'markdown',
    kind: 'text',
    doc: 'write the PR-comment Markdown there',
    cli: { commands: [...GATE_COMMANDS, 'capacity'], placeholder: 'path' },
  },
  out: {
    name: 'out',
    kind: 'text',
    doc: 'where to write the run summary (required)',
    cli: { commands: ['summarize', 'merge'], placeholder: 'path' },
  },
  // vegeta as a load generator (issue 15): `perf-gate vegeta <targets>` and the action's vegeta-* inputs.
  vegetaTargets: {
    name: 'vegeta-targets',
    kind: 'text',
    doc: "A vegeta targets file to attack instead of running a k6 script (`METHOD URL` lines, vegeta's http format; path relative to working-directory). Needs `vegeta-rate` and `vegeta-duration`. Set this, `script` or `results`.",
    action: true,
  },
  vegetaRate: {
    name: 'vegeta-rate',
    kind: 'text',
    doc: 'The vegeta attack rate, as `vegeta attack -rate` takes it: `100/s`, `6000/1m`. Part of the workload fingerprint.',
    cli: {
      commands: ['vegeta'],
      flag: 'rate',
      placeholder: 'n/s',
      doc: 'requests per period, e.g. 100/s (required)',
    },
    action: true,
  },
  vegetaDuration: {
    name: 'vegeta-duration',
    kind: 'duration',
    doc: 'How long the vegeta attack lasts, e.g. `30s`. Part of the workload fingerprint.',
    cli: {
      commands: ['vegeta'],
      flag: 'duration',
      placeholder: 'time',
      doc: 'how long the attack lasts, e.g. 30s (required)',
    },
    action: true,
  },
  vegetaArgs: {
    name: 'vegeta-args',
    kind: 'text',
    doc: 'Extra arguments for `vegeta attack`, e.g. `-max-workers=50 -timeout=5s` (part of the workload fingerprint). perf-gate adds `-max-body=0` (results without the response bodies, which it never reads) unless these set `-max-body`; vegeta then reports 0 bytes received (its `bytes_in` counts the body it kept), so `data_received` is 0 unless you pass `-max-body=-1`.',
    action: true,
  },
  resultFormat: {
    name: 'format',
    kind: 'choice',
    choices: ['auto', 'k6-json', 'k6-csv', 'vegeta-json', 'vegeta-csv'],
    doc: 'how the input is encoded; `auto` tells k6 output and vegeta results apart by the first line',
    default: 'auto',
    cli: { commands: ['summarize'], placeholder: 'encoding' },
  },
  vegetaPath: {
    name: 'vegeta-path',
    kind: 'text',
    doc: 'A vegeta binary to use (also VEGETA_PATH); else vegeta on PATH; else the action builds `vegeta-version` with Go.',
    cli: {
      commands: ['vegeta'],
      flag: 'vegeta',
      placeholder: 'path',
      doc: 'the vegeta binary (else VEGETA_PATH, the pinned build in .tools/, PATH)',
    },
    action: true,
  },
  vegetaVersion: {
    name: 'vegeta-version',
    kind: 'text',
    doc: `The vegeta release the action builds when no vegeta is given (\`vegeta-path\`, VEGETA_PATH) or on PATH: \`go install github.com/tsenart/vegeta/v12@v<version>\` (the Go checksum database verifies the module; Go is on GitHub's hosted runners), kept in the runner's tool cache. Default \`${PINNED_VEGETA_VERSION.replace(/^v/, '')}\`, the version perf-gate is tested with. Without Go, install vegeta in an earlier step.`,
    default: PINNED_VEGETA_VERSION.replace(/^v/, ''),
    action: true,
  },
  // Server-side metrics (issue 14): the service's own Prometheus metrics scraped while the load runs.
  serverMetrics: {
    name: 'server-metrics',
    kind: 'lines',
    doc: "URLs of the service's Prometheus metrics (e.g. `http://127.0.0.1:2121/metrics`), one per line, scraped every 2 s while k6 runs: CPU seconds per request is gated, memory, GC and server latency per route are reported; in capacity mode they name the bottleneck. A URL that does not answer is a warning, never an error. One target pairs with the baseline's whatever its URL; several pair by name: write `name=url` (e.g. `api=http://127.0.0.1:2121/metrics`), since ports and hosts change between runs. A target left unpaired is a warning in the report. With `start`, `{port}` is each started version's port (e.g. `http://127.0.0.1:{port}/metrics`): in A/B, CPU per request is then paired like the latencies.",
    cli: {
      commands: ['run', 'ab', 'capacity'],
      placeholder: '[name=]url',
      doc: "scrape the service's Prometheus metrics at this URL while k6 runs (repeatable; name=url pairs several targets across runs)",
    },
    action: true,
  },
  baselineServerMetrics: {
    name: 'baseline-server-metrics',
    kind: 'lines',
    doc: "A/B mode: the baseline version's Prometheus metrics URLs, one per line, scraped while k6 runs against it; paired line by line with `candidate-server-metrics`, so CPU seconds per request gets a paired interval like the latencies.",
    cli: {
      commands: ['ab'],
      placeholder: 'url',
      doc: "scrape the baseline version's Prometheus metrics at this URL while k6 runs against it (repeatable)",
    },
    action: true,
  },
  candidateServerMetrics: {
    name: 'candidate-server-metrics',
    kind: 'lines',
    doc: "A/B mode: the candidate version's Prometheus metrics URLs, one per line, in the order of `baseline-server-metrics`.",
    cli: {
      commands: ['ab'],
      placeholder: 'url',
      doc: "scrape the candidate version's Prometheus metrics at this URL while k6 runs against it (repeatable)",
    },
    action: true,
  },
  prometheus: {
    name: 'prometheus',
    kind: 'text',
    doc: "A Prometheus server that scrapes the service (e.g. `http://127.0.0.1:9090`): after k6 ends, its `query_range` API gives the run's span of process_*, go_*, nodejs_* and HTTP server histogram series, reduced like `server-metrics`.",
    cli: {
      commands: ['run', 'capacity'],
      placeholder: 'url',
      doc: "read the service's metrics from this Prometheus server's query_range API",
    },
    action: true,
  },
  prometheusQuery: {
    name: 'prometheus-query',
    kind: 'key-values',
    doc: 'With `prometheus`: more PromQL queries, one NAME=QUERY per line, reported as gauges (mean, max) under NAME.',
    cli: { commands: ['run', 'capacity'], placeholder: 'name=query' },
    action: true,
  },
  // Capacity mode (issue 16): the maximum sustained rate under objectives, and its regression.
  slo: {
    name: 'slo',
    kind: 'lines',
    doc: 'Capacity mode: the objectives every step must meet, one per line (repeatable flag), e.g. `http_req_duration:p95<200ms` and `http_req_failed:rate<1%`.',
    cli: {
      commands: ['capacity'],
      placeholder: 'metric:stat<limit',
      doc: 'an objective, e.g. http_req_duration:p95<200ms (repeatable)',
    },
    action: true,
  },
  from: {
    name: 'from',
    kind: 'count',
    doc: 'Capacity mode: the first offered rate, iterations of `exec` per second (requests per second only when an iteration makes one request); the staircase doubles it up to `to`.',
    default: '20',
    cli: { commands: ['capacity'], placeholder: 'per-second' },
    action: true,
  },
  to: {
    name: 'to',
    kind: 'count',
    doc: 'Capacity mode: the highest offered rate, iterations of `exec` per second.',
    default: '2000',
    cli: { commands: ['capacity'], placeholder: 'per-second' },
    action: true,
  },
  stepDuration: {
    name: 'step-duration',
    kind: 'duration',
    doc: 'Capacity mode: how long each rate is offered; its first quarter (at most 5 s, or `warmup`) is warm-up and left out.',
    default: '20s',
    cli: { commands: ['capacity'], placeholder: 'duration' },
    action: true,
  },
  exec: {
    name: 'exec',
    kind: 'text',
    doc: "Capacity mode: the script's exported function to drive.",
    default: 'default',
    cli: { commands: ['capacity'], placeholder: 'fn' },
    action: true,
  },
  capacityTolerance: {
    name: 'capacity-tolerance',
    kind: 'percent',
    doc: "Capacity mode: the drop in maximum sustained rate tolerated; the gate fails only when even the brackets' most favourable reading is beyond it.",
    default: '10%',
    cli: { commands: ['capacity'], placeholder: 'pct' },
    action: true,
  },
  capacityResolution: {
    name: 'capacity-resolution',
    kind: 'percent',
    doc: 'Capacity mode: bisection stops when the bracket (last rate that met every objective, first that did not) is this narrow.',
    default: '5%',
    cli: { commands: ['capacity'], placeholder: 'pct' },
    action: true,
  },
} as const satisfies Record<string, OptionSpec>;

export type OptionKey = keyof typeof OPTIONS;

/** The action's inputs by key, as users write them in `with:`. */
export const INPUT = Object.fromEntries(
  Object.entries(OPTIONS)
    .filter(([, o]) => 'action' in o)
    .map(([key, o]) => [key, o.name]),
) as {
  [K in OptionKey as (typeof OPTIONS)[K] extends { action: true } ? K : never]: (typeof OPTIONS)[K]['name'];
};

/** The flag an option has on the command line. */
export const flagOf = (o: OptionSpec): string => o.cli?.flag ?? o.name;

/** The options a command takes, in spec order. */
export function optionsOf(command: CommandName): Array<[OptionKey, OptionSpec]> {
  return (Object.entries(OPTIONS) as Array<[OptionKey, OptionSpec]>).filter(
    ([key, o]) =>
      o.cli?.commands.includes(command) ||
      // `perf-gate vegeta` gates like `perf-gate run`: it takes run's options but the k6-only ones.
      (command === 'vegeta' && o.cli?.commands.includes('run') && !K6_ONLY.has(key)),
  );
}

/**
 * `perf-gate run` options that only mean something to k6 (server metrics are read while k6 runs; vegeta has no
 * thresholds; a started service's URL reaches a script through `target-env`, while vegeta's targets file names its
 * URLs itself).
 */
const K6_ONLY = new Set<OptionKey>([
  'env',
  'k6Path',
  'serverMetrics',
  'prometheus',
  'prometheusQuery',
  'baselineFailedThresholds',
  'targetEnv',
  'start',
  'build',
  'stop',
  'readyUrl',
  'readyTimeout',
]);
