/**
 * Batch summaries are per framework and year (a cohort): a mean over files scored under different
 * frameworks or in different years compares different yardsticks or counts one agency several
 * times. --latest keeps each agency's latest year.
 */
import { isScored, type FileResult, type ScoredResult } from './result.js';

export interface CohortKey {
  year: number;
  frameworkId: string;
}

/** The scored results by year, then framework id, in that order; each cohort keeps input order. */
export function cohortsOf(results: readonly ScoredResult[]): { key: CohortKey; results: ScoredResult[] }[] {
  const byKey = new Map<string, { key: CohortKey; results: ScoredResult[] }>();
  for (const r of results) {
    const key = { year: r.assessment.year, frameworkId: r.score.framework.id };
    const id = `${key.year}\u0000${key.frameworkId}`;
    const cohort = byKey.get(id) ?? { key, results: [] };
    cohort.results.push(r);
    byKey.set(id, cohort);
  }
  return [...byKey.values()].sort((a, b) => a.key.year - b.key.year || (a.key.frameworkId < b.key.frameworkId ? -1 : a.key.frameworkId > b.key.frameworkId ? 1 : 0));
}

/**
 * --latest: of each agency (agency.id) the scored results of its latest year; results that did not
 * score (their findings still count) are all kept. Input order is kept.
 */
export function latestOnly(results: readonly FileResult[]): { results: FileResult[]; omitted: number } {
  const latest = new Map<string, number>();
  for (const r of results) if (isScored(r)) latest.set(r.assessment.agency.id, Math.max(latest.get(r.assessment.agency.id) ?? -Infinity, r.assessment.year));
  const kept = results.filter((r) => !isScored(r) || r.assessment.year === latest.get(r.assessment.agency.id));
  return { results: kept, omitted: results.length - kept.length };
}
