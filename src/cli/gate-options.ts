import { DEFAULT_GATE_CONFIG, type GateConfig, type InconclusivePolicy } from '../domain/gate-config.js';
import { PerfGateError } from '../errors.js';
import type { CliArgs, CliOptions } from './command.js';
import { parsePercent } from './parse.js';

/** The flags that tune the gate, shared by `run` and `compare`. */
export const gateOptions: { options: CliOptions; usage: string } = {
  options: {
    tolerance: { type: 'string' },
    'error-tolerance': { type: 'string' },
    confidence: { type: 'string' },
    'report-only': { type: 'string', multiple: true },
    'on-inconclusive': { type: 'string' },
    force: { type: 'boolean' },
  },
  usage: `  --tolerance <pct>       latency regression tolerated (default ${DEFAULT_GATE_CONFIG.latencyTolerance * 100}%)
  --error-tolerance <pp>  error-rate increase tolerated, in percentage points (default ${DEFAULT_GATE_CONFIG.errorRateTolerance * 100})
  --confidence <level>    one-sided confidence of each bound (default ${DEFAULT_GATE_CONFIG.confidence})
  --report-only <m[:s]>   report but do not gate a metric or metric:stat, e.g. http_req_duration:p95 (repeatable)
  --on-inconclusive <p>   warn (default, exit 0), fail (exit 1) or pass
  --force                 compare even when the workloads (scenarios) differ`,
};

/** The gate configuration: DEFAULT_GATE_CONFIG with the flags applied; every error names its flag. */
export function gateConfigFromFlags(values: CliArgs['values']): GateConfig {
  const config: GateConfig = { ...DEFAULT_GATE_CONFIG, rules: [...DEFAULT_GATE_CONFIG.rules] };
  if (values.tolerance !== undefined)
    config.latencyTolerance = parsePercent(values.tolerance as string, '--tolerance');
  if (values['error-tolerance'] !== undefined) {
    const text = values['error-tolerance'] as string;
    if (!/^\d+(\.\d+)?$/.test(text) || Number(text) >= 100) {
      throw new PerfGateError(
        `--error-tolerance "${text}" is not a number of percentage points`,
        'Write it like 0.1 (for 0.1 pp)',
      );
    }
    config.errorRateTolerance = Number(text) / 100;
  }
  if (values.confidence !== undefined) {
    const c = Number(values.confidence);
    if (!(c >= 0.5 && c < 1))
      throw new PerfGateError(
        `--confidence "${String(values.confidence)}" is not in [0.5, 1)`,
        'Use e.g. 0.99 or 0.95',
      );
    config.confidence = c;
  }
  for (const item of (values['report-only'] as string[] | undefined) ?? []) {
    const [metric, stat] = item.split(':');
    if (!metric)
      throw new PerfGateError(
        `--report-only "${item}" names no metric`,
        'Write it like http_req_duration:p99',
      );
    config.rules.push({ metric, ...(stat ? { stat } : {}), gated: false });
  }
  if (values['on-inconclusive'] !== undefined) {
    const policy = values['on-inconclusive'] as string;
    if (!['warn', 'fail', 'pass'].includes(policy))
      throw new PerfGateError(`--on-inconclusive "${policy}" is not warn, fail or pass`, 'Pick one of them');
    config.inconclusivePolicy = policy as InconclusivePolicy;
  }
  if (values.force) config.forceFingerprint = true;
  return config;
}
