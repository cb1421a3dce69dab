/**
 * main(argv, io) -> exit code. Never calls process.exit and never writes outside io, so tests run
 * it in-process. Every thrown error is mapped to its exit code here and nowhere else, and worded
 * here in the run's language.
 */
import { CommanderError } from 'commander';
import { UserError } from '../core/errors.js';
import { escapeDeep } from '../format/escape-deep.js';
import { visible } from '../format/escape.js';
import { findingLocation } from '../format/findings.js';
import { configLanguage } from '../io/config.js';
import { catalogFor, formatMessage, type Catalog } from '../messages/catalog.js';
import { EXIT_OK, EXIT_USAGE } from './exit-code.js';
import type { CliIo } from './io.js';
import { chooseLanguage, flagValue } from './language.js';
import { problemText } from './problem-text.js';
import { buildProgram, type ProgramState } from './program.js';

function userErrorText(error: UserError, catalog: Catalog): string {
  let out = `spbe: ${catalog.ui.error}: ${problemText(error.problem, catalog)}\n`;
  for (const { file, finding } of escapeDeep(error.findings, visible)) out += `${findingLocation(file, finding)}: ${formatMessage(finding, catalog)}\n`;
  if (error.hint) out += `${catalog.ui.hint}: ${problemText(error.hint, catalog)}\n`;
  return out;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // Chosen before commander builds the help text.
  const catalog = catalogFor(chooseLanguage(argv, io.env, () => configLanguage(flagValue(argv, '--config'), io.cwd)));
  const state: ProgramState = { exitCode: EXIT_OK, debug: argv.includes('--debug') };
  const program = buildProgram(io, state, catalog);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are successes; help shown for a missing command, and every other
      // commander error, are usage errors (commander's own code for them is 1).
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UserError) {
      io.stderr(userErrorText(error, catalog));
      return EXIT_USAGE;
    }
    io.stderr(`spbe: ${catalog.ui.internalError}: ${visible((error as Error)?.message ?? String(error))}\n`);
    if (state.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr(`${catalog.ui.reportBug}\n`);
    return EXIT_USAGE;
  }
}
