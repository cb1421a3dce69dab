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

function mainItemsByLevel(items: readonly EvidenceItem[]): Map<number, EvidenceItem[]> {
  const byLevel = new Map<number, EvidenceItem[]>();
  for (const item of items) {
    if (!item.main) continue;
    byLevel.set(item.level, [...(byLevel.get(item.level) ?? []), item]);
  }
  return byLevel;
}

export function evidenceLevel(items: readonly EvidenceItem[], scale: { min: number; max: number }): EvidenceLevel {
  const byLevel = mainItemsByLevel(items);
  let level = scale.min;
  let won = 0;
  for (let l = 1; l <= scale.max; l++) {
    const main = byLevel.get(l) ?? [];
    const open = main.filter((item) => item.status !== 'diterima');
    if (main.length === 0 || open.length > 0) {
      const blocking = open.map(({ code, status, revision, unit }) => ({ code, status, ...(revision ? { revision } : {}), ...(unit ? { unit } : {}) }));
      return { level: Math.max(level, won), blocking, nextLevel: l };
    }
    won = l;
    level = Math.max(scale.min, won);
  }
  return { level, blocking: [] };
}

/** The evidence level of an entry, when it lists evidence items. */
export function entryEvidenceLevel(entry: IndicatorEntry, scale: { min: number; max: number }): EvidenceLevel | undefined {
  return entry.evidenceItems && entry.evidenceItems.length > 0 ? evidenceLevel(entry.evidenceItems, scale) : undefined;
}
