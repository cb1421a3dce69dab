/** The commander wiring: commands, options and help. Actions hand over to src/cli/commands/. */
import { Command, Option } from 'commander';
import { problem, UserError } from '../core/errors.js';
import { BENCHMARKS } from '../core/benchmark.js';
import { DETAILS, GROUP_BY } from '../core/report.js';
import { PREDICATE_BASES } from '../core/score.js';
import { visible } from '../format/escape.js';
import { FORMAT_NAMES, formatForFile } from '../format/formats.js';
import { VERSION } from '../generated/version.js';
import { LANGS, type Catalog } from '../messages/catalog.js';
import { runBatch, type BatchCommandOptions } from './commands/batch.js';
import { FRAMEWORK_FORMATS, runFrameworkShow, runFrameworks } from './commands/frameworks.js';
import { runConvert, type ConvertOptions } from './commands/convert.js';
import { runInit, type InitOptions } from './commands/init.js';
import { optionParsers } from './commands/options.js';
import { PLAN_FORMATS, runPlan, type PlanCommandOptions } from './commands/plan.js';
import type { CliIo } from './io.js';

export interface ProgramState {
  exitCode: number;
  debug: boolean;
}

const examples = (catalog: Catalog) => `
${catalog.help.examples}:
  spbe score examples/kota-banjarbaru-2024.yaml
  spbe score examples/kota-banjarbaru-2024.yaml --detail aspects,indicators
  spbe plan examples/kota-banjarbaru-2024.yaml --target "Sangat Baik"
  spbe score assessments/ --format csv --decimal-comma -o hasil.csv
  spbe validate 'assessments/**/*.yaml' --format github
  spbe report examples/ -o laporan.html --lang id

${catalog.help.exitCodes}`;

/** Options of both batch commands. */
function addInputOptions(command: Command, catalog: Catalog): Command {
  const h = catalog.help;
  const parse = optionParsers(catalog);
  return colorOptions(
    command
      .argument('<paths...>', h.paths)
      .addOption(new Option('-f, --format <format>', h.format).choices(FORMAT_NAMES))
      .addOption(new Option('-o, --output <file>', h.output).argParser(parse.outputFile))
      .option('--stdin-filepath <name>', h.stdinFilepath, '<stdin>')
      .addOption(new Option('-j, --jobs <n>', h.jobs).argParser(parse.jobs))
      .option('--config <file>', h.config)
      .addOption(new Option('--ignore-pattern <glob>', h.ignorePattern).argParser((value: string, previous: string[] = []) => [...previous, value]))
      .option('--strict', h.strict)
      .option('-q, --quiet', h.quiet)
      .addOption(new Option('--max-warnings <n>', h.maxWarnings).argParser(parse.wholeNumber))
      .addOption(new Option('--max-file-size <size>', h.maxFileSize).argParser(parse.size)),
    catalog,
  );
}

function colorOptions(command: Command, catalog: Catalog): Command {
  return command.option('--color', catalog.help.color).option('--no-color', catalog.help.noColor);
}

/**
 * Commander's messages quote argv (an unknown option, a bad value): all made visible, the final line
 * break and the suggestion commander itself puts on a line of its own at the end excepted.
 */
const visibleLines = (text: string) => `${visible(text.replace(/\n$/, '')).replace(/\\u\{a\}(?=\(Did you mean [^()]*\?\)$)/, '\n')}\n`;

/** Commander's own error sentences (unknown option, missing argument, ...) in the run's language. */
function localiseCommander(text: string, catalog: Catalog): string {
  return catalog.ui.commanderErrors.reduce((out, [pattern, replacement]) => out.replace(new RegExp(pattern), replacement), text);
}

/**
 * `spbe report`: an HTML page (to a file or a pipe) or a PDF (-f pdf, or -o FILE.pdf); another
 * format or a terminal is refused (it would be ignored or unreadable).
 */
function reportOptions(options: BatchCommandOptions, io: CliIo): BatchCommandOptions {
  if (options.format !== undefined && options.format !== 'html' && options.format !== 'pdf') throw new UserError(problem('reportFormat', { format: options.format }));
  if (options.output === undefined && io.stdoutIsTTY) throw new UserError(problem('reportToTerminal', undefined));
  const pdf = options.format === 'pdf' || (options.format === undefined && options.output !== undefined && formatForFile(options.output) === 'pdf');
  return { ...options, format: pdf ? 'pdf' : 'html' };
}

export function buildProgram(io: CliIo, state: ProgramState, catalog: Catalog): Command {
  const h = catalog.help;
  const parse = optionParsers(catalog);
  const program = new Command('spbe')
    .description(h.program)
    .version(VERSION, '-V, --version', h.version)
    .helpOption('-h, --help', h.helpOption)
    .option('--debug', h.debug)
    // Read by main() before the program is built (help text is worded in it); declared for --help.
    .addOption(new Option('--lang <lang>', h.lang).choices(LANGS))
    .exitOverride()
    .showHelpAfterError('(spbe --help)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: (s, write) => write(localiseCommander(visibleLines(s), catalog)) })
    // Commander's own section titles ("Usage:", "Options:") in the chosen language.
    .configureHelp({ styleTitle: (title) => catalog.ui.helpTitles[title] ?? title })
    .addHelpText('after', examples(catalog));

  addInputOptions(
    program
      .command('score')
      .description(h.score),
    catalog,
  )
    .addOption(new Option('--detail <parts>', `${h.detail}: ${DETAILS.join(', ')}`).argParser(parse.list(DETAILS)))
    .addOption(new Option('--predicate-basis <basis>', h.predicateBasis).choices(PREDICATE_BASES))
    .option('--compare <file>', h.compare)
    .option('--framework <id|file>', h.frameworkOption)
    .addOption(new Option('--fail-under <index|predikat>', h.failUnderIndex).argParser(parse.indexOrPredicate))
    .addOption(new Option('--fail-under-domain <id=value>', h.failUnderDomain).argParser(parse.domainLimit))
    .addOption(new Option('--max-drop <delta>', h.maxDrop).argParser(parse.indexValue))
    .option('--no-gates', h.noGates)
    .addOption(new Option('--group-by <field>', h.groupBy).choices(GROUP_BY))
    .option('--latest', h.latest)
    .addOption(new Option('--benchmark <cohort>', h.benchmark).choices(BENCHMARKS))
    .addOption(new Option('--csv-delimiter <char>', h.csvDelimiter).argParser(parse.delimiter))
    .option('--decimal-comma', h.decimalComma)
    .addOption(new Option('--what-if <changes>', h.whatIf).argParser(parse.levelChanges))
    .option('--project-to <id>', h.projectTo)
    .action(async (paths: string[], options: BatchCommandOptions) => {
      state.exitCode = await runBatch('score', paths, options, io, catalog);
    });

  addInputOptions(
    program
      .command('report')
      .description(h.report),
    catalog,
  )
    .addOption(new Option('--predicate-basis <basis>', h.predicateBasis).choices(PREDICATE_BASES))
    .option('--framework <id|file>', h.frameworkOption)
    .addOption(new Option('--benchmark <cohort>', h.benchmark).choices(BENCHMARKS))
    .option('--latest', h.latest)
    .addOption(new Option('--report-date <date>', h.reportDate).argParser(parse.isoDate))
    .option('--signer-name <name>', h.signerName)
    .option('--signer-position <position>', h.signerPosition)
    .option('--signer-place <place>', h.signerPlace)
    .action(async (paths: string[], options: BatchCommandOptions) => {
      state.exitCode = await runBatch('score', paths, reportOptions(options, io), io, catalog);
    });

  addInputOptions(
    program
      .command('validate')
      .description(h.validate),
    catalog,
  )
    .option('--framework <id|file>', h.validateFramework)
    .action(async (paths: string[], options: BatchCommandOptions) => {
    state.exitCode = await runBatch('validate', paths, options, io, catalog);
  });

  colorOptions(
    program
      .command('plan')
      .description(h.plan)
      .argument('<file>', h.file)
      .requiredOption('-t, --target <target>', h.target)
      .addOption(new Option('--max-step <n>', h.maxStep).argParser(parse.wholeNumber).default(1))
      .addOption(new Option('--only <groups>', h.only).argParser(parse.groups))
      .addOption(new Option('--exclude <ids>', h.exclude).argParser(parse.ids))
      .option('--effort <file>', h.effortFile)
      .addOption(new Option('--predicate-basis <basis>', h.planBasis).choices(PREDICATE_BASES))
      .option('--framework <id|file>', h.planFramework)
      .addOption(new Option('--max-file-size <size>', h.maxFileSize).argParser(parse.size))
      .addOption(new Option('-f, --format <format>', h.formatPlain).choices(PLAN_FORMATS).default('table')),
    catalog,
  )
    .action(async (file: string, options: PlanCommandOptions) => {
      state.exitCode = await runPlan(file, options, io, catalog);
    });

  program
    .command('init')
    .description(h.init)
    .requiredOption('--agency <name>', h.agency)
    .option('--agency-id <id>', h.agencyId)
    .addOption(new Option('--year <year>', h.year).argParser(parse.wholeNumber).makeOptionMandatory())
    .option('--framework <id|file>', h.initFramework)
    .addOption(new Option('-o, --output <file>', h.initOutput).argParser(optionParsers(catalog).outputFile))
    .addOption(new Option('-f, --format <format>', h.initFormat).choices(['yaml', 'xlsx']).default('yaml'))
    .option('--force', h.force)
    .action(async (options: InitOptions) => {
      state.exitCode = await runInit(options, io, catalog);
    });

  program
    .command('convert')
    .description(h.convert)
    .argument('<input>', h.convertInput)
    .addOption(new Option('-o, --output <file>', h.convertOutput).argParser(optionParsers(catalog).outputFile))
    .addOption(new Option('--to <format>', h.convertTo).choices(['yaml', 'xlsx', 'csv']))
    .addOption(new Option('--shape <shape>', h.shape).choices(['long', 'wide']))
    .option('--decimal-comma', h.convertDecimalComma)
    .option('--lossy', h.lossy)
    .action(async (input: string, options: ConvertOptions) => {
      state.exitCode = await runConvert(input, options, io, catalog);
    });

  colorOptions(
    program
      .command('frameworks')
      .description(h.frameworks)
      .addOption(new Option('-f, --format <format>', h.formatPlain).choices(['table', 'json']).default('table')),
    catalog,
  )
    .action(async (options: { format: 'table' | 'json'; color?: boolean }) => {
      state.exitCode = await runFrameworks(options, io, catalog);
    });

  colorOptions(
    program
      .command('framework')
      .description(h.framework)
      .command('show')
      .description(h.frameworkShow)
      .argument('<id>', h.frameworkId)
      .addOption(new Option('-f, --format <format>', h.formatPlain).choices(FRAMEWORK_FORMATS).default('table')),
    catalog,
  )
    .action(async (id: string, options: { format: (typeof FRAMEWORK_FORMATS)[number]; color?: boolean }) => {
      state.exitCode = await runFrameworkShow(id, options, io, catalog);
    });

  return program;
}
