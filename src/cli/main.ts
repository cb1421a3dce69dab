/**
 * main(argv, io) -> exit code. Never calls process.exit and never writes outside io, so tests run
 * it in-process. Every thrown error is mapped to its exit code here and nowhere else.
 */
import { CommanderError } from 'commander';
import { UsageError, InputError } from './errors.js';
import { SideFileError } from '../io/side-file.js';
import { EXIT_OK, EXIT_USAGE } from './exit-code.js';
import type { CliIo } from './io.js';
import { LANGS, languageFromEnv, t, useLanguage, type Lang } from '../messages/catalog.js';
import { buildProgram, type ProgramState } from './program.js';

/** --lang wins; then LC_ALL / LC_MESSAGES / LANG. Chosen before commander builds the help text. */
function chooseLanguage(argv: readonly string[], io: CliIo): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  return LANGS.includes(value as Lang) ? (value as Lang) : languageFromEnv(io.env);
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  useLanguage(chooseLanguage(argv, io));
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
    if (error instanceof UsageError || error instanceof InputError || error instanceof SideFileError) {
      io.stderr(`spbe: ${t().ui.error}: ${error.message}\n`);
      if (error instanceof UsageError && error.hint) io.stderr(`${t().ui.hint}: ${error.hint}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`spbe: ${t().ui.internalError}: ${(error as Error)?.message ?? String(error)}\n`);
    if (state.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr(`${t().ui.reportBug}\n`);
    return EXIT_USAGE;
  }
}
