import { wilsonInterval } from './wilson.js';

/**
 * Newcombe's hybrid score interval (method 10, Newcombe 1998) for the difference of two proportions
 * p2 - p1 = x2/n2 - x1/n1, built from the two Wilson intervals [l1, u1] and [l2, u2]:
 *   lower = d - √((p2 - l2)² + (u1 - p1)²),  upper = d + √((u2 - p2)² + (p1 - l1)²).
 * It keeps its coverage near 0 (a baseline with zero errors), where the Wald interval collapses.
 * Complexity O(1).
 * @example newcombeInterval(48, 80, 56, 70, 1.959964) // [0.0524, 0.3339] (Newcombe 1998, 56/70 vs 48/80)
 */
export function newcombeInterval(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  z: number,
): [number, number] {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const [l1, u1] = wilsonInterval(x1, n1, z);
  const [l2, u2] = wilsonInterval(x2, n2, z);
  const d = p2 - p1;
  return [d - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2), d + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)];
}
