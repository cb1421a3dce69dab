/**
 * `spbe report -o x.pdf`: the report as an A4 PDF drawn by PDFKit, with the HTML report's charts
 * drawn as vectors (svg-to-pdfkit) and the same figures (report-figures.ts). Every page has a header
 * (agency, year, framework, date of the report) and "Page n of N"; tables break between rows and
 * repeat their head. One agency: its figures, notes, the three-way view, the plan, every indicator's
 * level and a signature block, in two or three pages. Several agencies: an overview (signed) and one
 * page per agency. The font (DejaVu Sans) is embedded, so the file reads the same everywhere; the
 * CLI hands it over (context.assets), as a formatter reads no file. Loaded only when a PDF is written.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { planToNextPredicate } from '../../core/plan.js';
import { rankings, type BatchReport } from '../../core/report.js';
import { cohortTitle } from '../cohort-title.js';
import { isScored, type ScoredResult } from '../../core/result.js';
import { indicatorScores } from '../../core/score.js';
import type { Catalog } from '../../messages/catalog.js';
import { findingsView } from '../findings.js';
import { benchmarkCells, benchmarkCellsHead, benchmarkHead, benchmarkLine, benchmarkRows, noCohortNote } from '../benchmark.js';
import { comparisonSummary, stepText, threeWayView, waitingLine } from '../analysis.js';
import { explainComparison } from '../decomposition.js';
import { CHART_WIDTH } from '../charts.js';
import type { FormatContext, Output, ReportSheet } from '../formats.js';
import { changeText, countText, fixed2, gainText, shortName, valueText } from '../numbers.js';
import { projectionNote } from '../projection.js';
import { averagesFigure, bandRank, overviewLines, overviewStats, pageHeader, printedDate, distributionFigure, isNumericCell, radarFigure, topGroupFigure, topGroups, trendFigure, type Figure, type Table } from '../report-figures.js';

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 48;
const INK = '#1d2733';
const MUTED = '#5b6b7c';
const LINE = '#d9e0e7';
const HEAD_FILL = '#f0f3f6';
/** The badge's colour by the band's rank from the top (as the HTML report's badge classes). */
const BAND_COLOURS = ['#116329', '#1a7f37', '#1f6feb', '#bf8700', '#cf222e'];
const TABLE_SIZE = 8.5;
/** Charts are drawn CHART_WIDTH CSS px wide; printed at this many points per px (12 px text → 8.4 pt). */
const CHART_SCALE = 0.7;

interface Layout {
  doc: Doc;
  cat: Catalog;
  sheet: ReportSheet;
  version: string;
  /** The header of each page, in page order: the one in force when the page was added. */
  headers: string[];
  header: string;
}

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;
const contentBottom = (doc: Doc) => doc.page.height - MARGIN;

function newPage(layout: Layout, header: string): void {
  layout.header = header;
  layout.doc.addPage();
}

/** Room for `height` more points on this page, or a new page (with the same header). */
function ensure(layout: Layout, height: number): void {
  if (layout.doc.y + height > contentBottom(layout.doc)) layout.doc.addPage();
}

function heading(layout: Layout, text: string): void {
  ensure(layout, 48);
  layout.doc.moveDown(0.5).font('bold').fontSize(12).fillColor(INK).text(text, MARGIN, layout.doc.y, { width: contentWidth(layout.doc) }).moveDown(0.3);
}

function paragraph(layout: Layout, text: string, colour = INK): void {
  const { doc } = layout;
  doc.font('regular').fontSize(9.5);
  ensure(layout, doc.heightOfString(text, { width: contentWidth(doc) }) + 4);
  doc.fillColor(colour).text(text, MARGIN, doc.y, { width: contentWidth(doc) }).moveDown(0.35);
}

/**
 * Column widths within `total`: each column its natural width; the slack goes to the widest (the
 * names); when they do not fit, the widest columns are narrowed to one common width (water-filling),
 * so that short columns of numbers keep theirs.
 */
function columnWidths(doc: Doc, table: Table, total: number): number[] {
  const natural = table.head.map((h, i) => {
    doc.font('bold').fontSize(TABLE_SIZE);
    const head = doc.widthOfString(h);
    doc.font('regular');
    return Math.max(head, ...table.rows.map((r) => doc.widthOfString(r.cells[i] ?? ''))) + 8;
  });
  const sum = natural.reduce((a, b) => a + b, 0);
  if (sum <= total) {
    const wide = natural.indexOf(Math.max(...natural));
    return natural.map((w, i) => (i === wide ? w + total - sum : w));
  }
  const sorted = [...natural].sort((a, b) => a - b);
  let rest = total;
  let cap = 0;
  for (let k = 0; k < sorted.length; k++) {
    const even = rest / (sorted.length - k);
    if (sorted[k]! >= even) {
      cap = even;
      break;
    }
    rest -= sorted[k]!;
  }
  return natural.map((w) => Math.min(w, cap));
}

/** A table that breaks between rows (never inside one), its head repeated on each new page. */
function table(layout: Layout, t: Table, x = MARGIN, total = contentWidth(layout.doc)): void {
  const { doc } = layout;
  const widths = columnWidths(doc, t, total);
  const height = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(TABLE_SIZE);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 6 }))) + 4;
  };
  // A column of numbers (the first, of ids, excepted) aligns right, its head too.
  const numeric = t.head.map((_, i) => i > 0 && t.rows.length > 0 && t.rows.every((r) => isNumericCell(r.cells[i] ?? '')));
  const draw = (cells: string[], font: 'regular' | 'bold', fill?: string) => {
    const h = height(cells, font);
    const y = doc.y;
    if (fill) doc.rect(x, y, total, h).fill(fill);
    let left = x;
    doc.font(font).fontSize(TABLE_SIZE).fillColor(INK);
    cells.forEach((c, i) => {
      doc.text(c, left + 3, y + 2, { width: widths[i]! - 6, align: numeric[i] || (i > 0 && c !== '' && isNumericCell(c)) ? 'right' : 'left' });
      left += widths[i]!;
    });
    doc.moveTo(x, y + h).lineTo(x + total, y + h).lineWidth(0.5).strokeColor(LINE).stroke();
    doc.y = y + h;
  };
  ensure(layout, height(t.head, 'bold') + height(t.rows[0]?.cells ?? [''], 'regular'));
  draw(t.head, 'bold', HEAD_FILL);
  for (const row of t.rows) {
    if (doc.y + height(row.cells, 'regular') > contentBottom(doc)) {
      doc.addPage();
      draw(t.head, 'bold', HEAD_FILL);
    }
    draw(row.cells, 'regular');
  }
  doc.x = MARGIN;
  doc.y += 6;
}

/** A chart as vectors, its title above and the table of its figures beside it. */
function figure(layout: Layout, f: Figure): void {
  const { doc } = layout;
  const svgHeight = Number(/height="(\d+(?:\.\d+)?)"/.exec(f.svg)?.[1] ?? 300);
  const chartWidth = CHART_WIDTH * CHART_SCALE;
  const chartHeight = svgHeight * CHART_SCALE;
  ensure(layout, chartHeight + 24);
  doc.font('bold').fontSize(10).fillColor(MUTED).text(f.title, MARGIN, doc.y, { width: contentWidth(doc) });
  const top = doc.y + 2;
  // The root's own size would win over the viewport asked for: the chart is drawn at the scaled size instead (its viewBox keeps the geometry).
  const svg = f.svg.replace(/^(<svg [^>]*?)width="[\d.]+" height="[\d.]+"/, `$1width="${chartWidth}" height="${chartHeight}"`);
  SVGtoPDF(doc, svg, MARGIN, top, { width: chartWidth, height: chartHeight, assumePt: true, fontCallback: (_family, bold) => (bold ? 'bold' : 'regular') });
  doc.y = top;
  const page = doc.page;
  table(layout, f, MARGIN + chartWidth + 14, contentWidth(doc) - chartWidth - 14);
  // Below the chart, unless its table ran onto a new page.
  if (doc.page === page && doc.y < top + chartHeight + 6) doc.y = top + chartHeight + 6;
  doc.x = MARGIN;
}

/** The closing block: place and date, position, room to sign, name (placeholders when not given, to fill by hand). */
function signature(layout: Layout): void {
  const { doc, cat, sheet } = layout;
  const signer = sheet.signer ?? {};
  const date = printedDate(sheet.date, cat);
  ensure(layout, 120);
  const x = MARGIN + contentWidth(doc) * 0.55;
  const w = contentWidth(doc) * 0.45;
  doc.moveDown(1.5).font('regular').fontSize(10).fillColor(INK);
  doc.text(signer.place ? `${signer.place}, ${date}` : date, x, doc.y, { width: w });
  doc.text(signer.position ?? cat.ui.signerPosition, x, doc.y, { width: w });
  doc.moveDown(3.5);
  doc.font('bold').text(signer.name ?? cat.ui.signerName, x, doc.y, { width: w, underline: true });
  doc.x = MARGIN;
}

function badge(layout: Layout, result: ScoredResult): void {
  const n = layout.cat.numbers;
  const { doc, cat } = layout;
  const s = result.score;
  const top = doc.y;
  const colour = BAND_COLOURS[bandRank(s)] ?? '#57606a';
  doc.roundedRect(MARGIN, top, contentWidth(doc), 52, 6).fill(colour);
  // One line of text, so that a reader's tools (and pdftotext) read "2.74 Baik".
  doc.font('bold').fontSize(26).fillColor('#ffffff').text(`${fixed2(s.index, n)}  `, MARGIN + 14, top + 36, { continued: true, lineBreak: false, baseline: 'alphabetic' }).fontSize(15).text(s.predicate, { lineBreak: false, baseline: 'alphabetic' });
  const c = result.comparison;
  const since = c ? cat.phrases.reportSince({ change: changeText(c.indexDelta, n), year: c.previous.year, index: fixed2(c.previous.index, n), predicate: c.previous.predicate }) : '';
  doc.font('regular').fontSize(9.5).text(`${s.framework.indexName} ${result.assessment.year}${since ? `\n${since}` : ''}`, MARGIN + 250, top + (since ? 14 : 21), { width: contentWidth(doc) - 264, align: 'right' });
  doc.fillColor(INK);
  doc.y = top + 62;
  doc.x = MARGIN;
}

function title(layout: Layout, result: ScoredResult): void {
  const { doc } = layout;
  const a = result.assessment.agency;
  doc.font('bold').fontSize(16).fillColor(INK).text(a.name, MARGIN, doc.y, { width: contentWidth(doc) });
  const where = [a.category, a.province].filter(Boolean).join(', ');
  doc.font('regular').fontSize(9.5).fillColor(MUTED).text([where, result.score.framework.title].filter(Boolean).join(' · '), { width: contentWidth(doc) }).moveDown(0.4);
}

function notes(layout: Layout, result: ScoredResult): void {
  const { cat } = layout;
  const s = result.score;
  const lines = [
    projectionNote(result, cat),
    result.comparison && !result.comparison.likeForLike ? explainComparison(result.comparison, result.assessment.year, s.framework.id, cat) : '',
    result.self ? comparisonSummary('self', result.self, s.index, cat) : '',
    result.evidence ? comparisonSummary('evidence', result.evidence, s.index, cat) : '',
    result.targets ? comparisonSummary('targets', result.targets, s.index, cat) : '',
    waitingLine(result.assessment.indicators, s.framework.scale.min, cat) ?? '',
  ].filter(Boolean);
  for (const line of lines) paragraph(layout, line, MUTED);
}

/** Assessors, penilaian mandiri and evidence side by side (threeWayView, as the HTML and Markdown show it). */
function threeWay(layout: Layout, result: ScoredResult): void {
  const { cat } = layout;
  const ui = cat.ui;
  const view = threeWayView(result, cat);
  if (!view) return;
  heading(layout, ui.threeWay);
  const values = (r: { assessor: string; self: string; evidence: string }) => [r.assessor, ...(view.hasSelf ? [r.self] : []), r.evidence];
  table(layout, { head: [ui.aspek, ui.assessor, ...(view.hasSelf ? [ui.self] : []), ui.evidenceLevel], rows: [...view.aspects.map((r) => ({ cells: [`${r.id} ${r.name}`, ...values(r)] })), { cells: [view.total.name, ...values(view.total)] }] });
  table(layout, { head: ['#', ui.indikator, ui.assessor, ui.self, ui.evidenceLevel, ui.holdingUp], rows: view.indicators.map((r) => ({ cells: [r.id, r.name, r.assessor, r.self, r.evidence, r.holding ?? ''] })) });
}

/** --benchmark: the cohort, rank and percentile, and the top groups and the index against the cohort. */
function benchmark(layout: Layout, report: BatchReport, result: ScoredResult): void {
  const n = layout.cat.numbers;
  const { cat } = layout;
  if (!report.benchmarkBy) return;
  heading(layout, cat.ui.benchmarkTitle);
  if (!result.benchmark) {
    paragraph(layout, noCohortNote(result, report.benchmarkBy, cat)!);
    return;
  }
  paragraph(layout, benchmarkLine(result.benchmark, cat));
  table(layout, { head: benchmarkHead(result, cat), rows: benchmarkRows(result, n).map((r) => ({ cells: [r.label, r.value, r.mean, r.fromMean, r.median, r.fromMedian] })) });
}

function plan(layout: Layout, result: ScoredResult): void {
  const n = layout.cat.numbers;
  const { cat } = layout;
  const ui = cat.ui;
  const s = result.score;
  const toNext = planToNextPredicate(s, result.assessment.indicators);
  if (!toNext) {
    heading(layout, ui.nextPredicate);
    paragraph(layout, cat.phrases.reportTop({ predicate: s.predicate }));
    return;
  }
  const { band: next, plan: p } = toNext;
  heading(layout, `${ui.planTo} ${next.name} (${fixed2(next.min, n)})`);
  paragraph(layout, p.reachable ? cat.phrases.reportPlan({ count: p.steps.length, index: fixed2(p.projected.index, n), predicate: p.projected.predicate }) : cat.phrases.reportPlanUnreachable({ target: next.name, index: fixed2(p.projected.index, n) }));
  if (p.steps.length > 0) table(layout, { head: ['#', ui.indikator, ui.level, ui.gain], rows: p.steps.map((step) => ({ cells: [String(step.indicator.id), shortName(step.indicator.name), stepText(step, n), gainText(step.gain, n)] })) });
}

/** Every indicator's level and level name (penjelasan and bukti dukung stay in the HTML report: they would take pages). */
function indicators(layout: Layout, result: ScoredResult): void {
  const n = layout.cat.numbers;
  const ui = layout.cat.ui;
  const s = result.score;
  heading(layout, ui.indikator);
  table(layout, { head: ['#', ui.indikator, ui.level, ui.levelName], rows: indicatorScores(s.framework, result.assessment.indicators).map((x) => ({ cells: [String(x.indicator.id), shortName(x.indicator.name), valueText(x.value, n), x.levelName ?? ''] })) });
}

/** One agency in full: the latest year's figures, its trend over the years given, the notes, the three-way view, the plan, the indicators, the findings and the signature. */
function agencyReport(layout: Layout, report: BatchReport, results: readonly ScoredResult[]): void {
  const sorted = [...results].sort((a, b) => a.assessment.year - b.assessment.year);
  const latest = sorted.at(-1)!;
  const { cat } = layout;
  title(layout, latest);
  badge(layout, latest);
  figure(layout, topGroupFigure(latest, cat));
  notes(layout, latest);
  const radar = radarFigure(latest, cat);
  if (radar && topGroups(latest).kind === 'domain') figure(layout, radar);
  const trend = trendFigure(sorted, cat);
  if (trend) figure(layout, trend);
  benchmark(layout, report, latest);
  threeWay(layout, latest);
  plan(layout, latest);
  indicators(layout, latest);
  findings(layout, report);
  signature(layout);
  footer(layout);
}

/** One agency of a batch on one page: the badge and its top groups (the overview carries the rest). */
function agencyPage(layout: Layout, result: ScoredResult): void {
  title(layout, result);
  badge(layout, result);
  figure(layout, topGroupFigure(result, layout.cat));
  const radar = radarFigure(result, layout.cat);
  if (radar && topGroups(result).kind === 'domain') figure(layout, radar);
}

function overview(layout: Layout, report: BatchReport, scored: readonly ScoredResult[]): void {
  const n = layout.cat.numbers;
  const { doc, cat } = layout;
  const ui = cat.ui;
  const stats = overviewStats(report);
  const lines = overviewLines(report, cat);
  doc.font('bold').fontSize(16).fillColor(INK).text(lines.heading, MARGIN, doc.y);
  paragraph(layout, lines.stats, MUTED);
  figure(layout, distributionFigure(stats, cat));
  if (stats.domains.length > 0) figure(layout, averagesFigure(stats, report.results, cat));
  // Several frameworks or years: a ranking per cohort, named, each from 1.
  for (const ranking of rankings(scored)) {
    heading(layout, ranking.key ? `${ui.ranking}: ${cohortTitle(ranking.key)}` : ui.ranking);
    table(layout, {
      head: ['#', ui.agency, ui.year, ui.index, ui.predikat, ui.change, ...(report.benchmarkBy ? benchmarkCellsHead(cat) : [])],
      rows: ranking.results.map((r, i) => ({ cells: [countText(i + 1, n), r.assessment.agency.name, String(r.assessment.year), fixed2(r.score.index, n), r.score.predicate, r.comparison ? changeText(r.comparison.indexDelta, n) : '', ...(report.benchmarkBy ? benchmarkCells(r, cat) : [])] })),
    });
  }
  signature(layout);
  footer(layout);
}

/** Every finding with its position, after the figures: a batch with invalid files never reads as if they were not there. */
const hasFindings = (report: BatchReport) => report.command === 'validate' || report.results.some((r) => r.findings.length > 0);

function findings(layout: Layout, report: BatchReport): void {
  if (!hasFindings(report)) return;
  const view = findingsView(report, layout.cat);
  heading(layout, layout.cat.ui.findings);
  paragraph(layout, view.summary);
  if (view.rows.length > 0) table(layout, view);
}

function footer(layout: Layout): void {
  paragraph(layout, '');
  paragraph(layout, layout.cat.phrases.reportFooter({ version: layout.version }), MUTED);
}

/** Headers and page numbers, written once every page exists ("Page 2 of 3"). */
function stampPages(layout: Layout): void {
  const { doc, cat, headers } = layout;
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const page = doc.page;
    // Text in the margins must not make PDFKit add a page.
    const margins = page.margins;
    page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.font('regular').fontSize(8.5).fillColor(MUTED);
    doc.text(headers[i] ?? '', MARGIN, MARGIN - 30, { width: page.width - 2 * MARGIN, lineBreak: false, ellipsis: true });
    doc.moveTo(MARGIN, MARGIN - 12).lineTo(page.width - MARGIN, MARGIN - 12).lineWidth(0.5).strokeColor(LINE).stroke();
    doc.text(cat.phrases.pageOf({ page: i + 1, pages: range.count }), MARGIN, page.height - MARGIN + 16, { width: page.width - 2 * MARGIN, align: 'right', lineBreak: false });
    page.margins = margins;
  }
}

export async function formatPdfReport(report: BatchReport, context: FormatContext): Promise<Output> {
  const cat = context.catalog;
  if (!context.assets || !context.report) throw new Error('the PDF report needs its font and its sheet from the CLI');
  const fonts = context.assets.fonts();
  const sheet: ReportSheet = context.report;
  const [year, month, day] = sheet.date.split('-').map(Number);
  // The report's date stands for the creation date, so the same inputs and options give the same file.
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, autoFirstPage: false, info: { Title: 'SPBE', Creator: `${context.tool.name} ${context.tool.version}`, Producer: context.tool.name, CreationDate: new Date(Date.UTC(year!, month! - 1, day!)) } });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  const layout: Layout = { doc, cat, sheet, version: context.tool.version, headers: [], header: '' };
  doc.on('pageAdded', () => {
    layout.headers.push(layout.header);
    doc.font('regular');
  });
  const scored = report.command === 'score' ? report.results.filter(isScored) : [];
  const agencies = new Map<string, ScoredResult[]>();
  for (const r of scored) agencies.set(r.assessment.agency.id, [...(agencies.get(r.assessment.agency.id) ?? []), r]);
  if (agencies.size === 0) {
    newPage(layout, printedDate(sheet.date, cat));
    if (report.command !== 'validate') heading(layout, cat.ui.noValidAssessment);
    findings(layout, report);
  } else if (agencies.size === 1) {
    const list = [...agencies.values()][0]!;
    const latest = list.reduce((a, b) => (b.assessment.year > a.assessment.year ? b : a));
    newPage(layout, pageHeader(latest, cat, sheet.date));
    agencyReport(layout, report, list);
  } else {
    const header = [cat.phrases.reportMany({ count: scored.length }), printedDate(sheet.date, cat)].join(' · ');
    newPage(layout, header);
    overview(layout, report, scored);
    for (const list of agencies.values()) {
      const latest = list.reduce((a, b) => (b.assessment.year > a.assessment.year ? b : a));
      newPage(layout, pageHeader(latest, cat, sheet.date));
      agencyPage(layout, latest);
    }
    // The batch's findings close it, after the page of each agency.
    if (hasFindings(report)) {
      newPage(layout, header);
      findings(layout, report);
    }
  }
  stampPages(layout);
  doc.end();
  await done;
  return chunks;
}
