/** What a pull request changes in the gate's configuration file, and the sentence a reviewer reads about it. */
import { describe, expect, it } from 'vitest';
import { configChangeNotice, configChanges } from '../../src/options/config-change.js';
import { parseGateFileConfig } from '../../src/options/config-file.js';

const json = (file: string, doc: object) => parseGateFileConfig(file, JSON.stringify(doc));
const BASE = json('perf-gate.config.json', { tolerance: '10%', confidence: '99%' });

describe('a change to the gate configuration file', () => {
  it('lists each key whose written value differs, old and new, in the files’ order', () => {
    const head = json('perf-gate.config.json', {
      tolerance: '1000%',
      confidence: '99%',
      'error-tolerance': '50pp',
    });
    expect(configChanges(BASE, head)).toEqual([
      { key: 'tolerance', before: '10%', after: '1000%' },
      { key: 'error-tolerance', after: '50pp' },
    ]);
    expect(configChangeNotice(BASE, head)).toBe(
      "this pull request changes the gate's configuration (perf-gate.config.json): tolerance 10% -> 1000%, " +
        "error-tolerance (not set) -> 50pp. It takes effect once merged; the gate judged it with the base commit's " +
        'perf-gate.config.json.',
    );
  });

  it('shows rules as JSON, cut at 80 characters', () => {
    const rules = Array.from({ length: 5 }, (_, i) => ({ metric: `custom_${i}`, gate: false }));
    const head = json('perf-gate.config.json', { tolerance: '10%', confidence: '99%', metrics: rules });
    const [change] = configChanges(BASE, head);
    expect(change?.key).toBe('metrics');
    expect(configChangeNotice(BASE, head)).toContain(
      `metrics (not set) -> ${JSON.stringify(rules).slice(0, 79)}…`,
    );
  });

  it('says nothing when the files are the same, or when neither exists', () => {
    expect(
      configChangeNotice(BASE, json('perf-gate.config.json', { confidence: '99%', tolerance: '10%' })),
    ).toBe(undefined);
    expect(configChangeNotice(undefined, undefined)).toBe(undefined);
  });

  it('names a file the pull request adds (the defaults judge), removes or renames', () => {
    const added = json('perf-gate.config.json', { 'on-inconclusive': 'pass' });
    expect(configChangeNotice(undefined, added)).toBe(
      "this pull request adds the gate's configuration file perf-gate.config.json: on-inconclusive (not set) -> pass. " +
        'It takes effect once merged; the gate judged it with the defaults, as the base commit has no configuration file.',
    );
    expect(configChangeNotice(BASE, undefined)).toMatch(
      /^this pull request removes the gate's configuration file perf-gate\.config\.json: tolerance 10% -> \(not set\), confidence 99% -> \(not set\)\. /,
    );
    const renamed = parseGateFileConfig('perf-gate.config.yml', 'tolerance: 10%\nconfidence: 99%\n');
    expect(configChangeNotice(BASE, renamed)).toBe(
      "this pull request changes the gate's configuration (perf-gate.config.json -> perf-gate.config.yml). It takes " +
        "effect once merged; the gate judged it with the base commit's perf-gate.config.json.",
    );
  });

  it('names a file added or removed even when it sets nothing', () => {
    const empty = json('perf-gate.config.json', {});
    expect(configChangeNotice(undefined, empty)).toMatch(
      /^this pull request adds the gate's configuration file perf-gate\.config\.json\. It takes effect/,
    );
    expect(configChangeNotice(empty, undefined)).toMatch(
      /^this pull request removes the gate's configuration file perf-gate\.config\.json\. It takes effect/,
    );
  });
});
