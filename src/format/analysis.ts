/**
 * Text and JSON views of the analyses: what-if, sensitivity and predikat margin, self-assessment
 * against the final levels, targets. (Their tables are in table.ts, which loads cli-table3.)
 */
import type { LevelComparison, Sensitivity } from '../core/analysis.js';
import type { PlanStep } from '../core/plan.js';
import { equals, publishedDifference, sub, toExactString, toRoundedNumber, type Rational } from '../core/rational.js';
import { waitingForExternal, type IndicatorEntry } from '../core/assessment.js';
import { entryEvidenceLevel, type EvidenceLevel } from '../core/evidence.js';
import { indicatorScores } from '../core/score.js';
import type { FileResult } from '../core/result.js';
import type { Catalog } from '../messages/catalog.js';
import { deltaNumber, fixed2, jsonNumber, shortName, signedDelta, valueText, type NumberStyle } from './numbers.js';
import type { Palette } from './terminal.js';

/** A plain plan's step: from the exact value (1.30) to a whole level. */
export const stepText = (step: PlanStep, n: NumberStyle): string => `${valueText(step.from, n)} → ${step.to}`;

// ---- What if -------------------------------------------------------------------------------------

export function whatIfLines(result: FileResult, style: Palette, catalog: Catalog): string {
  const w = result.whatIf!;
  const s = result.score!;
  const n = catalog.numbers;
  const changes = w.changes.map((c) => `${c.indicator}: ${valueText(c.from, n)} → ${c.to}`).join(', ');
  // A framework without domains (8/2026) shows its aspects.
  const [groups, before, label] = s.domains.length > 0 ? [w.score.domains, s.domains, catalog.ui.domains] : [w.score.aspects, s.aspects, 'aspek'];
  const changed = groups.map((d, i) => `${d.group.id} ${fixed2(before[i]!.index, n)} → ${fixed2(d.index, n)}`).join(' · ');
  const line = catalog.phrases.whatIf({ indexName: s.framework.indexName, from: fixed2(s.index, n), to: style.bold(fixed2(w.score.index, n)), delta: signedDelta(publishedDifference(w.score.index, s.index), n), fromPredicate: s.predicate, toPredicate: style.bold(w.score.predicate) });
  return `${style.bold(catalog.ui.whatIf)} ${changes}\n  ${line}\n  ${label} ${changed}\n`;
}

export function whatIfJson(result: FileResult): Record<string, unknown> {
  const w = result.whatIf!;
  const s = result.score!;
  return {
    changes: w.changes.map((c) => ({ indicator: c.indicator, from: jsonNumber(c.from), to: c.to })),
    index: toRoundedNumber(w.score.index),
    exactIndex: toExactString(w.score.index),
    predicate: w.score.predicate,
    domains: w.score.domains.map((d) => ({ id: d.group.id, index: toRoundedNumber(d.index) })),
    delta: { index: deltaNumber(publishedDifference(w.score.index, s.index)), domains: w.score.domains.map((d, i) => ({ id: d.group.id, delta: deltaNumber(publishedDifference(d.index, s.domains[i]!.index)) })) },
  };
}

// ---- Sensitivity ---------------------------------------------------------------------------------

export function marginLine(sens: Sensitivity, catalog: Catalog): string {
  const m = sens.margin;
  const n = catalog.numbers;
  const params = { above: fixed2(m.above, n), predicate: m.predicate, floor: fixed2(m.floor, n) };
  return m.next ? catalog.phrases.marginNext({ ...params, short: fixed2(m.short!, n), next: m.next, nextFloor: fixed2(m.nextFloor!, n) }) : catalog.phrases.marginTop(params);
}

export function sensitivityJson(sens: Sensitivity): Record<string, unknown> {
  const m = sens.margin;
  return {
    steps: sens.steps.map((s) => ({ indicator: s.indicator.id, level: s.level, gain: Number(toExactString(s.gain)), exactGain: toExactString(s.gain) })),
    margin: { predicate: m.predicate, floor: Number(toExactString(m.floor)), above: toRoundedNumber(m.above), exactAbove: toExactString(m.above), ...(m.next ? { next: m.next, nextFloor: Number(toExactString(m.nextFloor!)), short: toRoundedNumber(m.short!), exactShort: toExactString(m.short!) } : {}) },
  };
}

// ---- Self-assessment and targets ----------------------------------------------------------------------------

export function comparisonSummary(kind: 'self' | 'targets' | 'evidence', c: LevelComparison, final: Rational, catalog: Catalog): string {
  const n = catalog.numbers;
  const params = { index: fixed2(c.score.index, n), predicate: c.score.predicate, delta: signedDelta(publishedDifference(c.score.index, final), n), final: fixed2(final, n), over: c.over, under: c.under, count: c.indicators.length };
  return kind === 'self' ? catalog.phrases.selfSummary(params) : kind === 'evidence' ? catalog.phrases.evidenceSummary(params) : catalog.phrases.targetSummary(params);
}

/**
 * Why an indicator's evidence level stops where it does: the main items of the next level not yet
 * accepted (status, revision kind, unit), and a value still waiting for another agency's index.
 */
export function holdingText(entry: IndicatorEntry, earned: EvidenceLevel | undefined, catalog: Catalog): string {
  const items = (earned?.blocking ?? []).map((b) => `${b.code} ${b.status}${b.revision ? ` (${b.revision})` : ''}${b.unit ? ` · ${b.unit}` : ''}`);
  if (earned && items.length === 0 && earned.nextLevel) items.push(catalog.ui.noItemsListed);
  if (entry.external?.status === 'waiting') items.push(catalog.ui.waitingShort);
  return items.join('; ');
}

/** One row of the three-way view: the assessors' value, the self-assessment and the evidence, as texts. */
export interface ThreeWayRow {
  id: string;
  name: string;
  assessor: string;
  self: string;
  evidence: string;
  holding?: string;
}

/**
 * The three-way view of a result with evidence items (markdown and html render it): per aspect, the
 * total, and each indicator with evidence items, a self level or a value still waiting. Texts are
 * raw; each renderer escapes them for its reader.
 */
export function threeWayView(result: FileResult, catalog: Catalog): { hasSelf: boolean; aspects: ThreeWayRow[]; total: ThreeWayRow; indicators: ThreeWayRow[] } | undefined {
  const evidence = result.evidence;
  if (!evidence) return undefined;
  const s = result.score!;
  const self = result.self;
  const n = catalog.numbers;
  const other = (c: LevelComparison | undefined, id: number) => {
    const group = c?.aspects.find((g) => g.id === id);
    return group ? fixed2(group.other, n) : '';
  };
  const aspects = s.aspects.map((x) => ({ id: String(x.group.id), name: x.group.name, assessor: fixed2(x.index, n), self: other(self, x.group.id), evidence: other(evidence, x.group.id) }));
  const total = { id: '', name: s.framework.indexName, assessor: fixed2(s.index, n), self: self ? fixed2(self.score.index, n) : '', evidence: fixed2(evidence.score.index, n) };
  const indicators = indicatorScores(s.framework, result.assessment!.indicators)
    .map((x) => ({ x, earned: entryEvidenceLevel(x.entry, s.framework.scale) }))
    .filter(({ x, earned }) => earned || x.entry.self !== undefined || x.entry.external?.status === 'waiting')
    .map(({ x, earned }) => ({
      id: String(x.indicator.id),
      name: shortName(x.indicator.name),
      assessor: valueText(x.value, n),
      self: x.entry.self === undefined ? '' : String(x.entry.self),
      evidence: earned ? String(earned.level) : '',
      holding: holdingText(x.entry, earned, catalog),
    }));
  return { hasSelf: self !== undefined, aspects, total, indicators };
}

/** Indicators still waiting for another agency's index, when any. */
export function waitingLine(entries: ReadonlyMap<number, IndicatorEntry>, min: number, catalog: Catalog): string | undefined {
  const waiting = waitingForExternal(entries);
  return waiting.length > 0 ? catalog.phrases.waitingExternal({ indicators: waiting.join(', '), min }) : undefined;
}

function groupJson(g: LevelComparison['aspects'][number]) {
  return { id: g.id, final: toRoundedNumber(g.final), other: toRoundedNumber(g.other), difference: deltaNumber(publishedDifference(g.other, g.final)), over: g.over, under: g.under, compared: g.compared };
}

export function levelComparisonJson(c: LevelComparison, final: Rational): Record<string, unknown> {
  return {
    index: toRoundedNumber(c.score.index),
    exactIndex: toExactString(c.score.index),
    predicate: c.score.predicate,
    difference: deltaNumber(publishedDifference(c.score.index, final)),
    exactDifference: toExactString(sub(c.score.index, final)),
    over: c.over,
    under: c.under,
    compared: c.indicators.length,
    indicators: c.indicators.filter((d) => !equals(d.other, d.final)).map((d) => {
      const difference = sub(d.other, d.final);
      // A fractional value (7/6) is a rounded number; its exact strings stand beside it.
      const exact = d.final.den === 1n && d.other.den === 1n ? {} : { exactFinal: toExactString(d.final), exactOther: toExactString(d.other), exactDifference: toExactString(difference) };
      return { id: d.indicator.id, final: jsonNumber(d.final), other: jsonNumber(d.other), difference: jsonNumber(difference), ...exact };
    }),
    aspects: c.aspects.filter((a) => a.compared > 0).map(groupJson),
    domains: c.domains.filter((d) => d.compared > 0).map(groupJson),
  };
}
