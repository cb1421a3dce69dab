/**
 * CSV text -> a table (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes), with the
 * line and column where each field starts. The separator is found from the first line: `;` (a
 * spreadsheet set to Indonesian), `,` or a tab, whichever occurs most outside quotes.
 */
import { createFinding, type Finding } from '../../core/findings.js';
import { unguarded } from '../../core/table-columns.js';
import type { Cell, Table } from './table.js';

const SEPARATORS = [',', ';', '\t'] as const;


export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: string = ',';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

export function parseCsv(text: string, separator = detectSeparator(text)): { table: Table; findings: Finding[] } {
  const rows: (Cell | undefined)[][] = [];
  const findings: Finding[] = [];
  let row: (Cell | undefined)[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    // One field from i.
    const at = { line, column: i - lineStart + 1 };
    let value = '';
    if (text[i] === '"') {
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === '\n') {
          line++;
          lineStart = i + 1;
        }
        value += c;
        i++;
      }
      if (!closed) {
        findings.push(createFinding('CSV_SYNTAX', { detail: 'quote' }, '', 'error', at));
        row.push({ text: value, at });
        rows.push(row);
        return { table: { rows }, findings };
      }
      // Text after a closing quote up to the separator is kept, as spreadsheets do.
      while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
    } else {
      const start = i;
      while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') i++;
      value = text.slice(start, i);
    }
    row.push(value === '' ? undefined : { text: unguarded(value), at });
    if (i < n && text[i] === separator) {
      i++;
      continue;
    }
    // End of a record: \r\n, \n, \r or the end of the text.
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    rows.push(row);
    row = [];
    line++;
    lineStart = i;
    if (i >= n) break;
  }
  // A last line break ends the last record; it starts no empty one.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === undefined)) rows.pop();
  return { table: { rows }, findings };
}
