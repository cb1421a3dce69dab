/** Human lines for findings: `file:line:column  severity  message  CODE` (1-based, as ESLint prints them). */
import type { Finding } from '../core/findings.js';
import { describeGate } from '../core/gates.js';
import { t } from '../messages/catalog.js';
import type { FileResult } from '../io/evaluate.js';
import type { Summary } from './summary.js';
import type { Style } from './style.js';

export function findingLocation(file: string, finding: Finding): string {
  return finding.line === undefined ? file : `${file}:${finding.line}:${finding.column}`;
}

export function formatFinding(file: string, finding: Finding, style: Style): string {
  const ui = t().ui;
  const severity = finding.severity === 'error' ? style.red(ui.error) : finding.severity === 'warning' ? style.yellow(ui.warning) : style.cyan(ui.info);
  return `${findingLocation(file, finding)}  ${severity}  ${finding.message}  ${style.dim(finding.code)}\n`;
}

/** A failed CI gate as a human line: `file  gate  what failed`. */
export function formatGateFailures(result: FileResult, style: Style): string {
  return (result.gates ?? []).map((gate) => `${result.file}  ${style.red(t().ui.gate)}  ${describeGate(gate)}\n`).join('');
}

export function formatFindings(results: readonly FileResult[], style: Style): string {
  return results.flatMap((r) => r.findings.map((f) => formatFinding(r.file, f, style))).join('');
}

export function formatSummaryLine(summary: Summary): string {
  return `${t().phrases.summary({ ...summary })}\n`;
}
