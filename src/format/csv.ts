/**
 * `csv`: one row per file, RFC 4180 quoting. `--decimal-comma` writes 2,74 and, unless a
 * delimiter is given, separates with `;`, so that a spreadsheet set to Indonesian opens it as numbers.
 */
import { formatScaled, toExactString, type Rational } from '../core/rational.js';
import { indicatorScores, type ScoreResult } from '../core/score.js';
import { countFindings } from '../core/findings.js';
import type { BatchReport } from '../core/report.js';
import type { FileResult } from '../core/result.js';
import { csvField, csvText as text } from './escape.js';
import type { FormatContext } from './formats.js';
import { distanceText } from './benchmark.js';
import { indicatorChangeMap } from './changes.js';
import { DECIMAL_COMMA, fixed2, MACHINE, punctuate, valueText } from './numbers.js';


const BENCHMARK_COLUMNS = ['benchmark', 'cohort', 'cohort_size', 'cohort_rank', 'percentile', 'cohort_mean', 'from_mean', 'cohort_median', 'from_median'];

/** --benchmark: the result's cohort and its standing in it (empty when it has no cohort). */
function benchmarkColumns(r: FileResult, number: (text: string) => string): string[] {
  const b = r.benchmark;
  if (!b) return BENCHMARK_COLUMNS.map(() => '');
  const i = b.index;
  return [b.by, text(b.cohort), String(b.size), String(b.rank), b.percentile ? number(fixed2(b.percentile, MACHINE)) : '', number(fixed2(i.mean, MACHINE)), number(distanceText(i.fromMean, MACHINE)), number(fixed2(i.median, MACHINE)), number(distanceText(i.fromMedian, MACHINE))];
}

/** The ids of the aspects (or indicators) of every scored result, ascending: one pair of columns each. */
function groupIds(results: readonly FileResult[], ids: (score: ScoreResult) => number[]): number[] {
  return [...new Set(results.flatMap((r) => (r.score ? ids(r.score) : [])))].sort((a, b) => a - b);
}

/** --detail aspects: each aspect's index and its change since the previous year (like-for-like only: empty across frameworks). */
function aspectColumns(r: FileResult, ids: readonly number[], number: (text: string) => string): string[] {
  const deltas = new Map(r.comparison?.aspectDeltas.map((d) => [d.id, d.delta]));
  return ids.flatMap((id) => {
    const aspect = r.score?.aspects.find((a) => a.group.id === id);
    const delta = deltas.get(id);
    return [aspect ? number(fixed2(aspect.index, MACHINE)) : '', delta === undefined ? '' : number(formatScaled(delta, 2))];
  });
}

/** --detail indicators: each indicator's value and its exact change (through the crosswalk across frameworks; empty for a new indicator). */
function indicatorColumns(r: FileResult, ids: readonly number[], number: (text: string) => string): string[] {
  const changes = indicatorChangeMap(r.comparison);
  const values = r.score && r.assessment ? new Map(indicatorScores(r.score.framework, r.assessment.indicators).map((x) => [x.indicator.id, x.value])) : new Map<number, Rational>();
  return ids.flatMap((id) => {
    const value = values.get(id);
    const change = changes?.get(id)?.change;
    return [value ? number(valueText(value, MACHINE)) : '', change ? number(valueText(change, MACHINE)) : ''];
  });
}

function maxDomains(results: readonly FileResult[]): number {
  return Math.max(0, ...results.map((r) => r.score?.domains.length ?? 0));
}

function selfAndTarget(r: FileResult, number: (text: string) => string): string[] {
  const own = r.self;
  const aims = r.targets;
  return [own ? number(fixed2(own.score.index, MACHINE)) : '', own ? String(own.over) : '', own ? String(own.under) : '', aims ? number(fixed2(aims.score.index, MACHINE)) : ''];
}

export function* formatCsv(report: BatchReport, { csv: options }: FormatContext): Iterable<string> {
  const style = options.decimalComma ? DECIMAL_COMMA : MACHINE;
  const number = (text: string) => punctuate(text, style);
  const domainCount = maxDomains(report.results);
  const head = ['file', 'agency_id', 'agency_name', 'category', 'province', 'year', 'framework', 'index', 'exact_index', 'predicate', 'predicate_basis'];
  for (let i = 1; i <= domainCount; i++) head.push(`domain_${i}`);
  head.push('previous_year', 'previous_index', 'change', 'self_index', 'over_claims', 'under_claims', 'target_index', 'valid', 'errors', 'warnings');
  if (report.benchmarkBy) head.push(...BENCHMARK_COLUMNS);
  const aspects = report.detail.includes('aspects') ? groupIds(report.results, (s) => s.aspects.map((a) => a.group.id)) : [];
  const indicators = report.detail.includes('indicators') ? groupIds(report.results, (s) => s.framework.indicators.map((x) => x.id)) : [];
  for (const id of aspects) head.push(`aspect_${id}`, `aspect_${id}_change`);
  for (const id of indicators) head.push(`indicator_${id}`, `indicator_${id}_change`);
  const row = (cells: string[]) => `${cells.map((c) => csvField(c, options.delimiter)).join(options.delimiter)}\r\n`;
  yield row(head);
  for (const r of report.results) {
    const a = r.assessment;
    const s = r.score;
    const c = r.comparison;
    const cells = [
      text(r.file),
      text(a?.agency.id ?? ''),
      text(a?.agency.name ?? ''),
      text(a?.agency.category ?? ''),
      text(a?.agency.province ?? ''),
      a ? String(a.year) : '',
      text(s?.framework.id ?? ''),
      s ? number(fixed2(s.index, MACHINE)) : '',
      s ? number(toExactString(s.index)) : '',
      text(s?.predicate ?? ''),
      s?.predicateBasis ?? '',
    ];
    for (let i = 0; i < domainCount; i++) cells.push(s?.domains[i] ? number(fixed2(s.domains[i]!.index, MACHINE)) : '');
    cells.push(
      c ? String(c.previous.year) : '',
      c ? number(fixed2(c.previous.index, MACHINE)) : '',
      c ? number(formatScaled(c.indexDelta, 2)) : '',
      ...selfAndTarget(r, number),
      String(r.valid),
      String(countFindings(r.findings, 'error')),
      String(r.findings.filter((f) => f.severity === 'warning').length),
    );
    if (report.benchmarkBy) cells.push(...benchmarkColumns(r, number));
    if (aspects.length > 0) cells.push(...aspectColumns(r, aspects, number));
    if (indicators.length > 0) cells.push(...indicatorColumns(r, indicators, number));
    yield row(cells);
  }
}
