/**
 * Inputs that hold several assessments, or none in YAML: CSV files and workbooks (each table row or
 * sheet one assessment: document/tabular/) and national monitoring records (a JSON array:
 * document/records.ts). Each gives a list of results; a bad row or record is its own result and never
 * stops the others. YAML inputs go on through the batch (io/batch.ts) as before.
 */
import { hasErrors, sortFindings } from '../core/findings.js';
import type { FileResult } from '../core/result.js';
import { evaluateDocument } from '../document/evaluate.js';
import { evaluateRecords, looksLikeRecords } from '../document/records.js';
import { readCsvText, readWorkbookBytes, type TabularRead } from '../document/tabular/read.js';
import { followPrevious, withFrameworkLookup, type Source, type SourceOptions } from './evaluate.js';
import { DEFAULT_MAX_FILE_SIZE, decodeText, readBytes } from './source.js';
import { sourceKind } from './source-kind.js';

/** Every result a CSV file, a workbook or a JSON file of records holds; undefined for a JSON file that is one assessment. */
export async function evaluateMany(source: Source & { path: string }, given: SourceOptions = {}): Promise<FileResult[] | undefined> {
  const options = withFrameworkLookup(source, given);
  const kind = sourceKind(source.path);
  const read = readBytes(source.path, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  if ('finding' in read) return [{ file: source.file, valid: false, findings: [read.finding] }];
  let tabular: TabularRead;
  if (kind === 'xlsx') tabular = await readWorkbookBytes(read.bytes);
  else {
    const decoded = decodeText(read.bytes);
    if ('finding' in decoded) return [{ file: source.file, valid: false, findings: [decoded.finding] }];
    if (kind === 'json') return looksLikeRecords(decoded.text) ? evaluateRecords(decoded.text, source.file, options.predicateBasis) : undefined;
    tabular = readCsvText(decoded.text);
  }
  if (tabular.documents.length === 0) return [{ file: source.file, valid: !hasErrors(tabular.findings), findings: tabular.findings }];
  // Rows naming one previous-year file read it once.
  const following: SourceOptions = { ...options, previousFiles: options.previousFiles ?? new Map() };
  return Promise.all(tabular.documents.map((document) => {
    const result = evaluateDocument(document, source.file, options);
    if (tabular.findings.length > 0) {
      result.findings.unshift(...tabular.findings);
      result.valid = !hasErrors(result.findings);
    }
    sortFindings(result.findings);
    return followPrevious(result, () => document, source, following);
  }));
}
