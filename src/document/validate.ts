/**
 * A parsed assessment -> findings (schema, then meaning, then lint), positioned in one pass, and
 * when there is no error the normalised Assessment with its framework.
 */
import type { ErrorObject } from 'ajv';
import type { Assessment } from '../core/assessment.js';
import { appendAll, boundFindings, createFinding, hasErrors, sortFindings, type Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import type { LintSettings } from '../core/lint.js';
import { validateAssessment as validateSchema } from '../generated/validate-assessment.js';
import { checkIndicators, checkPrevious, frameworkOfFile, lintIndicators } from './assessment-checks.js';
import { toAssessment } from './normalise.js';
import { attachPositions, type Locatable } from './positions.js';
import { schemaFindings } from './schema-errors.js';
import { valueReader } from './values.js';

export interface ValidateOptions {
  /** A framework that overrides the file's own choice (--framework). */
  framework?: Framework;
  lint?: LintSettings;
}

export interface Validation {
  assessment?: Assessment;
  framework?: Framework;
  findings: Finding[];
}

type Data = Record<string, unknown>;
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A document to validate: its plain data and where its values stood (YAML or a table). */
export type DocumentSource = Locatable & { data?: unknown; texts?: ReadonlyMap<string, string> };

export function validateData(parsed: DocumentSource, options: ValidateOptions = {}): Validation {
  const data = parsed.data;
  if (!isObject(data)) return { findings: attachPositions([createFinding('NOT_A_MAPPING', {}, '')], parsed) };
  const findings: Finding[] = [];
  const framework = frameworkOfFile(data, options.framework, findings);
  const read = valueReader(parsed);
  if (!validateSchema(data)) {
    const errors = (validateSchema as unknown as { errors: ErrorObject[] }).errors;
    appendAll(findings, schemaFindings(errors, { data, scale: framework?.scale ?? { min: 0, max: 5, fractional: false } }));
  }
  if (framework && isObject(data.indicators)) checkIndicators(data.indicators, framework, read, options.lint?.strict ?? false, findings);
  if (isObject(data.previous)) checkPrevious(data.previous, data.year, findings);
  // Under an indicator the framework does not have, schema complaints only repeat UNKNOWN_INDICATOR.
  const unknown = new Set(findings.filter((f) => f.code === 'UNKNOWN_INDICATOR').map((f) => f.pointer));
  const kept = unknown.size === 0 ? findings : findings.filter((f) => f.code === 'UNKNOWN_INDICATOR' || !unknown.has(indicatorPointer(f.pointer)));
  // Lint judges what a valid file claims; on a file with errors it would only add noise.
  if (framework && isObject(data.indicators) && !hasErrors(kept)) lintIndicators(data.indicators, framework, options.lint, kept);
  const bounded = sortFindings(attachPositions(boundFindings(kept), parsed));
  if (!framework || hasErrors(bounded)) return framework ? { framework, findings: bounded } : { findings: bounded };
  return { assessment: toAssessment(data, framework, read), framework, findings: bounded };
}

/** The pointer of the indicator a pointer lies under (/indicators/12 of /indicators/12/level), or "". */
function indicatorPointer(pointer: string): string {
  if (!pointer.startsWith('/indicators/')) return '';
  const end = pointer.indexOf('/', '/indicators/'.length);
  return end < 0 ? '' : pointer.slice(0, end);
}
