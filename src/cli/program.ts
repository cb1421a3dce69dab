/** The commander wiring: commands, options and help. Actions hand over to src/cli/commands/. */
import { Command, Option } from 'commander';
import { PREDICATE_BASES } from '../core/score.js';
import { DETAILS } from '../format/detail.js';
import { VERSION } from '../generated/version.js';
import { FORMATS, GROUP_BY, runBatch, type BatchCommandOptions } from './commands/batch.js';
import { FRAMEWORK_FORMATS, runFrameworkShow, runFrameworks } from './commands/frameworks.js';
import { parseDelimiter, parseDomainLimit, parseGroups, parseIds, parseIndexValue, parseLevelChanges, parseList, parsePositiveInteger, parseSize } from './commands/options.js';
import { PLAN_FORMATS, runPlan, type PlanCommandOptions } from './commands/plan.js';
import { runInit, type InitOptions } from './commands/init.js';
import type { CliIo } from './io.js';

export interface ProgramState {
  exitCode: number;
  debug: boolean;
}

const EXAMPLES = `
Examples:
  spbe score examples/kota-banjarbaru-2024.yaml
  spbe score examples/kota-banjarbaru-2024.yaml --detail aspects,indicators
  spbe score assessments/ --format csv --decimal-comma -o hasil.csv
  spbe validate 'assessments/**/*.yaml' --format github

Exit codes: 0 all valid, 1 findings (errors) or a failed gate, 2 usage error or unreadable path.`;

/** Options of both batch commands. */
function addInputOptions(command: Command): Command {
  return command
    .argument('<paths...>', 'assessment files, folders (searched for *.yaml, *.yml), quoted globs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, text otherwise)').choices(FORMATS))
    .option('-o, --output <file>', 'write the report to this file (atomically) instead of stdout')
    .option('--stdin-filepath <name>', 'name of the standard input in messages', '<stdin>')
    .addOption(new Option('-j, --jobs <n>', 'worker threads (default: automatic; 0 = none)').argParser(parsePositiveInteger))
    .option('--config <file>', 'configuration file (default: spbe.config.yaml in the working directory)')
    .option('--strict', 'treat evidence-lint warnings as errors')
    .addOption(new Option('--max-file-size <size>', 'refuse larger input files (default 5MB)').argParser(parseSize))
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also: NO_COLOR=1)');
}

export function buildProgram(io: CliIo, state: ProgramState): Command {
  const program = new Command('spbe')
    .description("Exact calculator for Indonesia's SPBE index (Sistem Pemerintahan Berbasis Elektronik)")
    .version(VERSION, '-V, --version')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .showHelpAfterError('(run spbe --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .addHelpText('after', EXAMPLES);

  addInputOptions(
    program
      .command('score')
      .description('validate assessment files and print their SPBE index, domains, predikat and change'),
  )
    .addOption(new Option('--detail <parts>', `add detail to the table: ${DETAILS.join(', ')}`).argParser(parseList(DETAILS)))
    .addOption(new Option('--predicate-basis <basis>', 'assign the predikat from the exact or the rounded index (default: exact)').choices(PREDICATE_BASES))
    .option('--compare <file>', "compare with this assessment instead of each file's `previous`")
    .option('--framework <id|file>', "score with this framework (a built-in id or a framework file) instead of the file's")
    .addOption(new Option('--fail-under <index>', 'gate: exit 1 when a file\'s index is below this').argParser(parseIndexValue))
    .addOption(new Option('--fail-under-domain <id=value>', 'gate: exit 1 when a domain is below the value (repeatable)').argParser(parseDomainLimit))
    .addOption(new Option('--max-drop <delta>', 'gate: exit 1 when the index fell by more than this from the previous year').argParser(parseIndexValue))
    .addOption(new Option('--group-by <field>', 'summary per group of agencies').choices(GROUP_BY))
    .addOption(new Option('--csv-delimiter <char>', 'csv field separator (default , or ; with --decimal-comma)').argParser(parseDelimiter))
    .option('--decimal-comma', 'csv decimals with a comma (2,74), for spreadsheets set to Indonesian')
    .addOption(new Option('--what-if <changes>', 'project the result with other levels: INDICATOR=LEVEL[,...]').argParser(parseLevelChanges))
    .action(async (paths: string[], options: BatchCommandOptions) => {
      state.exitCode = await runBatch('score', paths, options, io);
    });

  addInputOptions(
    program
      .command('report')
      .description('write an HTML report with charts (one agency: badge, domains, aspect radar, trend, plan, indicators; several: ranking and distribution)'),
  )
    .addOption(new Option('--predicate-basis <basis>', 'assign the predikat from the exact or the rounded index (default: exact)').choices(PREDICATE_BASES))
    .option('--framework <id|file>', "score with this framework (a built-in id or a framework file) instead of the file's")
    .action(async (paths: string[], options: BatchCommandOptions) => {
      state.exitCode = await runBatch('score', paths, { ...options, format: 'html' }, io);
    });

  addInputOptions(
    program
      .command('validate')
      .description('check assessment files against the schema and the framework (no scores), for CI'),
  ).action(async (paths: string[], options: BatchCommandOptions) => {
    state.exitCode = await runBatch('validate', paths, options, io);
  });

  program
    .command('plan')
    .description('the fewest level increases (or the least effort) that reach a predikat or an index, found by exact search')
    .argument('<file>', 'an assessment file')
    .requiredOption('-t, --target <target>', 'a predikat ("Baik", "Sangat Baik", ...) or an index value (3.0)')
    .addOption(new Option('--max-step <n>', 'at most N levels up per indicator').argParser(parsePositiveInteger).default(1))
    .addOption(new Option('--only <groups>', 'only raise indicators of these aspects or domains: aspect:8,domain:3').argParser(parseGroups))
    .addOption(new Option('--exclude <ids>', 'never raise these indicators: 45,46').argParser(parseIds))
    .option('--effort <file>', 'YAML map of indicator -> effort per level step (and `default`); minimise total effort')
    .addOption(new Option('--predicate-basis <basis>', 'reach the predikat on the exact or the rounded index').choices(PREDICATE_BASES).default('exact'))
    .option('--framework <id|file>', "plan with this framework instead of the file's")
    .addOption(new Option('--max-file-size <size>', 'refuse a larger input file (default 5MB)').argParser(parseSize))
    .addOption(new Option('-f, --format <format>', 'output format').choices(PLAN_FORMATS).default('table'))
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .action(async (file: string, options: PlanCommandOptions) => {
      state.exitCode = await runPlan(file, options, io);
    });

  program
    .command('init')
    .description('write an assessment template with every indicator, ready to fill in')
    .requiredOption('--agency <name>', 'the agency, e.g. "Pemerintah Kota Banjarbaru"')
    .addOption(new Option('--year <year>', 'the evaluation year').argParser(parsePositiveInteger).makeOptionMandatory())
    .option('--framework <id|file>', 'the framework (default: the one for the year)')
    .option('-o, --output <file>', 'write to this file (default: standard output)')
    .option('--force', 'overwrite an existing file')
    .action(async (options: InitOptions) => {
      state.exitCode = await runInit(options, io);
    });

  program
    .command('frameworks')
    .description('list the built-in frameworks')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .action(async (options: { format: 'table' | 'json'; color?: boolean }) => {
      state.exitCode = await runFrameworks(options, io);
    });

  program
    .command('framework')
    .description('show one framework')
    .command('show')
    .description('print the domains, aspects, indicators, weights, level names and predikat bands of a framework')
    .argument('<id>', 'a built-in framework id (spbe frameworks) or the path of a framework file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FRAMEWORK_FORMATS).default('table'))
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also: NO_COLOR=1)')
    .action(async (id: string, options: { format: (typeof FRAMEWORK_FORMATS)[number]; color?: boolean }) => {
      state.exitCode = await runFrameworkShow(id, options, io);
    });

  return program;
}
