/**
 * Tables -> assessment documents. Two shapes:
 * - one assessment per table (the workbook `spbe init` writes, or a long CSV): a metadata block of
 *   label/value rows, then a header row with an "indikator" column and one row per indicator, then
 *   optionally a header row with an "item" column and one row per evidence item (8/2026);
 * - many assessments per table (a wide CSV or sheet): a header row of metadata columns and indicator
 *   numbers, and one row per agency and year, each its own assessment.
 */
import { createFinding, type Finding, type Position } from '../../core/findings.js';
import { booleanCell, DocumentBuilder, type TabularDocument } from './document.js';
import { INFORMATIONAL, type IndicatorField, type ItemField, type MetaField } from '../../core/table-columns.js';
import { indicatorColumn, indicatorField, itemField, metaField } from './columns.js';
import { isBlank, isBlankRow, type Cell, type Table } from './table.js';

type Row = readonly (Cell | undefined)[];

const firstCell = (row: Row): Cell | undefined => row.find((c) => !isBlank(c));

/** One assessment-level value (a metadata row, or a column of a wide row). */
function setMeta(doc: DocumentBuilder, field: MetaField, cell: Cell, keyAt: Position): void {
  const text = cell.text.trim();
  switch (field) {
    case 'framework':
    case 'stage':
      return doc.set([field], text, cell.at, keyAt);
    case 'year':
      return doc.setNumber(['year'], text, cell.at, keyAt);
    case 'agency':
      return doc.set(['agency', 'name'], cell.text, cell.at, keyAt);
    case 'agency_id':
      return doc.set(['agency', 'id'], text, cell.at, keyAt);
    case 'category':
    case 'province':
      return doc.set(['agency', field], text, cell.at, keyAt);
    case 'previous':
      return doc.set(['previous'], text, cell.at, keyAt);
    case 'previous_year':
    case 'previous_index':
      return doc.setNumber(['previous', field.slice('previous_'.length)], text, cell.at, keyAt);
    case 'previous_predicate':
    case 'previous_framework':
      return doc.set(['previous', field === 'previous_predicate' ? 'predicate' : 'framework'], text, cell.at, keyAt);
    default:
      return doc.setNumber(['previous', 'domains', field.slice('previous_domain '.length)], text, cell.at, keyAt);
  }
}

/** `agency` given only by its name is the short form, as in YAML (`agency: Kota X`). */
function finishAgency(doc: DocumentBuilder): void {
  const agency = doc.data.agency as Record<string, unknown> | undefined;
  if (agency && Object.keys(agency).length === 1 && typeof agency.name === 'string') doc.data.agency = agency.name;
}

function indicatorValue(doc: DocumentBuilder, key: string, field: IndicatorField, cell: Cell, keyAt: Position): void {
  const at = ['indicators', key];
  switch (field) {
    case 'level':
    case 'self':
    case 'target':
      return doc.setNumber([...at, field], cell.text, cell.at, keyAt);
    case 'explanation':
    case 'sector':
      return doc.set([...at, field], cell.text, cell.at, keyAt);
    case 'evidence': {
      const lines = cell.text.split(/\r?\n/).filter((line) => line.trim() !== '');
      return doc.set([...at, 'evidence'], lines.length === 1 ? lines[0] : lines, cell.at, keyAt);
    }
    case 'external_status':
    case 'external_source':
      return doc.set([...at, 'external', field.slice('external_'.length)], cell.text.trim(), cell.at, keyAt);
    case 'external_value':
      return doc.setNumber([...at, 'external', 'value'], cell.text, cell.at, keyAt);
    default:
      return; // informational columns (name, aspect, weight, ...) are the framework's, not the file's
  }
}

function itemValue(doc: DocumentBuilder, path: (string | number)[], field: ItemField, cell: Cell): void {
  const name = field === 'item' ? 'code' : field;
  const value = field === 'main' ? booleanCell(cell.text) : field === 'note' || field === 'link' ? cell.text : cell.text.trim();
  doc.set([...path, name], value, cell.at);
}

interface Header<F> {
  row: number;
  columns: (F | { unknown: string } | undefined)[];
  cells: Row;
}

function headerOf<F>(row: Row, index: number, field: (text: string) => F | undefined): Header<F> {
  return { row: index, cells: row, columns: row.map((c) => (isBlank(c) ? undefined : (field(c!.text) ?? { unknown: c!.text.trim() }))) };
}

/** One assessment per table: metadata block, indicator rows, evidence-item rows. */
function readLong(table: Table, headerRow: number, origin: Position): TabularDocument {
  const doc = new DocumentBuilder(origin);
  for (const row of table.rows.slice(0, headerRow)) {
    const cells = row.filter((c): c is Cell => !isBlank(c));
    const field = cells[0] ? metaField(cells[0].text) : undefined;
    if (field && cells[1]) setMeta(doc, field, cells[1], cells[0]!.at);
  }
  finishAgency(doc);
  const header = headerOf(table.rows[headerRow]!, headerRow, indicatorField);
  const indicatorAt = header.columns.indexOf('indicator');
  doc.set(['indicators'], {}, header.cells[indicatorAt]!.at);
  let items: Header<ItemField> | undefined;
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (isBlankRow(row)) continue;
    const first = firstCell(row)!;
    if (!items && itemField(first.text) === 'item') {
      items = headerOf(row, r, itemField);
      continue;
    }
    if (items) {
      const codeAt = items.columns.indexOf('item');
      const code = row[codeAt];
      if (isBlank(code)) continue;
      const indicator = /^I([1-9]\d*)-L\d+-\d+$/.exec(code!.text.trim())?.[1] ?? '0';
      const entry = ((doc.data.indicators as Record<string, Record<string, unknown>>)[indicator] ??= {});
      const list = ((entry.evidenceItems as unknown[]) ??= []);
      const path = ['indicators', indicator, 'evidenceItems', list.length];
      items.columns.forEach((column, c) => {
        const cell = row[c];
        if (isBlank(cell)) return;
        if (typeof column === 'string') itemValue(doc, path, column, cell!);
        else if (column) doc.set([...path, column.unknown], cell!.text, cell!.at);
      });
      continue;
    }
    const keyCell = row[indicatorAt];
    if (isBlank(keyCell)) continue;
    const key = keyCell!.text.trim();
    if (seen.has(key)) {
      doc.findings.push(createFinding('DUPLICATE_KEY', { key }, '', 'error', keyCell!.at));
      continue;
    }
    seen.add(key);
    doc.set(['indicators', key], {}, keyCell!.at);
    header.columns.forEach((column, c) => {
      const cell = row[c];
      if (isBlank(cell) || column === 'indicator' || column === undefined) return;
      if (typeof column === 'string') {
        if (!INFORMATIONAL.has(column)) indicatorValue(doc, key, column, cell!, keyCell!.at);
      } else doc.set(['indicators', key, column.unknown], cell!.text, cell!.at);
    });
  }
  shortForms(doc);
  return doc;
}

/** An indicator row with only a level is the short form (`12: 3`), as YAML writes it: same checks, same lint. */
function shortForms(doc: DocumentBuilder): void {
  const indicators = doc.data.indicators as Record<string, unknown>;
  for (const [key, entry] of Object.entries(indicators)) {
    if (typeof entry !== 'object' || entry === null || Object.keys(entry).length !== 1 || !('level' in entry)) continue;
    const at = `/indicators/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    indicators[key] = (entry as { level: unknown }).level;
    doc.cells.set(at, doc.cells.get(`${at}/level`)!);
    const exact = doc.texts.get(`${at}/level`);
    if (exact !== undefined) doc.texts.set(at, exact);
  }
}

/** Many assessments per table: each row after the header is one. */
function readWide(table: Table, headerRow: number): TabularDocument[] {
  const header = headerOf(table.rows[headerRow]!, headerRow, (text) => metaField(text) ?? indicatorColumn(text));
  const docs: TabularDocument[] = [];
  for (let r = headerRow + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (isBlankRow(row)) continue;
    const doc = new DocumentBuilder(firstCell(row)!.at);
    const firstIndicator = header.columns.findIndex((c, i) => typeof c === 'number' && !isBlank(row[i]));
    doc.set(['indicators'], {}, (row[firstIndicator] ?? firstCell(row)!).at);
    header.columns.forEach((column, c) => {
      const cell = row[c];
      if (isBlank(cell) || column === undefined) return;
      if (typeof column === 'number') doc.setNumber(['indicators', String(column)], cell!.text, cell!.at);
      else if (typeof column === 'string') setMeta(doc, column, cell!, cell!.at);
      else doc.set([column.unknown], cell!.text, cell!.at);
    });
    finishAgency(doc);
    docs.push(doc);
  }
  return docs;
}

export type TableShape = 'one' | 'many';

/** The header row of a table and its shape: the first row with an indikator and a level column, or with indicator numbers (two or more) and agency or year. */
export function findHeader(table: Table): { row: number; shape: TableShape } | undefined {
  for (const [r, row] of table.rows.entries()) {
    const texts = row.filter((c): c is Cell => !isBlank(c)).map((c) => c.text);
    if (texts.some((t) => indicatorField(t) === 'indicator') && texts.some((t) => indicatorField(t) === 'level' || indicatorField(t) === 'external_status')) return { row: r, shape: 'one' };
    if (texts.filter((t) => indicatorColumn(t) !== undefined).length >= 2 && texts.some((t) => metaField(t) === 'agency' || metaField(t) === 'year')) return { row: r, shape: 'many' };
  }
  return undefined;
}

/** Every assessment a table holds; none (with a finding) when it has no header row. */
export function readTable(table: Table, origin: Position): { documents: TabularDocument[]; findings: Finding[] } {
  const header = findHeader(table);
  if (!header) return { documents: [], findings: [createFinding('TABLE_NO_HEADER', {}, '', 'error', origin)] };
  return { documents: header.shape === 'one' ? [readLong(table, header.row, origin)] : readWide(table, header.row), findings: [] };
}
