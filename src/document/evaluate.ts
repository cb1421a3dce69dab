/**
 * One assessment text to its result, without any I/O: parse, validate, score, and compare with
 * previous-year figures written in the file. A `previous` path is left for io/evaluate.ts to follow.
 * Never throws for bad input: every problem becomes a finding of the file.
 *
 * The common valid file takes the fast path (evaluate-fast.ts, no positions); a file outside the
 * fast reader's subset, or with any finding at all, takes the positioned path, which places every
 * finding. Both give the same result (test/fast-path.test.ts).
 */
import { hasErrors, type Finding } from '../core/findings.js';
import type { FileResult } from '../core/result.js';
import { evaluateFast, scoredResult, validateOptions, type EvaluateOptions } from './evaluate-fast.js';
import { parseYaml, type ParsedSource } from './parse.js';
import type { Locatable } from './positions.js';
import { validateData, type DocumentSource } from './validate.js';

export { evaluateFast, type EvaluateOptions } from './evaluate-fast.js';

/** A read document (YAML with positions, or a table's: document/tabular/) to its result. */
export function evaluateDocument(parsed: DocumentSource & { findings: Finding[] }, file: string, options: EvaluateOptions = {}): FileResult {
  if (parsed.data === undefined) return { file, valid: !hasErrors(parsed.findings), findings: parsed.findings };
  const validation = validateData(parsed, validateOptions(options));
  const findings = [...parsed.findings, ...validation.findings];
  if (!validation.assessment || !validation.framework) return { file, valid: !hasErrors(findings), findings };
  return scoredResult(file, findings, validation.assessment, validation.framework, options);
}

/** The result of a text, and its positioned document on demand (for positions of findings added later). */
export function evaluateParsed(text: string, file: string, options: EvaluateOptions = {}): { result: FileResult; positioned: () => Locatable } {
  const fast = evaluateFast(text, file, options);
  if (fast) return { result: fast, positioned: () => parseYaml(text) };
  const { result, positioned } = evaluatePositioned(text, file, options);
  return { result, positioned: () => positioned };
}

/** The positioned path: what every file with a finding goes through. */
export function evaluatePositioned(text: string, file: string, options: EvaluateOptions = {}): { result: FileResult; positioned: ParsedSource } {
  const parsed = parseYaml(text);
  return { result: evaluateDocument(parsed, file, options), positioned: parsed };
}

export function evaluateText(text: string, file: string, options: EvaluateOptions = {}): FileResult {
  return evaluateParsed(text, file, options).result;
}
