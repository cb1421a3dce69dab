/** `markdown`: tables for $GITHUB_STEP_SUMMARY and pull-request comments. */
import { describeGate } from '../core/gates.js';
import { t } from '../messages/catalog.js';
import type { ScoreStats } from '../core/stats.js';
import { findingLocation } from './findings.js';
import { changeText, fixed2 } from './numbers.js';
import { ranked, type BatchReport } from './report.js';
import { formatAgencyMarkdown } from './markdown-agency.js';
import { row } from './markdown-cells.js';


function statsTable(stats: ScoreStats): string {
  const ui = t().ui;
  let out = row(['', ui.mean, ui.median, ui.min, ui.max]) + row(['---', '---:', '---:', '---:', '---:']);
  const line = (name: string, d: ScoreStats['index']) => row([name, fixed2(d.mean), fixed2(d.median), fixed2(d.min), fixed2(d.max)]);
  out += line(`**${ui.index}**`, stats.index);
  for (const d of stats.domains) out += line(`${d.id} ${d.name}`, d.distribution);
  out += `\n${stats.predicates.map((p) => `${p.name}: ${p.count}`).join(' · ')}\n`;
  return out;
}

export function* formatMarkdown(report: BatchReport): Iterable<string> {
  const scored = ranked(report.results);
  // One agency (one or several years of it): its full view, as in the HTML report.
  if (report.command === 'score' && scored.length > 0 && new Set(scored.map((r) => r.assessment!.agency.id)).size === 1) {
    yield formatAgencyMarkdown(scored);
    yield* findingsSection(report);
    return;
  }
  if (report.command === 'score' && scored.length > 0) {
    const ui = t().ui;
    yield `## ${ui.spbeIndex}\n\n`;
    yield row(['#', ui.agency, ui.year, ui.index, ui.predikat, ui.change, ui.file]);
    yield row(['---:', '---', '---:', '---:', '---', '---:', '---']);
    let rank = 0;
    for (const r of scored) {
      rank++;
      const c = r.comparison;
      yield row([String(rank), r.assessment!.agency.name, String(r.assessment!.year), fixed2(r.score!.index), r.score!.predicate, c ? `${changeText(c.indexDelta)} (${c.previous.year})` : '', `\`${r.file}\``]);
    }
    if (report.stats && scored.length > 1) yield `\n### ${ui.summary}\n\n${statsTable(report.stats)}`;
    for (const group of report.groups ?? []) yield `\n### ${report.groupBy}: ${group.name}\n\n${statsTable(group.stats)}`;
  }
  yield* findingsSection(report);
}

function* findingsSection(report: BatchReport): Iterable<string> {
  const problems = report.results.flatMap((r) => [
    ...r.findings.map((f) => [findingLocation(r.file, f), t().ui[f.severity], f.message, `\`${f.code}\``]),
    ...(r.gates ?? []).map((g) => [r.file, t().ui.gate, describeGate(g), '']),
  ]);
  if (problems.length > 0) {
    const ui = t().ui;
    yield `\n## ${ui.findings}\n\n${row([ui.location, ui.severity, ui.message, ui.code])}${row(['---', '---', '---', '---'])}`;
    for (const p of problems) yield row(p as string[]);
  }
  yield `\n${t().phrases.summary({ ...report.summary, errors: 0, warnings: 0 })}\n`;
}
