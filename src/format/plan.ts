/** Views of a plan: table, json (shared/spec/json-output.md "spbe plan"), markdown. */
import Table from 'cli-table3';
import type { Plan, PlanOptions } from '../core/plan.js';
import { toExactString, toFixed, toRoundedNumber } from '../core/rational.js';
import type { FileResult } from '../io/evaluate.js';
import { gainText } from './analysis.js';
import { fixed2 } from './numbers.js';
import type { Style } from './style.js';

const tableStyle = () => ({ head: [] as string[], border: [] as string[], compact: true });
const SHORT_NAME = /^Tingkat Kematangan /;
const levelName = (p: Plan['steps'][number], level: number) => p.indicator.levelNames[level] ?? String(level);
const targetText = (plan: Plan) => (plan.targetPredicate ? `${plan.targetPredicate} (${toFixed(plan.target)})` : toFixed(plan.target));

function constraints(options: PlanOptions): string {
  const parts = [`at most ${options.maxStep} level${options.maxStep === 1 ? '' : 's'} up per indicator`];
  if (options.only && (options.only.aspects.length || options.only.domains.length)) parts.push(`only ${[...options.only.domains.map((d) => `domain ${d}`), ...options.only.aspects.map((a) => `aspek ${a}`)].join(', ')}`);
  if (options.exclude?.length) parts.push(`not indikator ${options.exclude.join(', ')}`);
  parts.push(`predikat on the ${options.basis} index`);
  return parts.join('; ');
}

function headline(result: FileResult, plan: Plan, options: PlanOptions, style: Style): string {
  const s = result.score!;
  const lines = [`${style.bold(result.assessment!.agency.name)} · ${result.assessment!.year} · ${s.framework.indexName} ${style.bold(fixed2(s.index))} ${s.predicate}`, `Target: ${style.bold(targetText(plan))} · ${constraints(options)}`];
  if (plan.alreadyReached) lines.push(style.green('Already reached: no steps needed.'));
  else if (!plan.reachable) lines.push(style.red(`Out of reach under these constraints. The best reachable result takes all ${plan.steps.length} allowed steps:`));
  else lines.push(`${plan.objective === 'effort' ? `Least total effort: ${toExactString(plan.totalEffort)}` : 'Fewest level steps'}: ${plan.steps.reduce((n, s) => n + s.to - s.from, 0)} step${plan.steps.length === 1 ? '' : 's'} on ${plan.steps.length} indikator${plan.steps.length === 1 ? '' : 's'}.`);
  return `${lines.join('\n')}\n`;
}

export function formatPlanTable(result: FileResult, plan: Plan, options: PlanOptions, style: Style): string {
  const parts = [headline(result, plan, options, style)];
  if (plan.steps.length > 0) {
    const effort = plan.objective === 'effort';
    const table = new Table({ head: ['#', 'Indikator', 'Level', 'Level name', 'Gain', ...(effort ? ['Effort'] : [])].map((h) => style.bold(h)), style: tableStyle(), colAligns: ['right', 'left', 'left', 'left', 'right', 'right'] });
    for (const step of plan.steps) {
      table.push([String(step.indicator.id), step.indicator.name.replace(SHORT_NAME, ''), `${step.from} → ${step.to}`, `${levelName(step, step.from)} → ${levelName(step, step.to)}`, gainText(step.gain), ...(effort ? [toExactString(step.effort)] : [])]);
    }
    parts.push(`${table.toString()}\n`);
  }
  const s = result.score!;
  const p = plan.projected;
  const domains = p.domains.map((d, i) => `${d.group.id} ${fixed2(s.domains[i]!.index)} → ${fixed2(d.index)}`).join(' · ');
  parts.push(`Projected: ${style.bold(fixed2(p.index))} ${style.bold(p.predicate)} (exact ${toExactString(p.index)}); domains ${domains}\n`);
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

export function planMarkdown(result: FileResult, plan: Plan, options: PlanOptions): string {
  let out = `## Plan to ${targetText(plan)}: ${result.assessment!.agency.name} ${result.assessment!.year}\n\n`;
  out += `Current ${fixed2(result.score!.index)} ${result.score!.predicate}; ${constraints(options)}.\n\n`;
  if (!plan.reachable) out += '**Out of reach under these constraints**; the best reachable result is shown.\n\n';
  if (plan.steps.length > 0) {
    out += '| # | Indikator | Level | Gain |\n| ---: | --- | --- | ---: |\n';
    for (const s of plan.steps) out += `| ${s.indicator.id} | ${s.indicator.name.replace(SHORT_NAME, '')} | ${s.from} → ${s.to} | ${gainText(s.gain)} |\n`;
  }
  out += `\nProjected: **${fixed2(plan.projected.index)} ${plan.projected.predicate}**\n`;
  return out;
}
