/**
 * `github`: workflow commands that GitHub Actions turns into annotations on the changed lines
 * (::error file=...,line=...,col=...::message). GitHub shows at most 10 errors and 10 warnings per
 * step; every finding is still printed, and the summary line closes the output.
 */
import type { Finding } from '../core/findings.js';
import { gateCode } from '../core/gates.js';
import type { BatchReport } from '../core/report.js';
import { provisionalFrameworks } from './ci-results.js';
import { formatMessage, type Catalog } from '../messages/catalog.js';
import { describeGate, formatSummaryLine } from './findings.js';
import { workflowData, workflowLine, workflowProperty } from './escape.js';
import type { FormatContext } from './formats.js';
import { scoreLine } from './text.js';

// The report reaches this formatter visible() (one line per string, formats.ts); here the runner's own syntax.
const escapeData = workflowData;
const escapeProperty = workflowProperty;

function annotation(file: string, finding: Finding, catalog: Catalog): string {
  const level = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'notice';
  const props = [`file=${escapeProperty(file)}`];
  if (finding.line !== undefined) {
    props.push(`line=${finding.line}`, `col=${finding.column}`);
    if (finding.endLine !== undefined) props.push(`endLine=${finding.endLine}`, `endColumn=${finding.endColumn}`);
  }
  props.push(`title=${escapeProperty(`spbe ${finding.code}`)}`);
  return `::${level} ${props.join(',')}::${escapeData(formatMessage(finding, catalog))}\n`;
}

export function* formatGithub(report: BatchReport, { catalog }: FormatContext): Iterable<string> {
  for (const result of report.results) {
    if (report.command === 'score' && result.score) yield workflowLine(scoreLine(result, catalog));
    for (const finding of result.findings) yield annotation(result.file, finding, catalog);
    // A gate concerns the whole file: annotated at its first line, titled with the gate's code.
    for (const gate of result.gates ?? []) yield `::error file=${escapeProperty(result.file)},line=1,col=1,title=${escapeProperty(`spbe ${gateCode(gate)}`)}::${escapeData(describeGate(gate, catalog))}\n`;
  }
  for (const framework of provisionalFrameworks(report)) yield `::notice title=${escapeProperty('spbe provisional framework')}::${escapeData(catalog.phrases.provisional({ framework }))}\n`;
  yield workflowLine(formatSummaryLine(report.summary, catalog));
}
