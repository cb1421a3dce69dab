/** `spbe frameworks` and `spbe framework show ID|PATH`. */
import { resolve } from 'node:path';
import type { Framework } from '../../core/framework.js';
import { builtInFrameworkIds, builtInFrameworks, getBuiltInFramework } from '../../core/registry.js';
import { loadFrameworkFile, looksLikePath } from '../../io/framework-file.js';
import { createStyle, wantsColor } from '../color.js';
import { UsageError } from '../errors.js';
import { EXIT_OK } from '../exit-code.js';
import type { CliIo } from '../io.js';

export const FRAMEWORK_FORMATS = ['table', 'json', 'markdown'] as const;

/** A built-in id, or the path of a custom framework file. */
export function resolveFramework(value: string, io: CliIo): Framework {
  const builtIn = getBuiltInFramework(value);
  if (builtIn) return builtIn;
  if (!looksLikePath(value)) throw new UsageError(`unknown framework "${value}"`, `built-in frameworks: ${builtInFrameworkIds().join(', ')}; or give the path of a framework file`);
  return loadFrameworkFile(resolve(io.cwd, value), value);
}

export async function runFrameworks(options: { format?: 'table' | 'json'; color?: boolean }, io: CliIo): Promise<number> {
  const { formatFrameworkList, frameworkListJson } = await import('../../format/framework.js');
  if (options.format === 'json') io.stdout(frameworkListJson(builtInFrameworks()));
  else io.stdout(formatFrameworkList(builtInFrameworks(), await createStyle(wantsColor(options.color, io))));
  return EXIT_OK;
}

export async function runFrameworkShow(id: string, options: { format?: (typeof FRAMEWORK_FORMATS)[number]; color?: boolean }, io: CliIo): Promise<number> {
  const framework = resolveFramework(id, io);
  const { formatFrameworkTable, frameworkJson, frameworkMarkdown } = await import('../../format/framework.js');
  if (options.format === 'json') io.stdout(frameworkJson(framework));
  else if (options.format === 'markdown') io.stdout(frameworkMarkdown(framework));
  else io.stdout(formatFrameworkTable(framework, await createStyle(wantsColor(options.color, io))));
  return EXIT_OK;
}
