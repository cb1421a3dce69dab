/** The decomposition of a change across framework versions, as a sentence and as JSON. */
import type { Comparison } from '../core/compare.js';
import { findCrosswalk, type Decomposition } from '../core/crosswalk.js';
import { roundScaled, toExactString, toRoundedNumber, type Rational } from '../core/rational.js';
import { getBuiltInFramework } from '../core/registry.js';
import type { Catalog } from '../messages/catalog.js';
import { jsonNumber, signedDelta, type NumberStyle } from './numbers.js';

const signed = (value: Rational, n: NumberStyle) => signedDelta(roundScaled(value), n);

/**
 * Domains of the newer framework none of whose indicators continue an older one; in a framework
 * without domains (8/2026), such aspects (Kepuasan Pengguna Layanan Digital Pemerintah).
 */
function newGroups(d: Decomposition, shared: ReadonlySet<number> | undefined): { newDomains?: string; newAspects?: string } {
  const framework = getBuiltInFramework(d.toFramework);
  if (!framework || !shared) return {};
  const groups = framework.domains.length > 0 ? framework.domains : framework.aspects;
  const names = groups.filter((group) => group.indicators.every((x) => !shared.has(x.id))).map((group) => group.name).join(', ');
  if (!names) return {};
  return framework.domains.length > 0 ? { newDomains: names } : { newAspects: names };
}

export function explainComparison(comparison: Comparison, toYear: number, toFramework: string, catalog: Catalog): string {
  const { previous, decomposition: d } = comparison;
  const common = { fromYear: previous.year, toYear, fromFramework: previous.frameworkId, toFramework };
  const phrases = catalog.phrases;
  const n = catalog.numbers;
  if (!d) return phrases.notLikeForLike(common);
  const params = {
    ...common,
    change: signedDelta(comparison.indexDelta, n),
    fromCount: getBuiltInFramework(d.fromFramework)?.indicators.length ?? '',
    toCount: d.shared + d.added,
    shared: d.shared,
    added: d.added,
    dropped: d.dropped,
    addedEffect: signed(d.addedEffect, n),
    ...newGroups(d, new Set(findCrosswalk(d.fromFramework, d.toFramework)?.pairs.map((p) => p.to))),
  };
  const sentence = d.method === 'levels'
    ? phrases.decompositionLevels({ ...params, sharedChange: signed(d.sharedChange!, n), droppedEffect: signed(d.droppedEffect!, n) })
    : phrases.decompositionPublished({ ...params, sharedAndDropped: signed(d.sharedAndDropped!, n) });
  return d.assumption ? `${sentence} ${phrases.crosswalkAssumption({ fromFramework: d.fromFramework, toFramework: d.toFramework })}` : sentence;
}

export function decompositionJson(d: Decomposition): Record<string, unknown> {
  const part = (value: Rational | undefined) => (value === undefined ? null : toRoundedNumber(value));
  const exact = (value: Rational | undefined) => (value === undefined ? null : toExactString(value));
  return {
    method: d.method,
    precision: d.method === 'levels' ? 'exact' : 'the earlier index is a published 2-decimal value (+/-0.005); like-for-like and dropped-indicator effects cannot be separated',
    fromFramework: d.fromFramework,
    toFramework: d.toFramework,
    sharedIndicators: d.shared,
    addedIndicators: d.added,
    droppedIndicators: d.dropped,
    change: toRoundedNumber(d.exactChange),
    likeForLikeChange: part(d.sharedChange),
    addedIndicatorsEffect: part(d.addedEffect),
    droppedIndicatorsEffect: part(d.droppedEffect),
    sharedAndDroppedEffect: part(d.sharedAndDropped),
    exact: {
      change: toExactString(d.exactChange),
      likeForLikeChange: exact(d.sharedChange),
      addedIndicatorsEffect: exact(d.addedEffect),
      droppedIndicatorsEffect: exact(d.droppedEffect),
      sharedAndDroppedEffect: exact(d.sharedAndDropped),
    },
    // Only for a crosswalk that is an analyst's assumption (59/2020 -> 8/2026): say so, and which
    // indicators are new (and their share of the index).
    ...(d.assumption ? { crosswalk: { status: 'assumption' }, addedIndicatorIds: d.addedIds, addedIndicatorsWeight: jsonNumber(d.addedWeight) } : {}),
  };
}
