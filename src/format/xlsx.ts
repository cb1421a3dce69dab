/**
 * `xlsx`: a workbook for analysts who live in spreadsheets, written with write-excel-file (small,
 * maintained, one dependency). Sheets summary, domains, aspects, indicators; figures are numbers
 * (the published 2-decimal values) with the exact value beside them as text.
 */
import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/node';
import { toExactString, toFixed } from '../core/rational.js';
import { indicatorScores } from '../core/score.js';
import { countFindings } from '../core/findings.js';
import type { BatchReport } from '../core/report.js';
import type { FileResult } from '../core/result.js';
import { deltaNumber, jsonNumber } from './numbers.js';

const header = (names: string[]): Row => names.map((value) => ({ value, fontWeight: 'bold' as const }));
const text = (value: string | undefined) => (value === undefined || value === '' ? null : { value, type: String });
const number = (value: number | undefined, format?: string) => (value === undefined ? null : { value, type: Number, ...(format ? { format } : {}) });
const fixed = (value: Parameters<typeof toFixed>[0]) => number(Number(toFixed(value)), '0.00');

function who(r: FileResult): Row {
  return [text(r.file), text(r.assessment!.agency.id), text(r.assessment!.agency.name), number(r.assessment!.year)];
}

function summary(results: readonly FileResult[]): SheetData {
  const rows: SheetData = [header(['file', 'agency_id', 'agency_name', 'category', 'province', 'year', 'framework', 'index', 'exact_index', 'predicate', 'previous_year', 'previous_index', 'change', 'valid', 'errors', 'warnings'])];
  for (const r of results) {
    const a = r.assessment;
    const s = r.score;
    const c = r.comparison;
    rows.push([
      text(r.file), text(a?.agency.id), text(a?.agency.name), text(a?.agency.category), text(a?.agency.province), number(a?.year), text(s?.framework.id),
      s ? fixed(s.index) : null, text(s ? toExactString(s.index) : undefined), text(s?.predicate),
      number(c?.previous.year), c ? fixed(c.previous.index) : null, c ? number(deltaNumber(c.indexDelta), '+0.00;-0.00;0.00') : null,
      { value: r.valid, type: Boolean }, number(countFindings(r.findings, 'error')), number(countFindings(r.findings, 'warning')),
    ]);
  }
  return rows;
}

function domains(results: readonly FileResult[]): SheetData {
  const rows: SheetData = [header(['file', 'agency_id', 'agency_name', 'year', 'domain', 'name', 'weight', 'index', 'exact_index'])];
  for (const r of results) for (const d of r.score?.domains ?? []) rows.push([...who(r), number(d.group.id), text(d.group.name), number(jsonNumber(d.group.weight)), fixed(d.index), text(toExactString(d.index))]);
  return rows;
}

function aspects(results: readonly FileResult[]): SheetData {
  const rows: SheetData = [header(['file', 'agency_id', 'agency_name', 'year', 'aspect', 'domain', 'name', 'weight', 'index', 'exact_index'])];
  for (const r of results) for (const a of r.score?.aspects ?? []) rows.push([...who(r), number(a.group.id), number(a.group.domainId), text(a.group.name), number(jsonNumber(a.group.weight)), fixed(a.index), text(toExactString(a.index))]);
  return rows;
}

function indicators(results: readonly FileResult[]): SheetData {
  const rows: SheetData = [header(['file', 'agency_id', 'agency_name', 'year', 'indicator', 'aspect', 'name', 'weight', 'level', 'level_name', 'contribution', 'self', 'target', 'explanation', 'evidence'])];
  for (const r of results) {
    if (!r.score || !r.assessment) continue;
    for (const x of indicatorScores(r.score.framework, r.assessment.indicators)) {
      rows.push([
        ...who(r), number(x.indicator.id), number(x.indicator.aspectId), text(x.indicator.name),
        number(jsonNumber(x.indicator.weight)), number(jsonNumber(x.value)), text(x.levelName), number(jsonNumber(x.contribution)),
        number(x.entry.self), number(x.entry.target), text(x.entry.explanation), text(x.entry.evidence?.join('\n')),
      ]);
    }
  }
  return rows;
}

export async function formatXlsx(report: BatchReport): Promise<Uint8Array[]> {
  const scored = report.results;
  const buffer = await writeXlsxFile([
    { sheet: 'summary', data: summary(scored) },
    { sheet: 'domains', data: domains(scored) },
    { sheet: 'aspects', data: aspects(scored) },
    { sheet: 'indicators', data: indicators(scored) },
  ]).toBuffer();
  return [new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)];
}
