/** Views of a plan: table, json (shared/spec/json-output.md "spbe plan"), markdown. */
import Table from 'cli-table3';
import type { Plan, PlanOptions } from '../core/plan.js';
import { MAX_TABLE, type EvidencePlan, type PlannedItem } from '../core/evidence-plan.js';
import { rational, toExactString, toRoundedNumber, type Rational } from '../core/rational.js';
import type { FileResult } from '../core/result.js';
import type { ScoreResult } from '../core/score.js';
import type { Catalog } from '../messages/catalog.js';
import { stepText } from './analysis.js';
import { markdownCell, markdownText as md } from './escape.js';
import { exactText, fixed2, gainText, jsonNumber, shortName, valueText, type NumberStyle } from './numbers.js';
import { fitTable, tableStyle, type Palette } from './terminal.js';

const levelName = (p: Plan['steps'][number], level: Rational, n: NumberStyle) => (level.den === 1n ? (p.indicator.levelNames[Number(level.num)] ?? String(level.num)) : valueText(level, n));
const cell = (name: string) => markdownCell(md(shortName(name)));
const targetText = (plan: Plan | EvidencePlan, n: NumberStyle) => (plan.targetPredicate ? `${plan.targetPredicate} (${fixed2(plan.target, n)})` : fixed2(plan.target, n));

function constraints(options: PlanOptions, catalog: Catalog): string {
  const only = options.only && (options.only.aspects.length || options.only.domains.length) ? [...options.only.domains.map((d) => `domain ${d}`), ...options.only.aspects.map((a) => `aspek ${a}`)].join(', ') : '';
  return catalog.phrases.planConstraints({ maxStep: options.maxStep, only, exclude: options.exclude?.join(', ') ?? '', basis: options.basis });
}

function headline(result: FileResult, plan: Plan, options: PlanOptions, style: Palette, catalog: Catalog): string {
  const n = catalog.numbers;
  const s = result.score!;
  const phrases = catalog.phrases;
  const lines = [`${style.bold(result.assessment!.agency.name)} · ${result.assessment!.year} · ${s.framework.indexName} ${style.bold(fixed2(s.index, n))} ${s.predicate}`, `${catalog.ui.target}: ${style.bold(targetText(plan, n))} · ${constraints(options, catalog)}`];
  const counts = { steps: plan.steps.reduce((sum, s) => sum + s.levels, 0), indicators: plan.steps.length, effort: exactText(plan.totalEffort, n) };
  if (plan.tooLarge) lines.push(style.red(phrases.planTooLarge({ limit: MAX_TABLE })));
  else if (plan.alreadyReached) lines.push(style.green(phrases.planAlready()));
  else if (!plan.reachable) lines.push(style.red(phrases.planUnreachable({ count: plan.steps.length })));
  else lines.push(plan.objective === 'effort' ? phrases.planEffort(counts) : phrases.planFewest(counts));
  return `${lines.join('\n')}\n`;
}

/** The plan as tables, fitted to the terminal's width (`columns`; 133 when unknown, as the score table). */
export function formatPlanTable(result: FileResult, plan: Plan, options: PlanOptions, style: Palette, catalog: Catalog, columns = 133): string {
  const n = catalog.numbers;
  const parts = [headline(result, plan, options, style, catalog)];
  if (plan.steps.length > 0) {
    const effort = plan.objective === 'effort';
    const ui = catalog.ui;
    const table = new Table({ head: ['#', ui.indikator, ui.level, ui.levelName, ui.gain, ...(effort ? [ui.effort] : [])].map((h) => style.bold(h)), style: tableStyle(), colAligns: ['right', 'left', 'left', 'left', 'right', 'right'] });
    for (const step of plan.steps) {
      table.push([String(step.indicator.id), shortName(step.indicator.name), stepText(step, n), `${levelName(step, step.from, n)} → ${levelName(step, rational(step.to), n)}`, gainText(step.gain, n), ...(effort ? [exactText(step.effort, n)] : [])]);
    }
    parts.push(`${fitTable(table, columns)}\n`);
  }
  parts.push(projectedLine(result.score!, plan.projected, style, catalog));
  return parts.join('\n');
}

/** The projected index and its top groups before → after: domains, or the aspects of a framework without domains. */
function projectedLine(before: ScoreResult, p: ScoreResult, style: Palette, catalog: Catalog): string {
  const n = catalog.numbers;
  const [now, then] = p.domains.length > 0 ? [p.domains, before.domains] : [p.aspects, before.aspects];
  const groups = now.map((g, i) => `${g.group.id} ${fixed2(then[i]!.index, n)} → ${fixed2(g.index, n)}`).join(' · ');
  const params = { index: style.bold(fixed2(p.index, n)), predicate: style.bold(p.predicate), exact: exactText(p.index, n), groups };
  return `${p.domains.length > 0 ? catalog.phrases.planProjected(params) : catalog.phrases.planProjectedAspects(params)}\n`;
}

/** The projected result of a plan: index, predikat, domains (empty without domains) and aspects. */
const projectedJson = (p: ScoreResult) => ({
  index: toRoundedNumber(p.index),
  exactIndex: toExactString(p.index),
  predicate: p.predicate,
  domains: p.domains.map((d) => ({ id: d.group.id, index: toRoundedNumber(d.index) })),
  aspects: p.aspects.map((a) => ({ id: a.group.id, index: toRoundedNumber(a.index) })),
});

/** What both plans' JSON start with after `file` (and an evidence plan's `basis`). */
const planHead = (result: FileResult, plan: Plan | EvidencePlan) => ({
  target: { ...(plan.targetPredicate ? { predicate: plan.targetPredicate } : {}), index: toRoundedNumber(plan.target) },
  reachable: plan.reachable,
  alreadyReached: plan.alreadyReached,
  tooLarge: plan.tooLarge,
  objective: plan.objective,
  current: { index: toRoundedNumber(result.score!.index), exactIndex: toExactString(result.score!.index), predicate: result.score!.predicate },
});

export function planJson(result: FileResult, plan: Plan): string {
  const document = {
    file: result.file,
    ...planHead(result, plan),
    steps: plan.steps.map((s) => ({ indicator: s.indicator.id, from: jsonNumber(s.from), ...(s.from.den === 1n ? {} : { exactFrom: toExactString(s.from) }), to: s.to, gain: Number(toExactString(s.gain)), exactGain: toExactString(s.gain), effort: Number(toExactString(s.effort)) })),
    totalEffort: Number(toExactString(plan.totalEffort)),
    projected: projectedJson(plan.projected),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function planMarkdown(result: FileResult, plan: Plan, options: PlanOptions, catalog: Catalog): string {
  const n = catalog.numbers;
  const ui = catalog.ui;
  let out = `## ${ui.planTo} ${md(targetText(plan, n))}: ${md(result.assessment!.agency.name)} ${result.assessment!.year}\n\n`;
  out += `${fixed2(result.score!.index, n)} ${md(result.score!.predicate)}; ${constraints(options, catalog)}.\n\n`;
  if (!plan.reachable) out += `**${ui.outOfReach}**.\n\n`;
  if (plan.steps.length > 0) {
    out += `| # | ${ui.indikator} | ${ui.level} | ${ui.gain} |\n| ---: | --- | --- | ---: |\n`;
    for (const s of plan.steps) out += `| ${s.indicator.id} | ${cell(s.indicator.name)} | ${stepText(s, n)} | ${gainText(s.gain, n)} |\n`;
  }
  out += `\n${ui.projected}: **${fixed2(plan.projected.index, n)} ${md(plan.projected.predicate)}**\n`;
  return out;
}

// Plans over evidence items (files whose entries list evidenceItems): the items to get accepted, by unit.

function evidenceHeadline(result: FileResult, plan: EvidencePlan, style: Palette, catalog: Catalog): string {
  const n = catalog.numbers;
  const s = result.score!;
  const phrases = catalog.phrases;
  const lines = [`${style.bold(result.assessment!.agency.name)} · ${result.assessment!.year} · ${s.framework.indexName} ${style.bold(fixed2(s.index, n))} ${s.predicate}`, `${catalog.ui.target}: ${style.bold(targetText(plan, n))}`, phrases.evidencePlanMode(), phrases.evidencePlanBaseline({ index: fixed2(plan.baseline.index, n), predicate: plan.baseline.predicate })];
  const counts = { items: plan.itemCount, indicators: plan.steps.length, effort: exactText(plan.totalEffort, n) };
  if (plan.tooLarge) lines.push(style.red(phrases.evidencePlanTooLarge({ limit: MAX_TABLE })));
  else if (plan.alreadyReached) lines.push(style.green(phrases.planAlready()));
  else if (!plan.reachable) lines.push(style.red(phrases.evidencePlanUnreachable(counts)));
  else lines.push(plan.objective === 'effort' ? phrases.evidencePlanEffort(counts) : phrases.evidencePlanFewest(counts));
  return `${lines.join('\n')}\n`;
}

const statusText = (i: PlannedItem) => (i.revision ? `${i.status} (${i.revision})` : i.status);

export function formatEvidencePlanTable(result: FileResult, plan: EvidencePlan, style: Palette, catalog: Catalog, columns = 133): string {
  const n = catalog.numbers;
  const parts = [evidenceHeadline(result, plan, style, catalog)];
  const ui = catalog.ui;
  const effort = plan.objective === 'effort';
  if (plan.steps.length > 0) {
    const table = new Table({ head: ['#', ui.indikator, ui.level, ui.gain, ...(effort ? [ui.effort] : [])].map((h) => style.bold(h)), style: tableStyle(), colAligns: ['right', 'left', 'left', 'right', 'right'] });
    for (const step of plan.steps) table.push([String(step.indicator.id), shortName(step.indicator.name), `${step.from} → ${step.to}`, gainText(step.gain, n), ...(effort ? [exactText(step.effort, n)] : [])]);
    parts.push(`${fitTable(table, columns)}\n`);
    const items = new Table({ head: [ui.responsibleUnit, ui.evidenceItem, ui.level, ui.evidenceStatus, ...(effort ? [ui.effort] : [])].map((h) => style.bold(h)), style: tableStyle() });
    for (const group of plan.byUnit) group.items.forEach((i, k) => items.push([k === 0 ? group.unit : '', i.code, String(i.level), statusText(i), ...(effort ? [exactText(i.effort, n)] : [])]));
    parts.push(`${style.bold(ui.evidenceItems)}\n${fitTable(items, columns)}\n`);
  }
  parts.push(projectedLine(plan.baseline, plan.projected, style, catalog));
  return parts.join('\n');
}

export function evidencePlanJson(result: FileResult, plan: EvidencePlan): string {
  const item = (i: PlannedItem) => ({ indicator: i.indicator, code: i.code, level: i.level, status: i.status, ...(i.revision ? { revision: i.revision } : {}), ...(i.unit ? { unit: i.unit } : {}), effort: Number(toExactString(i.effort)) });
  const document = {
    file: result.file,
    basis: 'evidence',
    ...planHead(result, plan),
    baseline: { index: toRoundedNumber(plan.baseline.index), exactIndex: toExactString(plan.baseline.index), predicate: plan.baseline.predicate },
    steps: plan.steps.map((s) => ({ indicator: s.indicator.id, from: s.from, to: s.to, gain: Number(toExactString(s.gain)), effort: Number(toExactString(s.effort)), items: s.items.map((i) => i.code) })),
    itemCount: plan.itemCount,
    totalEffort: Number(toExactString(plan.totalEffort)),
    byUnit: plan.byUnit.map((u) => ({ unit: u.unit, items: u.items.map(item) })),
    projected: projectedJson(plan.projected),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function evidencePlanMarkdown(result: FileResult, plan: EvidencePlan, catalog: Catalog): string {
  const n = catalog.numbers;
  const ui = catalog.ui;
  const phrases = catalog.phrases;
  let out = `## ${ui.planTo} ${md(targetText(plan, n))}: ${md(result.assessment!.agency.name)} ${result.assessment!.year}\n\n`;
  out += `${fixed2(result.score!.index, n)} ${md(result.score!.predicate)}. ${phrases.evidencePlanMode()} ${phrases.evidencePlanBaseline({ index: fixed2(plan.baseline.index, n), predicate: md(plan.baseline.predicate) })}\n\n`;
  if (plan.tooLarge) out += `**${phrases.evidencePlanTooLarge({ limit: MAX_TABLE })}**\n\n`;
  else if (!plan.reachable) out += `**${ui.outOfReach}**.\n\n`;
  if (plan.steps.length > 0) {
    out += `| # | ${ui.indikator} | ${ui.level} | ${ui.gain} |\n| ---: | --- | --- | ---: |\n`;
    for (const s of plan.steps) out += `| ${s.indicator.id} | ${cell(s.indicator.name)} | ${s.from} → ${s.to} | ${gainText(s.gain, n)} |\n`;
    out += `\n### ${ui.evidenceItems}\n`;
    for (const group of plan.byUnit) {
      out += `\n**${md(group.unit)}**\n\n`;
      for (const i of group.items) out += `- ${md(i.code)} (${ui.level} ${i.level}): ${md(statusText(i))}${plan.objective === 'effort' ? `; ${ui.effort} ${exactText(i.effort, n)}` : ''}\n`;
    }
  }
  out += `\n${ui.projected}: **${fixed2(plan.projected.index, n)} ${md(plan.projected.predicate)}**\n`;
  return out;
}
