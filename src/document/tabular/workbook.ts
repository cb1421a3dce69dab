/**
 * xlsx bytes -> one table per worksheet, with each cell's text and name ("Sheet1!C12"). Read with
 * exceljs (loaded only when a workbook is read). Exactness: a text cell is read as its text (write
 * "7/6" or "1,26" as text to keep it exact); a numeric cell holds a binary double, read as the
 * shortest decimal that gives that double back (1.26 -> "1.26"), which is the decimal the author
 * typed for any value of up to 15 significant digits. A formula cell is read as its stored result.
 */
import type { CellValue, Worksheet } from 'exceljs';
import { createFinding, type Finding } from '../../core/findings.js';
import { numberToPlainString } from '../../core/rational.js';
import { cellPosition, type Cell, type Table } from './table.js';

function cellText(value: CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return numberToPlainString(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue);
  if ('error' in value) return value.error;
  if ('result' in value) return cellText(value.result as CellValue);
  return undefined;
}

function tableOf(sheet: Worksheet): Table {
  const rows: (Cell | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const text = cellText(cell.value);
      if (text !== undefined) cells[column - 1] = { text, at: cellPosition(sheet.name, rowNumber, column) };
    });
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { sheet: sheet.name, rows };
}

export async function readWorkbook(bytes: Uint8Array): Promise<{ tables: Table[]; findings: Finding[] }> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
    return { tables: [], findings: [createFinding('WORKBOOK_UNREADABLE', { reason }, '', 'error', { line: 1, column: 1 })] };
  }
  return { tables: workbook.worksheets.map(tableOf), findings: [] };
}
