/** Human lines for findings, gates and the summary: `file:line:column  severity  message  CODE` (1-based, as ESLint prints them). */
import { findingLocation, type Finding } from '../core/findings.js';
import type { GateFailure } from '../core/gates.js';
import type { BatchReport, Summary } from '../core/report.js';
import type { FileResult } from '../core/result.js';
import { formatMessage, type Catalog } from '../messages/catalog.js';
import { fixed2, MACHINE } from './numbers.js';
import type { Palette } from './terminal.js';

export { findingLocation };

export function formatFinding(file: string, finding: Finding, palette: Palette, catalog: Catalog): string {
  const ui = catalog.ui;
  const severity = finding.severity === 'error' ? palette.red(ui.error) : finding.severity === 'warning' ? palette.yellow(ui.warning) : palette.cyan(ui.info);
  return `${findingLocation(file, finding)}  ${severity}  ${formatMessage(finding, catalog)}  ${palette.dim(finding.code)}\n`;
}

/**
 * The sentence of a failed gate, with the published 2-decimal figures in the language's punctuation;
 * a limit is quoted with its option as it is typed (--fail-under 2.6), so it keeps the decimal point.
 */
export function describeGate(failure: GateFailure, catalog: Catalog): string {
  const { gates } = catalog;
  const n = catalog.numbers;
  switch (failure.gate) {
    case 'fail-under':
      return gates.GATE_FAIL_UNDER({ index: fixed2(failure.index, n), limit: fixed2(failure.limit, MACHINE) });
    case 'fail-under-predicate':
      return gates.GATE_FAIL_UNDER_PREDICATE({ predicate: failure.predicate, limit: failure.limit });
    case 'fail-under-domain':
      return gates.GATE_FAIL_UNDER_DOMAIN({ domain: failure.domain, name: failure.name, index: fixed2(failure.index, n), limit: fixed2(failure.limit, MACHINE) });
    case 'max-drop':
      return gates.GATE_MAX_DROP({ drop: fixed2(failure.drop, n), previousYear: failure.previousYear, limit: fixed2(failure.limit, MACHINE) });
  }
}

/** A failed CI gate as a human line: `file  gate  what failed`. */
export function formatGateFailures(result: FileResult, palette: Palette, catalog: Catalog): string {
  return (result.gates ?? []).map((gate) => `${result.file}  ${palette.red(catalog.ui.gate)}  ${describeGate(gate, catalog)}\n`).join('');
}

export function formatFindings(results: readonly FileResult[], palette: Palette, catalog: Catalog): string {
  return results.flatMap((r) => r.findings.map((f) => formatFinding(r.file, f, palette, catalog))).join('');
}

export function formatSummaryLine(summary: Summary, catalog: Catalog): string {
  return `${catalog.phrases.summary({ ...summary })}\n`;
}

/**
 * The reports' findings view: every file with findings (invalid ones first, as the reader must act on
 * them), each finding with its position, severity, sentence and code. Texts are raw; each report
 * escapes them for its reader.
 */
export function findingsView(report: BatchReport, catalog: Catalog): { summary: string; head: string[]; rows: { file: string; code: string; severity: Finding['severity']; cells: string[] }[] } {
  const ui = catalog.ui;
  const withFindings = report.results.filter((r) => r.findings.length > 0);
  const ordered = [...withFindings.filter((r) => !r.valid), ...withFindings.filter((r) => r.valid)];
  return {
    summary: catalog.phrases.summary({ ...report.summary }),
    head: [ui.location, ui.severity, ui.message, ui.code],
    rows: ordered.flatMap((r) => r.findings.map((f) => ({ file: r.file, code: f.code, severity: f.severity, cells: [findingLocation(r.file, f), ui[f.severity], formatMessage(f, catalog), f.code] }))),
  };
}
