/**
 * Year over year. Changes are differences of the two published (2-decimal) values, as a reader of
 * the two KemenPANRB reports would compute them.
 */
import type { IndicatorEntry, PublishedFigures } from './assessment.js';
import { decompose, findCrosswalk, linkedValue, linksByIndicator, type CrosswalkDefinition, type Decomposition } from './crosswalk.js';
import type { Framework } from './framework.js';
import { publishedDifference, sub, type Rational } from './rational.js';
import { getBuiltInFramework, frameworkForYear } from './registry.js';
import { indicatorValue, predicateBasisFor, predicateOf, type PredicateBasis, type ScoreResult } from './score.js';

/** The previous year as figures, whether it came from a scored file or from published values. */
export interface PreviousYear {
  year: number;
  frameworkId: string;
  /** Exact when scored from a file; the published 2-decimal value otherwise. */
  index: Rational;
  predicate: string;
  domains?: ReadonlyMap<number, Rational>;
  /** Only when scored from a file of the same framework family. */
  aspects?: ReadonlyMap<number, Rational>;
  /** Where it came from: a path, or "published". */
  source: string;
  /** The indicator entries, when scored from a file (for decompositions across frameworks). */
  entries?: ReadonlyMap<number, IndicatorEntry>;
}

export type Direction = 'up' | 'down' | 'same';

export interface Comparison {
  previous: PreviousYear;
  likeForLike: boolean;
  /** In hundredths: published current minus published previous. */
  indexDelta: bigint;
  domainDeltas: { id: number; delta: bigint }[];
  /** Like-for-like, when the previous year is a scored file: in hundredths, as the domains. */
  aspectDeltas: { id: number; delta: bigint }[];
  /** When the previous year is a scored file: each indicator's change (exact), like-for-like or through a crosswalk. */
  indicators?: IndicatorChanges;
  predicateChange: Direction;
  /** Across framework versions with a crosswalk: what the change is made of. */
  decomposition?: Decomposition;
}

/**
 * Each current indicator's value against the previous year's. `same`: the same indicator of the same
 * framework. `crosswalk`: across frameworks, the mean of the older indicators it continues (`from`),
 * as the decomposition reads them; an indicator new in the newer framework has no previous value.
 */
export interface IndicatorChanges {
  basis: 'same' | 'crosswalk';
  /** The crosswalk is an analyst's assumption (59/2020 -> 8/2026), not published. */
  assumption: boolean;
  list: { id: number; current: Rational; previous?: Rational; change?: Rational; from?: number[] }[];
}

function indicatorChanges(current: ScoreResult, entries: ReadonlyMap<number, IndicatorEntry>, previous: ReadonlyMap<number, IndicatorEntry>, crosswalk: CrosswalkDefinition | undefined): IndicatorChanges {
  const links = crosswalk ? linksByIndicator(crosswalk) : undefined;
  const list = current.framework.indicators.flatMap((indicator) => {
    const entry = entries.get(indicator.id);
    if (!entry) return [];
    const value = indicatorValue(entry);
    const pairs = links?.get(indicator.id);
    const before = links ? (pairs ? linkedValue(pairs, previous) : undefined) : previous.get(indicator.id) && indicatorValue(previous.get(indicator.id)!);
    const from = pairs ? { from: pairs.map((p) => p.from) } : {};
    return [before ? { id: indicator.id, current: value, previous: before, change: sub(value, before), ...from } : { id: indicator.id, current: value, ...from }];
  });
  return { basis: crosswalk ? 'crosswalk' : 'same', assumption: crosswalk?.status === 'assumption', list };
}

export function previousFromScore(result: ScoreResult, year: number, source: string, entries?: ReadonlyMap<number, IndicatorEntry>): PreviousYear {
  const previous: PreviousYear = {
    year,
    frameworkId: result.framework.id,
    index: result.index,
    predicate: result.predicate,
    domains: new Map(result.domains.map((d) => [d.group.id, d.index])),
    aspects: new Map(result.aspects.map((a) => [a.group.id, a.index])),
    source,
  };
  // National records have no indicator levels: an empty map is none.
  if (entries && entries.size > 0) previous.entries = entries;
  return previous;
}

/**
 * Published figures as the previous year. A predikat the figures leave out is derived on the basis
 * given (--predicate-basis), else on that year's own published practice (2023: the rounded index).
 */
export function previousFromFigures(figures: PublishedFigures, basis?: PredicateBasis): PreviousYear {
  const framework = figures.frameworkId ? getBuiltInFramework(figures.frameworkId) : frameworkOf(figures.year);
  const previous: PreviousYear = {
    year: figures.year,
    frameworkId: framework?.id ?? figures.frameworkId ?? 'unknown',
    index: figures.index,
    predicate: figures.predicate ?? (framework ? predicateOf(framework, figures.index, basis ?? predicateBasisFor(framework, figures.year)) : ''),
    source: 'published',
  };
  if (figures.domains) previous.domains = figures.domains;
  return previous;
}

function frameworkOf(year: number): Framework | undefined {
  const choice = frameworkForYear(year);
  return choice.kind === 'none' ? undefined : choice.framework;
}

function direction(delta: bigint | number): Direction {
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
}

/** Rank of a predicate name in a framework's bands: 0 is the highest; -1 when unknown. */
function rankOf(framework: Framework, name: string): number {
  return framework.predicates.findIndex((p) => p.name === name);
}

export function compareYears(current: ScoreResult, previous: PreviousYear, entries?: ReadonlyMap<number, IndicatorEntry>): Comparison {
  const likeForLike = current.framework.id === previous.frameworkId;
  const indexDelta = publishedDifference(current.index, previous.index);
  const deltas = (groups: readonly { group: { id: number }; index: Rational }[], before: ReadonlyMap<number, Rational> | undefined) =>
    likeForLike && before ? groups.flatMap((g) => (before.has(g.group.id) ? [{ id: g.group.id, delta: publishedDifference(g.index, before.get(g.group.id)!) }] : [])) : [];
  const domainDeltas = deltas(current.domains, previous.domains);
  const aspectDeltas = deltas(current.aspects, previous.aspects);
  const nowRank = rankOf(current.framework, current.predicate);
  const thenRank = rankOf(current.framework, previous.predicate);
  const predicateChange = thenRank < 0 ? direction(indexDelta) : direction(thenRank - nowRank);
  const comparison: Comparison = { previous, likeForLike, indexDelta, domainDeltas, aspectDeltas, predicateChange };
  const crosswalk = likeForLike ? undefined : findCrosswalk(previous.frameworkId, current.framework.id);
  // Indicator by indicator and the decomposition only from a file's level of every indicator (a
  // national record holds its aspects' values only), and across frameworks only through a crosswalk.
  const levels = entries && current.framework.indicators.every((x) => entries.has(x.id)) ? entries : undefined;
  if (levels && previous.entries && (likeForLike || crosswalk)) comparison.indicators = indicatorChanges(current, levels, previous.entries, crosswalk);
  if (crosswalk && levels) {
    const previousInput = previous.entries ? { index: previous.index, entries: previous.entries } : { index: previous.index };
    comparison.decomposition = decompose({ framework: current.framework, index: current.index, entries: levels }, previousInput, crosswalk);
  }
  return comparison;
}
