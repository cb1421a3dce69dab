/**
 * Levels won by accepted evidence (berjenjang): level L counts only when every main evidence item
 * of levels 1..L is `diterima`, and a level with no main item listed is not won. The scale starts
 * at its minimum: an indicator with no accepted level counts as the minimum, never below it (a peer
 * tool's 0 is off the 8/2026 scale).
 */
import type { EvidenceItem, EvidenceStatus, IndicatorEntry, RevisionKind } from './assessment.js';

export interface EvidenceLevel {
  /** The level the accepted items earn (at least the scale minimum). */
  level: number;
  /** Items of the first level not won that are not accepted yet, by what holds them up. */
  blocking: { code: string; status: EvidenceStatus; revision?: RevisionKind; unit?: string }[];
  /** The first level not won, when below the scale maximum. */
  nextLevel?: number;
}

/** The main items of one level: they decide it (supporting items never do). */
export function mainItemsAt(items: readonly EvidenceItem[], level: number): EvidenceItem[] {
  return items.filter((item) => item.main && item.level === level);
}

/** The highest level L with every main item of levels 1..L accepted (0 when none); a level without main items is not won. */
export function wonLevel(items: readonly EvidenceItem[], max: number): number {
  let won = 0;
  for (let l = 1; l <= max; l++) {
    const main = mainItemsAt(items, l);
    if (main.length === 0 || main.some((item) => item.status !== 'diterima')) break;
    won = l;
  }
  return won;
}

export function evidenceLevel(items: readonly EvidenceItem[], scale: { min: number; max: number }): EvidenceLevel {
  const won = wonLevel(items, scale.max);
  const level = Math.max(scale.min, won);
  if (won === scale.max) return { level, blocking: [] };
  const open = mainItemsAt(items, won + 1).filter((item) => item.status !== 'diterima');
  const blocking = open.map(({ code, status, revision, unit }) => ({ code, status, ...(revision ? { revision } : {}), ...(unit ? { unit } : {}) }));
  return { level, blocking, nextLevel: won + 1 };
}

/** The evidence level of an entry, when it lists evidence items. */
export function entryEvidenceLevel(entry: IndicatorEntry, scale: { min: number; max: number }): EvidenceLevel | undefined {
  return entry.evidenceItems && entry.evidenceItems.length > 0 ? evidenceLevel(entry.evidenceItems, scale) : undefined;
}
