/** `markdown`: tables for $GITHUB_STEP_SUMMARY and pull-request comments. */
import { describeGate } from '../core/gates.js';
import type { ScoreStats } from '../core/stats.js';
import { findingLocation } from './findings.js';
import { fixed2, signedDelta } from './numbers.js';
import { ranked, type BatchReport } from './report.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |\n`;
const arrow = (delta: bigint) => (delta > 0n ? `▲ ${signedDelta(delta)}` : delta < 0n ? `▼ ${signedDelta(delta)}` : `= ${signedDelta(delta)}`);

function statsTable(stats: ScoreStats): string {
  let out = row(['', 'mean', 'median', 'min', 'max']) + row(['---', '---:', '---:', '---:', '---:']);
  const line = (name: string, d: ScoreStats['index']) => row([name, fixed2(d.mean), fixed2(d.median), fixed2(d.min), fixed2(d.max)]);
  out += line('**Indeks**', stats.index);
  for (const d of stats.domains) out += line(`${d.id} ${d.name}`, d.distribution);
  out += `\n${stats.predicates.map((p) => `${p.name}: ${p.count}`).join(' · ')}\n`;
  return out;
}

export function* formatMarkdown(report: BatchReport): Iterable<string> {
  const scored = ranked(report.results);
  if (report.command === 'score' && scored.length > 0) {
    yield '## SPBE index\n\n';
    yield row(['#', 'Agency', 'Year', 'Index', 'Predikat', 'Change', 'File']);
    yield row(['---:', '---', '---:', '---:', '---', '---:', '---']);
    let rank = 0;
    for (const r of scored) {
      rank++;
      const c = r.comparison;
      yield row([String(rank), r.assessment!.agency.name, String(r.assessment!.year), fixed2(r.score!.index), r.score!.predicate, c ? `${arrow(c.indexDelta)} (${c.previous.year})` : '', `\`${r.file}\``]);
    }
    if (report.stats && scored.length > 1) yield `\n### Summary\n\n${statsTable(report.stats)}`;
    for (const group of report.groups ?? []) yield `\n### ${report.groupBy}: ${group.name}\n\n${statsTable(group.stats)}`;
  }
  const problems = report.results.flatMap((r) => [
    ...r.findings.map((f) => [findingLocation(r.file, f), f.severity, f.message, `\`${f.code}\``]),
    ...(r.gates ?? []).map((g) => [r.file, 'gate', describeGate(g), '']),
  ]);
  if (problems.length > 0) {
    yield `\n## Findings\n\n${row(['Location', 'Severity', 'Message', 'Code'])}${row(['---', '---', '---', '---'])}`;
    for (const p of problems) yield row(p as string[]);
  }
  const s = report.summary;
  yield `\n${s.files} file${s.files === 1 ? '' : 's'}: ${s.valid} valid, ${s.invalid} invalid\n`;
}
