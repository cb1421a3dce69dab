/**
 * Years linked automatically: in one run, a file of an agency is compared with the same agency's
 * nearest earlier year, when it names no previous year itself.
 */
import type { Assessment } from './assessment.js';
import { compareYears, previousFromScore, type Comparison } from './compare.js';
import type { ScoreResult } from './score.js';

export interface Linkable {
  file: string;
  assessment?: Assessment;
  score?: ScoreResult;
  comparison?: Comparison;
}

/** Comparisons for the results (by position) that have none; the first file of an agency-year wins. */
export function linkYears(results: readonly Linkable[]): Map<number, Comparison> {
  const byAgency = new Map<string, { year: number; position: number }[]>();
  results.forEach((r, position) => {
    if (!r.assessment || !r.score) return;
    const list = byAgency.get(r.assessment.agency.id) ?? [];
    list.push({ year: r.assessment.year, position });
    byAgency.set(r.assessment.agency.id, list);
  });
  const links = new Map<number, Comparison>();
  for (const list of byAgency.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.year - b.year || a.position - b.position);
    for (const current of list) {
      const target = results[current.position]!;
      if (target.comparison || target.assessment!.previous) continue;
      const earlier = list.filter((x) => x.year < current.year);
      const nearestYear = earlier.at(-1)?.year;
      const previous = earlier.find((x) => x.year === nearestYear);
      if (!previous) continue;
      const source = results[previous.position]!;
      links.set(current.position, compareYears(target.score!, previousFromScore(source.score!, source.assessment!.year, source.file, source.assessment!.indicators), target.assessment!.indicators));
    }
  }
  return links;
}
