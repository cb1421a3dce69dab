/**
 * The figures of the HTML and PDF reports, each a chart and the table of the numbers it shows, made
 * once from the result model so that both reports show the same thing. A framework without domains
 * (8/2026) shows its aspects as the top groups; no domain is invented for it.
 */
import { publishedDifference, toApproxNumber, type Rational } from '../core/rational.js';
import type { Framework } from '../core/framework.js';
import { getBuiltInFramework } from '../core/registry.js';
import { yearTrend, type BatchReport } from '../core/report.js';
import type { ScoreStats } from '../core/stats.js';
import type { FileResult, ScoredResult } from '../core/result.js';
import type { ScoreResult } from '../core/score.js';
import type { Catalog } from '../messages/catalog.js';
import { barChart, radarChart, trendChart, type RadarSeries } from './charts.js';
import { countText, fixed2, MACHINE, signedDelta } from './numbers.js';

export interface FigureRow {
  cells: string[];
  /** Machine-readable attributes of the row (the HTML report's data-* attributes). */
  data?: Record<string, string>;
}

export interface Figure {
  id: string;
  title: string;
  svg: string;
  head: string[];
  rows: FigureRow[];
}

/** A framework's short name for a chart: "59/2020" from "Peraturan Menteri PANRB Nomor 59 Tahun 2020 …". */
export function frameworkShortName(framework: Pick<Framework, 'id' | 'source'>): string {
  const m = /Nomor\s+(\d+)\s+Tahun\s+(\d{4})/.exec(framework.source.regulation);
  return m ? `${m[1]}/${m[2]}` : framework.id;
}

/** The top groups of a score: its domains, or its aspects when the framework has no domains. */
export function topGroups(result: ScoredResult): { kind: 'domain' | 'aspect'; groups: { id: number; name: string; index: Rational }[] } {
  const s = result.score;
  return s.framework.domains.length > 0
    ? { kind: 'domain', groups: s.domains.map((d) => ({ id: d.group.id, name: d.group.name, index: d.index })) }
    : { kind: 'aspect', groups: s.aspects.map((a) => ({ id: a.group.id, name: a.group.name, index: a.index })) };
}

/** Domain bars (aspect bars for a framework without domains), with the change since the previous year when like for like. */
export function topGroupFigure(result: ScoredResult, cat: Catalog): Figure {
  const n = cat.numbers;
  const ui = cat.ui;
  const { kind, groups } = topGroups(result);
  const previous = result.comparison?.likeForLike ? (kind === 'domain' ? result.comparison.previous.domains : result.comparison.previous.aspects) : undefined;
  const rows = groups.map((g) => {
    const before = previous?.get(g.id);
    return { g, change: before ? signedDelta(publishedDifference(g.index, before), n) : undefined };
  });
  const title = kind === 'domain' ? ui.domainIndices : ui.aspectIndices;
  const withChange = rows.some((r) => r.change !== undefined);
  return {
    id: kind === 'domain' ? 'domains' : 'aspects',
    title,
    svg: barChart(rows.map(({ g }) => ({ label: `${g.id} ${g.name}`, value: toApproxNumber(g.index), text: fixed2(g.index, n) })), result.score.framework.scale.max, title, 'top-groups'),
    head: ['#', kind === 'domain' ? ui.domain : ui.aspek, ui.index, ...(withChange ? [ui.change] : [])],
    rows: rows.map(({ g, change }) => ({ cells: [String(g.id), g.name, fixed2(g.index, n), ...(withChange ? [change ?? ''] : [])], data: { label: `${g.id} ${g.name}`, value: fixed2(g.index, MACHINE) } })),
  };
}

/** The aspect radar: this year, the previous year when like for like, and the targets. */
export function radarFigure(result: ScoredResult, cat: Catalog): Figure | undefined {
  const n = cat.numbers;
  const ui = cat.ui;
  const s = result.score;
  if (s.aspects.length < 3) return undefined;
  const year = String(result.assessment.year);
  const series: (RadarSeries & { exact: string[] })[] = [{ name: year, kind: 'current', values: s.aspects.map((x) => toApproxNumber(x.index)), exact: s.aspects.map((x) => fixed2(x.index, n)) }];
  const previous = result.comparison?.likeForLike ? result.comparison.previous.aspects : undefined;
  const withPrevious = previous !== undefined && s.aspects.every((x) => previous.has(x.group.id));
  if (withPrevious) {
    const values = s.aspects.map((x) => previous.get(x.group.id)!);
    series.push({ name: String(result.comparison!.previous.year), kind: 'previous', values: values.map(toApproxNumber), exact: values.map((v) => fixed2(v, n)) });
  }
  if (result.targets) {
    const values = result.targets.score.aspects.map((x) => x.index);
    series.push({ name: ui.target.toLowerCase(), kind: 'target', values: values.map(toApproxNumber), exact: values.map((v) => fixed2(v, n)) });
  }
  return {
    id: 'radar',
    title: ui.aspectIndices,
    svg: radarChart(s.aspects.map((x) => String(x.group.id)), series, s.framework.scale.max, ui.aspectIndices),
    // The table adds each aspect's change since the previous year (published values, as the domains) after the previous year's column.
    head: ['#', ui.aspek, ...series.slice(0, withPrevious ? 2 : 1).map((x) => x.name), ...(withPrevious ? [ui.change] : []), ...series.slice(withPrevious ? 2 : 1).map((x) => x.name)],
    rows: s.aspects.map((x, i) => {
      const values = series.map((ser) => ser.exact[i]!);
      const split = withPrevious ? 2 : 1;
      const change = withPrevious ? [signedDelta(publishedDifference(x.index, previous.get(x.group.id)!), n)] : [];
      return { cells: [String(x.group.id), x.group.name, ...values.slice(0, split), ...change, ...values.slice(split)], data: { aspect: String(x.group.id) } };
    }),
  };
}

/** The index over the years on a real year axis, marking each change of framework; absent for one year. */
export function trendFigure(results: readonly ScoredResult[], cat: Catalog): Figure | undefined {
  const n = cat.numbers;
  const points = yearTrend(results);
  if (points.length < 2) return undefined;
  const latest = results.at(-1)!.score.framework;
  const known = new Map(results.map((r) => [r.score.framework.id, r.score.framework]));
  const frameworkOf = (id: string) => known.get(id) ?? getBuiltInFramework(id);
  const title = `${latest.indexName} ${cat.ui.overTheYears}`;
  const chartPoints = points.map((p) => {
    const f = frameworkOf(p.frameworkId);
    return { year: p.year, value: toApproxNumber(p.index), text: fixed2(p.index, n), newRuler: p.newRuler, framework: f ? frameworkShortName(f) : p.frameworkId, bands: (f ?? latest).predicates.map((b) => ({ name: b.name, min: toApproxNumber(b.min) })) };
  });
  return {
    id: 'trend',
    title,
    svg: trendChart(chartPoints, latest.scale, title),
    head: [cat.ui.year, cat.ui.frameworkColumn, cat.ui.index, cat.ui.predikat],
    rows: points.map((p, i) => {
      const framework = chartPoints[i]!.framework;
      return {
        cells: [String(p.year), p.newRuler ? `${framework} (${cat.ui.newRuler})` : framework, fixed2(p.index, n), p.predicate],
        data: { year: String(p.year), value: fixed2(p.index, MACHINE), framework, ...(p.newRuler ? { 'new-ruler': 'true' } : {}) },
      };
    }),
  };
}

/** Several frameworks or years: the overview's figures are the latest year's (never a mean across yardsticks). */
export const overviewStats = (report: BatchReport): ScoreStats => report.stats ?? report.cohorts!.at(-1)!.stats;

/** The overview's heading and figures line: every assessment scored, and whose figures these are when the batch spans several years or frameworks. */
export function overviewLines(report: BatchReport, cat: Catalog): { heading: string; stats: string } {
  const n = cat.numbers;
  const stats = overviewStats(report);
  const latest = report.stats ? undefined : report.cohorts!.at(-1)!.key;
  const scored = report.results.filter((r) => r.score !== undefined).length;
  return {
    heading: cat.phrases.reportMany({ count: scored }),
    stats: cat.phrases.reportStats({ mean: fixed2(stats.index.mean, n), median: fixed2(stats.index.median, n), min: fixed2(stats.index.min, n), max: fixed2(stats.index.max, n), ...(latest ? { cohort: `${latest.year} · ${latest.frameworkId}` } : {}) }),
  };
}

/** Several agencies: how many fall in each predikat. */
export function distributionFigure(stats: ScoreStats, cat: Catalog): Figure {
  const n = cat.numbers;
  const ui = cat.ui;
  const most = stats.predicates.reduce((m, p) => Math.max(m, p.count), 1);
  return {
    id: 'distribution',
    title: ui.perPredicate,
    svg: barChart(stats.predicates.map((p) => ({ label: p.name, value: p.count, text: countText(p.count, n) })), most, ui.perPredicate, 'distribution'),
    head: [ui.predikat, ui.agencies],
    rows: stats.predicates.map((p) => ({ cells: [p.name, countText(p.count, n)], data: { label: p.name, count: String(p.count) } })),
  };
}

/** Several agencies: the mean of each domain (or aspect, for frameworks without domains). */
export function averagesFigure(stats: ScoreStats, results: readonly FileResult[], cat: Catalog): Figure {
  const n = cat.numbers;
  const ui = cat.ui;
  // No spread: a batch may hold more results than a call takes arguments.
  const max = results.reduce((m, r) => (r.score ? Math.max(m, r.score.framework.scale.max) : m), 1);
  return {
    id: 'domain-averages',
    title: ui.domainAverages,
    svg: barChart(stats.domains.map((d) => ({ label: `${d.id} ${d.name}`, value: toApproxNumber(d.distribution.mean), text: fixed2(d.distribution.mean, n) })), max, ui.domainAverages, 'domain-averages'),
    head: ['#', ui.domain, ui.mean],
    rows: stats.domains.map((d) => ({ cells: [String(d.id), d.name, fixed2(d.distribution.mean, n)], data: { label: `${d.id} ${d.name}`, value: fixed2(d.distribution.mean, MACHINE) } })),
  };
}

/** A cell the reports align right: a plain number (an id, an index, a count, a signed change), or nothing. */
export const isNumericCell = (cell: string) => /^[-+]?\d+(\.\d+)?$/.test(cell) || cell === '';

/**
 * The rank of a score's predikat from the top band (0 for Memuaskan in every built-in framework): the
 * reports colour by rank, never by the predikat's name, which a custom framework takes from its input.
 */
export const bandRank = (score: ScoreResult): number => score.framework.predicates.findIndex((band) => band.name === score.predicate);

/** "14 March 2025" from 2025-03-14, in the catalog's month names. */
export function printedDate(iso: string, cat: Catalog): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${cat.ui.months[month! - 1]} ${year}`;
}

/** The header of every printed page: agency, year, framework and the report's date (when known). */
export function pageHeader(result: ScoredResult, cat: Catalog, date: string | undefined): string {
  return [result.assessment.agency.name, String(result.assessment.year), result.score.framework.title, ...(date ? [printedDate(date, cat)] : [])].join(' · ');
}

export interface Table {
  head: string[];
  rows: FigureRow[];
}
