/** `spbe frameworks` and `spbe framework show ID|PATH`. */
import { builtInFrameworks } from '../../core/registry.js';
import { escapeDeep } from '../../format/escape-deep.js';
import { folded, jsonText, visible } from '../../format/escape.js';
import { loadConfig } from '../../io/config.js';
import { frameworkFromOption } from '../../io/framework-file.js';
import type { Catalog } from '../../messages/catalog.js';
import { createPalette, wantsColor } from '../color.js';
import { EXIT_OK } from '../exit-code.js';
import type { CliIo } from '../io.js';

export const FRAMEWORK_FORMATS = ['table', 'json', 'markdown'] as const;

export async function runFrameworks(options: { format?: 'table' | 'json'; color?: boolean }, io: CliIo, catalog: Catalog): Promise<number> {
  const { formatFrameworkList, frameworkListJson } = await import('../../format/framework.js');
  // The built-ins, then the frameworks the config registers.
  const frameworks = [...builtInFrameworks(), ...loadConfig(undefined, io.cwd).frameworks];
  if (options.format === 'json') io.stdout(frameworkListJson(frameworks));
  else io.stdout(formatFrameworkList(escapeDeep(frameworks, visible), await createPalette(wantsColor(options.color, io)), catalog, io.columns));
  return EXIT_OK;
}

export async function runFrameworkShow(id: string, options: { format?: (typeof FRAMEWORK_FORMATS)[number]; color?: boolean }, io: CliIo, catalog: Catalog): Promise<number> {
  const framework = frameworkFromOption(id, io.cwd, loadConfig(undefined, io.cwd).frameworks);
  const { formatFrameworkTable, frameworkJson, frameworkMarkdown } = await import('../../format/framework.js');
  if (options.format === 'json') io.stdout(jsonText(frameworkJson(framework)));
  else if (options.format === 'markdown') io.stdout(frameworkMarkdown(escapeDeep(framework, folded), catalog));
  else io.stdout(formatFrameworkTable(escapeDeep(framework, visible), await createPalette(wantsColor(options.color, io)), catalog, io.columns));
  return EXIT_OK;
}
