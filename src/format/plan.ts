/** Views of a plan: table, json (shared/spec/json-output.md "spbe plan"), markdown. */
import Table from 'cli-table3';
import type { Plan, PlanOptions } from '../core/plan.js';
import { toExactString, toFixed, toRoundedNumber } from '../core/rational.js';
import type { FileResult } from '../core/result.js';
import type { Catalog } from '../messages/catalog.js';
import { gainText } from './analysis.js';
import { fixed2, shortName } from './numbers.js';
import { tableStyle, type Palette as Style } from './terminal.js';

const levelName = (p: Plan['steps'][number], level: number) => p.indicator.levelNames[level] ?? String(level);
const targetText = (plan: Plan) => (plan.targetPredicate ? `${plan.targetPredicate} (${toFixed(plan.target)})` : toFixed(plan.target));

function constraints(options: PlanOptions, catalog: Catalog): string {
  const only = options.only && (options.only.aspects.length || options.only.domains.length) ? [...options.only.domains.map((d) => `domain ${d}`), ...options.only.aspects.map((a) => `aspek ${a}`)].join(', ') : '';
  return catalog.phrases.planConstraints({ maxStep: options.maxStep, only, exclude: options.exclude?.join(', ') ?? '', basis: options.basis });
}

function headline(result: FileResult, plan: Plan, options: PlanOptions, style: Style, catalog: Catalog): string {
  const s = result.score!;
  const phrases = catalog.phrases;
  const lines = [`${style.bold(result.assessment!.agency.name)} · ${result.assessment!.year} · ${s.framework.indexName} ${style.bold(fixed2(s.index))} ${s.predicate}`, `${catalog.ui.target}: ${style.bold(targetText(plan))} · ${constraints(options, catalog)}`];
  const counts = { steps: plan.steps.reduce((n, s) => n + s.to - s.from, 0), indicators: plan.steps.length, effort: toExactString(plan.totalEffort) };
  if (plan.alreadyReached) lines.push(style.green(phrases.planAlready()));
  else if (!plan.reachable) lines.push(style.red(phrases.planUnreachable({ count: plan.steps.length })));
  else lines.push(plan.objective === 'effort' ? phrases.planEffort(counts) : phrases.planFewest(counts));
  return `${lines.join('\n')}\n`;
}

export function formatPlanTable(result: FileResult, plan: Plan, options: PlanOptions, style: Style, catalog: Catalog): string {
  const parts = [headline(result, plan, options, style, catalog)];
  if (plan.steps.length > 0) {
    const effort = plan.objective === 'effort';
    const ui = catalog.ui;
    const table = new Table({ head: ['#', ui.indikator, ui.level, ui.levelName, ui.gain, ...(effort ? [ui.effort] : [])].map((h) => style.bold(h)), style: tableStyle(), colAligns: ['right', 'left', 'left', 'left', 'right', 'right'] });
    for (const step of plan.steps) {
      table.push([String(step.indicator.id), shortName(step.indicator.name), `${step.from} → ${step.to}`, `${levelName(step, step.from)} → ${levelName(step, step.to)}`, gainText(step.gain), ...(effort ? [toExactString(step.effort)] : [])]);
    }
    parts.push(`${table.toString()}\n`);
  }
  const s = result.score!;
  const p = plan.projected;
  const domains = p.domains.map((d, i) => `${d.group.id} ${fixed2(s.domains[i]!.index)} → ${fixed2(d.index)}`).join(' · ');
  parts.push(`${catalog.phrases.planProjected({ index: style.bold(fixed2(p.index)), predicate: style.bold(p.predicate), exact: toExactString(p.index), domains })}\n`);
  return parts.join('\n');
}

export function planJson(result: FileResult, plan: Plan): string {
  const p = plan.projected;
  const document = {
    file: result.file,
    target: { ...(plan.targetPredicate ? { predicate: plan.targetPredicate } : {}), index: toRoundedNumber(plan.target) },
    reachable: plan.reachable,
    alreadyReached: plan.alreadyReached,
    objective: plan.objective,
    current: { index: toRoundedNumber(result.score!.index), exactIndex: toExactString(result.score!.index), predicate: result.score!.predicate },
    steps: plan.steps.map((s) => ({ indicator: s.indicator.id, from: s.from, to: s.to, gain: Number(toExactString(s.gain)), effort: Number(toExactString(s.effort)) })),
    totalEffort: Number(toExactString(plan.totalEffort)),
    projected: { index: toRoundedNumber(p.index), exactIndex: toExactString(p.index), predicate: p.predicate, domains: p.domains.map((d) => ({ id: d.group.id, index: toRoundedNumber(d.index) })) },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function planMarkdown(result: FileResult, plan: Plan, options: PlanOptions, catalog: Catalog): string {
  const ui = catalog.ui;
  let out = `## ${ui.planTo} ${targetText(plan)}: ${result.assessment!.agency.name} ${result.assessment!.year}\n\n`;
  out += `${fixed2(result.score!.index)} ${result.score!.predicate}; ${constraints(options, catalog)}.\n\n`;
  if (!plan.reachable) out += `**${ui.outOfReach}**.\n\n`;
  if (plan.steps.length > 0) {
    out += `| # | ${ui.indikator} | ${ui.level} | ${ui.gain} |\n| ---: | --- | --- | ---: |\n`;
    for (const s of plan.steps) out += `| ${s.indicator.id} | ${shortName(s.indicator.name)} | ${s.from} → ${s.to} | ${gainText(s.gain)} |\n`;
  }
  out += `\n${ui.projected}: **${fixed2(plan.projected.index)} ${plan.projected.predicate}**\n`;
  return out;
}
