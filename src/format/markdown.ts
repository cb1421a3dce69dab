/**
 * `markdown`: for $GITHUB_STEP_SUMMARY and pull-request comments. One agency (one or several years
 * of it) gets the content of the HTML report: the index and predikat with the change, domains with
 * arrows, aspects (with previous and target where known), the trend, the plan to the next predikat,
 * indicators. Several agencies get a ranking and summaries. Both end with the findings.
 */
import { cohortTitle, groupTitle } from './cohort-title.js';
import { planToNextPredicate } from '../core/plan.js';
import { publishedDifference, type Rational } from '../core/rational.js';
import { ranked, rankings, yearTrend, type BatchReport } from '../core/report.js';
import type { ScoredResult } from '../core/result.js';
import { basisDecides, indicatorScores } from '../core/score.js';
import type { ScoreStats } from '../core/stats.js';
import { formatMessage, type Catalog } from '../messages/catalog.js';
import type { BenchmarkBy } from '../core/benchmark.js';
import { crosswalkChangesNote, indicatorChangeCells, indicatorChangeMap, previousColumn } from './changes.js';
import { benchmarkCells, benchmarkCellsHead, benchmarkHead, benchmarkLine, benchmarkRows, noCohortNote } from './benchmark.js';
import { comparisonSummary, stepText, threeWayView, waitingLine, whatIfLines, type ThreeWayRow } from './analysis.js';
import { plainPalette } from './terminal.js';
import { explainComparison } from './decomposition.js';
import { projectionNote } from './projection.js';
import { describeGate, findingLocation } from './findings.js';
import { markdownCell, markdownCode, markdownLine, markdownText } from './escape.js';
import type { FormatContext } from './formats.js';
import { changeText, countText, fixed2, gainText, shortName, valueText, weightText, type NumberStyle } from './numbers.js';

// Every string from input goes through md() (or markdownCode) here; row() escapes the pipes of every cell.
const md = markdownText;
const row = (cells: string[]): string => `| ${cells.map(markdownCell).join(' | ')} |\n`;

function arrow(current: Rational, before: Rational | undefined, n: NumberStyle): string {
  return before ? changeText(publishedDifference(current, before), n) : '';
}

function agencyMarkdown(results: readonly ScoredResult[], cat: Catalog, benchmarkBy: BenchmarkBy | undefined): string {
  const n = cat.numbers;
  const ui = cat.ui;
  const sorted = [...results].sort((a, b) => a.assessment.year - b.assessment.year);
  const result = sorted.at(-1)!;
  const s = result.score;
  const a = result.assessment;
  const c = result.comparison;
  const previous = c?.previous;
  const sameFramework = c?.likeForLike ?? false;
  let out = `## ${md(a.agency.name)}: ${md(s.framework.indexName)} ${a.year}\n\n`;
  const since = c ? ` · ${cat.phrases.reportSince({ change: arrow(s.index, previous!.index, n), year: previous!.year, index: fixed2(previous!.index, n), predicate: md(previous!.predicate) })}` : '';
  out += `**${fixed2(s.index, n)} ${md(s.predicate)}**${since} · ${md(s.framework.title)}\n\n`;

  // A framework without domains (8/2026) has its aspects as the top groups.
  const top = s.domains.length > 0 ? { label: ui.domain, groups: s.domains, previous: previous?.domains } : { label: ui.aspek, groups: s.aspects, previous: previous?.aspects };
  out += row([top.label, ui.weight, ui.index, ...(previous ? [String(previous.year), ui.change] : [])]);
  out += row(['---', '---:', '---:', ...(previous ? ['---:', '---:'] : [])]);
  for (const d of top.groups) {
    const before = sameFramework ? top.previous?.get(d.group.id) : undefined;
    out += row([`${d.group.id} ${md(d.group.name)}`, `${weightText(d.group.weight, n)} %`, fixed2(d.index, n), ...(previous ? [before ? fixed2(before, n) : '', sameFramework ? arrow(d.index, before, n) : ui.notComparable] : [])]);
  }
  out += row([`**${md(s.framework.indexName)}**`, '100 %', `**${fixed2(s.index, n)}**`, ...(previous ? [fixed2(previous.index, n), arrow(s.index, previous.index, n)] : [])]);
  out += row([ui.predikat, '', `**${md(s.predicate)}**`, ...(previous ? [md(previous.predicate), ''] : [])]);

  if (benchmarkBy) out += benchmarkSection(result, benchmarkBy, cat);

  const aims = result.targets;
  const before = sameFramework ? previous?.aspects : undefined;
  // Without domains the aspects were the first table; they come again only for their targets.
  if (s.domains.length > 0 || aims) {
    out += `\n### ${ui.aspectIndices}\n\n`;
    out += row([ui.aspek, ui.weight, ui.index, ...(before ? [String(previous!.year), ui.change] : []), ...(aims ? [ui.target] : [])]);
    out += row(['---', '---:', '---:', ...(before ? ['---:', '---:'] : []), ...(aims ? ['---:'] : [])]);
    s.aspects.forEach((x, i) => {
      const was = before?.get(x.group.id);
      out += row([`${x.group.id} ${md(x.group.name)}`, `${weightText(x.group.weight, n)} %`, fixed2(x.index, n), ...(before ? [was ? fixed2(was, n) : '', arrow(x.index, was, n)] : []), ...(aims ? [fixed2(aims.score.aspects[i]!.index, n)] : [])]);
    });
  }

  const decides = basisDecides(s);
  const notes = [
    decides ? cat.phrases.predicateBasis({ predicate: s.predicate, basis: s.predicateBasis, ...decides }) : '',
    projectionNote(result, cat),
    c && !c.likeForLike ? explainComparison(c, a.year, s.framework.id, cat) : '',
  ];
  if (result.self) notes.push(comparisonSummary('self', result.self, s.index, cat));
  if (result.evidence) notes.push(comparisonSummary('evidence', result.evidence, s.index, cat));
  if (aims) notes.push(comparisonSummary('targets', aims, s.index, cat));
  notes.push(waitingLine(a.indicators, s.framework.scale.min, cat) ?? '');
  for (const note of notes.filter(Boolean)) out += `\n> ${markdownLine(note)}\n`;
  out += threeWay(result, cat);

  if (result.whatIf) out += `\n### ${ui.whatIf}\n\n${whatIfLines(result, plainPalette, cat).trimEnd().split('\n').map((l) => `- ${l.trim()}`).join('\n')}\n`;

  const trend = yearTrend(sorted);
  if (trend.length > 1) {
    // Across a change of framework (2018 → 2020, 2025 → 2026) each year names its ruler, and the first year on a new one says so.
    const rulers = new Set(trend.map((point) => point.frameworkId)).size > 1;
    out += `\n### ${md(s.framework.indexName)} ${ui.overTheYears}\n\n${row([ui.year, ui.index, ui.predikat, ...(rulers ? [ui.frameworkColumn] : [])])}${row(['---:', '---:', '---', ...(rulers ? ['---'] : [])])}`;
    for (const point of trend) out += row([String(point.year), fixed2(point.index, n), md(point.predicate), ...(rulers ? [`${md(point.frameworkId)}${point.newRuler ? ` (${ui.newRuler})` : ''}`] : [])]);
  }

  const toNext = planToNextPredicate(s, a.indicators);
  if (toNext) {
    const { band: next, plan: p } = toNext;
    out += `\n### ${ui.planTo} ${md(next.name)} (${fixed2(next.min, n)})\n\n`;
    out += `${p.reachable ? cat.phrases.reportPlan({ count: p.steps.length, index: fixed2(p.projected.index, n), predicate: md(p.projected.predicate) }) : cat.phrases.reportPlanUnreachable({ target: md(next.name), index: fixed2(p.projected.index, n) })}\n\n`;
    out += row(['#', ui.indikator, ui.level, ui.gain]) + row(['---:', '---', '---', '---:']);
    for (const step of p.steps) out += row([String(step.indicator.id), md(shortName(step.indicator.name)), stepText(step, n), gainText(step.gain, n)]);
  }

  // With a previous year scored from a file: its value of each indicator and the change.
  const changes = indicatorChangeMap(c);
  const changeHead = changes ? [md(previousColumn(c!, cat)), ui.change] : [];
  out += `\n### ${ui.indikator}\n\n${row(['#', ui.indikator, ui.level, ...changeHead, ui.levelName, ui.penjelasan, ui.buktiDukung])}${row(['---:', '---', '---:', ...(changes ? ['---:', '---:'] : []), '---', '---', '---'])}`;
  for (const x of indicatorScores(s.framework, a.indicators)) {
    const changeCells = changes ? indicatorChangeCells(changes.get(x.indicator.id), cat) : [];
    out += row([String(x.indicator.id), md(shortName(x.indicator.name)), valueText(x.value, n), ...changeCells, md(x.levelName ?? ''), md(x.entry.explanation ?? ''), (x.entry.evidence ?? []).map(md).join('; ')]);
  }
  const crosswalkNote = c ? crosswalkChangesNote(c, cat, s.framework.id) : undefined;
  if (crosswalkNote) out += `\n> ${markdownLine(crosswalkNote)}\n`;
  return out;
}

/** --benchmark: the cohort, rank and percentile, and the top groups and the index against the cohort. */
function benchmarkSection(result: ScoredResult, by: BenchmarkBy, cat: Catalog): string {
  const n = cat.numbers;
  const head = `\n### ${cat.ui.benchmarkTitle}\n\n`;
  if (!result.benchmark) return `${head}${markdownLine(noCohortNote(result, by, cat)!)}\n`;
  let out = `${head}${markdownLine(benchmarkLine(result.benchmark, cat))}\n\n${row(benchmarkHead(result, cat))}${row(['---', '---:', '---:', '---:', '---:', '---:'])}`;
  for (const r of benchmarkRows(result, n)) {
    const cells = [md(r.label), r.value, r.mean, r.fromMean, r.median, r.fromMedian];
    out += row(r.total ? cells.map((c) => `**${c}**`) : cells);
  }
  return out;
}

/** Assessors' value, self-assessment (mandiri) and evidence level side by side (threeWayView). */
function threeWay(result: ScoredResult, cat: Catalog): string {
  const view = threeWayView(result, cat);
  if (!view) return '';
  const ui = cat.ui;
  const self = (r: ThreeWayRow) => (view.hasSelf ? [r.self] : []);
  let out = `\n### ${ui.threeWay}\n\n${row([ui.aspek, ui.assessor, ...(view.hasSelf ? [ui.self] : []), ui.evidenceLevel])}${row(['---', '---:', ...(view.hasSelf ? ['---:'] : []), '---:'])}`;
  for (const r of view.aspects) out += row([`${r.id} ${md(r.name)}`, r.assessor, ...self(r), r.evidence]);
  const t = view.total;
  out += row([`**${md(t.name)}**`, `**${t.assessor}**`, ...self(t), t.evidence]);
  out += `\n${row(['#', ui.indikator, ui.assessor, ui.self, ui.evidenceLevel, ui.holdingUp])}${row(['---:', '---', '---:', '---:', '---:', '---'])}`;
  for (const r of view.indicators) out += row([r.id, md(r.name), r.assessor, r.self, r.evidence, md(r.holding ?? '')]);
  return out;
}

function statsTable(stats: ScoreStats, cat: Catalog): string {
  const n = cat.numbers;
  const ui = cat.ui;
  let out = row(['', ui.mean, ui.median, ui.min, ui.max]) + row(['---', '---:', '---:', '---:', '---:']);
  const line = (name: string, d: ScoreStats['index']) => row([name, fixed2(d.mean, n), fixed2(d.median, n), fixed2(d.min, n), fixed2(d.max, n)]);
  out += line(`**${ui.index}**`, stats.index);
  for (const d of stats.domains) out += line(`${d.id} ${md(d.name)}`, d.distribution);
  out += `\n${markdownLine(stats.predicates.map((p) => `${p.name}: ${countText(p.count, n)}`).join(' · '))}\n`;
  return out;
}

export function* formatMarkdown(report: BatchReport, { catalog: cat }: FormatContext): Iterable<string> {
  const n = cat.numbers;
  const scored = ranked(report.results);
  // One agency (one or several years of it): its full view, as in the HTML report.
  if (report.command === 'score' && scored.length > 0 && new Set(scored.map((r) => r.assessment.agency.id)).size === 1) {
    yield agencyMarkdown(scored, cat, report.benchmarkBy);
    yield* findingsSection(report, cat);
    return;
  }
  if (report.command === 'score' && scored.length > 0) {
    const ui = cat.ui;
    yield `## ${ui.spbeIndex}\n\n`;
    const benchmark = report.benchmarkBy !== undefined;
    // Several frameworks or years: a ranking per cohort, named, each from 1.
    for (const [k, ranking] of rankings(report.results).entries()) {
      if (ranking.key) yield `${k > 0 ? '\n' : ''}### ${ui.ranking}: ${md(cohortTitle(ranking.key))}\n\n`;
      yield row(['#', ui.agency, ui.year, ui.index, ui.predikat, ui.change, ui.file, ...(benchmark ? benchmarkCellsHead(cat) : [])]);
      yield row(['---:', '---', '---:', '---:', '---', '---:', '---', ...(benchmark ? ['---', '---:', '---:', '---:', '---:'] : [])]);
      for (const [i, r] of ranking.results.entries()) {
        const c = r.comparison;
        yield row([countText(i + 1, n), md(r.assessment.agency.name), String(r.assessment.year), fixed2(r.score.index, n), md(r.score.predicate), c ? `${changeText(c.indexDelta, n)} (${c.previous.year})` : '', markdownCode(r.file), ...(benchmark ? benchmarkCells(r, cat).map(md) : [])]);
      }
    }
    if (report.stats && scored.length > 1) yield `\n### ${ui.summary}\n\n${statsTable(report.stats, cat)}`;
    for (const cohort of report.cohorts ?? []) yield `\n### ${ui.summary}: ${md(cohortTitle(cohort.key))}\n\n${statsTable(cohort.stats, cat)}`;
    for (const group of report.groups ?? []) yield `\n### ${md(groupTitle(report.groupBy, group, cat))}\n\n${statsTable(group.stats, cat)}`;
  }
  yield* findingsSection(report, cat);
}

function* findingsSection(report: BatchReport, cat: Catalog): Iterable<string> {
  const ui = cat.ui;
  const problems = report.results.flatMap((r) => [
    ...r.findings.map((f) => [md(findingLocation(r.file, f)), ui[f.severity], md(formatMessage(f, cat)), `\`${f.code}\``]),
    ...(r.gates ?? []).map((g) => [md(r.file), ui.gate, md(describeGate(g, cat)), '']),
  ]);
  if (problems.length > 0) {
    yield `\n## ${ui.findings}\n\n${row([ui.location, ui.severity, ui.message, ui.code])}${row(['---', '---', '---', '---'])}`;
    for (const p of problems) yield row(p as string[]);
  }
  yield `\n${cat.phrases.summary({ ...report.summary, errors: 0, warnings: 0 })}\n`;
}
