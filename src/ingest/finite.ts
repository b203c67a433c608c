/**
 * JSON's grammar has no Infinity or NaN, but JSON.parse reads a number too large for a double (`1e999`) as Infinity,
 * which no schema's `type: number` refuses, and which breaks every sum, ratio and chart downstream (a Mermaid
 * axis of Infinity). Every document read from outside (run summaries, baselines, a companion's report) is walked
 * once after parsing for such a number.
 */

/**
 * The path (`series.0.trends.x.sum`) of the first number in `json` that is not finite, or undefined when there is
 * none. Iterative, so a deeply nested hostile document cannot overflow the stack.
 * @example nonFiniteAt(JSON.parse('{"a":[1,1e999]}')) // 'a.1'
 */
export function nonFiniteAt(json: unknown): string | undefined {
  const stack: Array<{ value: unknown; path: string }> = [{ value: json, path: '' }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path } = next;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return path || '(top level)';
    } else if (typeof value === 'object' && value !== null) {
      const entries = Array.isArray(value)
        ? value.map((v, i) => [String(i), v] as const)
        : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as readonly [string, unknown];
        stack.push({ value: child, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return undefined;
}
