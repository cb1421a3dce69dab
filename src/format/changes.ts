/**
 * Year over year below the domains, shared by the formatters: each aspect's change (published
 * values, as the domains) and each indicator's (exact), when the previous year is a scored file.
 * Across frameworks an aspect is not comparable, and an indicator is compared through the
 * crosswalk (the mean of the older indicators it continues) or not at all.
 */
import type { Comparison, IndicatorChanges } from '../core/compare.js';
import { toExactString, type Rational } from '../core/rational.js';
import type { Catalog } from '../messages/catalog.js';
import { jsonNumber, valueText, type NumberStyle } from './numbers.js';

type Change = IndicatorChanges['list'][number];

/** A change of an indicator's value: "+1", "-2", "0" for whole levels, "+0.25" otherwise. */
export function valueChangeText(change: Rational, n: NumberStyle): string {
  const text = valueText(change, n);
  return change.num > 0n ? `+${text}` : text;
}

/** `rows`: what stands for the list of changes (jsonl puts their text there, indicatorChangesText). */
export function indicatorChangesJson(changes: IndicatorChanges, rows?: string): Record<string, unknown> {
  return {
    indicatorBasis: changes.basis,
    ...(changes.assumption ? { indicatorCrosswalk: 'assumption' } : {}),
    indicators: rows ?? changes.list.map(indicatorChangeJson),
  };
}

/**
 * The indicators' changes as JSON text (a jsonl line's): a row of a whole previous value and change,
 * not through a crosswalk, is the same in many files of a batch, and is made once. The rows hold
 * only numbers and null: nothing in them is escaped.
 */
const changeRows = new Map<number, string>();
/** Rows kept at most (the rows of whole levels of every indicator of every framework are far fewer). */
const MAX_CHANGE_ROWS = 20_000;

export function indicatorChangesText(changes: IndicatorChanges): string {
  let text = '';
  for (const c of changes.list) {
    if (text) text += ',';
    const key = changeRowKey(c);
    let row = key === undefined ? undefined : changeRows.get(key);
    if (row === undefined) {
      row = JSON.stringify(indicatorChangeJson(c));
      if (key !== undefined && changeRows.size < MAX_CHANGE_ROWS) changeRows.set(key, row);
    }
    text += row;
  }
  return `[${text}]`;
}

/** A number for a row of whole values within ±63 and no crosswalk sources; undefined for any other. */
function changeRowKey(c: Change): number | undefined {
  if (!c.previous || !c.change || c.from || c.previous.den !== 1n || c.change.den !== 1n) return undefined;
  const previous = Number(c.previous.num);
  const change = Number(c.change.num);
  if (previous < -63 || previous > 63 || change < -63 || change > 63) return undefined;
  return (c.id * 128 + previous + 64) * 128 + change + 64;
}

/** One indicator's change (a row of every compared file: built field by field, no spread objects). */
function indicatorChangeJson(c: Change): Record<string, unknown> {
  const row: Record<string, unknown> = { id: c.id, previous: c.previous ? jsonNumber(c.previous) : null, change: c.change ? jsonNumber(c.change) : null };
  if (c.previous && c.previous.den !== 1n) row.exactPrevious = toExactString(c.previous);
  if (c.change && c.change.den !== 1n) row.exactChange = toExactString(c.change);
  if (c.from) row.from = c.from;
  return row;
}

/** The previous value and the change of one indicator as cells ("3", "+1"); a new indicator of the newer framework says so. */
export function indicatorChangeCells(change: Change | undefined, catalog: Catalog): [string, string] {
  if (!change) return ['', ''];
  const n = catalog.numbers;
  if (!change.previous) return ['', catalog.ui.newIndicator];
  return [valueText(change.previous, n), valueChangeText(change.change!, n)];
}

/** The indicator changes by id, when the comparison has them. */
export function indicatorChangeMap(comparison: Comparison | undefined): Map<number, Change> | undefined {
  return comparison?.indicators ? new Map(comparison.indicators.list.map((c) => [c.id, c])) : undefined;
}

/** The header of the previous-value column: the year, marked when the values come through a crosswalk. */
export function previousColumn(comparison: Comparison, catalog: Catalog): string {
  return comparison.indicators?.basis === 'crosswalk' ? `${comparison.previous.year} (${catalog.ui.viaCrosswalk})` : String(comparison.previous.year);
}

/** The note under an indicator table compared through a crosswalk. */
export function crosswalkChangesNote(comparison: Comparison, catalog: Catalog, toFramework: string): string | undefined {
  const c = comparison.indicators;
  if (c?.basis !== 'crosswalk') return undefined;
  const params = { fromYear: comparison.previous.year, fromFramework: comparison.previous.frameworkId, toFramework };
  return `${catalog.phrases.indicatorsViaCrosswalk(params)}${c.assumption ? ` ${catalog.phrases.crosswalkAssumption(params)}` : ''}`;
}
