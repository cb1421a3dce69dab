/**
 * main(argv, io) -> exit code. Never calls process.exit and never writes outside io, so tests run
 * it in-process. Every thrown error is mapped to its exit code here and nowhere else.
 */
import { CommanderError } from 'commander';
import { UsageError, InputError } from './errors.js';
import { EXIT_OK, EXIT_USAGE } from './exit-code.js';
import type { CliIo } from './io.js';
import { buildProgram, type ProgramState } from './program.js';

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const state: ProgramState = { exitCode: EXIT_OK, debug: argv.includes('--debug') };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are successes; help shown for a missing command, and every other
      // commander error, are usage errors (commander's own code for them is 1).
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(`spbe: error: ${error.message}\n`);
      if (error instanceof UsageError && error.hint) io.stderr(`hint: ${error.hint}\n`);
      return error.exitCode;
    }
    io.stderr(`spbe: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (state.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr('Run again with --debug for the stack trace, and please report it.\n');
    return EXIT_USAGE;
  }
}
