/**
 * Recognising the headers of the workbook and the CSV shapes (core/table-columns.ts): in either
 * language (the catalogs' labels) or by key, whatever the reader's own language, so a workbook
 * written under `--lang id` reads anywhere.
 */
import { INDICATOR_FIELDS, ITEM_FIELDS, META_FIELDS, type IndicatorField, type ItemField, type MetaField, type SheetLabels } from '../../core/table-columns.js';
import { english } from '../../messages/en.js';
import { indonesian } from '../../messages/id.js';

const normal = (text: string) => text.trim().toLowerCase().replace(/[\s_]+/g, ' ');

function aliases<F extends string>(fields: readonly F[]): Map<string, F> {
  const map = new Map<string, F>();
  for (const field of fields) {
    map.set(normal(field), field);
    for (const labels of [english().ui.sheet, indonesian().ui.sheet]) map.set(normal(labels[field as keyof SheetLabels]), field);
  }
  return map;
}

let headers: ReturnType<typeof knownHeaders> | undefined;

/** Made on the first table read, not when a bundle loads: it builds both catalogs. */
function knownHeaders() {
  return {
    meta: aliases(META_FIELDS),
    indicator: aliases(INDICATOR_FIELDS),
    item: aliases(ITEM_FIELDS),
    previousDomain: new Set([normal('previous_domain'), normal(english().ui.sheet.previous_domain), normal(indonesian().ui.sheet.previous_domain)]),
  };
}

const known = () => (headers ??= knownHeaders());

export function metaField(header: string): MetaField | undefined {
  const text = normal(header);
  const field = known().meta.get(text);
  if (field) return field;
  const domain = /^(.*) (\d+)$/.exec(text);
  return domain && known().previousDomain.has(domain[1]!) ? `previous_domain ${Number(domain[2])}` : undefined;
}

export const indicatorField = (header: string): IndicatorField | undefined => known().indicator.get(normal(header));
export const itemField = (header: string): ItemField | undefined => known().item.get(normal(header));

/** A wide table's indicator column: "12", "I12", "indikator 12". */
export function indicatorColumn(header: string): number | undefined {
  const match = /^(?:i|indikator |indicator )?([1-9]\d*)$/.exec(normal(header));
  return match ? Number(match[1]) : undefined;
}

