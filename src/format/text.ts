/**
 * `text`: plain lines for logs and pipes (the default when stdout is not a terminal). One line per
 * scored file, one per finding and failed gate, then the summary.
 */
import type { BatchReport } from '../core/report.js';
import type { FileResult } from '../core/result.js';
import type { Catalog } from '../messages/catalog.js';
import { formatFinding, formatGateFailures, formatSummaryLine } from './findings.js';
import type { FormatContext } from './formats.js';
import { fixed2, signedDelta } from './numbers.js';

export function scoreLine(result: FileResult, catalog: Catalog): string {
  const { assessment, score, comparison } = result;
  const change = comparison ? `  ${catalog.phrases.fromYear({ change: signedDelta(comparison.indexDelta), year: comparison.previous.year })}` : '';
  const projection = result.projection ? `  (${catalog.phrases.projectedFrom({ fromFramework: result.projection.fromFramework, index: fixed2(result.projection.source.index), predicate: result.projection.source.predicate })})` : '';
  return `${result.file}  ${assessment!.agency.name}  ${assessment!.year}  ${fixed2(score!.index)}  ${score!.predicate}${change}${projection}\n`;
}

export function* formatText(report: BatchReport, { palette, catalog }: FormatContext): Iterable<string> {
  for (const result of report.results) {
    if (report.command === 'score' && result.score) yield scoreLine(result, catalog);
    for (const finding of result.findings) yield formatFinding(result.file, finding, palette, catalog);
    yield formatGateFailures(result, palette, catalog);
  }
  yield formatSummaryLine(report.summary, catalog);
}
