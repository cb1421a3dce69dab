/**
 * The one user-error class: a problem with what the user asked for or gave beside the inputs
 * (a flag, a config or framework file, an output path). It means exit 2, and like findings it is
 * data: a catalog phrase and its parameters, worded by the CLI in the run's language.
 */
import type { EnglishCatalog } from '../messages/en.js';
import type { Finding } from './findings.js';

type Phrases = EnglishCatalog['phrases'];
export type Phrase = keyof Phrases;
/** A phrase of the catalogs and exactly the parameters it takes. */
export type Problem = { [K in Phrase]: { phrase: K; params: Parameters<Phrases[K]>[0] } }[Phrase];

export function problem<K extends Phrase>(phrase: K, params: Parameters<Phrases[K]>[0]): Problem {
  return { phrase, params } as Problem;
}

export interface UserErrorOptions {
  hint?: Problem;
  /** Positioned findings in a side file (config, framework, effort file), one line each. */
  findings?: { file: string; finding: Finding }[];
}

export class UserError extends Error {
  readonly hint: Problem | undefined;
  readonly findings: readonly { file: string; finding: Finding }[];

  constructor(readonly problem: Problem, options: UserErrorOptions = {}) {
    super(problem.phrase);
    this.name = 'UserError';
    this.hint = options.hint;
    this.findings = options.findings ?? [];
  }
}
