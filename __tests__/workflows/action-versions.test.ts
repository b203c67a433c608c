/**
 * One version of each action everywhere the repository uses or shows it (its workflows, README.md, docs/*.md):
 * a reader who copies two examples must not get two majors of actions/checkout.
 */
import { describe, expect, it } from 'vitest';
import { actionRefs } from '../support/workflow-yaml.js';

describe('action versions in workflows, README.md and docs/', () => {
  const refs = actionRefs();

  it('use one ref per action', () => {
    const byAction = new Map<string, Set<string>>();
    for (const r of refs) byAction.set(r.action, (byAction.get(r.action) ?? new Set()).add(`${r.ref}`));
    const mixed = [...byAction].filter(([, versions]) => versions.size > 1);
    expect(
      mixed.map(
        ([action]) =>
          `${action}: ${refs
            .filter((r) => r.action === action)
            .map((r) => `${r.ref} (${r.source})`)
            .join(', ')}`,
      ),
    ).toEqual([]);
  });

  it('check out with actions/checkout@v5', () => {
    const checkouts = refs.filter((r) => r.action === 'actions/checkout');
    expect(checkouts.length).toBeGreaterThan(5);
    expect(new Set(checkouts.map((r) => r.ref))).toEqual(new Set(['v5']));
  });
});
