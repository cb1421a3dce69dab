/**
 * `spbe init`: a complete assessment template. Every indicator is listed with its name, aspect,
 * domain, weight and level names as comments; levels are `~` (empty) placeholders that fail
 * validation until filled, so an unfilled template can never pass CI.
 */
import { slugify } from '../core/assessment.js';
import type { Framework } from '../core/framework.js';
import type { Catalog } from '../messages/catalog.js';
import { weightText } from './numbers.js';

export interface TemplateOptions {
  agency: string;
  year: number;
  framework: Framework;
  /** Path of schemas/assessment.schema.json as the file will see it. */
  schema: string;
}

const quote = (text: string) => (/^[\w .,/()-]+$/.test(text) && !/^\d/.test(text) ? text : JSON.stringify(text));

export function assessmentTemplate(options: TemplateOptions, catalog: Catalog): string {
  const f = options.framework;
  const lines = [
    `# yaml-language-server: $schema=${options.schema}`,
    `#`,
    `# ${catalog.phrases.initHeader({ agency: options.agency, year: options.year, framework: f.title })}`,
    `# ${catalog.phrases.initFill({ min: f.scale.min, max: f.scale.max })}`,
    `# ${catalog.phrases.initEvidence()}`,
    `framework: ${f.id}`,
    `year: ${options.year}`,
    `agency:`,
    `  name: ${quote(options.agency)}`,
    `  id: ${slugify(options.agency)}`,
    `  # category: kementerian | lpnk | lns | provinsi | kabupaten | kota | lainnya`,
    `  # province: ...`,
    `stage: mandiri`,
    `indicators:`,
  ];
  for (const aspect of f.aspects) {
    const domain = f.domains.find((d) => d.id === aspect.domainId);
    const where = domain ? `Domain ${domain.id} ${domain.name} (${weightText(domain.weight)} %) · ` : '';
    lines.push(`  # ${where}Aspek ${aspect.id} ${aspect.name} (${weightText(aspect.weight)} %)`);
    const names = aspect.indicators[0]?.levelNames ?? {};
    if (Object.keys(names).length > 0) lines.push(`  # Level: ${Object.entries(names).map(([level, name]) => `${level} ${name}`).join(' · ')}`);
    for (const x of aspect.indicators) {
      lines.push(`  ${x.id}: # ${x.name} (${weightText(x.weight)} %)`);
      if (x.services) {
        lines.push(`    services: # ${catalog.phrases.initServices({ max: x.services })}`);
        for (let i = 0; i < x.services; i++) lines.push(`      - {name: ~, level: ~}`);
      } else if (x.external) {
        // Until the other agency's value arrives the indicator counts as the scale minimum.
        lines.push(`    external: {source: ${quote(`${x.external.index} (${x.external.agency})`)}, status: waiting}   # ${catalog.phrases.initExternal({ min: f.scale.min })}`);
      } else {
        lines.push(`    level: ~`);
      }
      lines.push(`    explanation: ""`, `    evidence: []`);
      // 8/2026: levels are won item by item; one skeleton per level, to be renamed to the application's codes.
      if (f.scale.fractional && !x.external) {
        lines.push(`    evidenceItems:`);
        for (let level = 1; level <= f.scale.max; level++) lines.push(`      - {code: I${x.id}-L${level}-01, status: belum}`);
      }
    }
  }
  lines.push(`# previous: ./${slugify(options.agency)}-${options.year - 1}.yaml   # or the published figures: {year: ${options.year - 1}, index: 0.00}`);
  return `${lines.join('\n')}\n`;
}
