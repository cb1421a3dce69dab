/**
 * Assessments as text for `spbe convert`: YAML in the input contract (short form where an indicator
 * has only its value; exact values as written: 1.26, "7/6"), and the long and wide CSV shapes.
 */
import type { Assessment, IndicatorEntry } from '../core/assessment.js';
import type { Framework } from '../core/framework.js';
import { toExactString } from '../core/rational.js';
import { indicatorValue } from '../core/score.js';
import { guarded } from '../core/table-columns.js';
import type { Catalog } from '../messages/catalog.js';
import { assessmentRows, wideRows, type LayoutRow, type TableValue } from './assessment-table.js';
import { DECIMAL_COMMA, MACHINE, punctuate } from './numbers.js';

const q = (text: string) => JSON.stringify(text);
/** A value: a decimal as a YAML number (read back from its text), a fraction as a string. */
const yamlValue = (text: string) => (text.includes('/') ? q(text) : text);

function yamlEntry(entry: IndicatorEntry): string[] {
  const value = toExactString(indicatorValue(entry));
  const keys = Object.keys(entry).filter((k) => k !== 'level' && k !== 'value');
  if (keys.length === 0) return [` ${yamlValue(value)}`];
  const lines: string[] = [''];
  const waiting = entry.external?.status === 'waiting';
  if (!waiting && !entry.services) lines.push(`    level: ${yamlValue(value)}`);
  if (entry.services) {
    lines.push('    services:');
    for (const s of entry.services) lines.push(`      - {${s.name !== undefined ? `name: ${q(s.name)}, ` : ''}level: ${s.level}}`);
  }
  if (entry.self !== undefined) lines.push(`    self: ${entry.self}`);
  if (entry.target !== undefined) lines.push(`    target: ${entry.target}`);
  if (entry.explanation !== undefined) lines.push(`    explanation: ${q(entry.explanation)}`);
  if (entry.evidence !== undefined) lines.push(`    evidence: [${entry.evidence.map(q).join(', ')}]`);
  if (entry.sector !== undefined) lines.push(`    sector: ${q(entry.sector)}`);
  if (entry.external) {
    const e = entry.external;
    lines.push(`    external: {${e.source !== undefined ? `source: ${q(e.source)}, ` : ''}${e.score ? `value: ${yamlValue(toExactString(e.score))}, ` : ''}status: ${e.status}}`);
  }
  if (entry.evidenceItems) {
    lines.push('    evidenceItems:');
    for (const item of entry.evidenceItems) {
      const fields = [`code: ${item.code}`, `status: ${item.status}`];
      if (item.revision) fields.push(`revision: ${item.revision}`);
      if (!item.main) fields.push('main: false');
      if (item.unit !== undefined) fields.push(`unit: ${q(item.unit)}`);
      if (item.note !== undefined) fields.push(`note: ${q(item.note)}`);
      if (item.link !== undefined) fields.push(`link: ${q(item.link)}`);
      lines.push(`      - {${fields.join(', ')}}`);
    }
  }
  return lines;
}

export function assessmentYaml(a: Assessment): string {
  const lines: string[] = [];
  if (a.frameworkId) lines.push(`framework: ${a.frameworkId}`);
  lines.push(`year: ${a.year}`, 'agency:', `  name: ${q(a.agency.name)}`);
  // An empty id is what a name without letters or digits gives by default: written, it would not validate.
  if (a.agency.id) lines.push(`  id: ${q(a.agency.id)}`);
  if (a.agency.category) lines.push(`  category: ${a.agency.category}`);
  if (a.agency.province !== undefined) lines.push(`  province: ${q(a.agency.province)}`);
  lines.push(`stage: ${a.stage}`, 'indicators:');
  for (const [id, entry] of [...a.indicators].sort(([x], [y]) => x - y)) {
    const [first, ...rest] = yamlEntry(entry);
    lines.push(`  ${id}:${first}`, ...rest);
  }
  const p = a.previous;
  if (p?.kind === 'path') lines.push(`previous: ${q(p.path)}`);
  if (p?.kind === 'figures') {
    const f = p.figures;
    lines.push('previous:', `  year: ${f.year}`, `  index: ${toExactString(f.index)}`);
    if (f.frameworkId !== undefined) lines.push(`  framework: ${f.frameworkId}`);
    if (f.predicate !== undefined) lines.push(`  predicate: ${q(f.predicate)}`);
    if (f.domains) lines.push(`  domains: {${[...f.domains].map(([id, v]) => `${id}: ${toExactString(v)}`).join(', ')}}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface CsvShapeOptions {
  separator: string;
  decimalComma: boolean;
}

function csvCell(value: TableValue, options: CsvShapeOptions): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? guarded(value) : punctuate(value.exact, options.decimalComma ? DECIMAL_COMMA : MACHINE);
  return /[",\r\n;\t]/.test(text) || text.includes(options.separator) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvText(rows: readonly LayoutRow[], options: CsvShapeOptions): string {
  return rows.map((row) => row.cells.map((c) => csvCell(c, options)).join(options.separator)).join('\r\n') + '\r\n';
}

export const assessmentLongCsv = (framework: Framework, a: Assessment, catalog: Catalog, options: CsvShapeOptions): string => csvText(assessmentRows(framework, a, catalog.ui.sheet), options);
export const assessmentsWideCsv = (framework: Framework, list: readonly Assessment[], catalog: Catalog, options: CsvShapeOptions): string => csvText(wideRows(framework, list, catalog.ui.sheet), options);
