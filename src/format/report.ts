/** What every batch formatter receives: the results in input order and what was derived from them. */
import type { ScoreStats, SelfStats } from '../core/stats.js';
import type { Detail } from './detail.js';
import type { Rational } from '../core/rational.js';
import type { FileResult } from '../io/evaluate.js';
import type { Summary } from './summary.js';

export type Command = 'score' | 'validate';

export interface BatchReport {
  command: Command;
  results: readonly FileResult[];
  summary: Summary;
  /** Over every scored file; absent for validate and when nothing scored. */
  stats?: ScoreStats;
  /** --group-by: one entry per category or province, in name order. */
  groups?: { name: string; stats: ScoreStats }[];
  groupBy?: 'category' | 'province';
  /** Over-claim rates per domain, when several scored files have self levels. */
  selfStats?: SelfStats;
  /** --detail: machine formats add the sensitivity when asked. */
  detail?: readonly Detail[];
}

/** One agency's index by year: the files given, and the previous year a file names when it is not among them. */
export function yearTrend(results: readonly FileResult[]): { year: number; index: Rational; predicate: string }[] {
  const byYear = new Map<number, { index: Rational; predicate: string }>();
  for (const r of results) {
    byYear.set(r.assessment!.year, { index: r.score!.index, predicate: r.score!.predicate });
    const p = r.comparison?.previous;
    if (p && !byYear.has(p.year)) byYear.set(p.year, { index: p.index, predicate: p.predicate });
  }
  return [...byYear].sort(([a], [b]) => a - b).map(([year, v]) => ({ year, ...v }));
}

/** Rank order: highest exact index first; ties keep input order. */
export function ranked(results: readonly FileResult[]): FileResult[] {
  const scored = results.filter((r) => r.score);
  return scored
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = a.r.score!.index;
      const y = b.r.score!.index;
      const diff = y.num * x.den - x.num * y.den;
      return diff > 0n ? 1 : diff < 0n ? -1 : a.i - b.i;
    })
    .map(({ r }) => r);
}
