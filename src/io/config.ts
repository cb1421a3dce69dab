/**
 * spbe.config.yaml: defaults for the commands, validated by schemas/config.schema.json. Given with
 * --config, or found by searching upwards from the working directory: the first folder holding
 * spbe.config.yaml, .yml or .json wins; the search stops at the repository root (a folder holding
 * .git) or the filesystem root. Flags win over it.
 */
import { dirname, relative, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { createFinding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import type { LintRule, RuleSetting } from '../core/lint.js';
import { builtInFrameworkIds } from '../core/registry.js';
import { validateConfig } from '../generated/validate-config.js';
import { findConfigFile } from './config-location.js';
import { loadFrameworkFile } from './framework-file.js';
import { readSideFile, type SideFile } from './side-file.js';

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
  /** The PDF report's signature block. */
  signer?: { name?: string; position?: string; place?: string };
}

export interface LoadedConfig {
  config: Config;
  /** As shown in messages: as given to --config, or relative to the working directory. */
  file?: string;
  /** The parsed file, for positions of problems found later (settings against the framework in use). */
  side?: SideFile;
  /** The frameworks of `frameworks:`, read and checked. */
  frameworks: Framework[];
}

/**
 * The config's `lang`, read before the commands are built (their help is worded in it); a config
 * that cannot be read or is invalid gives none here, and is reported by the command that loads it.
 */
export function configLanguage(explicit: string | undefined, cwd: string): 'en' | 'id' | undefined {
  const file = explicit ?? findConfigFile(cwd);
  if (file === undefined) return undefined;
  const found = resolve(cwd, file);
  try {
    const data = readSideFile('config', found, found).parsed.data as Config | undefined;
    return data?.lang === 'en' || data?.lang === 'id' ? data.lang : undefined;
  } catch {
    return undefined;
  }
}

/** Problems are a UserError (exit 2) with their positions. */
export function loadConfig(explicit: string | undefined, cwd: string): LoadedConfig {
  const file = explicit ?? findConfigFile(cwd);
  if (file === undefined) return { config: {}, frameworks: [] };
  const found = resolve(cwd, file);
  const side = readSideFile('config', found, file);
  const data = side.parsed.data ?? {};
  if (!validateConfig(data)) side.schema((validateConfig as unknown as { errors: ErrorObject[] }).errors);
  side.check();
  const config = data as Config;
  return { config, file, side, frameworks: registeredFrameworks(config, dirname(found), cwd, side) };
}

/** `frameworks:` paths relative to the config's folder; an id may be registered once and never be a built-in's. */
function registeredFrameworks(config: Config, base: string, cwd: string, side: SideFile): Framework[] {
  const frameworks: Framework[] = [];
  (config.frameworks ?? []).forEach((path, i) => {
    const full = resolve(base, path);
    const framework = loadFrameworkFile(full, relative(cwd, full) || full);
    const by = builtInFrameworkIds().includes(framework.id) ? 'built-in' : frameworks.find((f) => f.id === framework.id) ? 'duplicate' : undefined;
    if (by) side.add(createFinding('FRAMEWORK_ID_TAKEN', { id: framework.id, by }, `/frameworks/${i}`));
    else frameworks.push(framework);
  });
  side.check();
  return frameworks;
}
