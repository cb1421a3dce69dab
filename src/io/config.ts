/**
 * spbe.config.yaml: defaults for the commands, validated by schemas/config.schema.json. Found in the
 * working directory (spbe.config.yaml, .yml or .json) or given with --config; flags win over it.
 */
import { resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import type { LintRule, RuleSetting } from '../core/lint.js';
import { validateConfig } from '../generated/validate-config.js';
import { findConfigFile } from './config-location.js';
import { readSideFile } from './side-file.js';

export interface Config {
  format?: string;
  predicateBasis?: 'exact' | 'rounded';
  csvDelimiter?: string;
  decimalComma?: boolean;
  gates?: { failUnder?: number | string; failUnderDomain?: Record<string, number>; maxDrop?: number };
  lint?: Partial<Record<LintRule, RuleSetting>>;
  strict?: boolean;
  /** Glob patterns for folder and glob scans, relative to the config file's folder. */
  ignore?: string[];
  lang?: 'en' | 'id';
  /** Framework files, relative to the config file's folder. */
  frameworks?: string[];
}

/** Problems are a UserError (exit 2) with their positions. */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<{ config: Config; file?: string }> {
  const file = explicit ?? findConfigFile(cwd);
  if (file === undefined) return { config: {} };
  const side = readSideFile('config', resolve(cwd, file), file);
  const data = side.parsed.data ?? {};
  if (!validateConfig(data)) side.schema((validateConfig as unknown as { errors: ErrorObject[] }).errors);
  side.check();
  return { config: data as Config, file };
}
