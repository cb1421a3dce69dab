/**
 * `text`: plain lines for logs and pipes (the default when stdout is not a terminal). One scored
 * file gets its full view as plain aligned columns (domains or aspects, the previous year and the
 * change, --detail, --what-if, the notes), as the table shows it; several get one line each. Then
 * one line per finding and failed gate, and the summary.
 */
import type { BatchReport } from '../core/report.js';
import { isScored, type FileResult } from '../core/result.js';
import { basisDecides } from '../core/score.js';
import type { Catalog } from '../messages/catalog.js';
import { formatFinding, formatGateFailures, formatSummaryLine } from './findings.js';
import type { FormatContext } from './formats.js';
import { cohortLabel } from './benchmark.js';
import { fixed2, signedDelta } from './numbers.js';
import { formatScoreTable } from './table.js';
import { plainChrome } from './terminal.js';

export function scoreLine(result: FileResult, catalog: Catalog): string {
  const { assessment, score, comparison } = result;
  const n = catalog.numbers;
  const change = comparison ? `  ${catalog.phrases.fromYear({ change: signedDelta(comparison.indexDelta, n), year: comparison.previous.year })}` : '';
  const projection = result.projection ? `  (${catalog.phrases.projectedFrom({ fromFramework: result.projection.fromFramework, index: fixed2(result.projection.source.index, n), predicate: result.projection.source.predicate })})` : '';
  const decides = basisDecides(score!);
  const basis = decides ? `  (${catalog.phrases.predicateBasisShort({ basis: score!.predicateBasis, ...decides })})` : '';
  const b = result.benchmark;
  const benchmark = b ? `  (${catalog.phrases.benchmarkShort({ rank: b.rank, size: b.size, cohort: cohortLabel(b, catalog), percentile: b.percentile ? fixed2(b.percentile, n) : '-' })})` : '';
  return `${result.file}  ${assessment!.agency.name}  ${assessment!.year}  ${fixed2(score!.index, n)}  ${score!.predicate}${basis}${change}${projection}${benchmark}\n`;
}

export function* formatText(report: BatchReport, { palette, catalog }: FormatContext): Iterable<string> {
  const scored = report.command === 'score' ? report.results.filter(isScored) : [];
  // Logs are not terminals: the one file's view is never wrapped to a width.
  const benchmarkBy = report.benchmarkBy ? { benchmarkBy: report.benchmarkBy } : {};
  const full = scored.length === 1 ? formatScoreTable(scored[0]!, { detail: report.detail, style: palette, catalog, columns: Infinity, chrome: plainChrome, ...benchmarkBy }) : undefined;
  if (full) yield `${full}\n`;
  for (const result of report.results) {
    if (!full && report.command === 'score' && result.score) yield scoreLine(result, catalog);
    for (const finding of result.findings) yield formatFinding(result.file, finding, palette, catalog);
    yield formatGateFailures(result, palette, catalog);
  }
  yield formatSummaryLine(report.summary, catalog);
}
