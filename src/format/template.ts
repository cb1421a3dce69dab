/**
 * `spbe init`: a complete assessment template. Every indicator is listed with its name, aspect,
 * domain, weight and level names as comments; levels are `~` (empty) placeholders that fail
 * validation until filled, so an unfilled template can never pass CI.
 */
import type { Framework } from '../core/framework.js';
import type { Catalog } from '../messages/catalog.js';
import { folded } from './escape.js';
import { MACHINE, weightText } from './numbers.js';

export interface TemplateOptions {
  agency: string;
  /** agency.id: a slug (slugify of the name unless given). */
  agencyId: string;
  year: number;
  framework: Framework;
  /** Path of schemas/assessment.schema.json as the file will see it. */
  schema: string;
}

/** Words YAML 1.1 or 1.2 reads as null, a boolean or a number when plain. */
const RESERVED = /^(?:null|~|true|false|yes|no|on|off|y|n|[-+]?\.?(?:inf|nan))$/i;

/**
 * A scalar that reads back as exactly this text: plain when it is letters, digits and a few safe
 * marks starting with a letter and not a word YAML gives another type; otherwise double-quoted with
 * every character YAML does not print escaped (JSON's escapes are YAML's; it leaves DEL, C1
 * controls, U+2028/2029 and the BOM raw, which a YAML reader refuses or reads as a line break).
 */
export function yamlScalar(text: string): string {
  if (/^[A-Za-z][\w .,/()-]*$/.test(text) && !/ $/.test(text) && !RESERVED.test(text)) return text;
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const quote = yamlScalar;

export function assessmentTemplate(options: TemplateOptions, catalog: Catalog): string {
  const f = options.framework;
  const lines = [
    `# yaml-language-server: $schema=${options.schema}`,
    `#`,
    // A comment ends at a line break: the name is folded onto one line, nothing in it can start a key.
    `# ${catalog.phrases.initHeader({ agency: folded(options.agency), year: options.year, framework: folded(f.title) })}`,
    `# ${catalog.phrases.initFill({ min: f.scale.min, max: f.scale.max })}`,
    `# ${catalog.phrases.initEvidence()}`,
    `framework: ${f.id}`,
    `year: ${options.year}`,
    `agency:`,
    `  name: ${quote(options.agency)}`,
    `  id: ${quote(options.agencyId)}`,
    `  # category: kementerian | lpnk | lns | provinsi | kabupaten | kota | lainnya`,
    `  # province: ...`,
    `stage: mandiri`,
    `indicators:`,
  ];
  for (const aspect of f.aspects) {
    const domain = f.domains.find((d) => d.id === aspect.domainId);
    const where = domain ? `Domain ${domain.id} ${domain.name} (${weightText(domain.weight, MACHINE)} %) · ` : '';
    lines.push(`  # ${where}Aspek ${aspect.id} ${aspect.name} (${weightText(aspect.weight, MACHINE)} %)`);
    const names = aspect.indicators[0]?.levelNames ?? {};
    if (Object.keys(names).length > 0) lines.push(`  # Level: ${Object.entries(names).map(([level, name]) => `${level} ${name}`).join(' · ')}`);
    for (const x of aspect.indicators) {
      lines.push(`  ${x.id}: # ${x.name} (${weightText(x.weight, MACHINE)} %)`);
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
  lines.push(`# previous: ./${options.agencyId}-${options.year - 1}.yaml   # or the published figures: {year: ${options.year - 1}, index: 0.00}`);
  return `${lines.join('\n')}\n`;
}
