/**
 * spbe.config.yaml: defaults for the commands, validated by schemas/config.schema.json. Found in the
 * working directory (spbe.config.yaml, .yml or .json) or given with --config; flags win over it.
 */
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import type { LintRule, RuleSetting } from '../core/lint.js';
import { validateConfig } from '../generated/validate-config.js';
import { locate, parseYaml, pointerToSegments, segmentsToPointer } from './parse.js';
import { readSource } from './source.js';

export interface Config {
  format?: string;
  predicateBasis?: 'exact' | 'rounded';
  csvDelimiter?: string;
  decimalComma?: boolean;
  gates?: { failUnder?: number; failUnderDomain?: Record<string, number>; maxDrop?: number };
  lint?: Partial<Record<LintRule, RuleSetting>>;
  strict?: boolean;
}

export const CONFIG_NAMES = ['spbe.config.yaml', 'spbe.config.yml', 'spbe.config.json'];

/** A config file that cannot be used; `problems` are "file:line:column: message" lines. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

export async function loadConfig(explicit: string | undefined, cwd: string): Promise<{ config: Config; file?: string }> {
  let file = explicit;
  if (file === undefined) {
    for (const name of CONFIG_NAMES) {
      if (await exists(join(cwd, name))) {
        file = name;
        break;
      }
    }
    if (file === undefined) return { config: {} };
  }
  const read = await readSource(resolve(cwd, file));
  if ('finding' in read) throw new ConfigError([`${file}: ${read.finding.message}`]);
  const parsed = parseYaml(read.text);
  if (parsed.data === undefined && parsed.findings.some((f) => f.code === 'EMPTY_FILE')) return { config: {}, file };
  if (parsed.findings.length > 0) throw new ConfigError(parsed.findings.map((f) => `${file}:${f.line}:${f.column}: ${f.message}`));
  if (!validateConfig(parsed.data)) {
    const errors = (validateConfig as unknown as { errors: ErrorObject[] }).errors;
    throw new ConfigError(
      errors.map((e) => {
        const extra = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
        const pointer = extra ? segmentsToPointer([...pointerToSegments(e.instancePath), extra]) : e.instancePath;
        const at = locate(parsed, pointer, extra ? 'key' : 'value');
        const what = pointerToSegments(pointer).join('.') || 'the configuration';
        const message = extra ? `unknown option "${extra}"` : `${what} ${e.message ?? e.keyword}${e.keyword === 'enum' ? `: ${(e.params.allowedValues as string[]).join(', ')}` : ''}`;
        return `${file}:${at.line}:${at.column}: ${message}`;
      }),
    );
  }
  return { config: parsed.data as Config, file };
}
