/**
 * A custom framework from a file (--framework PATH): the same schema and coherence checks as the
 * built-ins, with every problem positioned in the file.
 */
import { resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { problem, UserError } from '../core/errors.js';
import { compileFramework, FrameworkDefinitionError, type Framework, type FrameworkDefinition } from '../core/framework.js';
import { builtInFrameworkIds, getBuiltInFramework } from '../core/registry.js';
import { validateFramework } from '../generated/validate-framework.js';
import { readSideFile } from './side-file.js';

function looksLikePath(value: string): boolean {
  return /[/\\]/.test(value) || /\.(ya?ml|json)$/i.test(value);
}

/** --framework ID|PATH: a built-in id, or the path (relative to cwd) of a framework file. */
export function frameworkFromOption(value: string, cwd: string): Framework {
  const builtIn = getBuiltInFramework(value);
  if (builtIn) return builtIn;
  if (!looksLikePath(value)) throw new UserError(problem('unknownFrameworkOption', { framework: value }), { hint: problem('frameworkHint', { available: builtInFrameworkIds().join(', ') }) });
  return loadFrameworkFile(resolve(cwd, value), value);
}

/** Problems are a UserError (exit 2) with their positions. */
export function loadFrameworkFile(path: string, shown: string): Framework {
  const file = readSideFile('framework', path, shown);
  const data = file.parsed.data;
  if (!validateFramework(data)) file.schema((validateFramework as unknown as { errors: ErrorObject[] }).errors);
  file.check();
  try {
    return compileFramework(data as FrameworkDefinition);
  } catch (error) {
    if (!(error instanceof FrameworkDefinitionError)) throw error;
    file.addAll(error.problems);
    file.check();
    throw error;
  }
}
