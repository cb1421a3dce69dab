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
import { LANGS, t } from '../messages/catalog.js';

export interface ProgramState {
  exitCode: number;
  debug: boolean;
}

const examples = () => `
${t().help.examples}:
  spbe score examples/kota-banjarbaru-2024.yaml
  spbe score examples/kota-banjarbaru-2024.yaml --detail aspects,indicators
  spbe plan examples/kota-banjarbaru-2024.yaml --target "Sangat Baik"
  spbe score assessments/ --format csv --decimal-comma -o hasil.csv
  spbe validate 'assessments/**/*.yaml' --format github
  spbe report examples/ -o laporan.html --lang id

${t().help.exitCodes}`;

/** Options of both batch commands. */
function addInputOptions(command: Command): Command {
  const h = t().help;
  return colorOptions(
    command
      .argument('<paths...>', h.paths)
      .addOption(new Option('-f, --format <format>', h.format).choices(FORMATS))
      .option('-o, --output <file>', h.output)
      .option('--stdin-filepath <name>', h.stdinFilepath, '<stdin>')
      .addOption(new Option('-j, --jobs <n>', h.jobs).argParser(parsePositiveInteger))
      .option('--config <file>', h.config)
      .option('--strict', h.strict)
      .addOption(new Option('--max-file-size <size>', h.maxFileSize).argParser(parseSize)),
  );
}

function colorOptions(command: Command): Command {
  return command.option('--color', t().help.color).option('--no-color', t().help.noColor);
}

export function buildProgram(io: CliIo, state: ProgramState): Command {
  const h = t().help;
  const program = new Command('spbe')
    .description(h.program)
    .version(VERSION, '-V, --version', h.version)
    .helpOption('-h, --help', h.helpOption)
    .option('--debug', h.debug)
    // Read by main() before the program is built (help text is worded in it); declared for --help.
    .addOption(new Option('--lang <lang>', h.lang).choices(LANGS))
    .exitOverride()
    .showHelpAfterError('(spbe --help)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    // Commander's own section titles ("Usage:", "Options:") in the chosen language.
    .configureHelp({ styleTitle: (title) => t().ui.helpTitles[title] ?? title })
    .addHelpText('after', examples());

  addInputOptions(
    program
      .command('score')
      .description(h.score),
  )
    .addOption(new Option('--detail <parts>', `${h.detail}: ${DETAILS.join(', ')}`).argParser(parseList(DETAILS)))
    .addOption(new Option('--predicate-basis <basis>', h.predicateBasis).choices(PREDICATE_BASES))
    .option('--compare <file>', h.compare)
    .option('--framework <id|file>', h.frameworkOption)
    .addOption(new Option('--fail-under <index>', h.failUnder).argParser(parseIndexValue))
    .addOption(new Option('--fail-under-domain <id=value>', h.failUnderDomain).argParser(parseDomainLimit))
    .addOption(new Option('--max-drop <delta>', h.maxDrop).argParser(parseIndexValue))
    .addOption(new Option('--group-by <field>', h.groupBy).choices(GROUP_BY))
    .addOption(new Option('--csv-delimiter <char>', h.csvDelimiter).argParser(parseDelimiter))
    .option('--decimal-comma', h.decimalComma)
    .addOption(new Option('--what-if <changes>', h.whatIf).argParser(parseLevelChanges))
    .action(async (paths: string[], options: BatchCommandOptions) => {
      state.exitCode = await runBatch('score', paths, options, io);
    });

  addInputOptions(
    program
      .command('report')
      .description(h.report),
  )
    .addOption(new Option('--predicate-basis <basis>', h.predicateBasis).choices(PREDICATE_BASES))
    .option('--framework <id|file>', h.frameworkOption)
    .action(async (paths: string[], options: BatchCommandOptions) => {
      state.exitCode = await runBatch('score', paths, { ...options, format: 'html' }, io);
    });

  addInputOptions(
    program
      .command('validate')
      .description(h.validate),
  ).action(async (paths: string[], options: BatchCommandOptions) => {
    state.exitCode = await runBatch('validate', paths, options, io);
  });

  colorOptions(
    program
      .command('plan')
      .description(h.plan)
      .argument('<file>', h.file)
      .requiredOption('-t, --target <target>', h.target)
      .addOption(new Option('--max-step <n>', h.maxStep).argParser(parsePositiveInteger).default(1))
      .addOption(new Option('--only <groups>', h.only).argParser(parseGroups))
      .addOption(new Option('--exclude <ids>', h.exclude).argParser(parseIds))
      .option('--effort <file>', h.effortFile)
      .addOption(new Option('--predicate-basis <basis>', h.planBasis).choices(PREDICATE_BASES).default('exact'))
      .option('--framework <id|file>', h.planFramework)
      .addOption(new Option('--max-file-size <size>', h.maxFileSize).argParser(parseSize))
      .addOption(new Option('-f, --format <format>', h.formatPlain).choices(PLAN_FORMATS).default('table')),
  )
    .action(async (file: string, options: PlanCommandOptions) => {
      state.exitCode = await runPlan(file, options, io);
    });

  program
    .command('init')
    .description(h.init)
    .requiredOption('--agency <name>', h.agency)
    .addOption(new Option('--year <year>', h.year).argParser(parsePositiveInteger).makeOptionMandatory())
    .option('--framework <id|file>', h.initFramework)
    .option('-o, --output <file>', h.initOutput)
    .option('--force', h.force)
    .action(async (options: InitOptions) => {
      state.exitCode = await runInit(options, io);
    });

  colorOptions(
    program
      .command('frameworks')
      .description(h.frameworks)
      .addOption(new Option('-f, --format <format>', h.formatPlain).choices(['table', 'json']).default('table')),
  )
    .action(async (options: { format: 'table' | 'json'; color?: boolean }) => {
      state.exitCode = await runFrameworks(options, io);
    });

  colorOptions(
    program
      .command('framework')
      .description(h.framework)
      .command('show')
      .description(h.frameworkShow)
      .argument('<id>', h.frameworkId)
      .addOption(new Option('-f, --format <format>', h.formatPlain).choices(FRAMEWORK_FORMATS).default('table')),
  )
    .action(async (id: string, options: { format: (typeof FRAMEWORK_FORMATS)[number]; color?: boolean }) => {
      state.exitCode = await runFrameworkShow(id, options, io);
    });

  return program;
}
