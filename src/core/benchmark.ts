/**
 * Benchmarks from the batch itself (--benchmark category|province|all): each scored result against
 * its cohort, the results of the same framework and the same year in the same category, the same
 * province, or all of them. Everything is exact; formatters round only what they print.
 *
 * - rank: competition ranking by exact index, highest first; ties share the better rank (1, 2, 2, 4).
 * - percentile: the share of the others in the cohort whose exact index is lower, 0..100; none for
 *   a cohort of one (there is no one to be above).
 * - distances: value minus the cohort's mean, and minus its median (exact), for the index and for
 *   each domain and aspect.
 * A result whose file names no category (or province) is in no cohort of that kind: no benchmark.
 */
import { compare, rational, sub, type Rational } from './rational.js';
import type { ScoredResult } from './result.js';
import { distribution } from './stats.js';

export const BENCHMARKS = ['category', 'province', 'all'] as const;
export type BenchmarkBy = (typeof BENCHMARKS)[number];

/** One value against its cohort. */
export interface Standing {
  value: Rational;
  mean: Rational;
  median: Rational;
  /** value - mean and value - median, exact. */
  fromMean: Rational;
  fromMedian: Rational;
}

export interface Benchmark {
  by: BenchmarkBy;
  /** The category or province, or "all". */
  cohort: string;
  year: number;
  frameworkId: string;
  size: number;
  rank: number;
  /** 0..100; absent for a cohort of one. */
  percentile?: Rational;
  index: Standing;
  domains: ({ id: number; name: string } & Standing)[];
  aspects: ({ id: number; name: string } & Standing)[];
}

/** A cohort's values of one figure: sorted ascending, with their mean and median. */
interface Column {
  sorted: Rational[];
  mean: Rational;
  median: Rational;
}

function column(values: Rational[]): Column {
  const { mean, median } = distribution(values)!;
  return { sorted: [...values].sort(compare), mean, median };
}

/** How many of the sorted values are below `value` (or equal to it, with orEqual), by binary search. */
function countBelow(sorted: readonly Rational[], value: Rational, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compare(sorted[mid]!, value);
    if (c < 0 || (orEqual && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function standing(value: Rational, c: Column): Standing {
  return { value, mean: c.mean, median: c.median, fromMean: sub(value, c.mean), fromMedian: sub(value, c.median) };
}

/** The cohort a result belongs to, or undefined when its file does not say (no category, no province). */
export function cohortOf(result: ScoredResult, by: BenchmarkBy): string | undefined {
  return by === 'all' ? 'all' : result.assessment.agency[by];
}

interface Cohort {
  members: ScoredResult[];
  index?: Column;
  domains?: Map<number, Column>;
  aspects?: Map<number, Column>;
}

/** Columns per group id: members of one framework id have the same groups, matched by id all the same. */
function groupColumns(members: readonly ScoredResult[], pick: (r: ScoredResult) => readonly { group: { id: number }; index: Rational }[]): Map<number, Column> {
  const values = new Map<number, Rational[]>();
  for (const r of members) {
    for (const g of pick(r)) {
      const list = values.get(g.group.id);
      if (list) list.push(g.index);
      else values.set(g.group.id, [g.index]);
    }
  }
  return new Map([...values].map(([id, list]) => [id, column(list)]));
}

/** The benchmark of each result, by position in `results` (undefined when it has no cohort). */
export function benchmarks(results: readonly ScoredResult[], by: BenchmarkBy): (Benchmark | undefined)[] {
  const cohorts = new Map<string, Cohort>();
  const keys = results.map((r) => {
    const name = cohortOf(r, by);
    if (name === undefined) return undefined;
    const key = JSON.stringify([r.score.framework.id, r.assessment.year, name]);
    const cohort = cohorts.get(key) ?? { members: [] };
    cohort.members.push(r);
    cohorts.set(key, cohort);
    return key;
  });
  return results.map((r, i) => {
    if (keys[i] === undefined) return undefined;
    const cohort = cohorts.get(keys[i]!)!;
    cohort.index ??= column(cohort.members.map((m) => m.score.index));
    cohort.domains ??= groupColumns(cohort.members, (m) => m.score.domains);
    cohort.aspects ??= groupColumns(cohort.members, (m) => m.score.aspects);
    const size = cohort.members.length;
    const below = countBelow(cohort.index.sorted, r.score.index, false);
    const above = size - countBelow(cohort.index.sorted, r.score.index, true);
    const benchmark: Benchmark = {
      by,
      cohort: cohortOf(r, by)!,
      year: r.assessment.year,
      frameworkId: r.score.framework.id,
      size,
      rank: above + 1,
      index: standing(r.score.index, cohort.index),
      domains: r.score.domains.map((d) => ({ id: d.group.id, name: d.group.name, ...standing(d.index, cohort.domains!.get(d.group.id)!) })),
      aspects: r.score.aspects.map((a) => ({ id: a.group.id, name: a.group.name, ...standing(a.index, cohort.aspects!.get(a.group.id)!) })),
    };
    if (size > 1) benchmark.percentile = rational(below * 100, size - 1);
    return benchmark;
  });
}
