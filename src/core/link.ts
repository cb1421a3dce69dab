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

/** What linking reads of a batch's files, by position. */
export interface LinkKeyTable {
  readonly length: number;
  /** Its agency; undefined when the file has no key. */
  agency(position: number): string | undefined;
  year(position: number): number;
  ownPrevious(position: number): boolean;
}

/** A table of keys held as a list. */
export function keyTable(keys: readonly (LinkKey | null | undefined)[]): LinkKeyTable {
  return { length: keys.length, agency: (p) => keys[p]?.agency, year: (p) => keys[p]!.year, ownPrevious: (p) => keys[p]!.ownPrevious };
}

/**
 * For each position that may be linked, the files it may be linked with: a tail of its agency's
 * files in link order (latest year first, input order within a year), `order(position)` from
 * `from(position)` on. Held by position in two flat arrays, not an object per position: a streamed
 * batch keeps them for its whole run, and a map of objects cost its main thread ~90 bytes a file
 * (4.5 MB at 50,000 files). Read by index: a streamed batch looks a waiting file's candidates up
 * again each time a result comes back, and an iterator for each look was most of what its main
 * thread allocated (88 of 163 MB at 10,000 files).
 */
export class LinkCandidates {
  /** By position: its agency's files in link order (one list shared by the agency's files), or undefined: it is not linked. */
  private readonly orders: (readonly number[] | undefined)[];
  private readonly starts: Int32Array;

  constructor(positions: number) {
    this.orders = new Array<readonly number[] | undefined>(positions).fill(undefined);
    this.starts = new Int32Array(positions);
  }

  /** Every file of the position's agency, in link order; undefined when the position is not linked. */
  order(position: number): readonly number[] | undefined {
    return this.orders[position];
  }

  /** Where the position's candidates start in its order. */
  from(position: number): number {
    return this.starts[position]!;
  }

  /** Its first candidate: the nearest earlier year. */
  first(position: number): number {
    return this.orders[position]![this.starts[position]!]!;
  }

  /** The positions that may be linked, in input order. */
  *positions(): Generator<number> {
    for (let position = 0; position < this.orders.length; position++) if (this.orders[position]) yield position;
  }

  add(position: number, order: readonly number[], from: number): void {
    this.orders[position] = order;
    this.starts[position] = from;
  }
}

/**
 * The candidates of each position: its agency's files of earlier years, nearest year first, in
 * input order within a year. Of these, the first that scores is its previous year; the first file
 * of an agency-year wins. A run that streams its output decides this from keys read before the
 * files are scored; linkYears, from scored results. Linear in the files (an agency of thousands of
 * files shares one list).
 */
export function linkCandidates(keys: LinkKeyTable): LinkCandidates {
  const byAgency = new Map<string, number[]>();
  for (let position = 0; position < keys.length; position++) {
    const agency = keys.agency(position);
    if (agency === undefined) continue;
    const list = byAgency.get(agency);
    if (list) list.push(position);
    else byAgency.set(agency, [position]);
  }
  const candidates = new LinkCandidates(keys.length);
  for (const grownList of byAgency.values()) {
    if (grownList.length < 2) continue;
    // An exact-size copy: a list grown by push keeps room for ~19 positions (168 bytes for 4 files).
    const list = grownList.slice().sort((a, b) => keys.year(b) - keys.year(a) || a - b);
    // Walking back from the end: `from` is the first position of a year earlier than the current one.
    let from = list.length;
    for (let i = list.length - 1; i >= 0; i--) {
      const position = list[i]!;
      if (i + 1 < list.length && keys.year(list[i + 1]!) < keys.year(position)) from = i + 1;
      if (!keys.ownPrevious(position) && from < list.length) candidates.add(position, list, from);
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
  const candidates = linkCandidates(keyTable(keys));
  for (const position of candidates.positions()) {
    const target = results[position]!;
    const source = results[candidates.first(position)]!;
    links.set(position, compareYears(target.score!, previousOfResult(source as Parameters<typeof previousOfResult>[0]), target.assessment!.indicators));
  }
  return links;
}
