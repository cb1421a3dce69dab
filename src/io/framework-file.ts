/**
 * A custom framework from a file (--framework PATH): the same schema and coherence checks as the
 * built-ins, with every problem positioned in the file.
 */
import type { ErrorObject } from 'ajv';
import { compileFramework, FrameworkDefinitionError, type Framework, type FrameworkDefinition } from '../core/framework.js';
import { validateFramework } from '../generated/validate-framework.js';
import { readSideFile } from './side-file.js';

export function looksLikePath(value: string): boolean {
  return /[/\\]/.test(value) || /\.(ya?ml|json)$/i.test(value);
}

/** Problems are a SideFileError (exit 2) with their positions. */
export function loadFrameworkFile(path: string, shown: string): Framework {
  const problems = readSideFile('framework', path, shown);
  const data = problems.parsed.data;
  if (!validateFramework(data)) problems.schema((validateFramework as unknown as { errors: ErrorObject[] }).errors);
  problems.check();
  try {
    return compileFramework(data as FrameworkDefinition);
  } catch (error) {
    if (!(error instanceof FrameworkDefinitionError)) throw error;
    for (const p of error.problems) problems.at(p.pointer, p.message);
    problems.check();
    throw error;
  }
}
