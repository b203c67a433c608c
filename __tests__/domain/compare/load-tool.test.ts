/**
 * A k6 baseline and a vegeta candidate (or the reverse) do not measure the same thing (another client, another
 * load model): a workload difference, so the gate is inconclusive unless --force. Runs of one tool compare as before.
 */
import { describe, expect, it } from 'vitest';
import { fingerprintDifferences, workloadsDiffer } from '../../../src/domain/compare/fingerprint.js';
import { compareRuns } from '../../../src/domain/compare/index.js';
import { DEFAULT_GATE_CONFIG } from '../../../src/domain/gate-config.js';
import { toolOf, type RunSummary } from '../../../src/domain/run-summary.js';
import { seededRandom } from '../../../src/domain/random.js';
import { DEFAULT_SIM, simulateRun, simulateRuns } from '../../../eval/simulate.js';

const asVegeta = (run: RunSummary): RunSummary => ({ ...run, k6: {}, tool: { name: 'vegeta' } });
const k6History = simulateRuns(DEFAULT_SIM, 5, 1);
const slower = simulateRun({ ...DEFAULT_SIM, slowdown: 1.5 }, seededRandom(5));

describe('the load generator in the workload comparison', () => {
  it('names the tool of a run: k6 unless recorded otherwise', () => {
    expect(toolOf(slower)).toBe('k6');
    expect(toolOf(asVegeta(slower))).toBe('vegeta');
  });

  it('a k6 baseline against a vegeta candidate: inconclusive, naming both, unless forced', () => {
    const candidate = asVegeta(slower);
    expect(workloadsDiffer(k6History[0]!, candidate)).toBe(true);
    expect(fingerprintDifferences(k6History[0]!, candidate)).toContain('load generator k6 -> vegeta');
    const report = compareRuns(k6History, candidate, DEFAULT_GATE_CONFIG);
    expect(report.verdict).toBe('inconclusive');
    expect(report.reason).toMatch(/load generator k6 -> vegeta.*--force/);
    expect(report.fingerprint).toEqual({
      match: false,
      forced: false,
      differences: ['load generator k6 -> vegeta'],
    });
    expect(report.candidate.tool).toBe('vegeta');
    expect((report.notes ?? []).join()).toMatch(/open-model load generator/);

    const forced = compareRuns(k6History, candidate, { ...DEFAULT_GATE_CONFIG, forceFingerprint: true });
    expect(forced.fingerprint.forced).toBe(true);
    expect(forced.verdict).toBe('fail'); // 1.5x slower, now compared
  });

  it('a vegeta baseline against a k6 candidate is refused the same way', () => {
    const history = k6History.map(asVegeta);
    expect(fingerprintDifferences(history[0]!, slower)).toEqual(['load generator vegeta -> k6']);
    expect(compareRuns(history, slower, DEFAULT_GATE_CONFIG).verdict).toBe('inconclusive');
  });

  it('vegeta runs of one workload compare as k6 runs do, and the report names the tool', () => {
    const history = k6History.map(asVegeta);
    const report = compareRuns(history, asVegeta(slower), DEFAULT_GATE_CONFIG);
    expect(report.fingerprint.match).toBe(true);
    expect(report.verdict).toBe('fail');
    expect(report.candidate.tool).toBe('vegeta');
    expect(compareRuns(k6History, slower, DEFAULT_GATE_CONFIG).candidate.tool).toBeUndefined();
  });
});
