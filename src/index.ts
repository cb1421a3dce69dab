/**
 * The spbe library API. Pure functions over text and data: nothing is printed, nothing happens on
 * import, and results have the shape of the JSON output contract (numbers rounded half-up to 2
 * decimals beside exact strings).
 *
 *   import { loadFramework, validateAssessment, scoreAssessment } from 'spbe';
 */
import type { ErrorObject } from 'ajv';
import { createFinding, type Finding } from './core/findings.js';
import { compileFramework, FrameworkDefinitionError, type Framework, type FrameworkDefinition } from './core/framework.js';
import type { LintSettings } from './core/lint.js';
import { builtInFrameworkIds, getBuiltInFramework } from './core/registry.js';
import { buildReport } from './core/report.js';
import type { FileResult } from './core/result.js';
import type { PredicateBasis } from './core/score.js';
import { evaluateText, type EvaluateOptions } from './document/evaluate.js';
import { schemaFindings } from './document/schema-errors.js';
import { jsonFinding, jsonResult } from './format/json.js';
import { validateFramework } from './generated/validate-framework.js';
import { evaluateSource } from './io/evaluate.js';
import { catalogFor, formatMessage, type Lang } from './messages/catalog.js';

export type { Framework, FrameworkDefinition } from './core/framework.js';
export type { Finding, FindingCode, Severity } from './core/findings.js';
export type { PredicateBasis } from './core/score.js';
export type { LintRule, LintSettings, RuleSetting } from './core/lint.js';
export { FrameworkDefinitionError } from './core/framework.js';
export { VERSION as version } from './generated/version.js';
export type { Lang } from './messages/catalog.js';

export interface AssessmentOptions {
  /** The name used in findings (default "<input>"). */
  file?: string;
  /** A framework that overrides the file's own (see loadFramework). */
  framework?: Framework;
  predicateBasis?: PredicateBasis;
  lint?: LintSettings;
  /** The language of finding messages and explanations (default "en"); each call has its own. */
  lang?: Lang;
  /**
   * Project the result onto this framework through the built-in crosswalk (a Pemdi 2026 baseline
   * from a 2025 SPBE file: loadFramework('permenpanrb-8-2026')); the result then has `projection`.
   */
  projectTo?: Framework;
}

/** A finding as in the JSON output: code, severity, message, 1-based line and column, pointer. */
export type JsonFinding = ReturnType<typeof jsonFinding>;

export interface Validation {
  valid: boolean;
  findings: JsonFinding[];
  /** The framework the file is scored with, when it could be decided. */
  framework?: { id: string; status: string };
}

/** One result object of the JSON output contract (shared/spec/json-output.md). */
export type ScoreResultJson = Record<string, unknown> & { file: string; valid: boolean; findings: JsonFinding[] };

/** The ids of the built-in frameworks. */
export function listFrameworks(): string[] {
  return builtInFrameworkIds();
}

/**
 * A built-in framework by id, or a custom definition (validated against
 * schemas/framework.schema.json and checked for exact weight sums; throws FrameworkDefinitionError).
 */
export function loadFramework(idOrDefinition: string | FrameworkDefinition): Framework {
  if (typeof idOrDefinition === 'string') {
    const framework = getBuiltInFramework(idOrDefinition);
    if (!framework) throw new FrameworkDefinitionError(idOrDefinition, [createFinding('UNKNOWN_FRAMEWORK', { framework: idOrDefinition, available: builtInFrameworkIds().join(', ') })]);
    return framework;
  }
  if (!validateFramework(idOrDefinition)) {
    const errors = (validateFramework as unknown as { errors: ErrorObject[] }).errors;
    throw new FrameworkDefinitionError(String((idOrDefinition as { id?: unknown }).id ?? 'custom'), schemaFindings(errors, { data: idOrDefinition }));
  }
  return compileFramework(idOrDefinition);
}

function evaluateOptions(options: AssessmentOptions): EvaluateOptions {
  return {
    ...(options.framework ? { framework: options.framework } : {}),
    ...(options.predicateBasis ? { predicateBasis: options.predicateBasis } : {}),
    ...(options.lint ? { lint: options.lint } : {}),
  };
}

/** Schema and framework checks of an assessment text (YAML or JSON). */
export function validateAssessment(text: string, options: AssessmentOptions = {}): Validation {
  const result = evaluateText(text, options.file ?? '<input>', evaluateOptions(options));
  const catalog = catalogFor(options.lang ?? 'en');
  const validation: Validation = { valid: result.valid, findings: result.findings.map((f) => jsonFinding(f, catalog)) };
  if (result.score) validation.framework = { id: result.score.framework.id, status: result.score.framework.status };
  return validation;
}

/**
 * The index of an assessment text: a result object of the JSON contract. A `previous:` given as
 * published figures is compared; a `previous:` path is not followed (use scoreFile).
 */
export function scoreAssessment(text: string, options: AssessmentOptions = {}): ScoreResultJson {
  return toJson(evaluateText(text, options.file ?? '<input>', evaluateOptions(options)), options);
}

/** Like scoreAssessment, reading the file and following a `previous:` path relative to it. */
export async function scoreFile(path: string, options: AssessmentOptions = {}): Promise<ScoreResultJson> {
  return toJson(await evaluateSource({ file: options.file ?? path, path }, evaluateOptions(options)), options);
}

/** The words of a finding (from an error's `problems`, say) in a language. */
export function findingMessage(finding: Finding, lang: Lang = 'en'): string {
  return formatMessage(finding, catalogFor(lang));
}

function toJson(evaluated: FileResult, options: AssessmentOptions): ScoreResultJson {
  const [result] = buildReport([evaluated], { command: 'score', ...(options.projectTo ? { projectTo: options.projectTo } : {}) }).results;
  return jsonResult(result!, catalogFor(options.lang ?? 'en')) as ScoreResultJson;
}
