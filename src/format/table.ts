/** The human views in tables: one scored file (with its detail), and the ranking of several. */
import { cohortTitle, groupTitle } from './cohort-title.js';
import Table from 'cli-table3';
import type { LevelComparison, Sensitivity } from '../core/analysis.js';
import type { Comparison } from '../core/compare.js';
import { equals, publishedDifference, type Rational } from '../core/rational.js';
import { rankings, type BatchReport, type Detail } from '../core/report.js';
import type { FileResult } from '../core/result.js';
import { basisDecides, indicatorScores } from '../core/score.js';
import type { Distribution, ScoreStats, SelfStats } from '../core/stats.js';
import type { Catalog } from '../messages/catalog.js';
import type { BenchmarkBy } from '../core/benchmark.js';
import { crosswalkChangesNote, indicatorChangeCells, indicatorChangeMap, previousColumn } from './changes.js';
import { benchmarkCells, benchmarkCellsHead, benchmarkHead, benchmarkLine, benchmarkRows, noCohortNote } from './benchmark.js';
import { comparisonSummary, holdingText, marginLine, waitingLine, whatIfLines } from './analysis.js';
import { entryEvidenceLevel } from '../core/evidence.js';
import { explainComparison } from './decomposition.js';
import { projectionNote } from './projection.js';
import { formatFindings, formatSummaryLine } from './findings.js';
import type { FormatContext } from './formats.js';
import { changeText, countText, fixed2, gainText, percent, shortName, signedDelta, valueText, weightText, type NumberStyle } from './numbers.js';
import { boxChrome, fitTable, type Palette, type TableChrome } from './terminal.js';


export interface TableOptions {
  detail: readonly Detail[];
  style: Palette;
  catalog: Catalog;
  /** Terminal width: tables wider than this wrap their name column (Infinity: never). */
  columns: number;
  /** Boxed for the table format, plain aligned columns for text. */
  chrome: TableChrome;
  /** --benchmark: the results carry their standing in their cohort. */
  benchmarkBy?: BenchmarkBy;
}

function change(delta: bigint | undefined, style: Palette, n: NumberStyle): string {
  if (delta === undefined) return '';
  const paint = delta > 0n ? style.green : delta < 0n ? style.red : style.dim;
  return paint(changeText(delta, n));
}

function predicateChange(comparison: Comparison, style: Palette): string {
  switch (comparison.predicateChange) {
    case 'up': return style.green('▲');
    case 'down': return style.red('▼');
    default: return style.dim('=');
  }
}

function header(result: FileResult, style: Palette): string {
  const { assessment, score } = result;
  const agency = assessment!.agency;
  const where = [agency.category, agency.province].filter(Boolean).join(', ');
  const lines = [
    `${style.bold(agency.name)}${where ? style.dim(` (${where})`) : ''}`,
    `${assessment!.year} · ${score!.framework.title} · ${style.dim(result.file)}`,
  ];
  return `${lines.join('\n')}\n`;
}

function notes(result: FileResult, { style, catalog }: TableOptions): string[] {
  const score = result.score!;
  const out: string[] = [];
  const decides = basisDecides(score);
  if (decides) out.push(catalog.phrases.predicateBasis({ predicate: score.predicate, basis: score.predicateBasis, ...decides }));
  const comparison = result.comparison;
  if (comparison && !comparison.likeForLike) out.push(explainComparison(comparison, result.assessment!.year, score.framework.id, catalog));
  if (result.projection) out.push(projectionNote(result, catalog));
  return out.map((n) => style.yellow(`${catalog.ui.note}: ${n}`));
}

function domainTable(result: FileResult, options: TableOptions): string {
  const { style, detail } = options;
  const score = result.score!;
  const comparison = result.comparison;
  const previous = comparison?.previous;
  const ui = options.catalog.ui;
  const n = options.catalog.numbers;
  const head = [score.domains.length > 0 ? ui.domain : ui.aspek, ui.weight, ui.index, ...(previous ? [String(previous.year), ui.change] : [])].map((h) => style.bold(h));
  const table = new Table({ head, ...options.chrome, colAligns: ['left', 'right', 'right', 'right', 'right'] });
  const sameFramework = comparison?.likeForLike ?? false;
  // Across frameworks a domain or aspect is not the same group: its change is not comparable (the total's note says why).
  const withPrevious = (cells: string[], current: Rational, before: Rational | undefined): string[] =>
    previous ? [...cells, before ? fixed2(before, n) : '', sameFramework ? change(before ? publishedDifference(current, before) : undefined, style, n) : style.dim(ui.notComparable)] : cells;

  // A framework without domains (8/2026) has its aspects as the top groups.
  const aspectRow = (aspect: (typeof score.aspects)[number], nested: boolean) => {
    const before = sameFramework ? previous?.aspects?.get(aspect.group.id) : undefined;
    const cells = [`${nested ? '  ' : ''}aspek ${aspect.group.id} ${aspect.group.name}`, `${weightText(aspect.group.weight, n)}%`, fixed2(aspect.index, n)];
    table.push(withPrevious(nested ? cells.map((c) => style.dim(c)) : cells, aspect.index, before));
  };
  if (score.domains.length === 0) for (const aspect of score.aspects) aspectRow(aspect, false);
  for (const { group: domain, index } of score.domains) {
    const before = sameFramework ? previous?.domains?.get(domain.id) : undefined;
    table.push(withPrevious([`${domain.id} ${domain.name}`, `${weightText(domain.weight, n)}%`, fixed2(index, n)], index, before));
    if (detail.includes('aspects')) for (const aspect of score.aspects.filter((a) => a.group.domainId === domain.id)) aspectRow(aspect, true);
  }
  const total = [style.bold(score.framework.indexName), '100%', style.bold(fixed2(score.index, n))];
  table.push(previous ? [...total, fixed2(previous.index, n), change(comparison!.indexDelta, style, n)] : total);
  const predicate = [ui.predikat, '', style.bold(score.predicate)];
  table.push(previous ? [...predicate, previous.predicate, predicateChange(comparison!, style)] : predicate);
  return `${fitTable(table, options.columns)}\n`;
}


/** --benchmark: the cohort, rank and percentile, and the top groups and the index against the cohort's mean and median. */
function benchmarkTable(result: FileResult, options: TableOptions): string {
  const { style, catalog } = options;
  if (!result.benchmark) return `${style.yellow(noCohortNote(result, options.benchmarkBy!, catalog)!)}\n`;
  const table = new Table({ head: benchmarkHead(result, catalog).map((h) => style.bold(h)), ...options.chrome, colAligns: ['left', 'right', 'right', 'right', 'right', 'right'] });
  for (const r of benchmarkRows(result, catalog.numbers)) {
    const cells = [r.label, r.value, r.mean, r.fromMean, r.median, r.fromMedian];
    table.push(r.total ? cells.map((c) => style.bold(c)) : cells);
  }
  return `${benchmarkLine(result.benchmark, catalog)}\n${fitTable(table, options.columns)}\n`;
}

function indicatorTable(result: FileResult, options: TableOptions): string {
  const { style, catalog } = options;
  const score = result.score!;
  const ui = catalog.ui;
  const n = catalog.numbers;
  // With a previous year scored from a file: its value of each indicator and the change.
  const comparison = result.comparison;
  const changes = indicatorChangeMap(comparison);
  const head = ['#', ui.indikator, ui.aspek, ui.level, ui.levelName, ui.weight, ui.contribution, ...(changes ? [previousColumn(comparison!, catalog), ui.change] : [])].map((h) => style.bold(h));
  const table = new Table({ head, ...options.chrome, colAligns: ['right', 'left', 'right', 'right', 'left', 'right', 'right', 'right', 'right'] });
  for (const x of indicatorScores(score.framework, result.assessment!.indicators)) {
    table.push([
      String(x.indicator.id),
      shortName(x.indicator.name),
      String(x.indicator.aspectId),
      valueText(x.value, n),
      x.levelName ?? '',
      `${weightText(x.indicator.weight, n)}%`,
      gainText(x.contribution, n),
      ...(changes ? indicatorChangeCells(changes.get(x.indicator.id), catalog) : []),
    ]);
  }
  const note = comparison ? crosswalkChangesNote(comparison, catalog, score.framework.id) : undefined;
  return `${fitTable(table, options.columns)}\n${note ? `${style.dim(note)}\n` : ''}`;
}

function analysisParts(result: FileResult, options: TableOptions): string[] {
  const { style, detail, catalog } = options;
  const score = result.score!;
  const parts: string[] = [];
  for (const kind of ['self', 'evidence', 'targets'] as const) {
    const compared = result[kind];
    if (!compared) continue;
    const table = kind !== 'evidence' && detail.includes(kind) ? comparisonTable(kind, compared, options) : '';
    parts.push(`${comparisonSummary(kind, compared, score.index, catalog)}\n${table}`);
  }
  if (result.evidence && detail.includes('evidence')) parts.push(evidenceTable(result, options));
  const waiting = waitingLine(result.assessment!.indicators, score.framework.scale.min, catalog);
  if (waiting) parts.push(`${style.yellow(waiting)}\n`);
  if (detail.includes('sensitivity') && result.sensitivity) parts.push(sensitivityTable(result.sensitivity, options));
  if (result.whatIf) parts.push(whatIfLines(result, style, catalog));
  return parts;
}

export function formatScoreTable(result: FileResult, options: TableOptions): string {
  const parts = [header(result, options.style), domainTable(result, options)];
  if (options.benchmarkBy) parts.push(benchmarkTable(result, options));
  if (options.detail.includes('indicators')) parts.push(indicatorTable(result, options));
  parts.push(...analysisParts(result, options));
  const lines = notes(result, options);
  if (lines.length > 0) parts.push(`${lines.join('\n')}\n`);
  return parts.join('\n');
}

// ---- Several files: ranking and summary ---------------------------------------------------------

function statsRows(stats: ScoreStats, { style, catalog, chrome, columns }: TableOptions): string {
  const ui = catalog.ui;
  const n = catalog.numbers;
  const table = new Table({
    head: ['', ui.mean, ui.median, ui.min, ui.max].map((h) => style.bold(h)),
    ...chrome,
    colAligns: ['left', 'right', 'right', 'right', 'right'],
  });
  const line = (name: string, d: Distribution) => [name, fixed2(d.mean, n), fixed2(d.median, n), fixed2(d.min, n), fixed2(d.max, n)];
  table.push(line(style.bold(ui.index), stats.index));
  for (const d of stats.domains) table.push(line(`${d.id} ${d.name}`, d.distribution));
  const predicates = stats.predicates.map((p) => `${p.name} ${countText(p.count, n)}`).join(' · ');
  return `${fitTable(table, columns)}\n${catalog.phrases.scored({ count: stats.count, predicates })}\n`;
}

function selfStatsRows(stats: SelfStats, { style, catalog, chrome, columns }: TableOptions): string {
  const ui = catalog.ui;
  const n = catalog.numbers;
  const table = new Table({ head: [ui.domain, ui.agencies, ui.indicators, ui.overClaims, ui.rate, ui.underClaims].map((h) => style.bold(h)), ...chrome, colAligns: ['left', 'right', 'right', 'right', 'right', 'right'] });
  for (const d of stats.domains) table.push([`${d.id} ${d.name}`, countText(d.agencies, n), countText(d.compared, n), countText(d.over, n), percent(d.over, d.compared), countText(d.under, n)]);
  return `${style.bold(catalog.phrases.selfStatsTitle({ agencies: stats.agencies }))}\n${fitTable(table, columns)}\n`;
}

function formatRanking(report: BatchReport, options: TableOptions): string {
  const { style, catalog } = options;
  const ui = catalog.ui;
  const n = catalog.numbers;
  if (!report.results.some((r) => r.score)) return '';
  const parts: string[] = [];
  // Several frameworks or years: a ranking per cohort, named, each from 1.
  for (const ranking of rankings(report.results)) {
    const table = new Table({
      head: ['#', ui.agency, ui.year, ui.index, ui.predikat, ui.change, ...(report.benchmarkBy ? benchmarkCellsHead(catalog) : [])].map((h) => style.bold(h)),
      ...options.chrome,
      colAligns: ['right', 'left', 'right', 'right', 'left', 'right', 'left', 'right', 'right', 'right', 'right'],
    });
    ranking.results.forEach((r, i) => {
      const c = r.comparison;
      table.push([countText(i + 1, n), r.assessment.agency.name, String(r.assessment.year), style.bold(fixed2(r.score.index, n)), r.score.predicate, c ? `${change(c.indexDelta, style, n)} ${style.dim(`(${c.previous.year})`)}` : '', ...(report.benchmarkBy ? benchmarkCells(r, catalog) : [])]);
    });
    parts.push(`${ranking.key ? `${style.bold(`${ui.ranking}: ${cohortTitle(ranking.key)}`)}\n` : ''}${fitTable(table, options.columns)}\n`);
  }
  if (report.stats) parts.push(statsRows(report.stats, options));
  if (report.selfStats) parts.push(selfStatsRows(report.selfStats, options));
  for (const cohort of report.cohorts ?? []) {
    parts.push(`${style.bold(`${catalog.ui.summary}: ${cohortTitle(cohort.key)}`)}\n${statsRows(cohort.stats, options)}`);
    if (cohort.selfStats) parts.push(selfStatsRows(cohort.selfStats, options));
  }
  for (const group of report.groups ?? []) parts.push(`${style.bold(groupTitle(report.groupBy, group, catalog))}\n${statsRows(group.stats, options)}`);
  return parts.join('\n');
}

// ---- Analyses -------------------------------------------------------------------------------------

function sensitivityTable(sens: Sensitivity, { style, catalog, columns, chrome }: TableOptions): string {
  const ui = catalog.ui;
  const table = new Table({ head: ['#', ui.indikator, ui.level, ui.plusOneLevel].map((h) => style.bold(h)), ...chrome, colAligns: ['right', 'left', 'right', 'right'] });
  for (const s of sens.steps) table.push([String(s.indicator.id), shortName(s.indicator.name), String(s.level), gainText(s.gain, catalog.numbers)]);
  return `${style.bold(ui.sensitivity)}: ${ui.sensitivityIntro}\n${fitTable(table, columns)}\n${marginLine(sens, catalog)}\n`;
}

function comparisonTable(kind: 'self' | 'targets', c: LevelComparison, { style, catalog, chrome, columns }: TableOptions): string {
  const ui = catalog.ui;
  const n = catalog.numbers;
  const other = kind === 'self' ? ui.self : ui.target;
  const table = new Table({
    head: [ui.aspek, ui.final, other, kind === 'self' ? ui.difference : ui.gap, ...(kind === 'self' ? [ui.over, ui.under] : [ui.toRaise])].map((h) => style.bold(h)),
    ...chrome,
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right'],
  });
  for (const a of c.aspects) {
    if (a.compared === 0) continue;
    table.push([`${a.id} ${a.name}`, fixed2(a.final, n), fixed2(a.other, n), signedDelta(publishedDifference(a.other, a.final), n), ...(kind === 'self' ? [String(a.over), String(a.under)] : [String(a.over)])]);
  }
  const rows = c.indicators.filter((d) => !equals(d.other, d.final));
  const list = rows.map((d) => `${d.indicator.id} (${valueText(d.final, n)} → ${valueText(d.other, n)})`).join(', ');
  return `${fitTable(table, columns)}\n${kind === 'self' ? ui.selfDiffers : ui.toRaiseList}: ${list || ui.none}\n`;
}

/** `table`: one scored file gets its full view; several, a ranking and a summary; validate, its findings. */
export function formatTable(report: BatchReport, context: FormatContext): string[] {
  const options: TableOptions = { detail: report.detail, style: context.palette, catalog: context.catalog, columns: context.columns, chrome: boxChrome, ...(report.benchmarkBy ? { benchmarkBy: report.benchmarkBy } : {}) };
  if (report.command === 'validate') return [formatFindings(report.results, context.palette, context.catalog), formatSummaryLine(report.summary, context.catalog)];
  const scored = report.results.filter((r) => r.score);
  return scored.length === 1 ? [formatScoreTable(scored[0]!, options)] : [formatRanking(report, options)];
}

/** --detail evidence: per indicator with evidence items, the three values side by side and what holds the next level up. */
function evidenceTable(result: FileResult, { style, catalog, chrome, columns }: TableOptions): string {
  const ui = catalog.ui;
  const n = catalog.numbers;
  const score = result.score!;
  const table = new Table({ head: ['#', ui.assessor, ui.self, ui.evidenceLevel, ui.holdingUp].map((h) => style.bold(h)), ...chrome, colAligns: ['right', 'right', 'right', 'right', 'left'] });
  for (const x of indicatorScores(score.framework, result.assessment!.indicators)) {
    const earned = entryEvidenceLevel(x.entry, score.framework.scale);
    if (!earned) continue;
    table.push([String(x.indicator.id), valueText(x.value, n), x.entry.self === undefined ? '' : String(x.entry.self), String(earned.level), holdingText(x.entry, earned, catalog)]);
  }
  return `${fitTable(table, columns)}\n`;
}
