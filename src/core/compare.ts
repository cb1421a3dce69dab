/**
 * Year over year. Changes are differences of the two published (2-decimal) values, as a reader of
 * the two KemenPANRB reports would compute them.
 */
import type { IndicatorEntry, PublishedFigures } from './assessment.js';
import { decompose, findCrosswalk, type Decomposition } from './crosswalk.js';
import type { Framework } from './framework.js';
import { publishedDifference, type Rational } from './rational.js';
import { getBuiltInFramework, frameworkForYear } from './registry.js';
import { predicateOf, type PredicateBasis, type ScoreResult } from './score.js';

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
  predicateChange: Direction;
  /** Across framework versions with a crosswalk: what the change is made of. */
  decomposition?: Decomposition;
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
  if (entries) previous.entries = entries;
  return previous;
}

export function previousFromFigures(figures: PublishedFigures, basis: PredicateBasis): PreviousYear {
  const framework = figures.frameworkId ? getBuiltInFramework(figures.frameworkId) : frameworkOf(figures.year);
  const previous: PreviousYear = {
    year: figures.year,
    frameworkId: framework?.id ?? figures.frameworkId ?? 'unknown',
    index: figures.index,
    predicate: figures.predicate ?? (framework ? predicateOf(framework, figures.index, basis) : ''),
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
  const domainDeltas: Comparison['domainDeltas'] = [];
  if (likeForLike && previous.domains) {
    for (const d of current.domains) {
      const before = previous.domains.get(d.group.id);
      if (before) domainDeltas.push({ id: d.group.id, delta: publishedDifference(d.index, before) });
    }
  }
  const nowRank = rankOf(current.framework, current.predicate);
  const thenRank = rankOf(current.framework, previous.predicate);
  const predicateChange = thenRank < 0 ? direction(indexDelta) : direction(thenRank - nowRank);
  const comparison: Comparison = { previous, likeForLike, indexDelta, domainDeltas, predicateChange };
  const crosswalk = likeForLike ? undefined : findCrosswalk(previous.frameworkId, current.framework.id);
  if (crosswalk && entries) {
    const previousInput = previous.entries ? { index: previous.index, entries: previous.entries } : { index: previous.index };
    comparison.decomposition = decompose({ framework: current.framework, index: current.index, entries }, previousInput, crosswalk);
  }
  return comparison;
}
