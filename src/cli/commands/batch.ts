/**
 * `spbe score`, `spbe validate`, `spbe report`: read (expand the paths, evaluate every input in
 * order), build the report (core/report.ts), format it, write it, and return the exit code.
 */
import { dirname, resolve } from 'node:path';
import type { BenchmarkBy } from '../../core/benchmark.js';
import { previousFromScore, type PreviousYear } from '../../core/compare.js';
import { problem, UserError } from '../../core/errors.js';
import type { Framework } from '../../core/framework.js';
import { buildReport, type Command, type Detail, type GroupBy } from '../../core/report.js';
import type { FileResult } from '../../core/result.js';
import type { PredicateBasis } from '../../core/score.js';
import { escapeDeep } from '../../format/escape-deep.js';
import { visible } from '../../format/escape.js';
import { formatFindings, formatGateFailures, formatSummaryLine } from '../../format/findings.js';
import { provisionalFrameworks } from '../../format/ci-results.js';
import { csvOptions, droppedParts, FORMATS, formatForFile, outputFits, type Format, type FormatContext, type ReportSheet } from '../../format/formats.js';
import { reportFonts } from '../../io/fonts.js';
import { VERSION } from '../../generated/version.js';
import type { BatchOptions } from '../../io/batch.js';
import { loadConfig, type Config } from '../../io/config.js';
import { evaluateSource } from '../../io/evaluate.js';
import { frameworkFromOption } from '../../io/framework-file.js';
import { expandInputs } from '../../io/inputs.js';
import { evaluateAllInputs } from '../../io/all-inputs.js';
import { writeOutput } from '../output-file.js';
import type { Catalog } from '../../messages/catalog.js';
import { createPalette, wantsColor } from '../color.js';
import { exitCodeFor } from '../exit-code.js';
import { problemText } from '../problem-text.js';
import type { CliIo } from '../io.js';
import { checkSettings, chooseGates, type GateFlags } from './settings.js';

export interface BatchCommandOptions extends GateFlags {
  format?: Format;
  output?: string;
  stdinFilepath?: string;
  jobs?: number;
  config?: string;
  color?: boolean;
  // score only
  detail?: Detail[];
  predicateBasis?: PredicateBasis;
  compare?: string;
  framework?: string;
  groupBy?: GroupBy;
  /** --latest: each agency's latest year only. */
  latest?: boolean;
  benchmark?: BenchmarkBy;
  csvDelimiter?: string;
  decimalComma?: boolean;
  whatIf?: Map<number, number>;
  /** --project-to: a built-in framework every result is projected onto through a crosswalk. */
  projectTo?: string;
  strict?: boolean;
  maxFileSize?: number;
  quiet?: boolean;
  maxWarnings?: number;
  ignorePattern?: string[];
  // report only
  reportDate?: string;
  signerName?: string;
  signerPosition?: string;
  signerPlace?: string;
}

/** Today in the machine's time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The printed report's date (today unless given) and signature block: each flag wins over its part of the config's signer. */
function reportSheet(options: BatchCommandOptions, config: Config): ReportSheet {
  const flags = { name: options.signerName, position: options.signerPosition, place: options.signerPlace };
  const signer = { ...config.signer, ...Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) };
  return { date: options.reportDate ?? today(), ...(Object.keys(signer).length > 0 ? { signer } : {}) };
}

function chooseFormat(options: BatchCommandOptions, config: Config, io: CliIo): Format {
  if (options.format) return options.format;
  if (config.format) return config.format as Format;
  if (options.output) return formatForFile(options.output) ?? 'text';
  return io.stdoutIsTTY ? 'table' : 'text';
}

/** --compare FILE: the one previous year every file is compared with. Unreadable is a user error; invalid, the file's own findings. */
async function loadCompare(path: string, options: BatchOptions, io: CliIo): Promise<{ previous: PreviousYear; agency: string } | FileResult> {
  const compared = await evaluateSource({ file: path, path: resolve(io.cwd, path) }, { ...options, followPrevious: false });
  const unreadable = compared.findings.find((f) => f.code === 'FILE_UNREADABLE');
  if (unreadable?.code === 'FILE_UNREADABLE') throw new UserError(problem('cannotRead', { path: `--compare ${path}`, reason: unreadable.params.reason }));
  if (!compared.score || !compared.assessment) return compared;
  return { previous: previousFromScore(compared.score, compared.assessment.year, path, compared.assessment.indicators), agency: compared.assessment.agency.id };
}


export async function runBatch(command: Command, paths: string[], options: BatchCommandOptions, io: CliIo, catalog: Catalog): Promise<number> {
  if (paths.filter((p) => p === '-').length > 1) throw new UserError(problem('stdinTwice', undefined));
  const loaded = loadConfig(options.config, io.cwd);
  const { config, file: configFile } = loaded;
  const format = chooseFormat(options, config, io);
  const spec = FORMATS[format];
  if (options.output !== undefined && !outputFits(format, options.output)) throw new UserError(problem('outputExtension', { file: visible(options.output), format, extensions: spec.extensions.join(', ') || '(any)' }));
  if (spec.binary && !options.output) throw new UserError(problem('needsOutputFile', { format }));
  const framework: Framework | undefined = options.framework === undefined ? undefined : frameworkFromOption(options.framework, io.cwd, loaded.frameworks);
  // Config and flag values that the framework cannot meet are refused before any file is read.
  const { gates, settings } = chooseGates(command === 'score' ? options : {}, loaded);
  if (framework) checkSettings(settings, [framework], loaded);
  // Unset: each file gets the published practice of its year (predicateBasisFor).
  const predicateBasis = options.predicateBasis ?? config.predicateBasis;
  const batchOptions: BatchOptions = {
    ...(predicateBasis ? { predicateBasis } : {}),
    lint: { rules: config.lint ?? {}, strict: options.strict ?? config.strict ?? false },
    readStdin: io.readStdin,
    cwd: io.cwd,
    ...(loaded.frameworks.length > 0 ? { frameworks: loaded.frameworks } : {}),
    keepText: spec.keepsText,
    ...(framework ? { framework } : {}),
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
  };
  const palette = await createPalette(spec.colour && wantsColor(options.color, io));
  const context: FormatContext = {
    catalog,
    palette,
    columns: io.columns ?? 133,
    tool: { name: 'spbe', version: VERSION },
    csv: csvOptions(options.csvDelimiter ?? config.csvDelimiter, options.decimalComma ?? config.decimalComma ?? false),
    report: reportSheet(options, config),
    assets: { fonts: reportFonts },
  };

  let compare: PreviousYear | undefined;
  let compareAgency: string | undefined;
  if (options.compare !== undefined) {
    const loaded = await loadCompare(options.compare, batchOptions, io);
    if ('findings' in loaded) {
      io.stderr(formatFindings(escapeDeep([loaded], visible), palette, catalog));
      return exitCodeFor({ results: [loaded] });
    }
    compare = loaded.previous;
    compareAgency = loaded.agency;
  }

  const ignore = [
    { patterns: options.ignorePattern ?? [], base: io.cwd },
    { patterns: config.ignore ?? [], base: configFile ? dirname(resolve(io.cwd, configFile)) : io.cwd },
  ];
  const { inputs, problems, skipped } = await expandInputs(paths, io.cwd, options.stdinFilepath, ignore);
  for (const p of escapeDeep(problems, visible)) io.stderr(`spbe: ${catalog.ui.error}: ${p.kind === 'noMatch' ? catalog.phrases.noMatch(p) : p.kind === 'noYamlIn' ? catalog.phrases.noYamlIn(p) : catalog.phrases.cannotRead(p)}\n`);
  const results: FileResult[] = [];
  for await (const result of evaluateAllInputs(inputs, batchOptions)) results.push(result);

  if (!framework) checkSettings(settings, results.flatMap((r) => (r.score ? [r.score.framework] : [])), loaded);
  const quiet = options.quiet === true;
  const report = buildReport(results, {
    command,
    ...(quiet ? { errorsOnly: true } : {}),
    ...(options.detail ? { detail: options.detail } : {}),
    ...(compare ? { compare } : {}),
    ...(options.whatIf ? { whatIf: options.whatIf } : {}),
    ...(command === 'score' ? { gates } : {}),
    ...(options.groupBy ? { groupBy: options.groupBy } : {}),
    ...(options.latest ? { latest: true } : {}),
    ...(options.benchmark ? { benchmark: options.benchmark } : {}),
    ...(options.projectTo !== undefined ? { projectTo: frameworkFromOption(options.projectTo, io.cwd) } : {}),
  });
  if (inputs.length === 0) return exitCodeFor({ results, inputProblems: problems.length });

  const read = inputs.flatMap((i) => (i.path ? [i.path] : []));
  if (options.compare !== undefined) read.push(resolve(io.cwd, options.compare));
  await writeOutput(options.output, io, read, await (await spec.load())(spec.escape ? escapeDeep(report, spec.escape) : report, context));

  for (const { problem: why } of report.whatIfSkipped ?? []) io.stderr(`spbe: ${catalog.ui.notice}: ${catalog.phrases.whatIfSkipped({ reason: problemText(why, catalog) })}\n`);
  // Human views keep stdout for the result and put findings and gate failures on stderr.
  if (spec.findingsOnStderr(command)) {
    const results = escapeDeep(report.results, visible);
    io.stderr(formatFindings(results, palette, catalog));
    for (const r of results) io.stderr(formatGateFailures(r, palette, catalog));
  }
  // --compare with another agency's file is allowed (a benchmark), but never silently.
  for (const r of compareAgency === undefined ? [] : report.results) {
    const agency = r.assessment?.agency.id;
    if (r.score && agency !== undefined && agency !== compareAgency) io.stderr(`spbe: ${catalog.ui.warning}: ${catalog.phrases.compareOtherAgency(escapeDeep({ compare: options.compare!, compareAgency: compareAgency!, file: r.file, agency }, visible))}\n`);
  }
  if (report.omittedEarlier && !quiet) io.stderr(`spbe: ${catalog.ui.notice}: ${catalog.phrases.latestOmitted({ count: report.omittedEarlier })}\n`);
  if (skipped.length > 0 && !quiet) io.stderr(`spbe: ${catalog.ui.notice}: ${catalog.phrases.skippedFiles({ count: skipped.length, files: visible(skipped.map((f) => `${f.file} (${f.kind})`).join(', ')) })}\n`);
  const dropped = quiet ? [] : droppedParts(spec, report, options.whatIf !== undefined);
  if (dropped.length > 0) io.stderr(`spbe: ${catalog.ui.notice}: ${catalog.phrases.formatCannotShow({ format, parts: dropped.map((p) => (p === 'what-if' ? '--what-if' : p === 'decomposition' ? catalog.ui.decomposition : `--detail ${p}`)).join(', ') })}\n`);
  const provisional = quiet || (spec.printsNotices && !options.output) ? [] : provisionalFrameworks(report);
  for (const id of provisional) io.stderr(`spbe: ${catalog.ui.notice}: ${catalog.phrases.provisional({ framework: visible(id) })}\n`);
  const summaryInStdout = spec.printsSummary(command) && !options.output;
  if (!summaryInStdout && (results.length > 1 || command === 'validate' || options.output)) io.stderr(formatSummaryLine(report.summary, catalog));
  const tooManyWarnings = options.maxWarnings !== undefined && report.summary.warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`spbe: ${catalog.ui.error}: ${catalog.phrases.tooManyWarnings({ warnings: report.summary.warnings, max: options.maxWarnings! })}\n`);
  return exitCodeFor({ results: report.results, inputProblems: problems.length, failedGates: report.failedGates, tooManyWarnings });
}
