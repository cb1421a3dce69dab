/**
 * `markdown` for one agency: the content of the HTML report in Markdown, for pull requests and
 * $GITHUB_STEP_SUMMARY: the index and predikat with the change, domains with arrows, aspects
 * (with previous and target where known), the trend, the plan to the next predikat, indicators.
 */
import { selfAssessment, targets } from '../core/analysis.js';
import { planToNextPredicate } from '../core/plan.js';
import { publishedDifference, toFixed, type Rational } from '../core/rational.js';
import { indicatorScores } from '../core/score.js';
import type { FileResult } from '../io/evaluate.js';
import { t } from '../messages/catalog.js';
import { yearTrend } from './report.js';
import { comparisonSummary, gainText } from './analysis.js';
import { explainComparison } from './decomposition.js';
import { changeText, shortName, weightText } from './numbers.js';
import { row } from './markdown-cells.js';


function arrow(current: Rational, before: Rational | undefined): string {
  return before ? changeText(publishedDifference(current, before)) : '';
}

export function formatAgencyMarkdown(results: readonly FileResult[]): string {
  const ui = t().ui;
  const sorted = [...results].sort((a, b) => a.assessment!.year - b.assessment!.year);
  const result = sorted.at(-1)!;
  const s = result.score!;
  const a = result.assessment!;
  const c = result.comparison;
  const previous = c?.previous;
  const sameFramework = c?.likeForLike ?? false;
  let out = `## ${a.agency.name}: ${s.framework.indexName} ${a.year}\n\n`;
  const since = c ? ` · ${t().phrases.reportSince({ change: arrow(s.index, previous!.index), year: previous!.year, index: toFixed(previous!.index), predicate: previous!.predicate })}` : '';
  out += `**${toFixed(s.index)} ${s.predicate}**${since} · ${s.framework.title}\n\n`;

  out += row([ui.domain, ui.weight, ui.index, ...(previous ? [String(previous.year), ui.change] : [])]);
  out += row(['---', '---:', '---:', ...(previous ? ['---:', '---:'] : [])]);
  for (const d of s.domains) {
    const before = sameFramework ? previous?.domains?.get(d.group.id) : undefined;
    out += row([`${d.group.id} ${d.group.name}`, `${weightText(d.group.weight)} %`, toFixed(d.index), ...(previous ? [before ? toFixed(before) : '', arrow(d.index, before)] : [])]);
  }
  out += row([`**${s.framework.indexName}**`, '100 %', `**${toFixed(s.index)}**`, ...(previous ? [toFixed(previous.index), arrow(s.index, previous.index)] : [])]);
  out += row([ui.predikat, '', `**${s.predicate}**`, ...(previous ? [previous.predicate, ''] : [])]);

  const aims = targets(s.framework, a.indicators, s, s.predicateBasis);
  const before = sameFramework ? previous?.aspects : undefined;
  out += `\n### ${ui.aspectIndices}\n\n`;
  out += row([ui.aspek, ui.weight, ui.index, ...(before ? [String(previous!.year)] : []), ...(aims ? [ui.target] : [])]);
  out += row(['---', '---:', '---:', ...(before ? ['---:'] : []), ...(aims ? ['---:'] : [])]);
  s.aspects.forEach((x, i) => {
    const was = before?.get(x.group.id);
    out += row([`${x.group.id} ${x.group.name}`, `${weightText(x.group.weight)} %`, toFixed(x.index), ...(before ? [was ? toFixed(was) : ''] : []), ...(aims ? [toFixed(aims.score.aspects[i]!.index)] : [])]);
  });

  const notes = [c && !c.likeForLike ? explainComparison(c, a.year, s.framework.id) : ''];
  const own = selfAssessment(s.framework, a.indicators, s, s.predicateBasis);
  if (own) notes.push(comparisonSummary('self', own, s.index));
  if (aims) notes.push(comparisonSummary('targets', aims, s.index));
  for (const note of notes.filter(Boolean)) out += `\n> ${note}\n`;

  const trend = yearTrend(sorted);
  if (trend.length > 1) {
    out += `\n### ${s.framework.indexName} ${ui.overTheYears}\n\n${row([ui.year, ui.index, ui.predikat])}${row(['---:', '---:', '---'])}`;
    for (const point of trend) out += row([String(point.year), toFixed(point.index), point.predicate]);
  }

  const toNext = planToNextPredicate(s, a.indicators);
  if (toNext) {
    const { band: next, plan: p } = toNext;
    out += `\n### ${ui.planTo} ${next.name} (${toFixed(next.min)})\n\n`;
    out += `${p.reachable ? t().phrases.reportPlan({ count: p.steps.length, index: toFixed(p.projected.index), predicate: p.projected.predicate }) : t().phrases.reportPlanUnreachable({ target: next.name, index: toFixed(p.projected.index) })}\n\n`;
    out += row(['#', ui.indikator, ui.level, ui.gain]) + row(['---:', '---', '---', '---:']);
    for (const step of p.steps) out += row([String(step.indicator.id), shortName(step.indicator.name), `${step.from} → ${step.to}`, gainText(step.gain)]);
  }

  out += `\n### ${ui.indikator}\n\n${row(['#', ui.indikator, ui.level, ui.levelName, ui.penjelasan, ui.buktiDukung])}${row(['---:', '---', '---:', '---', '---', '---'])}`;
  for (const x of indicatorScores(s.framework, a.indicators)) {
    out += row([String(x.indicator.id), shortName(x.indicator.name), x.value.den === 1n ? String(x.value.num) : toFixed(x.value), x.levelName ?? '', x.entry.explanation ?? '', (x.entry.evidence ?? []).join('; ')]);
  }
  return out;
}
