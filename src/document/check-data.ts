/**
 * The checks of plain assessment data (schema, then meaning, then lint), without positions: both
 * the positioned path (validate.ts) and the fast path (fast-read.ts) run them.
 */
import type { ErrorObject } from 'ajv';
import type { Assessment } from '../core/assessment.js';
import { appendAll, createFinding, hasErrors, type Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import type { LintSettings } from '../core/lint.js';
import type { FrameworkLookup } from '../core/registry.js';
import { validateAssessment as validateSchema } from '../generated/validate-assessment.js';
import { checkIndicators, checkPrevious, frameworkOfFile, lintIndicators } from './assessment-checks.js';
import type { FastRead } from './fast-read.js';
import { toAssessment } from './normalise.js';
import { schemaFindings } from './schema-errors.js';
import { writtenValueReader, type ValueReader } from './values.js';
import { isObject, type Data } from './plain-data.js';

export interface ValidateOptions {
  /** A framework that overrides the file's own choice (--framework). */
  framework?: Framework;
  lint?: LintSettings;
  /** Registered frameworks and framework files named by path (io/framework-file.ts). */
  lookup?: FrameworkLookup;
}

export interface Validation {
  assessment?: Assessment;
  framework?: Framework;
  findings: Finding[];
}


/** Every finding of the data, without positions, and the framework it is scored with. */
export function collectFindings(data: unknown, read: ValueReader, options: ValidateOptions): { framework?: Framework; findings: Finding[] } {
  if (!isObject(data)) return { findings: [createFinding('NOT_A_MAPPING', {}, '')] };
  const findings: Finding[] = [];
  const framework = frameworkOfFile(data, options.framework, findings, options.lookup);
  if (!validateSchema(data)) {
    const errors = (validateSchema as unknown as { errors: ErrorObject[] }).errors;
    appendAll(findings, schemaFindings(errors, { data, scale: framework?.scale ?? { min: 0, max: 5, fractional: false } }));
  }
  if (framework && isObject(data.indicators)) checkIndicators(data.indicators, framework, read, options.lint?.strict ?? false, findings);
  if (isObject(data.previous)) checkPrevious(data.previous, data.year, findings, options.lookup);
  // Under an indicator the framework does not have, schema complaints only repeat UNKNOWN_INDICATOR.
  const unknown = new Set(findings.filter((f) => f.code === 'UNKNOWN_INDICATOR').map((f) => f.pointer));
  const kept = unknown.size === 0 ? findings : findings.filter((f) => f.code === 'UNKNOWN_INDICATOR' || !unknown.has(indicatorPointer(f.pointer)));
  // Lint judges what a valid file claims; on a file with errors it would only add noise.
  if (framework && isObject(data.indicators) && !hasErrors(kept)) lintIndicators(data.indicators, framework, options.lint, kept);
  return framework ? { framework, findings: kept } : { findings: kept };
}

/** The pointer of the indicator a pointer lies under (/indicators/12 of /indicators/12/level), or "". */
function indicatorPointer(pointer: string): string {
  if (!pointer.startsWith('/indicators/')) return '';
  const end = pointer.indexOf('/', '/indicators/'.length);
  return end < 0 ? '' : pointer.slice(0, end);
}

/**
 * The fast path (document/fast-read.ts): the assessment when validation finds nothing at all;
 * undefined otherwise, and the positioned path words and places the findings.
 */
export function validateFastRead(fast: FastRead, options: ValidateOptions = {}): { assessment: Assessment; framework: Framework } | undefined {
  const read = writtenValueReader(fast.numbers);
  const { framework, findings } = collectFindings(fast.data, read, options);
  if (!framework || findings.length > 0) return undefined;
  return { assessment: toAssessment(fast.data as Data, framework, read), framework };
}
