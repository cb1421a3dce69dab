/** Batch summaries: predikat counts and mean / median / min / max of the index and each domain, exact. */
import { add, compare, rational, type Rational } from './rational.js';
import type { ScoreResult } from './score.js';

export interface Distribution {
  count: number;
  mean: Rational;
  median: Rational;
  min: Rational;
  max: Rational;
}

export interface ScoreStats {
  count: number;
  predicates: { name: string; count: number }[];
  index: Distribution;
  domains: { id: number; name: string; distribution: Distribution }[];
}

export function distribution(values: readonly Rational[]): Distribution | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort(compare);
  const total = sorted.reduce(add, rational(0));
  const middle = Math.floor(sorted.length / 2);
  const pair = sorted.length % 2 === 0 ? add(sorted[middle - 1]!, sorted[middle]!) : undefined;
  const median = pair ? rational(pair.num, pair.den * 2n) : sorted[middle]!;
  return { count: sorted.length, mean: rational(total.num, total.den * BigInt(sorted.length)), median, min: sorted[0]!, max: sorted.at(-1)! };
}

export function scoreStats(scores: readonly ScoreResult[]): ScoreStats | undefined {
  const index = distribution(scores.map((s) => s.index));
  if (!index) return undefined;
  // Predikat in the order of the bands of the frameworks seen (highest first), with zero counts kept.
  const names: string[] = [];
  for (const s of scores) for (const band of s.framework.predicates) if (!names.includes(band.name)) names.push(band.name);
  const predicates = names.map((name) => ({ name, count: scores.filter((s) => s.predicate === name).length }));
  const domainKeys = new Map<string, { id: number; name: string; values: Rational[] }>();
  for (const s of scores) {
    for (const d of s.domains) {
      const key = `${d.group.id} ${d.group.name}`;
      const entry = domainKeys.get(key) ?? { id: d.group.id, name: d.group.name, values: [] };
      entry.values.push(d.index);
      domainKeys.set(key, entry);
    }
  }
  const domains = [...domainKeys.values()].map((d) => ({ id: d.id, name: d.name, distribution: distribution(d.values)! }));
  return { count: scores.length, predicates, index, domains };
}

/** Over- and under-claims of penilaian mandiri against the final levels, per domain, across agencies. */
export interface SelfStats {
  agencies: number;
  domains: { id: number; name: string; agencies: number; compared: number; over: number; under: number }[];
}

export function selfStats(comparisons: readonly { domains: readonly { id: number; name: string; compared: number; over: number; under: number }[] }[]): SelfStats | undefined {
  if (comparisons.length === 0) return undefined;
  const byDomain = new Map<string, SelfStats['domains'][number]>();
  for (const c of comparisons) {
    for (const d of c.domains) {
      if (d.compared === 0) continue;
      const key = `${d.id} ${d.name}`;
      const entry = byDomain.get(key) ?? { id: d.id, name: d.name, agencies: 0, compared: 0, over: 0, under: 0 };
      entry.agencies++;
      entry.compared += d.compared;
      entry.over += d.over;
      entry.under += d.under;
      byDomain.set(key, entry);
    }
  }
  return { agencies: comparisons.length, domains: [...byDomain.values()] };
}
