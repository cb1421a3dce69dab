/**
 * A custom framework from a file (--framework PATH): the same schema and coherence checks as the
 * built-ins, with every problem positioned in the file.
 */
import type { ErrorObject } from 'ajv';
import { compileFramework, FrameworkDefinitionError, type Framework, type FrameworkDefinition } from '../core/framework.js';
import { validateFramework } from '../generated/validate-framework.js';
import { locate, parseYaml, pointerToSegments, segmentsToPointer } from './parse.js';
import { readSource } from './source.js';

export class FrameworkFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'FrameworkFileError';
  }
}

export function looksLikePath(value: string): boolean {
  return /[/\\]/.test(value) || /\.(ya?ml|json)$/i.test(value);
}

export function loadFrameworkFile(path: string, shown: string): Framework {
  const read = readSource(path);
  if ('finding' in read) throw new FrameworkFileError([`${shown}: ${read.finding.message}`]);
  const parsed = parseYaml(read.text);
  if (parsed.findings.length > 0) throw new FrameworkFileError(parsed.findings.map((f) => `${shown}:${f.line}:${f.column}: ${f.message}`));
  const at = (pointer: string, target: 'key' | 'value' = 'value') => {
    const position = locate(parsed, pointer, target);
    return `${shown}:${position.line}:${position.column}`;
  };
  if (!validateFramework(parsed.data)) {
    // The branches of an anyOf (decimal | fraction | "equal") each complain; the anyOf error says it once.
    const errors = (validateFramework as unknown as { errors: ErrorObject[] }).errors.filter((e) => !e.schemaPath.includes('/anyOf/'));
    throw new FrameworkFileError(
      errors.map((e) => {
        const extra = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
        const segments = pointerToSegments(e.instancePath);
        const what = segments.join('.') || 'the framework';
        if (e.keyword === 'additionalProperties') return `${at(segmentsToPointer([...segments, extra!]), 'key')}: unknown field "${extra}"`;
        if (e.keyword === 'required') return `${at(e.instancePath, 'key')}: ${what} needs "${extra}"`;
        if (e.keyword === 'anyOf') return `${at(e.instancePath)}: ${what} must be ${segments.at(-1) === 'weight' ? 'a positive decimal, a fraction such as "20/6", or "equal"' : 'a decimal'}`;
        return `${at(e.instancePath)}: ${what} ${e.message ?? e.keyword}`;
      }),
    );
  }
  try {
    return compileFramework(parsed.data as FrameworkDefinition);
  } catch (error) {
    if (error instanceof FrameworkDefinitionError) throw new FrameworkFileError(error.problems.map((p) => `${at(p.pointer)}: ${p.message}`));
    throw error;
  }
}
