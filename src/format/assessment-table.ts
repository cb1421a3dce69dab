/**
 * An assessment as the tables document/tabular/ reads back: the one-assessment layout (metadata
 * rows, indicator rows, evidence-item rows) of the workbook and the long CSV, and the many-assessment
 * layout (one row per agency and year) of the wide CSV. Values are exact text ("7/6", "1.26"); what a
 * shape cannot carry is listed by `uncarried` so that `spbe convert` refuses or warns, never drops.
 */
import type { Assessment, IndicatorEntry } from '../core/assessment.js';
import type { Framework } from '../core/framework.js';
import { toExactString, type Rational } from '../core/rational.js';
import { indicatorValue } from '../core/score.js';
import { INDICATOR_FIELDS, ITEM_FIELDS, label, type IndicatorField, type MetaField, type SheetLabels } from '../core/table-columns.js';
import { MACHINE, weightText } from './numbers.js';

export type TableValue = { exact: string } | string | undefined;
export type LayoutRow = { kind: 'meta' | 'blank' | 'header' | 'indicator' | 'itemHeader' | 'item'; cells: TableValue[]; indicator?: number };

export type Shape = 'workbook' | 'long' | 'wide';

const exact = (value: Rational | number | undefined): TableValue => (value === undefined ? undefined : { exact: typeof value === 'number' ? String(value) : toExactString(value) });

/** The assessment-level values, in the order the metadata block and the wide header list them. */
export function metaValues(assessment: Assessment): [MetaField, TableValue][] {
  const a = assessment.agency;
  const out: [MetaField, TableValue][] = [];
  if (assessment.frameworkId) out.push(['framework', assessment.frameworkId]);
  out.push(['year', exact(assessment.year)], ['agency', a.name], ['agency_id', a.id]);
  out.push(['category', a.category], ['province', a.province], ['stage', assessment.stage]);
  const previous = assessment.previous;
  if (previous?.kind === 'path') out.push(['previous', previous.path]);
  if (previous?.kind === 'figures') {
    const f = previous.figures;
    out.push(['previous_year', exact(f.year)], ['previous_index', exact(f.index)]);
    if (f.predicate) out.push(['previous_predicate', f.predicate]);
    if (f.frameworkId) out.push(['previous_framework', f.frameworkId]);
    for (const [id, value] of f.domains ?? []) out.push([`previous_domain ${id}`, exact(value)]);
  }
  return out;
}

/** The indicator columns a framework's table has (external ones only where it has such indicators). */
export function indicatorColumns(framework: Framework, assessment?: Assessment): IndicatorField[] {
  const hasExternal = framework.indicators.some((x) => x.external);
  const hasSector = [...(assessment?.indicators.values() ?? [])].some((e) => e.sector !== undefined);
  return INDICATOR_FIELDS.filter((f) => (f === 'domain' ? framework.domains.length > 0 : f.startsWith('external_') ? hasExternal : f === 'sector' ? hasSector : true));
}

function levelNames(names: Readonly<Record<number, string>>): string {
  return Object.entries(names).map(([level, name]) => `${level} ${name}`).join(' · ');
}

function entryValue(field: IndicatorField, entry: IndicatorEntry | undefined): TableValue {
  if (!entry) return undefined;
  switch (field) {
    case 'level':
      return entry.external?.status === 'waiting' ? undefined : exact(indicatorValue(entry));
    case 'self':
    case 'target':
      return exact(entry[field]);
    case 'explanation':
    case 'sector':
      return entry[field];
    case 'evidence':
      return entry.evidence?.join('\n');
    case 'external_status':
      return entry.external?.status;
    case 'external_source':
      return entry.external?.source;
    case 'external_value':
      return exact(entry.external?.score);
    default:
      return undefined;
  }
}

/**
 * One assessment's rows. Without an assessment (`spbe init`), the template: level cells empty and
 * external indicators waiting for the other agency's index.
 */
export function assessmentRows(framework: Framework, assessment: Assessment, labels: SheetLabels, template = false): LayoutRow[] {
  const rows: LayoutRow[] = metaValues(assessment).filter(([field, v]) => v !== undefined || (template && (field === 'category' || field === 'province'))).map(([field, v]) => ({ kind: 'meta', cells: [label(labels, field), v] }));
  rows.push({ kind: 'blank', cells: [] });
  const columns = indicatorColumns(framework, assessment);
  rows.push({ kind: 'header', cells: columns.map((c) => label(labels, c)) });
  for (const x of framework.indicators) {
    const entry = assessment.indicators.get(x.id);
    const aspect = framework.aspects.find((a) => a.id === x.aspectId)!;
    const domain = framework.domains.find((d) => d.id === x.domainId);
    const cells = columns.map((c): TableValue => {
      switch (c) {
        case 'indicator': return exact(x.id);
        case 'name': return x.name;
        case 'aspect': return `${aspect.id} ${aspect.name}`;
        case 'domain': return domain ? `${domain.id} ${domain.name}` : undefined;
        case 'weight': return { exact: weightText(x.weight, MACHINE) };
        case 'level_names': return levelNames(x.levelNames);
        case 'external_status': return template && x.external ? 'waiting' : entryValue(c, entry);
        case 'external_source': return template && x.external ? `${x.external.index} (${x.external.agency})` : entryValue(c, entry);
        default: return entryValue(c, entry);
      }
    });
    rows.push({ kind: 'indicator', cells, indicator: x.id });
  }
  const items = framework.indicators.flatMap((x) => assessment.indicators.get(x.id)?.evidenceItems ?? []);
  if (items.length > 0) {
    rows.push({ kind: 'blank', cells: [] }, { kind: 'itemHeader', cells: ITEM_FIELDS.map((f) => label(labels, f)) });
    for (const item of items) rows.push({ kind: 'item', cells: [item.code, item.status, item.revision, item.main ? undefined : 'false', item.unit, item.note, item.link] });
  }
  return rows;
}

/** The wide header: the metadata columns any of the assessments uses, then every indicator number. */
export function wideRows(framework: Framework, assessments: readonly Assessment[], labels: SheetLabels): LayoutRow[] {
  const fields: MetaField[] = [];
  for (const a of assessments) for (const [field, v] of metaValues(a)) if (v !== undefined && !fields.includes(field)) fields.push(field);
  const rows: LayoutRow[] = [{ kind: 'header', cells: [...fields.map((f) => label(labels, f)), ...framework.indicators.map((x) => String(x.id))] }];
  for (const a of assessments) {
    const meta = new Map(metaValues(a));
    rows.push({ kind: 'indicator', cells: [...fields.map((f) => meta.get(f)), ...framework.indicators.map((x) => entryValue('level', a.indicators.get(x.id)))] });
  }
  return rows;
}

/** What a shape cannot carry of an assessment: "services of indikator 35", "self of indikator 2", ... */
export function uncarried(assessment: Assessment, shape: Shape): string[] {
  const lost: string[] = [];
  for (const [id, e] of assessment.indicators) {
    const fields: string[] = [];
    if (e.services) fields.push('services');
    if (e.evidence?.some((text) => /[\r\n]/.test(text) || text.trim() !== text || text === '')) fields.push('evidence');
    if (shape === 'wide') {
      for (const f of ['self', 'target', 'explanation', 'sector', 'external', 'evidenceItems'] as const) if (e[f] !== undefined) fields.push(f);
      if (e.evidence && !fields.includes('evidence')) fields.push('evidence');
    }
    for (const f of fields) lost.push(`${f} of indikator ${id}`);
  }
  return lost;
}
