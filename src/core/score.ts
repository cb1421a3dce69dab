/**
 * The SPBE index by the regulation's formula (PermenPANRB 59/2020 Lampiran I Bab II B.4):
 *   Indeks Aspek  = Σ NI·BI / BA      Indeks Domain = Σ IA·BA / BD      Indeks SPBE = Σ ID·BD / 100
 * which nests exactly into Σ level·weight / weight-of-the-group at every level. Sums are integers
 * (weights in Framework units); each group's value is one exact rational.
 */
import type { IndicatorEntry } from './assessment.js';
import type { Aspect, Domain, Framework, Indicator, PredicateBand } from './framework.js';
import { compare, lcm, rational, roundHalfUp, type Rational } from './rational.js';

export type PredicateBasis = 'exact' | 'rounded';
export const PREDICATE_BASES: readonly PredicateBasis[] = ['exact', 'rounded'];

export interface IndicatorScore {
  indicator: Indicator;
  /** The level used (for indicators scored per service: the mean of the service levels). */
  value: Rational;
  entry: IndicatorEntry;
  levelName?: string;
  /** The indicator's share of the total index: value × weight / 100. */
  contribution: Rational;
}

export interface GroupScore<T extends Aspect | Domain> {
  group: T;
  index: Rational;
}

/**
 * The scores of one assessment. Per-indicator detail is not stored (a batch keeps thousands of
 * these): indicatorScores() derives it from the levels when a view needs it.
 */
export interface ScoreResult {
  framework: Framework;
  index: Rational;
  predicate: string;
  predicateBasis: PredicateBasis;
  domains: GroupScore<Domain>[];
  aspects: GroupScore<Aspect>[];
}

/** The value of one indicator: its exact value, its level, or the mean of its service levels. */
export function indicatorValue(entry: IndicatorEntry): Rational {
  if (entry.value) return entry.value;
  if (entry.services && entry.services.length > 0) {
    const total = entry.services.reduce((acc, s) => acc + s.level, 0);
    return rational(total, entry.services.length);
  }
  return rational(entry.level);
}

/**
 * value × units × scale as an integer; service shares divide exactly (see commonDenominator), and
 * `scale` is a common denominator of the exact values (1 when every value is a whole level).
 */
function weightedUnits(indicator: Indicator, entry: IndicatorEntry, scale = 1n): bigint {
  if (entry.value) return (entry.value.num * indicator.units * scale) / entry.value.den;
  if (entry.services && entry.services.length > 0) {
    const total = entry.services.reduce((acc, s) => acc + s.level, 0);
    return (BigInt(total) * indicator.units * scale) / BigInt(entry.services.length);
  }
  return BigInt(entry.level) * indicator.units * scale;
}

export function predicateOf(framework: Framework, value: Rational, basis: PredicateBasis): string {
  const compared = basis === 'rounded' ? roundHalfUp(value, 2) : value;
  for (const band of framework.predicates) {
    if (compare(compared, band.min) >= 0) return band.name;
  }
  return framework.predicates[framework.predicates.length - 1]!.name;
}

/**
 * The basis of the published practice for an evaluation year: the framework's entry for the year,
 * else its default, else exact (2023 rounded and 2024 exact under 59/2020).
 */
export function predicateBasisFor(framework: Framework, year: number): PredicateBasis {
  const basis = framework.definition.predicateBasis;
  return basis?.byYear?.[String(year)] ?? basis?.default ?? 'exact';
}

/** The predikat on the other basis, when it differs: then the basis decides the predikat and every view says so. */
export function basisDecides(result: Pick<ScoreResult, 'framework' | 'index' | 'predicate' | 'predicateBasis'>): { other: PredicateBasis; otherPredicate: string } | undefined {
  const other: PredicateBasis = result.predicateBasis === 'exact' ? 'rounded' : 'exact';
  const otherPredicate = predicateOf(result.framework, result.index, other);
  return otherPredicate === result.predicate ? undefined : { other, otherPredicate };
}

/** The band above a predikat (Baik -> Sangat Baik); none above the top band. */
export function nextBand(framework: Framework, predicate: string): PredicateBand | undefined {
  const at = framework.predicates.findIndex((band) => band.name === predicate);
  return at > 0 ? framework.predicates[at - 1] : undefined;
}

/** The least common denominator of the exact values (1 when all are whole levels, as in 59/2020). */
function valueScale(framework: Framework, entries: ReadonlyMap<number, IndicatorEntry>): bigint {
  if (!framework.scale.fractional) return 1n;
  let scale = 1n;
  for (const entry of entries.values()) if (entry.value) scale = lcm(scale, entry.value.den);
  return scale;
}

/**
 * Scores complete levels. The caller guarantees an entry for every indicator of the framework
 * (validation reports a missing one as an error; it is never left out of the denominator).
 */
export function score(
  framework: Framework,
  entries: ReadonlyMap<number, IndicatorEntry>,
  basis: PredicateBasis = 'exact',
): ScoreResult {
  const scale = valueScale(framework, entries);
  const hundred = BigInt(100) * framework.unitsPerPercent * scale;
  const aspectUnits = new Map<number, bigint>();
  let totalUnits = 0n;
  for (const indicator of framework.indicators) {
    const entry = entries.get(indicator.id);
    if (!entry) throw new Error(`no level for indicator ${indicator.id}`);
    const units = weightedUnits(indicator, entry, scale);
    aspectUnits.set(indicator.aspectId, (aspectUnits.get(indicator.aspectId) ?? 0n) + units);
    totalUnits += units;
  }
  const aspects = framework.aspects.map((aspect) => ({ group: aspect, index: rational(aspectUnits.get(aspect.id)!, aspect.units * scale) }));
  const domains = framework.domains.map((domain) => {
    const units = domain.aspects.reduce((acc, a) => acc + aspectUnits.get(a.id)!, 0n);
    return { group: domain, index: rational(units, domain.units * scale) };
  });
  const index = rational(totalUnits, hundred);
  return { framework, index, predicate: predicateOf(framework, index, basis), predicateBasis: basis, domains, aspects };
}

/** Each indicator's value, level name and contribution to the index. */
export function indicatorScores(framework: Framework, entries: ReadonlyMap<number, IndicatorEntry>): IndicatorScore[] {
  const hundred = BigInt(100) * framework.unitsPerPercent;
  // A national record (document/records.ts) has aspects but no indicator levels: no rows.
  return framework.indicators.filter((indicator) => entries.has(indicator.id)).map((indicator) => {
    const entry = entries.get(indicator.id)!;
    const value = indicatorValue(entry);
    const scored: IndicatorScore = { indicator, value, entry, contribution: rational(value.num * indicator.units, value.den * hundred) };
    const levelName = value.den === 1n ? indicator.levelNames[Number(value.num)] : undefined;
    if (levelName !== undefined) scored.levelName = levelName;
    return scored;
  });
}
