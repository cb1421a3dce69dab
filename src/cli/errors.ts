/**
 * Errors that end a command; main() maps them to exit code 2. Problems inside an input file are
 * never thrown: they are findings (exit 1 through exitCodeFor).
 */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A path given on the command line cannot be read or matches nothing. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
