/**
 * runAB's sequence with the fake k6 (each arm's latency scaled by a slowdown chosen from its target): a warm-up
 * pair discarded, pairs in AB BA BA AB blocks, a first look after `pairs` pairs, one more pair per look while the
 * answer is open, up to `maxPairs`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_CONFIG } from '../../src/domain/gate-config.js';
import type { ABRequest } from '../../src/domain/gate-request.js';
import type { K6RunRequest } from '../../src/io/k6-runner.js';
import { MemoryLogger } from '../../src/io/logger.js';
import { runAB } from '../../src/pipeline/ab-mode.js';
import { parseReport } from '../../src/action/report-file.js';
import { renderComment, renderTerminal } from '../../src/render/index.js';
import { FakeK6 } from '../support/fake-k6.js';

const cwd = mkdtempSync(join(tmpdir(), 'perf-gate-ab-mode-'));
writeFileSync(join(cwd, 'load.js'), 'export default function () {}\n');
const BASE = 'http://127.0.0.1:8001';
const HEAD = 'http://127.0.0.1:8002';

function request(over: Partial<ABRequest> = {}): ABRequest {
  return {
    cwd,
    script: 'load.js',
    scriptEnv: {},
    k6Args: [],
    targetEnv: 'BASE_URL',
    baselineTarget: BASE,
    candidateTarget: HEAD,
    pairs: 4,
    maxPairs: 8,
    gate: DEFAULT_GATE_CONFIG,
    ...over,
  };
}

/** The candidate's slowdown, and a burst: the arm run at call number `burst.call` (0-based) slowed `burst.factor`. */
async function ab(
  candidateSlowdown: number,
  over: Partial<ABRequest> = {},
  burst?: { call: number; factor: number },
) {
  const targets: string[] = [];
  const k6 = new FakeK6((r: K6RunRequest, call: number) => {
    targets.push(r.scriptEnv.BASE_URL as string);
    const version = r.scriptEnv.BASE_URL === HEAD ? candidateSlowdown : 1;
    return { slowdown: version * (burst?.call === call ? burst.factor : 1) };
  });
  const logger = new MemoryLogger();
  const { report, pairs } = await runAB(request(over), k6, logger);
  const p95 = report.comparisons.find(
    (c) => c.metric === 'http_req_duration' && c.stat === 'p95' && Object.keys(c.series).length === 0,
  );
  return { report, pairs, p95, calls: k6.calls, targets, logger };
}

describe('runAB: pairs until the answer is clear', () => {
  it('stops a clear 2x regression at the first look', async () => {
    const { report, pairs, calls } = await ab(2);
    expect(report.verdict).toBe('fail');
    expect(pairs).toHaveLength(4);
    // The warm-up pair runs too, and is not compared.
    expect(calls).toBe(2 * (1 + 4));
    const { perPair, perPairStatistics, ...sequence } = report.ab!;
    expect(sequence).toEqual({
      pairs: 4,
      warmupPairs: 1,
      firstLook: 4,
      maxPairs: 8,
      looks: 5,
      order: 'AB BA BA AB',
      stopped: 'regression',
    });
    // Every compared pair, in run order: the order it ran in, its p95 ratio (the fake slows the candidate 2x; each
    // run draws its own latencies), no errors; no CPU column without server metrics.
    expect(perPairStatistics).toEqual({
      latency: { metric: 'http_req_duration', stat: 'p95', tolerance: 0.1 },
      errorRate: { metric: 'http_req_failed', tolerance: 0.001 },
    });
    expect(perPair?.map((r) => `${r.pair} ${r.order}`)).toEqual(['1 AB', '2 BA', '3 BA', '4 AB']);
    for (const r of perPair ?? []) {
      expect(r.latency).toBeGreaterThan(1.8);
      expect(r.latency).toBeLessThan(2.2);
      expect(r.errorRate).toBe(0);
      expect(r).not.toHaveProperty('cpuPerRequest');
    }
    // Each look's regression bound is at 1 - 0.01 / 5.
    expect(report.settings.regressionConfidence).toBeCloseTo(0.998, 12);
    // The field is valid against the public schema, and both renderers say how many pairs ran and why it stopped.
    expect(parseReport(JSON.stringify(report), 'the A/B report').ab?.stopped).toBe('regression');
    const line =
      "4 A/B pairs of at most 8 (AB BA BA AB blocks, after 1 warm-up pair, discarded); stopped: a regression is established; a regression's bound at 99.8% on each of 5 looks";
    expect(renderComment(report, { gateId: 'default', now: '2026-01-02T00:00:00Z' })).toContain(
      `**This change:** ${line}.`,
    );
    expect(renderTerminal(report, { color: false })).toContain(`this change: ${line}`);
    // The per-pair list is valid against the schema, and the comment charts it.
    expect(parseReport(JSON.stringify(report), 'the A/B report').ab?.perPair).toHaveLength(4);
    expect(renderComment(report, { gateId: 'default', now: '2026-01-02T00:00:00Z' })).toContain(
      '<details><summary>Pairs (4 compared)</summary>',
    );
  });

  it('stops an unchanged service as a pass at the first look', async () => {
    const { report, pairs, p95 } = await ab(1);
    expect(report.verdict).toBe('pass');
    expect(p95?.verdict).toBe('unchanged');
    expect(pairs).toHaveLength(4);
    expect(report.ab?.stopped).toBe('settled');
  });

  it('adds pairs up to max-pairs while a change sits at the tolerance', async () => {
    // +10% at a 10% tolerance: the interval straddles the tolerance however many pairs run.
    const { report, pairs, p95, calls } = await ab(1.1);
    expect(p95?.verdict).toBe('inconclusive');
    expect(pairs).toHaveLength(8);
    expect(calls).toBe(2 * (1 + 8));
    expect(report.ab?.stopped).toBe('max-pairs');
  });

  it('stops `futile`, a pass, when no unsettled comparison could settle by max-pairs', async () => {
    // Unchanged at a 2% tolerance: the p95's interval, projected to 8 pairs at its estimate and spread, still
    // crosses 1.02 (each run draws its own latencies), and nothing is suspected.
    const { report, pairs, p95 } = await ab(1, {
      gate: { ...DEFAULT_GATE_CONFIG, latencyTolerance: 0.02 },
    });
    expect(report.verdict).toBe('pass');
    expect(p95?.verdict).toBe('inconclusive');
    expect(p95?.suspected).toBeUndefined();
    expect(pairs.length).toBeLessThan(8);
    expect(report.ab?.stopped).toBe('futile');
    expect(parseReport(JSON.stringify(report), 'the A/B report').ab?.stopped).toBe('futile');
    expect(renderComment(report, { gateId: 'default', now: '2026-01-02T00:00:00Z' })).toContain(
      'stopped: more pairs could not settle it by max-pairs',
    );
  });

  it('stops `cleared`, a pass, when no unsettled comparison could become a regression by max-pairs', async () => {
    // Unchanged at a 4% tolerance, up to 20 pairs: at the first look the p95 [.., 1.071] could still settle or become
    // a regression; at the second its bad bound 1.055 excludes every regression 20 pairs could establish, before it
    // settles, and nothing is suspected. Each look logs what kept it open.
    const { report, pairs, p95, logger } = await ab(1, {
      maxPairs: 20,
      gate: { ...DEFAULT_GATE_CONFIG, latencyTolerance: 0.04 },
    });
    expect(report.verdict).toBe('pass');
    expect(p95?.verdict).toBe('inconclusive');
    expect(report.ab?.stopped).toBe('cleared');
    expect(pairs.length).toBeLessThan(20);
    expect(parseReport(JSON.stringify(report), 'the A/B report').ab?.stopped).toBe('cleared');
    expect(renderComment(report, { gateId: 'default', now: '2026-01-02T00:00:00Z' })).toContain(
      'stopped: no regression that max-pairs could establish is left',
    );
    const looks = logger.lines.filter((l) => l.startsWith('info: Look at '));
    expect(looks).toHaveLength(pairs.length - 3);
    expect(looks.at(-1)).toMatch(
      /^info: Look at \d+ pairs: stop \(cleared\); open: http_req_duration p95 unsettled \[[\d.]+, [\d.]+\] \(could settle\)/,
    );
  });

  it('runs the arms in AB BA BA AB blocks after a warm-up pair', async () => {
    const { targets } = await ab(1.1, { maxPairs: 4 });
    const order = targets.map((t) => (t === BASE ? 'A' : 'B')).join('');
    // The warm-up pair, then one block of four.
    expect(order).toBe('AB' + 'AB' + 'BA' + 'BA' + 'AB');
  });
});

describe('runAB: robust to a burst on the runner', () => {
  it('does not call a regression from one pair whose candidate arm ran 3x slower', async () => {
    // Call 4 (0-based) is the candidate arm of the second compared pair (warm-up AB: calls 0-1, pair 1 AB: 2-3, pair 2
    // BA: 4-5). One spike among equal pairs moves the mean by L/n and the standard error by L/n too (t = 1): the
    // paired interval widens and the sequence runs on, never calling a regression from it.
    const { report, p95, targets } = await ab(1, {}, { call: 4, factor: 3 });
    expect(targets[4]).toBe(HEAD);
    // The pair list shows the burst where it was: pair 2's ratio near 3, the others near 1.
    const ratios = report.ab?.perPair?.map((r) => r.latency as number) ?? [];
    expect(ratios[1]).toBeGreaterThan(2.5);
    expect(ratios.filter((_, i) => i !== 1).every((x) => Math.abs(x - 1) < 0.15)).toBe(true);
    expect(p95?.verdict).not.toBe('regression');
    expect(report.verdict).not.toBe('fail');
    expect(report.ab?.stopped).not.toBe('regression');
  });

  it('discards a burst in the warm-up pair', async () => {
    // The warm-up's candidate arm (call 1) ran 3x slower: it is not compared, so the service passes at once.
    const { report, pairs } = await ab(1, {}, { call: 1, factor: 3 });
    expect(report.verdict).toBe('pass');
    expect(pairs).toHaveLength(4);
    expect(report.ab?.stopped).toBe('settled');
  });
});
