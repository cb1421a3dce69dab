/** `spbe init --agency NAME --year YYYY`: write an assessment template (never over an existing file without --force). */
import { open } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../../core/assessment.js';
import { frameworkForYear } from '../../core/registry.js';
import { assessmentTemplate } from '../../format/template.js';
import { problem, UserError } from '../../core/errors.js';
import { loadConfig } from '../../io/config.js';
import { frameworkFromOption } from '../../io/framework-file.js';
import { errnoCode } from '../../io/source.js';
import type { Catalog } from '../../messages/catalog.js';
import { EXIT_OK } from '../exit-code.js';
import type { CliIo } from '../io.js';

export interface InitOptions {
  agency: string;
  /** agency.id when the name gives none (no ASCII letter or digit), or another one. */
  agencyId?: string;
  year: number;
  framework?: string;
  output?: string;
  force?: boolean;
  /** yaml (the default) or xlsx: a fillable workbook (format/assessment-workbook.ts). */
  format?: 'yaml' | 'xlsx';
}

/** schemas/ of this package, found from this module (src/cli/commands, dist/cli/commands or dist/bundle). */
function schemaPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = here.includes(`${'/'}bundle`) ? resolve(here, '../..') : resolve(here, '../../..');
  return resolve(root, 'schemas/assessment.schema.json');
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The agency's name and id as the template will hold them: one line of text, and a slug (agency.id). */
function agencyOf(options: InitOptions): { name: string; id: string } {
  const name = options.agency.trim();
  if (name === '' || /[\p{Cc}\p{Zl}\p{Zp}]/u.test(options.agency)) throw new UserError(problem('agencyNameInvalid', { agency: options.agency }));
  const id = options.agencyId ?? slugify(name);
  if (options.agencyId !== undefined && !SLUG.test(id)) throw new UserError(problem('agencyIdInvalid', { id }));
  if (id === '') throw new UserError(problem('agencyIdNeeded', { agency: name }));
  return { name, id };
}

export async function runInit(options: InitOptions, io: CliIo, catalog: Catalog): Promise<number> {
  if (!Number.isInteger(options.year) || options.year < 2000 || options.year > 2100) throw new UserError(problem('yearInvalid', { year: options.year }));
  const agency = agencyOf(options);
  let framework;
  if (options.framework) framework = frameworkFromOption(options.framework, io.cwd, loadConfig(undefined, io.cwd).frameworks);
  else {
    const choice = frameworkForYear(options.year);
    if (choice.kind === 'none') throw new UserError(problem('noFrameworkForYear', { year: options.year }));
    framework = choice.framework;
  }
  const target = options.output ? resolve(io.cwd, options.output) : undefined;
  let text: string | Uint8Array;
  if (options.format === 'xlsx') {
    if (!target) throw new UserError(problem('needsOutputFile', { format: 'xlsx' }));
    const { assessmentWorkbook } = await import('../../format/assessment-workbook.js');
    const assessment = { year: options.year, frameworkId: framework.id, agency, stage: 'mandiri' as const, indicators: new Map() };
    text = await assessmentWorkbook([{ framework, assessment }], catalog, true);
  } else {
    const schema = relative(target ? dirname(target) : io.cwd, schemaPath()).split('\\').join('/');
    text = assessmentTemplate({ agency: agency.name, agencyId: agency.id, year: options.year, framework, schema }, catalog);
  }
  if (!target) {
    io.stdout(text as string);
    return EXIT_OK;
  }
  try {
    // 'wx' refuses an existing file: a filled assessment is never overwritten by accident.
    const handle = await open(target, options.force ? 'w' : 'wx');
    await handle.writeFile(text);
    await handle.close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(problem('exists', { path: options.output! }));
    throw new UserError(problem('cannotWrite', { path: options.output!, reason: errnoCode(error) }));
  }
  io.stderr(`${catalog.phrases.initWrote({ file: options.output!, count: framework.indicators.length })}\n`);
  return EXIT_OK;
}
