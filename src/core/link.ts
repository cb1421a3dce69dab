/**
 * Years linked automatically: in one run, a file of an agency is compared with the same agency's
 * nearest earlier year, when it names no previous year itself.
 */
import type { Assessment } from './assessment.js';
import { compareYears, previousFromScore, type Comparison, type PreviousYear } from './compare.js';
import type { ScoreResult } from './score.js';

export interface Linkable {
  file: string;
  assessment?: Assessment;
  score?: ScoreResult;
  comparison?: Comparison;
}

/** What linking reads of a file: its agency, its year, and whether it names its own previous year (then it is never linked). */
export interface LinkKey {
  agency: string;
  year: number;
  ownPrevious: boolean;
}

/**
 * Files of one agency in link order: latest year first, input order within a year; a position's
 * candidates are a tail of it, `order[from]` on. Read by index: a streamed batch looks a waiting
 * file's candidates up again each time a result comes back, and an iterator for each look was
 * most of what its main thread allocated (88 of 163 MB at 10,000 files).
 */
export class Candidates {
  constructor(
    /** Every file of the agency (shared by its files' candidates). */
    readonly order: readonly number[],
    /** Where this position's candidates start in `order`. */
    readonly from: number,
  ) {}

  get first(): number {
    return this.order[this.from]!;
  }
}

/**
 * For each position that may be linked, the files it may be linked with: its agency's files of
 * earlier years, nearest year first, in input order within a year. Of these, the first that scores
 * is its previous year; the first file of an agency-year wins. A run that streams its output
 * decides this from keys read before the files are scored; linkYears, from scored results.
 * Linear in the files (an agency of thousands of files shares one list).
 */
export function linkCandidates(keys: readonly (LinkKey | null | undefined)[]): Map<number, Candidates> {
  const byAgency = new Map<string, number[]>();
  keys.forEach((key, position) => {
    if (!key) return;
    const list = byAgency.get(key.agency);
    if (list) list.push(position);
    else byAgency.set(key.agency, [position]);
  });
  const candidates = new Map<number, Candidates>();
  for (const list of byAgency.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => keys[b]!.year - keys[a]!.year || a - b);
    // Walking back from the end: `from` is the first position of a year earlier than the current one.
    let from = list.length;
    for (let i = list.length - 1; i >= 0; i--) {
      const key = keys[list[i]!]!;
      if (i + 1 < list.length && keys[list[i + 1]!]!.year < key.year) from = i + 1;
      if (!key.ownPrevious && from < list.length) candidates.set(list[i]!, new Candidates(list, from));
    }
  }
  return candidates;
}

/** A scored result as the previous year of another file of its agency. */
export function previousOfResult(source: Linkable & { score: ScoreResult; assessment: Assessment }): PreviousYear {
  return previousFromScore(source.score, source.assessment.year, source.file, source.assessment.indicators);
}

/** Comparisons for the results (by position) that have none; the first file of an agency-year wins. */
export function linkYears(results: readonly Linkable[]): Map<number, Comparison> {
  const keys = results.map((r) => (r.assessment && r.score ? { agency: r.assessment.agency.id, year: r.assessment.year, ownPrevious: r.comparison !== undefined || r.assessment.previous !== undefined } : undefined));
  const links = new Map<number, Comparison>();
  for (const [position, candidates] of linkCandidates(keys)) {
    const target = results[position]!;
    const source = results[candidates.first]!;
    links.set(position, compareYears(target.score!, previousOfResult(source as Parameters<typeof previousOfResult>[0]), target.assessment!.indicators));
  }
  return links;
}
