/** The commander wiring: commands, options and help. Actions hand over to src/cli/commands/. */
import { Command, Option } from 'commander';
import { PREDICATE_BASES } from '../core/score.js';
import { DETAILS } from '../format/detail.js';
import { VERSION } from '../generated/version.js';
import { parseList } from './commands/options.js';
import { runScore, SCORE_FORMATS, type ScoreCommandOptions } from './commands/score.js';
import type { CliIo } from './io.js';

export interface ProgramState {
  exitCode: number;
  debug: boolean;
}

const EXAMPLES = `
Examples:
  spbe score examples/kota-banjarbaru-2024.yaml
  spbe score examples/kota-banjarbaru-2024.yaml --detail aspects,indicators
  spbe score assessment.yaml --compare last-year.yaml --format json

Exit codes: 0 all valid, 1 findings (errors) or a failed gate, 2 usage error or unreadable path.`;

export function buildProgram(io: CliIo, state: ProgramState): Command {
  const program = new Command('spbe')
    .description("Exact calculator for Indonesia's SPBE index (Sistem Pemerintahan Berbasis Elektronik)")
    .version(VERSION, '-V, --version')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .showHelpAfterError('(run spbe --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .addHelpText('after', EXAMPLES)
    .hook('preAction', (command) => {
      state.debug = command.optsWithGlobals().debug === true;
    });

  program
    .command('score')
    .description('validate assessment files and print their SPBE index, domains, predikat and change')
    .argument('<files...>', 'assessment files (YAML)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(SCORE_FORMATS).default('table'))
    .addOption(new Option('--detail <parts>', `add detail: ${DETAILS.join(', ')} (comma-separated)`).argParser(parseList(DETAILS)))
    .addOption(new Option('--predicate-basis <basis>', 'assign the predikat from the exact or the rounded index').choices(PREDICATE_BASES).default('exact'))
    .option('--compare <file>', "compare with this assessment instead of the file's `previous`")
    .option('--framework <id>', "score with this framework instead of the file's")
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .action(async (files: string[], options: ScoreCommandOptions) => {
      state.exitCode = await runScore(files, options, io);
    });

  return program;
}
