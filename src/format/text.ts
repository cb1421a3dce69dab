/**
 * `text`: plain lines for logs and pipes (the default when stdout is not a terminal). One line per
 * scored file, one per finding and failed gate, then the summary.
 */
import { t } from '../messages/catalog.js';
import type { FileResult } from '../io/evaluate.js';
import { formatFinding, formatGateFailures, formatSummaryLine } from './findings.js';
import { fixed2, signedDelta } from './numbers.js';
import type { BatchReport } from './report.js';
import type { Style } from './style.js';

export function scoreLine(result: FileResult): string {
  const { assessment, score, comparison } = result;
  const change = comparison ? `  ${t().phrases.fromYear({ change: signedDelta(comparison.indexDelta), year: comparison.previous.year })}` : '';
  return `${result.file}  ${assessment!.agency.name}  ${assessment!.year}  ${fixed2(score!.index)}  ${score!.predicate}${change}\n`;
}

export function* formatText(report: BatchReport, style: Style): Iterable<string> {
  for (const result of report.results) {
    if (report.command === 'score' && result.score) yield scoreLine(result);
    for (const finding of result.findings) yield formatFinding(result.file, finding, style);
    yield formatGateFailures(result, style);
  }
  yield formatSummaryLine(report.summary);
}
