/**
 * The columns of the workbook and the CSV shapes (document/tabular/ reads them, format/ writes
 * them): which columns exist and mean what. Their labels are in the catalogs (ui.sheet).
 */
import type { Catalog } from '../messages/catalog.js';

export type SheetLabels = Catalog['ui']['sheet'];

/** Assessment-level fields: rows of the metadata block (one assessment per sheet), or columns of a wide table. */
export const META_FIELDS = ['framework', 'year', 'agency', 'agency_id', 'category', 'province', 'stage', 'previous', 'previous_year', 'previous_index', 'previous_predicate', 'previous_framework'] as const;
export type MetaField = (typeof META_FIELDS)[number] | `previous_domain ${number}`;

/** The columns of the indicator table (one row per indicator); the informational ones are not read back. */
export const INDICATOR_FIELDS = ['indicator', 'name', 'aspect', 'domain', 'weight', 'level_names', 'level', 'self', 'target', 'explanation', 'evidence', 'sector', 'external_status', 'external_source', 'external_value'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];
export const INFORMATIONAL: ReadonlySet<IndicatorField> = new Set(['name', 'aspect', 'domain', 'weight', 'level_names']);

/** The columns of the evidence-item table below the indicators (8/2026). */
export const ITEM_FIELDS = ['item', 'status', 'revision', 'main', 'unit', 'note', 'link'] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

/** The label of a column in a catalog's language. */
export function label(labels: SheetLabels, field: MetaField | IndicatorField | ItemField): string {
  if (field.startsWith('previous_domain ')) return `${labels.previous_domain} ${field.slice('previous_domain '.length)}`;
  return labels[field as keyof SheetLabels];
}

/**
 * Text a spreadsheet would run as a formula is written to CSV with a leading `'`; reading takes it
 * off again (only there), so the guard costs no round trip.
 */
const GUARDED = /^'[=+\-@']/;
export const unguarded = (text: string): string => (GUARDED.test(text) ? text.slice(1) : text);
export const guarded = (text: string): string => (/^[=+\-@]/.test(text) || GUARDED.test(text) ? `'${text}` : text);
