/** A projection through a crosswalk (--project-to), as a note and as JSON. */
import type { Projection } from '../core/projection.js';
import { toExactString, toRoundedNumber } from '../core/rational.js';
import type { FileResult } from '../core/result.js';
import type { Catalog } from '../messages/catalog.js';
import { exactText, fixed2, jsonNumber, weightText } from './numbers.js';

/** The note every view with notes shows for a projected result; '' for any other result. */
export function projectionNote(result: FileResult, catalog: Catalog): string {
  const p = result.projection;
  if (!p || !result.assessment) return '';
  const n = catalog.numbers;
  return catalog.phrases.projectionNote({
    year: result.assessment.year,
    fromFramework: p.fromFramework,
    toFramework: p.toFramework,
    index: fixed2(p.source.index, n),
    predicate: p.source.predicate,
    status: p.assumption ? 'assumption' : 'sourced',
    count: p.unlinked.length,
    indicators: p.unlinked.join(', '),
    weight: weightText(p.unlinkedWeight, n),
    min: exactText(p.unlinkedValue, n),
  });
}

/** The `projection` field of a JSON result: what the projection was made from, link by link. */
export function projectionJson(p: Projection, result: FileResult, catalog: Catalog): Record<string, unknown> {
  return {
    fromFramework: p.fromFramework,
    toFramework: p.toFramework,
    crosswalk: { status: p.assumption ? 'assumption' : 'sourced', ...(p.crosswalkTitle ? { title: p.crosswalkTitle } : {}) },
    rule: 'mean of the linked levels (exact); an indicator without an ancestor counts as the scale minimum',
    source: { index: toRoundedNumber(p.source.index), exactIndex: toExactString(p.source.index), predicate: p.source.predicate },
    links: p.links.map((link) => ({
      indicator: link.indicator,
      value: jsonNumber(link.value),
      exactValue: toExactString(link.value),
      from: link.from.map((f) => ({ indicator: f.indicator, ...(f.service !== undefined ? { service: f.service } : {}), level: jsonNumber(f.value), confidence: f.confidence, basis: f.basis })),
    })),
    unlinked: p.unlinked,
    unlinkedValue: jsonNumber(p.unlinkedValue),
    unlinkedWeight: jsonNumber(p.unlinkedWeight),
    note: projectionNote(result, catalog),
  };
}
