/**
 * Crosswalks between framework versions, and the decomposition of a change across them: how much
 * is like-for-like progress on the indicators both versions share (re-scored under the newer
 * weights), how much comes from indicators the newer version added, and how much from the older
 * version's dropped indicators and weights. The three parts add up exactly to the exact change.
 *
 * A newer indicator may continue several older ones (PermenPANRB 8/2026 indicator 1 continues
 * 59/2020 indicators 1, 2, 10, 11, 12, 13 and 19). Its older value is then the unweighted mean of
 * the linked older values, an exact rational (the crosswalk's `combine: mean`, the only rule): one
 * link gives the older value itself, so 5/2018 -> 59/2020 (one pair per newer indicator) decomposes
 * as it always did.
 */
import type { IndicatorEntry } from './assessment.js';
import type { Framework } from './framework.js';
import { add, div, mul, rational, sub, sum, type Rational } from './rational.js';
import { builtInCrosswalks } from '../generated/frameworks.js';
import { getBuiltInFramework } from './registry.js';
import { indicatorValue } from './score.js';

export type Confidence = 'high' | 'medium' | 'low';

export interface CrosswalkPair {
  to: number;
  from: number;
  service?: number;
  basis: string;
  confidence: Confidence;
  note?: string;
}

export interface CrosswalkDefinition {
  from: string;
  to: string;
  /** `assumption`: published by no regulator, an analyst's reading (say so wherever it is used). Absent: sourced. */
  status?: 'sourced' | 'assumption';
  title?: string;
  /** How several older values make one newer value; `mean` is the only rule (and the default). */
  combine?: 'mean';
  sources: Record<string, string>;
  notes?: string[];
  pairs: CrosswalkPair[];
}

export interface Decomposition {
  /** `levels`: both years' indicator levels known; `published`: only the earlier year's published index. */
  method: 'levels' | 'published';
  fromFramework: string;
  toFramework: string;
  /** The crosswalk is an analyst's assumption, not published (59/2020 -> 8/2026). */
  assumption: boolean;
  /** Indicators of the newer framework that continue an older one. */
  shared: number;
  /** Indicators new in the newer framework. */
  added: number;
  /** Their ids, and their share of the newer index (percent). */
  addedIds: number[];
  addedWeight: Rational;
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
  return builtInCrosswalks().find((c) => c.from === fromId && c.to === toId);
}

/** The pairs of each newer indicator, in file order. */
export function linksByIndicator(crosswalk: CrosswalkDefinition): Map<number, CrosswalkPair[]> {
  const links = new Map<number, CrosswalkPair[]>();
  for (const pair of crosswalk.pairs) links.set(pair.to, [...(links.get(pair.to) ?? []), pair]);
  return links;
}

/** The older value a pair reads: the indicator's value, or one service's level. */
export function oldValue(entry: IndicatorEntry | undefined, service: number | undefined): Rational | undefined {
  if (!entry) return undefined;
  const chosen = service !== undefined ? entry.services?.[service - 1] : undefined;
  return chosen ? rational(chosen.level) : indicatorValue(entry);
}

/**
 * The value a newer indicator takes from its linked older values: their unweighted mean, exact
 * (levels 3, 3, 2, 2 give 10/4 = 5/2). Undefined when any linked older value is unknown.
 */
export function linkedValue(pairs: readonly CrosswalkPair[], entries: ReadonlyMap<number, IndicatorEntry>): Rational | undefined {
  const values = pairs.map((p) => oldValue(entries.get(p.from), p.service));
  if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
  return div(sum(values as Rational[]), rational(values.length));
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
  const links = linksByIndicator(crosswalk);
  const sharedIndicators = current.framework.indicators.filter((x) => links.has(x.id));
  const addedIndicators = current.framework.indicators.filter((x) => !links.has(x.id));
  const continued = new Set(crosswalk.pairs.map((p) => p.from));
  const base = {
    fromFramework: crosswalk.from,
    toFramework: crosswalk.to,
    assumption: crosswalk.status === 'assumption',
    shared: sharedIndicators.length,
    added: addedIndicators.length,
    addedIds: addedIndicators.map((x) => x.id),
    addedWeight: sum(addedIndicators.map((x) => x.weight)),
    dropped: older.indicators.filter((x) => !continued.has(x.id)).length,
    exactChange: sub(current.index, previous.index),
  };
  const newShared = weightedMean(sharedIndicators.map((x) => ({ weight: x.weight, value: indicatorValue(current.entries.get(x.id)!) })));
  const addedEffect = sub(current.index, newShared);

  const oldValues = previous.entries ? sharedIndicators.map((x) => ({ weight: x.weight, value: linkedValue(links.get(x.id)!, previous.entries!) })) : [];
  if (!previous.entries || oldValues.some((v) => v.value === undefined)) {
    return { method: 'published', ...base, addedEffect, sharedAndDropped: sub(newShared, previous.index) };
  }
  const oldShared = weightedMean(oldValues as { weight: Rational; value: Rational }[]);
  return { method: 'levels', ...base, sharedChange: sub(newShared, oldShared), addedEffect, droppedEffect: sub(oldShared, previous.index) };
}
