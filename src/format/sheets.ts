/**
 * Writing workbooks with exceljs (loaded only when a workbook is written): a sheet from a header and
 * rows, with a bold frozen header, an autofilter and column widths that fit the text. Text cells are
 * stored as strings (never formulas), so no input can run in a spreadsheet.
 */
import type { Workbook, Worksheet } from 'exceljs';

export type SheetValue = string | number | boolean | null | undefined;

export async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'spbe';
  // A fixed date keeps the same input's workbook byte-for-byte the same.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  return workbook;
}

/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(workbook: Workbook, wanted: string): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').slice(0, 31) || 'sheet';
  let name = clean;
  for (let n = 2; workbook.worksheets.some((s) => s.name.toLowerCase() === name.toLowerCase()); n++) name = `${clean.slice(0, 31 - String(n).length - 1)}-${n}`;
  return name;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Widths from the longest line of each column's cells (header included), within bounds. */
export function fitWidths(sheet: Worksheet, fromRow = 1): void {
  const widths: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber < fromRow) return;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const text = cell.value === null || cell.value === undefined ? '' : String(cell.value);
      const longest = Math.max(...text.split('\n').map((line) => line.length));
      widths[column - 1] = Math.max(widths[column - 1] ?? MIN_WIDTH, Math.min(MAX_WIDTH, longest + 2));
    });
  });
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width ?? MIN_WIDTH));
}

/** A sheet of a header and rows: bold frozen header, autofilter over the data, fitted widths. */
export function addTableSheet(workbook: Workbook, name: string, header: readonly string[], rows: readonly (readonly SheetValue[])[]): Worksheet {
  const sheet = workbook.addWorksheet(sheetName(workbook, name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => (v === undefined ? null : v)));
  if (header.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: header.length } };
  fitWidths(sheet);
  return sheet;
}

export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
