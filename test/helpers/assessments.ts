/** Builders for assessment texts used across tests. */
import { stringify } from 'yaml';

/** Level sums per group of PermenPANRB 59/2020: K 1-10, T 11-20, M 21-31, A 32-41 (2.75 %), P 42-47 (3 %). */
export interface LevelSums {
  k: number;
  t: number;
  m: number;
  a: number;
  p: number;
}

const GROUPS: [keyof LevelSums, number, number][] = [
  ['k', 1, 10],
  ['t', 11, 20],
  ['m', 21, 31],
  ['a', 32, 41],
  ['p', 42, 47],
];

/** Spreads each sum over its indicators as evenly as possible (levels stay within 1..5). */
export function levelsFromSums(sums: LevelSums): Record<number, number> {
  const levels: Record<number, number> = {};
  for (const [key, from, to] of GROUPS) {
    const n = to - from + 1;
    const base = Math.floor(sums[key] / n);
    const extra = sums[key] - base * n;
    for (let id = from; id <= to; id++) levels[id] = base + (id - from < extra ? 1 : 0);
  }
  return levels;
}

export function uniformLevels(level: number, count = 47): Record<number, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [i + 1, level]));
}

export function assessmentYaml(fields: Record<string, unknown>): string {
  return stringify({ year: 2024, agency: 'Test Agency', ...fields });
}
