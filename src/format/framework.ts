/** Views of frameworks: the list of built-ins and one framework in full (table, json, markdown). */
import Table from 'cli-table3';
import type { Aspect, Domain, Framework } from '../core/framework.js';
import { toExactString } from '../core/rational.js';
import { yearsText } from '../core/registry.js';
import type { Catalog } from '../messages/catalog.js';
import { markdownCell, markdownCode, markdownText } from './escape.js';
import { exactText, weightText, type NumberStyle } from './numbers.js';
import { fitTable, tableStyle, wrapWords, type Palette } from './terminal.js';


/** The framework's sections: each domain with its aspects, or (a framework without domains) its aspects alone. */
const sections = (f: Framework): { domain?: Domain; aspects: Aspect[] }[] => (f.domains.length > 0 ? f.domains.map((domain) => ({ domain, aspects: domain.aspects })) : [{ aspects: f.aspects }]);

const counts = (f: Framework) => ({ domains: f.domains.length, aspects: f.aspects.length, indicators: f.indicators.length });

export function formatFrameworkList(frameworks: readonly Framework[], style: Palette, catalog: Catalog, columns = 133): string {
  const label = catalog.ui.frameworkLabels;
  const table = new Table({ head: [label.id, label.title, label.years, 'domain', 'aspek', 'indikator', label.status].map((h) => style.bold(h)), style: tableStyle(), colAligns: ['left', 'left', 'left', 'right', 'right', 'right', 'left'] });
  for (const f of frameworks) {
    const c = counts(f);
    table.push([f.id, f.title, yearsText(f), String(c.domains), String(c.aspects), String(c.indicators), f.status === 'provisional' ? style.yellow(f.status) : f.status]);
  }
  return `${fitTable(table, columns)}\n`;
}

export function frameworkListJson(frameworks: readonly Framework[]): string {
  return `${JSON.stringify(frameworks.map((f) => ({ id: f.id, title: f.title, years: f.years ?? null, status: f.status, ...counts(f), source: f.source })), null, 2)}\n`;
}

function levelNamesText(f: Framework): string[] {
  const sets = f.definition.scale.levelNames ?? {};
  return Object.entries(sets).map(([key, names]) => `${key}: ${Object.entries(names).map(([l, n]) => `${l} ${n}`).join(' · ')}`);
}

function predicatesText(f: Framework, n: NumberStyle): string {
  return f.predicates.map((p, i) => (i === 0 ? `${p.name} >= ${exactText(p.min, n)}` : `${p.name} ${exactText(p.min, n)} – < ${exactText(f.predicates[i - 1]!.min, n)}`)).join(' · ');
}

function facts(f: Framework, catalog: Catalog): [string, string][] {
  const label = catalog.ui.frameworkLabels;
  const rows: [string, string][] = [
    [label.regulation, f.source.regulation],
    [label.status, f.status],
    [label.years, yearsText(f)],
    [label.levels, `${f.scale.min}..${f.scale.max}`],
    ...levelNamesText(f).map((text): [string, string] => [label.levelNames, text]),
    [label.predikat, predicatesText(f, catalog.numbers)],
  ];
  if (f.source.citation) rows.splice(1, 0, [label.citation, f.source.citation]);
  for (const note of f.notes) rows.push([label.note, note]);
  return rows;
}

export function formatFrameworkTable(f: Framework, style: Palette, catalog: Catalog, columns = 133): string {
  const head = `${style.bold(f.title)} ${style.dim(`(${f.id})`)}\n${facts(f, catalog).map(([k, v]) => `${style.dim(k.padEnd(11))} ${wrapWords(v, columns - 12, 12)}`).join('\n')}\n`;
  const ui = catalog.ui;
  const n = catalog.numbers;
  const table = new Table({ head: ['#', ui.frameworkTable, ui.weight, ui.level].map((h) => style.bold(h)), style: tableStyle(), colAligns: ['right', 'left', 'right', 'left'] });
  for (const { domain: d, aspects } of sections(f)) {
    if (d) table.push([style.bold(`D${d.id}`), style.bold(d.name), style.bold(`${weightText(d.weight, n)}%`), '']);
    for (const a of aspects) {
      table.push([`A${a.id}`, `  ${a.name}`, `${weightText(a.weight, n)}%`, '']);
      for (const x of a.indicators) {
        const names = Object.values(x.levelNames).length > 0 ? Object.values(x.levelNames).join(', ') : `${f.scale.min}..${f.scale.max}`;
        table.push([String(x.id), `    ${x.name}${x.services ? ` (${catalog.phrases.perService({ max: x.services })})` : ''}`, `${weightText(x.weight, n)}%`, style.dim(names)]);
      }
    }
  }
  return `${head}\n${fitTable(table, columns)}\n`;
}

function aspectJson(a: Aspect) {
  return {
    id: a.id,
    name: a.name,
    weight: toExactString(a.weight),
    indicators: a.indicators.map((x) => ({
      id: x.id,
      name: x.name,
      weight: toExactString(x.weight),
      ...(x.services ? { services: x.services } : {}),
      ...(x.external ? { external: { agency: x.external.agency, index: x.external.index } } : {}),
      levelNames: x.levelNames,
    })),
  };
}

export function frameworkJson(f: Framework): string {
  return `${JSON.stringify(
    {
      id: f.id,
      title: f.title,
      indexName: f.indexName,
      status: f.status,
      source: f.source,
      years: f.years ?? null,
      notes: f.notes,
      scale: f.definition.scale,
      predicates: f.predicates.map((p) => ({ name: p.name, min: Number(toExactString(p.min)) })),
      domains: f.domains.map((d) => ({ id: d.id, name: d.name, weight: toExactString(d.weight), aspects: d.aspects.map(aspectJson) })),
      // A framework without domains (8/2026): its aspects are the top groups.
      ...(f.domains.length === 0 ? { aspects: f.aspects.map(aspectJson) } : {}),
    },
    null,
    2,
  )}\n`;
}

export function frameworkMarkdown(f: Framework, catalog: Catalog): string {
  const cell = (text: string) => markdownCell(markdownText(text));
  const n = catalog.numbers;
  let out = `# ${markdownText(f.title)} (${markdownCode(f.id)})\n\n`;
  out += facts(f, catalog).map(([k, v]) => `- **${k}**: ${cell(v)}`).join('\n');
  out += `\n\n| # | ${catalog.ui.frameworkTable} | ${catalog.ui.weight} |\n| ---: | --- | ---: |\n`;
  for (const { domain: d, aspects } of sections(f)) {
    if (d) out += `| D${d.id} | **${cell(d.name)}** | **${weightText(d.weight, n)} %** |\n`;
    for (const a of aspects) {
      out += `| A${a.id} | ${cell(a.name)} | ${weightText(a.weight, n)} % |\n`;
      for (const x of a.indicators) out += `| ${x.id} | ${cell(x.name)} | ${weightText(x.weight, n)} % |\n`;
    }
  }
  return out;
}
