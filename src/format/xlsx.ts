/**
 * `xlsx`: a workbook for analysts who live in spreadsheets (exceljs, loaded only for this format).
 * Sheets summary, domains, aspects, indicators, findings and, for files with a self-assessment or
 * evidence items (8/2026), the assessors' value, the self-assessment and the evidence level side by
 * side with the indicators still waiting for another agency's index. Figures are numbers (the
 * published 2-decimal values) with the exact value beside them as text; every sheet has a frozen
 * bold header, an autofilter and fitted widths; names and headers follow --lang.
 */
import { waitingForExternal } from '../core/assessment.js';
import type { LevelComparison } from '../core/analysis.js';
import { toExactString, toFixed, type Rational } from '../core/rational.js';
import { countFindings } from '../core/findings.js';
import { indicatorScores } from '../core/score.js';
import type { BatchReport } from '../core/report.js';
import type { FileResult } from '../core/result.js';
import { formatMessage } from '../messages/catalog.js';
import { indicatorChangeMap } from './changes.js';
import { findingLocation } from './findings.js';
import type { FormatContext } from './formats.js';
import { deltaNumber, jsonNumber } from './numbers.js';
import { addTableSheet, newWorkbook, workbookBytes, type SheetValue } from './sheets.js';

const fixed = (value: Rational | undefined): SheetValue => (value === undefined ? undefined : Number(toFixed(value)));
const exact = (value: Rational | undefined): SheetValue => (value === undefined ? undefined : toExactString(value));
const num = (value: Rational | undefined): SheetValue => (value === undefined ? undefined : jsonNumber(value));

function who(r: FileResult): SheetValue[] {
  return [r.file, r.assessment!.agency.id, r.assessment!.agency.name, r.assessment!.year];
}

export async function formatXlsx(report: BatchReport, context: FormatContext): Promise<Uint8Array[]> {
  const { ui } = context.catalog;
  const s = ui.sheet;
  const results = report.results;
  const workbook = await newWorkbook();
  const base = [s.file, s.agency_id, s.agency, s.year];

  const benchmark = report.benchmarkBy ? [ui.benchmarkTitle, ui.cohort, ui.agencies, ui.cohortRank, ui.percentile, ui.cohortMean, ui.fromMean, ui.cohortMedian, ui.fromMedian] : [];
  addTableSheet(workbook, s.summary, [s.file, s.agency_id, s.agency, s.category, s.province, s.year, s.framework, s.index, s.exactIndex, s.predicate, s.previous_year, s.previous_index, s.change, s.valid, s.errors, s.warnings, ...benchmark],
    results.map((r) => {
      const a = r.assessment;
      const sc = r.score;
      const c = r.comparison;
      const b = r.benchmark;
      return [r.file, a?.agency.id, a?.agency.name, a?.agency.category, a?.agency.province, a?.year, sc?.framework.id, fixed(sc?.index), exact(sc?.index), sc?.predicate,
        c?.previous.year, fixed(c?.previous.index), c ? deltaNumber(c.indexDelta) : undefined, r.valid, countFindings(r.findings, 'error'), countFindings(r.findings, 'warning'),
        ...(b ? [b.by, b.cohort, b.size, b.rank, fixed(b.percentile), fixed(b.index.mean), fixed(b.index.fromMean), fixed(b.index.median), fixed(b.index.fromMedian)] : [])];
    }));

  addTableSheet(workbook, s.domains, [...base, s.domain, s.name, s.weight, s.index, s.exactIndex],
    results.flatMap((r) => (r.score?.domains ?? []).map((d) => [...who(r), d.group.id, d.group.name, num(d.group.weight), fixed(d.index), exact(d.index)])));

  // Year over year: an aspect like-for-like (published values, as the domains); an indicator exactly, through the crosswalk across frameworks.
  addTableSheet(workbook, s.aspects, [...base, s.aspect, s.domain, s.name, s.weight, s.index, s.exactIndex, s.previousValue, s.yoy],
    results.flatMap((r) => (r.score?.aspects ?? []).map((a) => {
      const c = r.comparison;
      const delta = c?.aspectDeltas.find((d) => d.id === a.group.id)?.delta;
      return [...who(r), a.group.id, a.group.domainId, a.group.name, num(a.group.weight), fixed(a.index), exact(a.index), c?.likeForLike ? fixed(c.previous.aspects?.get(a.group.id)) : undefined, delta === undefined ? (c && !c.likeForLike ? ui.notComparable : undefined) : deltaNumber(delta)];
    })));

  addTableSheet(workbook, s.indicators, [...base, s.indicator, s.aspect, s.name, s.weight, s.level, ui.levelName, s.contribution, s.previousValue, s.yoy, s.self, s.target, s.explanation, s.evidence],
    results.flatMap((r) => {
      const changes = indicatorChangeMap(r.comparison);
      return (r.score && r.assessment ? indicatorScores(r.score.framework, r.assessment.indicators) : []).map((x) => {
        const change = changes?.get(x.indicator.id);
        return [
          ...who(r), x.indicator.id, x.indicator.aspectId, x.indicator.name, num(x.indicator.weight), num(x.value), x.levelName, num(x.contribution),
          num(change?.previous), change && !change.previous ? ui.newIndicator : num(change?.change),
          x.entry.self, x.entry.target, x.entry.explanation, x.entry.evidence?.join('\n'),
        ];
      });
    }));

  const compared = results.filter((r) => r.score && r.assessment && (r.self || r.evidence || waitingForExternal(r.assessment.indicators).length > 0));
  if (compared.length > 0) {
    const other = (c: LevelComparison | undefined, pick: (c: LevelComparison) => Rational | undefined) => (c ? num(pick(c)) : undefined);
    const rows: SheetValue[][] = [];
    for (const r of compared) {
      const waiting = new Set(waitingForExternal(r.assessment!.indicators));
      for (const a of r.score!.aspects) {
        rows.push([...who(r), s.aspect, a.group.id, a.group.name, num(a.index), other(r.self, (c) => c.aspects.find((x) => x.id === a.group.id)?.other), other(r.evidence, (c) => c.aspects.find((x) => x.id === a.group.id)?.other), undefined]);
      }
      for (const x of indicatorScores(r.score!.framework, r.assessment!.indicators)) {
        const id = x.indicator.id;
        rows.push([...who(r), s.indicator, id, x.indicator.name, num(x.value), other(r.self, (c) => c.indicators.find((d) => d.indicator.id === id)?.other), other(r.evidence, (c) => c.indicators.find((d) => d.indicator.id === id)?.other), waiting.has(id) ? s.waiting : undefined]);
      }
    }
    addTableSheet(workbook, s.evidenceView, [...base, `${ui.aspek} / ${ui.indikator}`, s.indicator, s.name, s.assessors, s.mandiri, s.evidenceLevel, s.external_status], rows);
  }

  addTableSheet(workbook, s.findings, [s.file, s.location, s.severity, s.code, s.message],
    results.flatMap((r) => r.findings.map((f) => [r.file, findingLocation(r.file, f).slice(r.file.length + 1) || undefined, ui[f.severity], f.code, formatMessage(f, context.catalog)])));

  return [await workbookBytes(workbook)];
}
