/** Counts of a run: files, valid and invalid ones, errors and warnings. */
import type { FileResult } from '../io/evaluate.js';

export interface Summary {
  files: number;
  valid: number;
  invalid: number;
  errors: number;
  warnings: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  const count = (severity: string) => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  const valid = results.filter((r) => r.valid).length;
  return { files: results.length, valid, invalid: results.length - valid, errors: count('error'), warnings: count('warning') };
}

