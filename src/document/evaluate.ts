/**
 * One assessment text to its result, without any I/O: parse, validate, score, and compare with
 * previous-year figures written in the file. A `previous` path is left for io/evaluate.ts to follow.
 * Never throws for bad input: every problem becomes a finding of the file.
 */
import { compareYears, previousFromFigures } from '../core/compare.js';
import { hasErrors, type Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import type { LintSettings } from '../core/lint.js';
import type { FileResult } from '../core/result.js';
import { predicateBasisFor, score, type PredicateBasis } from '../core/score.js';
import { parseYaml, type ParsedSource } from './parse.js';
import { validateData, type DocumentSource } from './validate.js';

export interface EvaluateOptions {
  /** --predicate-basis; by default, the published practice of the file's year (predicateBasisFor). */
  predicateBasis?: PredicateBasis;
  /** Overrides every file's framework (--framework). */
  framework?: Framework;
  lint?: LintSettings;
}

/** The result of a text, and its parsed document (for positions of findings added later). */
export function evaluateParsed(text: string, file: string, options: EvaluateOptions = {}): { result: FileResult; parsed: ParsedSource } {
  const parsed = parseYaml(text);
  return { result: evaluateDocument(parsed, file, options), parsed };
}

/** A read document (YAML, or a table's: document/tabular/) to its result. */
export function evaluateDocument(parsed: DocumentSource & { findings: Finding[] }, file: string, options: EvaluateOptions = {}): FileResult {
  if (parsed.data === undefined) return { file, valid: !hasErrors(parsed.findings), findings: parsed.findings };
  const validation = validateData(parsed, { ...(options.framework ? { framework: options.framework } : {}), ...(options.lint ? { lint: options.lint } : {}) });
  const findings = [...parsed.findings, ...validation.findings];
  const result: FileResult = { file, valid: !hasErrors(findings), findings };
  if (!validation.assessment || !validation.framework) return result;
  const scored = score(validation.framework, validation.assessment.indicators, options.predicateBasis ?? predicateBasisFor(validation.framework, validation.assessment.year));
  result.assessment = validation.assessment;
  result.score = scored;
  const reference = validation.assessment.previous;
  if (reference?.kind === 'figures') result.comparison = compareYears(scored, previousFromFigures(reference.figures, scored.predicateBasis), validation.assessment.indicators);
  return result;
}

export function evaluateText(text: string, file: string, options: EvaluateOptions = {}): FileResult {
  return evaluateParsed(text, file, options).result;
}
