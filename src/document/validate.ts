/**
 * A parsed assessment -> findings (schema, then meaning, then lint; check-data.ts), positioned in
 * one pass, and when there is no error the normalised Assessment with its framework.
 */
import { boundFindings, hasErrors, sortFindings } from '../core/findings.js';
import { collectFindings, type Validation, type ValidateOptions } from './check-data.js';
import { toAssessment } from './normalise.js';
import { valueReader } from './positioned-values.js';
import { attachPositions, type Locatable } from './positions.js';

export type { Validation, ValidateOptions } from './check-data.js';

type Data = Record<string, unknown>;

/** A document to validate: its plain data and where its values stood (YAML or a table). */
export type DocumentSource = Locatable & { data?: unknown; texts?: ReadonlyMap<string, string> };

export function validateData(parsed: DocumentSource, options: ValidateOptions = {}): Validation {
  const read = valueReader(parsed);
  const collected = collectFindings(parsed.data, read, options);
  const framework = collected.framework;
  const findings = sortFindings(attachPositions(boundFindings(collected.findings), parsed));
  if (!framework || hasErrors(findings)) return framework ? { framework, findings } : { findings };
  return { assessment: toAssessment(parsed.data as Data, framework, read), framework, findings };
}
