/**
 * Human and JSON views of the analyses: what-if, sensitivity and predikat margin, self-assessment
 * against the final levels, targets.
 */
import Table from 'cli-table3';
import type { LevelComparison, Sensitivity } from '../core/analysis.js';
import { roundScaled, sub, toExactString, toFixed, toRoundedNumber, type Rational } from '../core/rational.js';
import type { FileResult } from '../io/evaluate.js';
import { deltaNumber, fixed2, signedDelta } from './numbers.js';
import type { Style } from './style.js';

const tableStyle = () => ({ head: [] as string[], border: [] as string[], compact: true });
const SHORT_NAME = /^Tingkat Kematangan /;
const deltaOf = (a: Rational, b: Rational) => roundScaled(a) - roundScaled(b);
/** Gains of one level are small exact decimals (+0.013, +0.0275): show up to 4 decimals. */
export const gainText = (value: Rational) => `+${toFixed(value, 4).replace(/0+$/, '').replace(/\.$/, '')}`;

// ---- What if -------------------------------------------------------------------------------------

export function whatIfLines(result: FileResult, style: Style): string {
  const w = result.whatIf!;
  const s = result.score!;
  const changes = w.changes.map((c) => `${c.indicator}: ${c.from} → ${c.to}`).join(', ');
  const domains = w.score.domains.map((d, i) => `${d.group.id} ${fixed2(s.domains[i]!.index)} → ${fixed2(d.index)}`).join(' · ');
  return `${style.bold('What if')} ${changes}\n  ${s.framework.indexName} ${fixed2(s.index)} → ${style.bold(fixed2(w.score.index))} (${signedDelta(deltaOf(w.score.index, s.index))}), predikat ${s.predicate} → ${style.bold(w.score.predicate)}\n  domains ${domains}\n`;
}

export function whatIfJson(result: FileResult): Record<string, unknown> {
  const w = result.whatIf!;
  const s = result.score!;
  return {
    changes: w.changes,
    index: toRoundedNumber(w.score.index),
    exactIndex: toExactString(w.score.index),
    predicate: w.score.predicate,
    domains: w.score.domains.map((d) => ({ id: d.group.id, index: toRoundedNumber(d.index) })),
    delta: { index: deltaNumber(deltaOf(w.score.index, s.index)), domains: w.score.domains.map((d, i) => ({ id: d.group.id, delta: deltaNumber(deltaOf(d.index, s.domains[i]!.index)) })) },
  };
}

// ---- Sensitivity ---------------------------------------------------------------------------------

export function marginLine(sens: Sensitivity): string {
  const m = sens.margin;
  const above = `${toFixed(m.above)} above the ${m.predicate} floor (${toFixed(m.floor)})`;
  return m.next ? `Margin: ${above}; ${toFixed(m.short!)} short of ${m.next} (${toFixed(m.nextFloor!)}).` : `Margin: ${above}; the top band.`;
}

export function sensitivityTable(sens: Sensitivity, style: Style, columns: number): string {
  const nameWidth = Math.max(24, Math.min(70, columns - 40));
  const table = new Table({ head: ['#', 'Indikator', 'Level', '+1 level'].map((h) => style.bold(h)), style: tableStyle(), colWidths: [5, nameWidth + 2, 7, 10], wordWrap: true, colAligns: ['right', 'left', 'right', 'right'] });
  for (const s of sens.steps) table.push([String(s.indicator.id), s.indicator.name.replace(SHORT_NAME, ''), String(s.level), gainText(s.gain)]);
  return `${style.bold('Sensitivity')}: the index gain of one more level, largest first\n${table.toString()}\n${marginLine(sens)}\n`;
}

export function sensitivityJson(sens: Sensitivity): Record<string, unknown> {
  const m = sens.margin;
  return {
    steps: sens.steps.map((s) => ({ indicator: s.indicator.id, level: s.level, gain: Number(toExactString(s.gain)), exactGain: toExactString(s.gain) })),
    margin: { predicate: m.predicate, floor: Number(toExactString(m.floor)), above: toRoundedNumber(m.above), exactAbove: toExactString(m.above), ...(m.next ? { next: m.next, nextFloor: Number(toExactString(m.nextFloor!)), short: toRoundedNumber(m.short!), exactShort: toExactString(m.short!) } : {}) },
  };
}

// ---- Self-assessment and targets ----------------------------------------------------------------------------

export function comparisonSummary(kind: 'self' | 'targets', c: LevelComparison, final: Rational): string {
  const delta = signedDelta(deltaOf(c.score.index, final));
  return kind === 'self'
    ? `Self-assessed (penilaian mandiri): ${fixed2(c.score.index)} ${c.score.predicate} (${delta} against the final ${fixed2(final)}); ${c.over} over-claim${c.over === 1 ? '' : 's'}, ${c.under} under-claim${c.under === 1 ? '' : 's'} of ${c.indicators.length} indicators.`
    : `Target: ${fixed2(c.score.index)} ${c.score.predicate} (${delta} from ${fixed2(final)}); ${c.over} indicator${c.over === 1 ? '' : 's'} to raise.`;
}

export function comparisonTable(kind: 'self' | 'targets', c: LevelComparison, style: Style): string {
  const other = kind === 'self' ? 'Self' : 'Target';
  const table = new Table({
    head: ['Aspek', 'Final', other, kind === 'self' ? 'Difference' : 'Gap', ...(kind === 'self' ? ['Over', 'Under'] : ['To raise'])].map((h) => style.bold(h)),
    style: tableStyle(),
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right'],
  });
  for (const a of c.aspects) {
    if (a.compared === 0) continue;
    table.push([`${a.id} ${a.name}`, fixed2(a.final), fixed2(a.other), signedDelta(deltaOf(a.other, a.final)), ...(kind === 'self' ? [String(a.over), String(a.under)] : [String(a.over)])]);
  }
  const rows = c.indicators.filter((d) => d.other !== d.final);
  const list = rows.map((d) => `${d.indicator.id} (${d.final} → ${d.other})`).join(', ');
  return `${table.toString()}\n${kind === 'self' ? 'Indicators where the self level differs' : 'Indicators to raise'}: ${list || 'none'}\n`;
}

function groupJson(g: LevelComparison['aspects'][number]) {
  return { id: g.id, final: toRoundedNumber(g.final), other: toRoundedNumber(g.other), difference: deltaNumber(deltaOf(g.other, g.final)), over: g.over, under: g.under, compared: g.compared };
}

export function levelComparisonJson(c: LevelComparison, final: Rational): Record<string, unknown> {
  return {
    index: toRoundedNumber(c.score.index),
    exactIndex: toExactString(c.score.index),
    predicate: c.score.predicate,
    difference: deltaNumber(deltaOf(c.score.index, final)),
    exactDifference: toExactString(sub(c.score.index, final)),
    over: c.over,
    under: c.under,
    compared: c.indicators.length,
    indicators: c.indicators.filter((d) => d.other !== d.final).map((d) => ({ id: d.indicator.id, final: d.final, other: d.other, difference: d.other - d.final })),
    aspects: c.aspects.filter((a) => a.compared > 0).map(groupJson),
    domains: c.domains.filter((d) => d.compared > 0).map(groupJson),
  };
}
