/**
 * Custom frameworks from files: --framework PATH, the config's `frameworks:` list, and an
 * assessment's `framework: ./x.yaml` (relative to the assessment). The same schema and coherence
 * checks as the built-ins, with every problem positioned in the framework file.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { problem, UserError } from '../core/errors.js';
import { createFinding, type Finding } from '../core/findings.js';
import { compileFramework, FrameworkDefinitionError, type Framework, type FrameworkDefinition } from '../core/framework.js';
import { builtInFrameworkIds, getBuiltInFramework, type FrameworkLookup } from '../core/registry.js';
import { validateFramework } from '../generated/validate-framework.js';
import { readSideFile } from './side-file.js';

/** A reference with a slash or a .yaml/.yml/.json ending is a path; anything else an id. */
export function looksLikePath(value: string): boolean {
  return /[/\\]/.test(value) || /\.(ya?ml|json)$/i.test(value);
}

/** --framework ID|PATH: a built-in or registered id, or the path (relative to cwd) of a framework file. */
export function frameworkFromOption(value: string, cwd: string, registered: readonly Framework[] = []): Framework {
  const known = getBuiltInFramework(value) ?? registered.find((f) => f.id === value);
  if (known) return known;
  const available = [...builtInFrameworkIds(), ...registered.map((f) => f.id)].join(', ');
  if (!looksLikePath(value)) throw new UserError(problem('unknownFrameworkOption', { framework: value }), { hint: problem('frameworkHint', { available }) });
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

/**
 * Framework files named by assessments, read once per run and thread for all the files that name
 * them (keyed by path, size and time of change, so an edited file is read again).
 */
const loaded = new Map<string, Framework | UserError>();
const sources = new WeakMap<Framework, string>();

function fileKey(path: string): string | undefined {
  try {
    const info = statSync(path);
    return `${path}\0${info.size}\0${info.mtimeMs}`;
  } catch {
    return undefined;
  }
}

function loadCached(path: string): Framework | UserError {
  const key = fileKey(path);
  const cached = key === undefined ? undefined : loaded.get(key);
  if (cached) return cached;
  let result: Framework | UserError;
  try {
    result = loadFrameworkFile(path, path);
    sources.set(result, path);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    result = error;
  }
  if (key !== undefined) loaded.set(key, result);
  return result;
}

/** The file a framework was read from by an assessment's path (worker results carry it back). */
export function frameworkSource(framework: Framework): string | undefined {
  return sources.get(framework);
}

/** The framework a worker read from `path`, compiled again here from the definition it sent. */
export function frameworkFromWorker(path: string, definition: FrameworkDefinition): Framework {
  const key = fileKey(path);
  const cached = key === undefined ? undefined : loaded.get(key);
  if (cached && !(cached instanceof UserError)) return cached;
  const framework = compileFramework(definition);
  sources.set(framework, path);
  if (key !== undefined) loaded.set(key, framework);
  return framework;
}

/** A framework file that cannot be used, as one finding of the assessment that names it. */
function unusable(reference: string, error: UserError, pointer: string): Finding {
  const findings = error.findings.map((f) => f.finding);
  const first = findings[0];
  if (!first || first.code === 'FILE_UNREADABLE' || first.code === 'FILE_TOO_LARGE' || first.code === 'NOT_UTF8') {
    const reason = first?.code === 'FILE_UNREADABLE' ? first.params.reason : (first?.code ?? 'EINVAL');
    return createFinding('FRAMEWORK_FILE_UNREADABLE', { path: reference, reason }, pointer);
  }
  return createFinding('FRAMEWORK_FILE_INVALID', { path: reference, count: findings.length, code: first.code, line: first.line ?? 1, column: first.column ?? 1 }, pointer);
}

/**
 * What an assessment in `base` (its folder) can name beyond the built-ins: the registered
 * frameworks by id, and a framework file by its path relative to the assessment.
 */
export function frameworkLookup(registered: readonly Framework[], base: string): FrameworkLookup {
  return {
    ids: registered.map((f) => f.id),
    find(reference, pointer) {
      const known = registered.find((f) => f.id === reference);
      if (known) return known;
      if (!looksLikePath(reference)) return undefined;
      const framework = loadCached(resolve(base, reference));
      return framework instanceof UserError ? unusable(reference, framework, pointer) : framework;
    },
  };
}
