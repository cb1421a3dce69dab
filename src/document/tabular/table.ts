/**
 * A table read from a CSV file or a worksheet: rows of cells, each with its text and its position in
 * the reader's terms (CSV: line and column; a worksheet: the cell name "Sheet1!C12"). The readers of
 * assessments (assessments.ts) work on this shape whatever the file was.
 */
import type { Position } from '../../core/findings.js';

export interface Cell {
  /** The cell's text as written (a worksheet number: its shortest round-trip decimal). */
  text: string;
  at: Position;
}

export interface Table {
  /** The worksheet's name; absent for CSV. */
  sheet?: string;
  /** Rows in order; a missing cell is undefined. */
  rows: (Cell | undefined)[][];
}

/** "A", "B", ..., "Z", "AA": the column letters of a 1-based column number. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name as a cell reference writes it: quoted unless it is one plain word. */
export function sheetReference(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function cellPosition(sheet: string, row: number, column: number): Position {
  return { line: row, column, cell: `${sheetReference(sheet)}!${columnLetters(column)}${row}` };
}

export const isBlank = (cell: Cell | undefined): boolean => cell === undefined || cell.text.trim() === '';
export const isBlankRow = (row: readonly (Cell | undefined)[]): boolean => row.every(isBlank);
