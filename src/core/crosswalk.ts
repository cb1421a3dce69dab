/**
 * Crosswalks between framework versions, and the decomposition of a change across them: how much
 * is like-for-like progress on the indicators both versions share (re-scored under the newer
 * weights), how much comes from indicators the newer version added, and how much from the older
 * version's dropped indicators and weights. The three parts add up exactly to the exact change.
 */
import type { IndicatorEntry } from './assessment.js';
import type { Framework } from './framework.js';
import { add, div, mul, rational, sub, sum, type Rational } from './rational.js';
import { builtInCrosswalks } from '../generated/frameworks.js';
import { getBuiltInFramework } from './registry.js';
import { indicatorValue } from './score.js';

export interface CrosswalkDefinition {
  from: string;
  to: string;
  sources: Record<string, string>;
  notes?: string[];
  pairs: { to: number; from: number; service?: number; basis: string; confidence: 'high' | 'medium' | 'low'; note?: string }[];
}

export interface Decomposition {
  /** `levels`: both years' indicator levels known; `published`: only the earlier year's published index. */
  method: 'levels' | 'published';
  fromFramework: string;
  toFramework: string;
  /** Indicators of the newer framework that continue an older one. */
  shared: number;
  /** Indicators new in the newer framework. */
  added: number;
  /** Indicators of the older framework that no newer one continues. */
  dropped: number;
  /** The exact change of the index (newer exact index minus older index). */
  exactChange: Rational;
  /** Like-for-like: the shared indicators, both years under the newer weights (levels method). */
  sharedChange?: Rational;
  /** The newer index minus its shared indicators' weighted mean: what the new indicators did. */
  addedEffect: Rational;
  /** The older shared indicators re-scored minus the older index: dropped indicators and old weights. */
  droppedEffect?: Rational;
  /** Published method: like-for-like and the older framework's composition, which cannot be separated. */
  sharedAndDropped?: Rational;
}

export function findCrosswalk(fromId: string, toId: string): CrosswalkDefinition | undefined {
  return builtInCrosswalks.find((c) => c.from === fromId && c.to === toId);
}

function oldValue(entry: IndicatorEntry | undefined, service: number | undefined): Rational | undefined {
  if (!entry) return undefined;
  const chosen = service !== undefined ? entry.services?.[service - 1] : undefined;
  return chosen ? rational(chosen.level) : indicatorValue(entry);
}

function weightedMean(values: { weight: Rational; value: Rational }[]): Rational {
  const total = sum(values.map((v) => v.weight));
  return div(values.reduce((acc, v) => add(acc, mul(v.weight, v.value)), rational(0)), total);
}

export function decompose(
  current: { framework: Framework; index: Rational; entries: ReadonlyMap<number, IndicatorEntry> },
  previous: { index: Rational; entries?: ReadonlyMap<number, IndicatorEntry> },
  crosswalk: CrosswalkDefinition,
): Decomposition {
  const older = getBuiltInFramework(crosswalk.from)!;
  const pairsByNew = new Map<number, CrosswalkDefinition['pairs'][number]>();
  for (const pair of crosswalk.pairs) if (!pairsByNew.has(pair.to)) pairsByNew.set(pair.to, pair);
  const sharedIndicators = current.framework.indicators.filter((x) => pairsByNew.has(x.id));
  const continued = new Set(crosswalk.pairs.map((p) => p.from));
  const base = {
    fromFramework: crosswalk.from,
    toFramework: crosswalk.to,
    shared: sharedIndicators.length,
    added: current.framework.indicators.length - sharedIndicators.length,
    dropped: older.indicators.filter((x) => !continued.has(x.id)).length,
    exactChange: sub(current.index, previous.index),
  };
  const newShared = weightedMean(sharedIndicators.map((x) => ({ weight: x.weight, value: indicatorValue(current.entries.get(x.id)!) })));
  const addedEffect = sub(current.index, newShared);

  const oldValues = previous.entries
    ? sharedIndicators.map((x) => {
        const pair = pairsByNew.get(x.id)!;
        return { weight: x.weight, value: oldValue(previous.entries!.get(pair.from), pair.service) };
      })
    : [];
  if (!previous.entries || oldValues.some((v) => v.value === undefined)) {
    return { method: 'published', ...base, addedEffect, sharedAndDropped: sub(newShared, previous.index) };
  }
  const oldShared = weightedMean(oldValues as { weight: Rational; value: Rational }[]);
  return { method: 'levels', ...base, sharedChange: sub(newShared, oldShared), addedEffect, droppedEffect: sub(oldShared, previous.index) };
}
