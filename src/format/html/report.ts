/**
 * `spbe report`: one self-contained HTML page (inline CSS and SVG, no network) that reads well on a
 * phone (wide tables as cards: cards.ts) and prints on A4 with a header and page numbers on every
 * page (css.ts). One agency: its index as a badge, domain bars, a radar of
 * the aspects (current, previous, target), the trend over the years given, the plan to the next
 * predikat, and every indicator with its penjelasan and bukti dukung. Several agencies: a ranking,
 * the predikat distribution and domain averages.
 */
import { planToNextPredicate } from '../../core/plan.js';
import { indicatorScores, type ScoreResult } from '../../core/score.js';
import { rankings, type BatchReport } from '../../core/report.js';
import { cohortTitle } from '../cohort-title.js';
import { isScored, type FileResult, type ScoredResult } from '../../core/result.js';
import type { Catalog } from '../../messages/catalog.js';
import { explainComparison } from '../decomposition.js';
import { projectionNote } from '../projection.js';
import { comparisonSummary, stepText, threeWayView, waitingLine, type ThreeWayRow } from '../analysis.js';
import { averagesFigure, bandRank, overviewLines, overviewStats, pageHeader, printedDate, distributionFigure, isNumericCell, radarFigure, topGroupFigure, trendFigure, type Figure, type Table } from '../report-figures.js';
import { html as e } from '../escape.js';
import { printStyle, STYLE } from './css.js';
import { withCellLabels } from './cards.js';
import { whatIfSection } from './what-if.js';
import { findingsSection } from './findings.js';
import { benchmarkSection } from './benchmark.js';
import { benchmarkCells, benchmarkCellsHead } from '../benchmark.js';
import { crosswalkChangesNote, indicatorChangeCells, indicatorChangeMap, previousColumn } from '../changes.js';
import type { BenchmarkBy } from '../../core/benchmark.js';
import type { FormatContext } from '../formats.js';
import { changeText, countText, fixed2, gainText, shortName, type NumberStyle } from '../numbers.js';


function page(title: string, header: string, body: string, version: string, cat: Catalog): string {
  return `<!doctype html>
<html lang="${cat.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}${printStyle(header, cat.phrases.pageOf)}</style>
</head>
<body>
<main>
${withCellLabels(body)}
<footer>${e(cat.phrases.reportFooter({ version }))}</footer>
</main>
</body>
</html>
`;
}

function change(delta: bigint, n: NumberStyle): string {
  return `<span class="change ${delta > 0n ? 'up' : delta < 0n ? 'down' : 'same'}">${changeText(delta, n)}</span>`;
}

const dataAttributes = (data: Record<string, string> | undefined) => Object.entries(data ?? {}).map(([k, v]) => ` data-${k}="${e(v)}"`).join('');

/** A table of figures; numeric columns (all but the names) align right. */
function htmlTable(table: Table, testid: string, className = ''): string {
  const rows = table.rows.map((row) => `<tr${dataAttributes(row.data)}>${row.cells.map((c) => `<td${isNumericCell(c) ? ' class="num"' : ''}>${e(c)}</td>`).join('')}</tr>`).join('');
  return `<div class="scroll"><table class="${className}" data-testid="${testid}"><thead><tr>${table.head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** A chart with its accessible name, and the numbers it shows as a table beside it. */
function figure(f: Figure): string {
  return `<figure class="chart ${f.id}" id="${f.id}" aria-labelledby="${f.id}-caption"><figcaption id="${f.id}-caption">${e(f.title)}</figcaption><div class="chart-svg">${f.svg}</div>${htmlTable(f, `${f.id}-figures`, 'figures')}</figure>`;
}

/**
 * The badge's colour classes by the band's rank from the top (the five bands of every built-in
 * framework). A class is never made from the predikat's name: a custom framework's names are input.
 */
const BAND_CLASSES = ['memuaskan', 'sangat-baik', 'baik', 'cukup', 'kurang'] as const;

function bandClass(score: ScoreResult): string {
  return BAND_CLASSES[bandRank(score)] ?? 'other-band';
}

function badge(result: FileResult, cat: Catalog): string {
  const n = cat.numbers;
  const s = result.score!;
  const c = result.comparison;
  return `<section class="badge ${bandClass(s)}" data-testid="badge">
<div class="index" data-testid="index">${fixed2(s.index, n)}</div>
<div class="predicate" data-testid="predicate">${e(s.predicate)}</div>
<div class="index-name">${e(s.framework.indexName)} ${result.assessment!.year}</div>
${c ? `<div class="since" data-testid="change">${cat.phrases.reportSince({ change: change(c.indexDelta, n), year: c.previous.year, index: fixed2(c.previous.index, n), predicate: e(c.previous.predicate) })}</div>` : ''}
</section>`;
}

function planSection(result: FileResult, cat: Catalog): string {
  const n = cat.numbers;
  const s = result.score!;
  const ui = cat.ui;
  const toNext = planToNextPredicate(s, result.assessment!.indicators);
  if (!toNext) return `<section><h2>${ui.nextPredicate}</h2><p>${e(cat.phrases.reportTop({ predicate: s.predicate }))}</p></section>`;
  const { band: next, plan: p } = toNext;
  const rows = p.steps.map((step) => `<tr><td class="num">${step.indicator.id}</td><td>${e(shortName(step.indicator.name))}</td><td>${stepText(step, n)}</td><td class="num">${gainText(step.gain, n)}</td></tr>`).join('');
  const projected = `<strong data-testid="plan-projected">${fixed2(p.projected.index, n)}</strong>`;
  const intro = p.reachable
    ? cat.phrases.reportPlan({ count: p.steps.length, index: projected, predicate: e(p.projected.predicate) })
    : cat.phrases.reportPlanUnreachable({ target: e(next.name), index: projected });
  return `<section data-testid="plan"><h2>${ui.planTo} ${e(next.name)} (${fixed2(next.min, n)})</h2><p>${intro}</p>${rows ? `<div class="scroll"><table><thead><tr><th>#</th><th>${ui.indikator}</th><th>${ui.level}</th><th>${ui.gain}</th></tr></thead><tbody>${rows}</tbody></table></div>` : ''}</section>`;
}

function indicatorTable(result: FileResult, cat: Catalog): string {
  const n = cat.numbers;
  const s = result.score!;
  // With a previous year scored from a file: its value of each indicator and the change.
  const c = result.comparison;
  const changes = indicatorChangeMap(c);
  const rows = indicatorScores(s.framework, result.assessment!.indicators)
    .map((x) => {
      const evidence = (x.entry.evidence ?? []).map((item) => `<li>${/^https?:\/\//.test(item) ? `<a href="${e(item)}">${e(item)}</a>` : e(item)}</li>`).join('');
      const level = x.value.den === 1n ? String(x.value.num) : fixed2(x.value, n);
      const changeCells = changes ? indicatorChangeCells(changes.get(x.indicator.id), cat).map((cell) => `<td class="num">${e(cell)}</td>`).join('') : '';
      return `<tr data-indicator="${x.indicator.id}"><td class="num">${x.indicator.id}</td><td>${e(shortName(x.indicator.name))}</td><td class="num level">${level}</td>${changeCells}<td>${e(x.levelName ?? '')}</td><td class="text">${e(x.entry.explanation ?? '')}</td><td class="text">${evidence ? `<ul>${evidence}</ul>` : ''}</td></tr>`;
    })
    .join('');
  const ui = cat.ui;
  const changeHead = changes ? `<th>${e(previousColumn(c!, cat))}</th><th>${ui.change}</th>` : '';
  const note = c ? crosswalkChangesNote(c, cat, s.framework.id) : undefined;
  return `<section><h2>${ui.indikator}</h2><div class="scroll"><table class="indicators" data-testid="indicators"><thead><tr><th>#</th><th>${ui.indikator}</th><th>${ui.level}</th>${changeHead}<th>${ui.levelName}</th><th>${ui.penjelasan}</th><th>${ui.buktiDukung}</th></tr></thead><tbody>${rows}</tbody></table></div>${note ? `<p class="note">${e(note)}</p>` : ''}</section>`;
}

/** Assessors' value, self-assessment (mandiri) and evidence level side by side (threeWayView). */
function threeWaySection(result: FileResult, cat: Catalog): string {
  const view = threeWayView(result, cat);
  if (!view) return '';
  const ui = cat.ui;
  const num = (text: string) => `<td class="num">${text}</td>`;
  const self = (r: ThreeWayRow) => (view.hasSelf ? num(r.self) : '');
  const aspects = view.aspects.map((r) => `<tr><td>${r.id} ${e(r.name)}</td>${num(r.assessor)}${self(r)}${num(r.evidence)}</tr>`).join('');
  const t = view.total;
  const total = `<tr><th>${e(t.name)}</th>${num(`<strong>${t.assessor}</strong>`)}${self(t)}${num(t.evidence)}</tr>`;
  const indicators = view.indicators.map((r) => `<tr><td class="num">${r.id}</td><td>${e(r.name)}</td>${num(r.assessor)}${num(r.self)}${num(r.evidence)}<td>${e(r.holding ?? '')}</td></tr>`).join('');
  const head = (cells: string[]) => `<thead><tr>${cells.map((c) => `<th>${c}</th>`).join('')}</tr></thead>`;
  return `<section data-testid="three-way"><h2>${ui.threeWay}</h2>
<div class="scroll"><table>${head([ui.aspek, ui.assessor, ...(view.hasSelf ? [ui.self] : []), ui.evidenceLevel])}<tbody>${aspects}${total}</tbody></table></div>
<div class="scroll"><table>${head(['#', ui.indikator, ui.assessor, ui.self, ui.evidenceLevel, ui.holdingUp])}<tbody>${indicators}</tbody></table></div></section>`;
}

function agencyPage(results: readonly FileResult[], cat: Catalog, benchmarkBy: BenchmarkBy | undefined): string {
  const sorted = [...results].sort((a, b) => a.assessment!.year - b.assessment!.year);
  const result = sorted.at(-1)!;
  const s = result.score!;
  const a = result.assessment!.agency;
  const where = [a.category, a.province].filter(Boolean).join(', ');
  const ui = cat.ui;
  const status = s.framework.status === 'provisional' ? ` <span class="provisional">${ui.provisionalFramework}</span>` : '';
  const header = `<header><h1>${e(a.name)}</h1><p>${where ? `${e(where)} · ` : ''}${e(s.framework.indexName)} ${result.assessment!.year} · ${e(s.framework.title)}${status}</p></header>`;

  const scored = sorted.filter(isScored);
  const latest = result as ScoredResult;
  const radar = radarFigure(latest, cat);
  const trend = trendFigure(scored, cat);
  const own = result.self;
  const notes = [
    projectionNote(result, cat),
    result.comparison && !result.comparison.likeForLike ? explainComparison(result.comparison, result.assessment!.year, s.framework.id, cat) : '',
    own ? comparisonSummary('self', own, s.index, cat) : '',
    result.evidence ? comparisonSummary('evidence', result.evidence, s.index, cat) : '',
    result.targets ? comparisonSummary('targets', result.targets, s.index, cat) : '',
    waitingLine(result.assessment!.indicators, s.framework.scale.min, cat) ?? '',
  ].filter(Boolean);
  return `${header}
<div class="grid">${badge(result, cat)}${figure(topGroupFigure(latest, cat))}</div>
${notes.length ? `<section class="notes">${notes.map((n) => `<p>${e(n)}</p>`).join('')}</section>` : ''}
${benchmarkBy ? benchmarkSection(result, benchmarkBy, cat) : ''}
<div class="grid">${radar ? figure(radar) : ''}${trend ? figure(trend) : ''}</div>
${threeWaySection(result, cat)}
${planSection(result, cat)}
${indicatorTable(result, cat)}
${whatIfSection(latest, cat)}`;
}

function overviewPage(report: BatchReport, cat: Catalog): string {
  const n = cat.numbers;
  const ui = cat.ui;
  const head = `<thead><tr><th>#</th><th>${ui.agency}</th><th>${ui.year}</th><th>${ui.index}</th><th>${ui.predikat}</th><th>${ui.change}</th>${report.benchmarkBy ? benchmarkCellsHead(cat).map((h) => `<th>${e(h)}</th>`).join('') : ''}</tr></thead>`;
  // Several frameworks or years: a ranking per cohort, named, each from 1.
  const sections = rankings(report.results).map((ranking) => {
    const rows = ranking.results
      .map((r, i) => {
        const c = r.comparison;
        const benchmark = report.benchmarkBy ? benchmarkCells(r, cat).map((cell, j) => `<td${j > 0 ? ' class="num"' : ''}>${e(cell)}</td>`).join('') : '';
        return `<tr data-file="${e(r.file)}"><td class="num">${countText(i + 1, n)}</td><td>${e(r.assessment.agency.name)}</td><td class="num">${r.assessment.year}</td><td class="num index">${fixed2(r.score.index, n)}</td><td>${e(r.score.predicate)}</td><td class="num">${c ? change(c.indexDelta, n) : ''}</td>${benchmark}</tr>`;
      })
      .join('');
    const title = ranking.key ? `${ui.ranking}: ${e(cohortTitle(ranking.key))}` : ui.ranking;
    const cohort = ranking.key ? ` data-cohort="${e(cohortTitle(ranking.key))}"` : '';
    return `<section><h2>${title}</h2><div class="scroll"><table data-testid="ranking"${cohort}>${head}<tbody>${rows}</tbody></table></div></section>`;
  });
  const stats = overviewStats(report);
  const distribution = figure(distributionFigure(stats, cat));
  const averages = stats.domains.length > 0 ? figure(averagesFigure(stats, report.results, cat)) : '';
  const lines = overviewLines(report, cat);
  return `<header><h1>${e(lines.heading)}</h1><p>${e(lines.stats)}</p></header>
<div class="grid">${distribution}${averages}</div>
${sections.join('\n')}`;
}

export function formatHtmlReport(report: BatchReport, { catalog: cat, tool, report: sheet }: FormatContext): string[] {
  const version = tool.version;
  const dated = (text: string) => [text, ...(sheet ? [printedDate(sheet.date, cat)] : [])].join(' · ');
  // Findings close every page: invalid files are listed, never silently left out.
  const findings = report.command === 'validate' || report.results.some((r) => r.findings.length > 0) ? `\n${findingsSection(report, cat)}` : '';
  const scored = report.command === 'score' ? report.results.filter((r) => r.score && r.assessment) : [];
  if (scored.length === 0) {
    const title = report.command === 'validate' ? cat.ui.findings : cat.ui.noValidAssessment;
    return [page('SPBE', dated(title), `<header><h1>${e(title)}</h1></header>${findings}`, version, cat)];
  }
  const agencies = new Set(scored.map((r) => r.assessment!.agency.id));
  if (agencies.size === 1) {
    const latest = [...scored].sort((a, b) => a.assessment!.year - b.assessment!.year).at(-1)!;
    return [page(`SPBE ${latest.assessment!.year}: ${latest.assessment!.agency.name}`, pageHeader(latest as ScoredResult, cat, sheet?.date), `${agencyPage(scored, cat, report.benchmarkBy)}${findings}`, version, cat)];
  }
  return [page('SPBE', dated(cat.phrases.reportMany({ count: scored.length })), `${overviewPage(report, cat)}${findings}`, version, cat)];
}
