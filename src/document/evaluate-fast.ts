/**
 * The fast path of one assessment text (fast-read.ts, no positions, no eemeli/yaml loaded): the
 * scored result of a file inside the fast reader's subset that validation finds nothing at all in;
 * undefined for every other file, which evaluate.ts sends the positioned way.
 */
import type { Assessment } from '../core/assessment.js';
import { compareYears, previousFromFigures } from '../core/compare.js';
import { hasErrors, type Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import type { LintSettings } from '../core/lint.js';
import type { FrameworkLookup } from '../core/registry.js';
import type { FileResult } from '../core/result.js';
import { predicateBasisFor, score, type PredicateBasis } from '../core/score.js';
import { validateFastRead, type ValidateOptions } from './check-data.js';
import { fastRead } from './fast-read.js';

export interface EvaluateOptions {
  /** --predicate-basis; by default, the published practice of the file's year (predicateBasisFor). */
  predicateBasis?: PredicateBasis;
  /** Overrides every file's framework (--framework). */
  framework?: Framework;
  lint?: LintSettings;
  /** Registered frameworks and framework files named by path (io/framework-file.ts). */
  lookup?: FrameworkLookup;
}

/** A validated assessment scored, and compared with previous-year figures written in the file. */
export function scoredResult(file: string, findings: Finding[], assessment: Assessment, framework: Framework, options: EvaluateOptions): FileResult {
  const result: FileResult = { file, valid: !hasErrors(findings), findings };
  const scoreResult = score(framework, assessment.indicators, options.predicateBasis ?? predicateBasisFor(framework, assessment.year));
  result.assessment = assessment;
  result.score = scoreResult;
  const reference = assessment.previous;
  if (reference?.kind === 'figures') result.comparison = compareYears(scoreResult, previousFromFigures(reference.figures, options.predicateBasis), assessment.indicators);
  return result;
}

export function validateOptions(options: EvaluateOptions): ValidateOptions {
  return { ...(options.framework ? { framework: options.framework } : {}), ...(options.lint ? { lint: options.lint } : {}), ...(options.lookup ? { lookup: options.lookup } : {}) };
}

/** The fast path's result, or undefined when the file needs the positioned path. */
export function evaluateFast(text: string, file: string, options: EvaluateOptions = {}): FileResult | undefined {
  const fast = fastRead(text);
  const validation = fast && validateFastRead(fast, validateOptions(options));
  return validation && scoredResult(file, [], validation.assessment, validation.framework, options);
}
