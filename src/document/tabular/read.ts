/** The bytes of a CSV file or a workbook -> every assessment document it holds, each positioned in its own terms. */
import { createFinding, type Finding } from '../../core/findings.js';
import { readTable } from './assessments.js';
import { parseCsv } from './csv.js';
import type { TabularDocument } from './document.js';
import { cellPosition } from './table.js';
import { readWorkbook } from './workbook.js';

export interface TabularRead {
  documents: TabularDocument[];
  /** Problems of the file as a whole (no header row, a broken quote, not a workbook). */
  findings: Finding[];
}

export function readCsvText(text: string): TabularRead {
  const parsed = parseCsv(text);
  const read = readTable(parsed.table, { line: 1, column: 1 });
  return { documents: read.documents, findings: [...parsed.findings, ...read.findings] };
}

/** Every sheet with a header row gives its assessments; sheets without one (notes, instructions) are passed over unless none has one. */
export async function readWorkbookBytes(bytes: Uint8Array): Promise<TabularRead> {
  const workbook = await readWorkbook(bytes);
  if (workbook.findings.length > 0) return { documents: [], findings: workbook.findings };
  const documents: TabularDocument[] = [];
  let firstProblem: Finding[] = [];
  for (const table of workbook.tables) {
    const origin = cellPosition(table.sheet ?? '', 1, 1);
    const read = readTable(table, origin);
    documents.push(...read.documents);
    if (firstProblem.length === 0) firstProblem = read.findings;
  }
  if (documents.length > 0) return { documents, findings: [] };
  return { documents, findings: firstProblem.length > 0 ? firstProblem : [createFinding('TABLE_NO_HEADER', {}, '', 'error', { line: 1, column: 1 })] };
}
