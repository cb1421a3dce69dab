/**
 * What the levels say beyond the index: what-if projections, the gain of one more level per
 * indicator and the margin to the predikat bands, the self-assessed index beside the final one,
 * and the target index with its gap per aspect. All exact.
 */
import { atValue, type IndicatorEntry } from './assessment.js';
import type { Framework, Indicator } from './framework.js';
import { compare, rational, sub, type Rational } from './rational.js';
import { entryEvidenceLevel } from './evidence.js';
import { indicatorValue, nextBand, score, type PredicateBasis, type ScoreResult } from './score.js';

// ---- What if ------------------------------------------------------------------------------------

export interface LevelChange {
  indicator: number;
  /** The value before: a whole level, or an exact value (8/2026). */
  from: Rational;
  to: number;
}

export function applyChanges(entries: ReadonlyMap<number, IndicatorEntry>, changes: ReadonlyMap<number, number>): { entries: Map<number, IndicatorEntry>; changes: LevelChange[] } {
  const next = new Map(entries);
  const applied: LevelChange[] = [];
  for (const [id, to] of changes) {
    const entry = entries.get(id)!;
    applied.push({ indicator: id, from: indicatorValue(entry), to });
    next.set(id, atValue(entry, rational(to)));
  }
  return { entries: next, changes: applied };
}

// ---- Sensitivity ------------------------------------------------------------------------------

export interface Sensitivity {
  /** Indicators that can still rise, by the gain of one level (largest first, then by number). */
  steps: { indicator: Indicator; level: number; gain: Rational }[];
  margin: {
    predicate: string;
    /** The band's floor and how far the index is above it (on the predicate basis). */
    floor: Rational;
    above: Rational;
    /** The next band up and how much the index lacks for it; absent in the top band. */
    next?: string;
    nextFloor?: Rational;
    short?: Rational;
  };
}

export function sensitivity(framework: Framework, entries: ReadonlyMap<number, IndicatorEntry>, result: ScoreResult, basis: PredicateBasis): Sensitivity {
  const steps = framework.indicators
    .filter((x) => x.services === undefined && entries.get(x.id)!.level < framework.scale.max)
    .map((x) => ({ indicator: x, level: entries.get(x.id)!.level, gain: rational(x.weight.num, x.weight.den * 100n) }))
    .sort((a, b) => compare(b.gain, a.gain) || a.indicator.id - b.indicator.id);
  const band = framework.predicates.find((b) => b.name === result.predicate)!;
  // Margins are measured from the exact index: on the rounded basis a band is kept down to 0.005 below its floor.
  const measured = basis === 'rounded' ? rational(result.index.num * 1000n + 5n * result.index.den, result.index.den * 1000n) : result.index;
  const margin: Sensitivity['margin'] = { predicate: band.name, floor: band.min, above: sub(measured, band.min) };
  const up = nextBand(framework, result.predicate);
  if (up) Object.assign(margin, { next: up.name, nextFloor: up.min, short: sub(up.min, measured) });
  return { steps, margin };
}

// ---- Self-assessment and targets ------------------------------------------------------------------

export interface GroupDifference {
  id: number;
  name: string;
  final: Rational;
  other: Rational;
  /** Indicators whose other level is above / below the final one. */
  over: number;
  under: number;
  /** Indicators with an other level at all. */
  compared: number;
}

export interface LevelComparison {
  /** The index with the other levels where given and the final levels elsewhere. */
  score: ScoreResult;
  indicators: { indicator: Indicator; final: Rational; other: Rational }[];
  aspects: GroupDifference[];
  domains: GroupDifference[];
  over: number;
  under: number;
}

function compareLevels(framework: Framework, entries: ReadonlyMap<number, IndicatorEntry>, final: ScoreResult, pick: (e: IndicatorEntry) => number | undefined, basis: PredicateBasis): LevelComparison | undefined {
  const indicators = framework.indicators.flatMap((x) => {
    const entry = entries.get(x.id);
    if (!entry) return []; // a national record has no indicator levels
    const other = pick(entry);
    return other === undefined ? [] : [{ indicator: x, final: indicatorValue(entry), other: rational(other) }];
  });
  if (indicators.length === 0) return undefined;
  const otherEntries = new Map(entries);
  for (const d of indicators) otherEntries.set(d.indicator.id, { level: Number(d.other.num) });
  const other = score(framework, otherEntries, basis);
  const group = (id: number, name: string, inGroup: (x: Indicator) => boolean, finalIndex: Rational, otherIndex: Rational): GroupDifference => {
    const members = indicators.filter((d) => inGroup(d.indicator));
    return { id, name, final: finalIndex, other: otherIndex, over: members.filter((d) => compare(d.other, d.final) > 0).length, under: members.filter((d) => compare(d.other, d.final) < 0).length, compared: members.length };
  };
  return {
    score: other,
    indicators,
    aspects: final.aspects.map((a, i) => group(a.group.id, a.group.name, (x) => x.aspectId === a.group.id, a.index, other.aspects[i]!.index)),
    domains: final.domains.map((d, i) => group(d.group.id, d.group.name, (x) => x.domainId === d.group.id, d.index, other.domains[i]!.index)),
    over: indicators.filter((d) => compare(d.other, d.final) > 0).length,
    under: indicators.filter((d) => compare(d.other, d.final) < 0).length,
  };
}

/** Penilaian mandiri against the final levels; absent when no indicator has a self level. */
export function selfAssessment(framework: Framework, entries: ReadonlyMap<number, IndicatorEntry>, final: ScoreResult, basis: PredicateBasis): LevelComparison | undefined {
  return compareLevels(framework, entries, final, (e) => e.self, basis);
}

/** The levels aimed for against the final levels; absent when no indicator has a target. */
export function targets(framework: Framework, entries: ReadonlyMap<number, IndicatorEntry>, final: ScoreResult, basis: PredicateBasis): LevelComparison | undefined {
  return compareLevels(framework, entries, final, (e) => e.target, basis);
}

/** The level accepted evidence earns against the final values; absent when no indicator lists evidence items. */
export function evidenceComparison(framework: Framework, entries: ReadonlyMap<number, IndicatorEntry>, final: ScoreResult, basis: PredicateBasis): LevelComparison | undefined {
  return compareLevels(framework, entries, final, (e) => entryEvidenceLevel(e, framework.scale)?.level, basis);
}
