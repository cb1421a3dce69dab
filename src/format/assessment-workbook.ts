/**
 * Assessments as a fillable workbook (`spbe init --format xlsx`, `spbe convert`): one sheet per
 * assessment in the layout document/tabular/ reads back. Level cells are checked by data validation
 * on the framework's scale (whole levels, or under 8/2026 any value from min to max, or an exact
 * fraction typed as text); the header row is frozen and widths fit. No formulas: the tool scores.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Assessment } from '../core/assessment.js';
import type { Framework } from '../core/framework.js';
import { numberToPlainString } from '../core/rational.js';
import type { Catalog } from '../messages/catalog.js';
import { assessmentRows, indicatorColumns, type TableValue } from './assessment-table.js';
import { fitWidths, newWorkbook, sheetName, workbookBytes, type SheetValue } from './sheets.js';

/** A number cell where the double gives the exact text back (1.26), else text ("7/6", 17 digits). */
export function cellValue(value: TableValue): SheetValue {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  const n = Number(value.exact);
  return !value.exact.includes('/') && numberToPlainString(n) === value.exact ? n : value.exact;
}

function validate(sheet: Worksheet, row: number, column: number, framework: Framework, whole: boolean, catalog: Catalog): void {
  const cell = sheet.getCell(row, column);
  const { min, max } = framework.scale;
  const prompt = catalog.phrases.workbookLevelPrompt({ min, max });
  if (whole || !framework.scale.fractional) {
    cell.dataValidation = { type: 'whole', operator: 'between', allowBlank: true, formulae: [min, max], showErrorMessage: true, showInputMessage: true, prompt, error: prompt };
    return;
  }
  const ref = cell.address;
  cell.dataValidation = { type: 'custom', allowBlank: true, formulae: [`OR(ISTEXT(${ref}),AND(${ref}>=${min},${ref}<=${max}))`], showErrorMessage: true, showInputMessage: true, prompt, error: prompt };
}

function addAssessmentSheet(workbook: Workbook, framework: Framework, assessment: Assessment, catalog: Catalog, template: boolean): void {
  const sheet = workbook.addWorksheet(sheetName(workbook, `${assessment.agency.id}-${assessment.year}`));
  const rows = assessmentRows(framework, assessment, catalog.ui.sheet, template);
  const columns = indicatorColumns(framework, assessment);
  let headerRow = 1;
  rows.forEach((row, i) => {
    const added = sheet.addRow(row.cells.map(cellValue));
    if (row.kind === 'header' || row.kind === 'itemHeader') added.font = { bold: true };
    if (row.kind === 'meta') added.getCell(1).font = { bold: true };
    if (row.kind === 'header') headerRow = i + 1;
    if (row.kind === 'indicator') {
      columns.forEach((c, ci) => {
        if (c === 'level' || c === 'self' || c === 'target') validate(sheet, i + 1, ci + 1, framework, c !== 'level', catalog);
        if (c === 'name' || c === 'explanation' || c === 'evidence' || c === 'level_names') added.getCell(ci + 1).alignment = { wrapText: true, vertical: 'top' };
      });
    }
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 1 }];
  fitWidths(sheet, headerRow);
}

export async function assessmentWorkbook(items: readonly { framework: Framework; assessment: Assessment }[], catalog: Catalog, template = false): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  for (const { framework, assessment } of items) addAssessmentSheet(workbook, framework, assessment, catalog, template);
  return workbookBytes(workbook);
}
