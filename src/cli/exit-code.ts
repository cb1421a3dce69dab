/**
 * The one place that turns an outcome into an exit code (shared/spec/json-output.md):
 * 0 = every input valid and no gate failed; 1 = an error finding or a failed gate;
 * 2 = usage error, unreadable path, unknown option, internal error.
 */
import { hasErrors, type Finding } from '../core/findings.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface Outcome {
  results: readonly { findings: readonly Finding[] }[] | ResultsTally;
  /** Paths on the command line that could not be read or matched nothing. */
  inputProblems?: number;
  failedGates?: number;
  /** More warnings than --max-warnings allows. */
  tooManyWarnings?: boolean;
}

/** What the exit code reads of the results, when a streamed run has counted them rather than kept them. */
export interface ResultsTally {
  internalError: boolean;
  errorFindings: boolean;
}

function tallyOf(results: Outcome['results']): ResultsTally {
  if (!Array.isArray(results)) return results as ResultsTally;
  const list = results as readonly { findings: readonly Finding[] }[];
  return { internalError: list.some((r) => r.findings.some((f) => f.code === 'INTERNAL_ERROR')), errorFindings: list.some((r) => hasErrors(r.findings)) };
}

export function exitCodeFor(outcome: Outcome): number {
  if ((outcome.inputProblems ?? 0) > 0) return EXIT_USAGE;
  const tally = tallyOf(outcome.results);
  // A file that could not be handled (INTERNAL_ERROR) is the tool's failure, not the input's.
  if (tally.internalError) return EXIT_USAGE;
  if (tally.errorFindings) return EXIT_FINDINGS;
  if ((outcome.failedGates ?? 0) > 0 || outcome.tooManyWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}
