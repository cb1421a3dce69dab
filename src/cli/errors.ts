/**
 * Errors that end a command, each with its exit code. Problems inside an input file are never
 * thrown: they are findings (exit 1 through exitCodeFor).
 */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A path given on the command line cannot be read or matches nothing. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
