import { describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT,
  renderComment,
  renderJobSummary,
  renderTerminal,
  shouldUseColor,
  stickyMarker,
} from '../../src/render/index.js';
import {
  codeSpan,
  escapeMarkdown,
  escapeMermaid,
  escapeTerminal,
  escapeWorkflowCommands,
} from '../../src/render/escape.js';
import { abPairs, coarse, comparison, CONTEXT, failing, report, suspected } from './reports.js';
import { costRatio } from '../support/relative-cost.js';

const snapshot = (name: string) => `./__snapshots__/${name}`;

describe('the PR comment, job summary and terminal table', () => {
  const cases = {
    pass: report(),
    fail: failing(),
    inconclusive: suspected(),
    'coarse-resolution': coarse(),
    'ab-pairs': abPairs(),
    'no-baseline': report({
      verdict: 'no-baseline',
      reason: 'There is no baseline yet: this run can become the first one.',
      comparisons: [],
      baseline: null,
    }),
    'thresholds-failed': report({
      verdict: 'fail',
      reason: "k6's thresholds failed (http_req_failed rate<0.01).",
      thresholds: [
        { metric: 'http_req_failed', expression: 'rate<0.01', ok: false },
        { metric: 'checks', expression: 'rate>0.99', ok: true },
      ],
    }),
    'workload-mismatch': report({
      verdict: 'inconclusive',
      reason:
        "The workload differs from the baseline's (scenario browse: rate 40 -> 80), so the runs are not comparable; rerun with --force to compare anyway, or store a new baseline.",
      fingerprint: { match: false, forced: false, differences: ['scenario browse: rate 40 -> 80'] },
    }),
    // --max-runs 3: settled after two runs; a regression's bound is at each look's share, and the text says so.
    'repeated-runs': report({
      settings: {
        confidence: 0.99,
        inconclusivePolicy: 'warn',
        noiseRuns: 5,
        candidateRuns: 2,
        looks: 3,
        rerun: 'suspected',
        regressionConfidence: 1 - 0.01 / 3,
      },
    }),
  };

  for (const [name, r] of Object.entries(cases)) {
    it(`renders ${name}`, async () => {
      const comment = renderComment(r, CONTEXT);
      expect(comment.startsWith(stickyMarker('shop'))).toBe(true);
      await expect(comment).toMatchFileSnapshot(snapshot(`${name}.comment.md`));
      await expect(renderTerminal(r, { color: false })).toMatchFileSnapshot(snapshot(`${name}.terminal.txt`));
      expect(renderJobSummary(r, CONTEXT).length).toBeGreaterThanOrEqual(comment.length);
    });
  }

  it('colours the verdict line by the verdict: red fail, green pass, yellow otherwise', () => {
    const head = (r: ReturnType<typeof report>) => renderTerminal(r, { color: true }).split('\n')[1];
    expect(head(failing())).toBe('\u001b[1m\u001b[31mperf-gate: FAIL\u001b[0m\u001b[0m');
    expect(head(report())).toBe('\u001b[1m\u001b[32mperf-gate: PASS\u001b[0m\u001b[0m');
    expect(head(suspected())).toBe('\u001b[1m\u001b[33mperf-gate: INCONCLUSIVE\u001b[0m\u001b[0m');
  });

  it('cuts a long series label from the front in the terminal, keeping its end', () => {
    const r = report();
    r.comparisons = [
      comparison({ series: { name: 'GET /api/v1/very/long/path/that/ends/in/orders' }, stat: 'p95' }),
    ];
    r.comparisons[0]!.verdict = 'regression';
    const line = renderTerminal(r, { color: false })
      .split('\n')
      .find((l) => l.includes('…'))!;
    expect(line).toMatch(/ …[^ ]*\/ends\/in\/orders /);
    expect(line).not.toContain('GET /api');
  });

  it('keeps the terminal table within 100 columns without colour', () => {
    for (const line of renderTerminal(failing(), { color: false }).split('\n'))
      expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('colours only when asked, honouring NO_COLOR and FORCE_COLOR', () => {
    expect(renderTerminal(failing(), { color: true })).toContain('\u001b[31m');
    expect(renderTerminal(failing(), { color: false })).not.toContain('\u001b[');
    expect(shouldUseColor({}, true)).toBe(true);
    expect(shouldUseColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(shouldUseColor({}, false)).toBe(false);
    expect(shouldUseColor({ FORCE_COLOR: '1' }, false)).toBe(true);
  });

  it('stays within 65,536 characters with 500 series, saying how many were left out', () => {
    const r = report();
    for (let i = 0; i < 500; i++) {
      r.comparisons.push(
        comparison({ series: { name: `GET /api/v1/items/${i}/details?with=everything` }, stat: 'p95' }),
      );
      r.comparisons.push(
        comparison({ series: { name: `GET /api/v1/items/${i}/details?with=everything` }, stat: 'p50' }),
      );
    }
    const comment = renderComment(r, CONTEXT);
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(comment).toMatch(
      /_\d+ more comparisons are left out to fit; the job summary and the report JSON have them all\._/,
    );
    expect(comment).toMatch(/<sub>perf-gate ·/); // the footer survives
    const summary = renderJobSummary(r, CONTEXT);
    expect(summary.length).toBeLessThanOrEqual(1024 * 1024);
    expect(summary).not.toMatch(/left out/);
  });
});

describe('rows computed from the same samples', () => {
  it('opens with one row for a one-endpoint scenario and its endpoint, saying which series it stands for', () => {
    const slow = {
      baseline: 9.15,
      candidate: 12.5,
      ratio: 12.5 / 9.15,
      interval: [1.16, 1.57] as [number, number],
    };
    const endpoint = comparison({ ...slow, series: { name: 'POST /orders' }, verdict: 'regression' });
    const scenario = comparison({ ...slow, series: { scenario: 'checkout' }, verdict: 'regression' });
    // The same values from other samples (another endpoint) stay a row of their own.
    const other = comparison({
      ...slow,
      series: { name: 'GET /products' },
      verdict: 'regression',
      samples: { baseline: 9000, candidate: 1799 },
    });
    const md = renderComment(report({ verdict: 'fail', comparisons: [endpoint, scenario, other] }), CONTEXT);
    const open = md.slice(0, md.indexOf('<details>') < 0 ? undefined : md.indexOf('<details>'));
    const rows = open.split('\n').filter((l) => l.startsWith('| 🔴'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('| POST /orders = scenario checkout |');
    expect(rows[1]).toContain('| GET /products |');
    // Shown once: not again among all the comparisons.
    expect(md.split('scenario checkout')).toHaveLength(2);
  });
});

describe('the terminal legend', () => {
  it('names the CPU per request tolerance as such, never as a second latency tolerance', () => {
    const r = report({
      comparisons: [
        comparison(),
        comparison({ metric: 'server_cpu_seconds_per_request', stat: 'mean', unit: '', tolerance: 0.2 }),
      ],
    });
    const legend = renderTerminal(r, { color: false, width: 200 })
      .split('\n')
      .find((l) => l.trimStart().startsWith('tolerance:'));
    expect(legend).toMatch(/^ {2}tolerance: latency\/throughput 10%, CPU per request 20%; /);
  });

  it('shows the CPU per request row whole, with its value in ms of CPU', () => {
    const cpu = comparison({
      metric: 'server_cpu_seconds_per_request',
      stat: 'mean',
      unit: 'seconds',
      baseline: 0.000433,
      candidate: 0.00044,
      tolerance: 0.2,
    });
    const line = renderTerminal(report({ comparisons: [cpu] }), { color: false, width: 100 })
      .split('\n')
      .find((l) => l.includes('CPU per request mean'));
    expect(line).toMatch(/CPU per request mean .* 0\.43 ms +0\.44 ms /);
  });
});

describe('a broken run in every surface', () => {
  const health = [
    {
      severity: 'broken' as const,
      check: 'metric-missing' as const,
      what: 'order_latency has no samples in this run (the baseline has 120): a gated statistic vanished from the comparison',
      see: 'the script threw (the first error was: ReferenceError: ordrLatency is not defined at default (file:///s.js:12:5(33)))',
    },
    {
      severity: 'warning' as const,
      check: 'requests-failed' as const,
      what: '61.0% of 400 requests failed',
      see: "check that the service is up at the script's target, then run it by hand: k6 run s.js",
    },
  ];
  const broken = report({
    verdict: 'fail',
    reason: `The run is broken: ${health[0]!.what}; ${health[0]!.see}.`,
    health,
  });
  it('shows the same words in the comment, the job summary and the terminal: the reason, then the warning', () => {
    const flat = (text: string) => text.replace(/\\/g, '').replace(/\s+/g, ' ');
    const warning = `run health: ${health[1]!.what}; ${health[1]!.see}`;
    for (const text of [
      renderComment(broken, CONTEXT),
      renderJobSummary(broken, CONTEXT),
      renderTerminal(broken, { color: false, width: 400 }),
    ]) {
      expect(flat(text)).toContain('The run is broken: order_latency has no samples in this run');
      expect(flat(text)).toContain('ReferenceError: ordrLatency is not defined at default');
      expect(flat(text)).toContain(warning);
    }
  });
});

describe('hostile strings from k6 output', () => {
  const hostile = [
    'a|b',
    'line\nbreak',
    '<script>alert(1)</script>',
    '@org/team and @user',
    '](javascript:alert(1))',
    '`code`',
    '<!-- perf-gate:shop -->',
    '![img](http://x/y.png)',
    // Bidirectional overrides, embeddings and isolates make text read differently than it is ("Trojan source").
    'invoice\u202Egpj.exe',
    '\u2066admin\u2069 \u202Aok\u202C \u202Bx\u202D \u2067y\u2068',
  ];
  const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

  it('cannot break the table, inject HTML or Markdown, or mention anyone', async () => {
    const r = report({ warnings: hostile.map((h) => `tag value ${h}`) });
    r.comparisons = hostile.map((h) =>
      comparison({ metric: `custom_${h}`, series: { name: h, scenario: h } }),
    );
    r.thresholds = hostile.map((h) => ({ metric: h, expression: `p(95)<${h}`, ok: false }));
    const comment = renderComment(r, CONTEXT);
    await expect(comment).toMatchFileSnapshot(snapshot('hostile.comment.md'));
    expect(comment).not.toMatch(/<script>/);
    expect(comment).not.toMatch(/@(org|user)\b/);
    expect(comment.split(stickyMarker('shop')).length).toBe(2); // only our own marker
    expect(comment).not.toMatch(/\]\(javascript:/);
    expect(comment).not.toMatch(BIDI);
    expect(renderJobSummary(r, CONTEXT)).not.toMatch(BIDI);
    // Every row of the breakdown table has exactly as many unescaped cell separators as its header.
    const rows = comment.split('\n').filter((l) => l.startsWith('| '));
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    const header = rows.find((l) => l.includes('| series |'))!;
    for (const row of rows.filter((l) => cells(l) > 5 && !l.includes('| metric |')))
      expect(cells(row)).toBe(cells(header));
  });

  it.each([
    ['\u202A', 'LRE'],
    ['\u202B', 'RLE'],
    ['\u202C', 'PDF'],
    ['\u202D', 'LRO'],
    ['\u202E', 'RLO'],
    ['\u2066', 'LRI'],
    ['\u2067', 'RLI'],
    ['\u2068', 'FSI'],
    ['\u2069', 'PDI'],
  ])(
    'replaces the bidirectional control %j (%s) with a space in Markdown, code spans and chart labels',
    (c) => {
      expect(escapeMarkdown(`a${c}b`)).toBe('a b');
      expect(codeSpan(`a${c}b`)).toBe('`a b`');
      expect(escapeMermaid(`a${c}b`)).toBe('a b');
    },
  );

  it('escapeTerminal turns control characters (escape sequences) into spaces, keeping the words apart', () => {
    expect(escapeTerminal('a\u001b[2Jb\u0007c\u009bd')).toBe('a [2Jb c d');
  });

  it('wraps a warning in the terminal on whitespace runs, keeping one space between words', () => {
    const r = report({ warnings: ['first    second\t\tthird'] });
    expect(renderTerminal(r, { color: false })).toContain('warning: first second third');
  });

  it('escapeMarkdown', () => {
    expect(escapeMarkdown('a|b <i> @team [x](y) `z`')).toBe(
      'a\\|b &lt;i&gt; @\u200dteam \\[x\\]\\(y\\) \\`z\\`',
    );
  });
});

describe('a forged report (the companion renders what a fork run wrote)', () => {
  const marker = '<!-- perf-gate:other -->';
  const forged = () => {
    const r = failing();
    r.reason = `## Heading\n${marker}\n@org/team see https://evil.example/login and www.evil.example <img src=https://x/b.png>`;
    r.baseline = {
      runs: 1,
      commit: 'a`b\n# x',
      ref: 'main`\n' + marker,
      url: `https://github.com/org/shop/actions/runs/1) ${marker} [login](https://evil.example`,
    };
    r.override = { label: 'x` @org/team `y', by: 'mallory\n## x', verdict: 'fail' };
    r.comparisons = [
      comparison({ stat: 'p50' }),
      comparison({ stat: 'p95\n```\n' + marker + '\n```mermaid' }),
      comparison({ stat: 'p99' }),
    ];
    return r;
  };

  it('posts no heading, mention, image, link or second marker, whatever the strings hold', () => {
    const comment = renderComment(forged(), CONTEXT);
    expect(comment.split('<!--').length).toBe(2); // only our own marker
    expect(comment).not.toMatch(/^#{1,6} (?!.*perf-gate: )/m); // the only heading is perf-gate's
    expect(comment).not.toMatch(/@(org|mallory)/);
    expect(comment).not.toMatch(/<img/);
    expect(comment).not.toMatch(/https:\/\/evil/);
    expect(comment).not.toMatch(/www\.evil/);
    expect(comment).not.toMatch(/\[its run\]/); // a URL that is not just a run page is not linked
    // The chart keeps its fence: exactly one opening and one closing line.
    expect(comment.split('\n').filter((l) => l.startsWith('```'))).toEqual(['```mermaid', '```']);
    expect(comment).toContain('x-axis ["p50", "p99"]');
    // Code spans hold no backtick or line break of their own.
    expect(comment).toMatch(/commit `a'b # x`/);
  });

  it('links a baseline only to a workflow run page', () => {
    const ok = failing();
    ok.baseline = { runs: 2, url: 'https://github.com/org/shop/actions/runs/77' };
    expect(renderComment(ok, CONTEXT)).toContain('[its run](https://github.com/org/shop/actions/runs/77)');
    ok.baseline.url = 'https://github.com.evil.example/org/shop/actions/runs/77?x=1';
    expect(renderComment(ok, CONTEXT)).not.toContain('[its run]');
  });

  it('keeps workflow commands out of log lines', () => {
    expect(escapeWorkflowCommands('reason\n::warning::owned\n  ##[error]x')).toBe(
      'reason\n\u200b::warning::owned\n  ##\u200b[error]x',
    );
    expect(escapeWorkflowCommands('a :: b')).toBe('a :: b');
    expect(escapeWorkflowCommands('\u00a0::warning::x\r\n\t::error::y')).toBe(
      '\u00a0\u200b::warning::x\r\n\t\u200b::error::y',
    );
    // Blank lines cost what any text of that size costs (the old `^\s*` scanned on from every line start).
    const blank = '\n'.repeat(20_000);
    const text = 'a\n'.repeat(20_000); // as many lines, twice the bytes
    expect(
      costRatio(
        () => escapeWorkflowCommands(blank),
        () => escapeWorkflowCommands(text),
      ),
    ).toBeLessThan(5);
    // The runner's legacy parser finds `##[` anywhere in a line, not only at its start.
    expect(escapeWorkflowCommands('threshold p95 ##[error]owned ##[warning]twice')).toBe(
      'threshold p95 ##\u200b[error]owned ##\u200b[warning]twice',
    );
  });
});
