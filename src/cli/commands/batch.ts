/**
 * `spbe score`, `spbe validate`, `spbe report`: read (expand the paths, evaluate every input in
 * order), build the report (core/report.ts), format it, write it, and return the exit code.
 */
import { dirname, resolve } from 'node:path';
import type { BenchmarkBy } from '../../core/benchmark.js';
import type { PreviousYear } from '../../core/compare.js';
import { previousOfResult } from '../../core/link.js';
import { problem, UserError } from '../../core/errors.js';
import type { Framework } from '../../core/framework.js';
import { buildReport, linksYears, type Command, type Detail, type GroupBy, type Summary } from '../../core/report.js';
import { canStream, mayStream, type WholeRunNeeds } from '../../run/can-stream.js';
import { setBatchHeapFlags } from '../../run/heap-settings.js';
import type { FileResult, ScoredResult } from '../../core/result.js';
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
import { DEFAULT_MAX_FILE_SIZE } from '../../io/source.js';
import { evaluateAllInputs } from '../../io/all-inputs.js';
import { writeOutput } from '../output-file.js';
import type { Catalog } from '../../messages/catalog.js';
import { createPalette, wantsColor } from '../color.js';
import { exitCodeFor, type Outcome } from '../exit-code.js';
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
  return { previous: previousOfResult(compared as ScoredResult), agency: compared.assessment.agency.id };
}


/** What the end of a run reads (notices, summary line, exit code), from the report or, when streamed, from what was counted. */
interface RunEnd {
  /** Results evaluated (a table gives several). */
  evaluated: number;
  summary: Summary;
  failedGates: number;
  results: Outcome['results'];
  /** Scored results' agencies in input order (for --compare's warning). */
  agencies: readonly { file: string; agency: string }[];
  acrossFrameworks: boolean;
  provisional: readonly string[];
  omittedEarlier?: number;
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
  const needs: WholeRunNeeds = {
    benchmark: options.benchmark !== undefined,
    latest: options.latest === true,
    whatIf: options.whatIf !== undefined,
    projectTo: options.projectTo !== undefined,
    settingsUnchecked: !framework && (settings.domains.length > 0 || settings.predicate !== undefined),
  };
  // A run that may stream with its years linked takes the link keys of short files from the scan.
  const streaming = mayStream(format, command, needs);
  const keys = streaming && linksYears({ command, compare }) ? new (await import('../../run/link-keys.js')).LinkKeys() : undefined;
  const maxFileSize = batchOptions.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  setBatchHeapFlags(streaming); // before the scan, whose list of files is the first thing this thread keeps
  // Its workers boot while the scan reads the files' heads, once it has listed enough files for them.
  const early = streaming ? new (await import('../../run/early-workers.js')).EarlyWorkers(batchOptions.jobs) : undefined;
  let expanded: Awaited<ReturnType<typeof expandInputs>>;
  try {
    expanded = await expandInputs(paths, io.cwd, options.stdinFilepath, ignore, keys && ((position, path, bytes) => keys.readWhole(position, path, bytes, maxFileSize)), early && ((count) => early.listed(count)));
  } catch (error) {
    // Workers left running would keep the process from ending after the error is reported.
    await early?.dispose();
    throw error;
  }
  const { inputs, problems, skipped } = expanded;
  const streamed = canStream(format, command, inputs, needs);
  if (!streamed) void early?.dispose();
  for (const p of escapeDeep(problems, visible)) io.stderr(`spbe: ${catalog.ui.error}: ${p.kind === 'noMatch' ? catalog.phrases.noMatch(p) : p.kind === 'noYamlIn' ? catalog.phrases.noYamlIn(p) : catalog.phrases.cannotRead(p)}\n`);
  const quiet = options.quiet === true;
  const read = inputs.flatMap((i) => (i.path ? [i.path] : []));
  if (options.compare !== undefined) read.push(resolve(io.cwd, options.compare));
  let end: RunEnd;
  if (streamed) {
    const { streamOutput } = await import('../../run/streamed.js');
    const { chunks, outcome } = streamOutput({
      command,
      format,
      inputs,
      batch: batchOptions,
      ...(options.detail ? { detail: options.detail } : {}),
      ...(command === 'score' ? { gates } : {}),
      ...(quiet ? { errorsOnly: true } : {}),
      ...(compare ? { compare } : {}),
      ...(options.groupBy ? { groupBy: options.groupBy } : {}),
      ...(keys ? { keys } : {}),
      ...(early ? { early } : {}),
      lang: catalog.lang,
      context: { tool: context.tool, csv: context.csv },
    });
    try {
      await writeOutput(options.output, io, read, chunks);
    } finally {
      await early?.dispose(); // any the run did not take
    }
    end = {
      evaluated: inputs.length,
      summary: outcome.summary,
      failedGates: outcome.failedGates,
      results: { internalError: outcome.internalError, errorFindings: outcome.summary.errors > 0 },
      agencies: outcome.agencies.sort((a, b) => a.index - b.index),
      acrossFrameworks: outcome.acrossFrameworks,
      provisional: [...outcome.provisional].sort((a, b) => a[1] - b[1]).map(([id]) => id),
    };
  } else {
    const results: FileResult[] = [];
    for await (const result of evaluateAllInputs(inputs, batchOptions)) results.push(result);

    if (!framework) checkSettings(settings, results.flatMap((r) => (r.score ? [r.score.framework] : [])), loaded);
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
    await writeOutput(options.output, io, read, await (await spec.load())(spec.escape ? escapeDeep(report, spec.escape) : report, context));

    for (const { problem: why } of report.whatIfSkipped ?? []) io.stderr(`spbe: ${catalog.ui.notice}: ${catalog.phrases.whatIfSkipped({ reason: problemText(why, catalog) })}\n`);
    // Human views keep stdout for the result and put findings and gate failures on stderr.
    if (spec.findingsOnStderr(command)) {
      const results = escapeDeep(report.results, visible);
      io.stderr(formatFindings(results, palette, catalog));
      for (const r of results) io.stderr(formatGateFailures(r, palette, catalog));
    }
    end = {
      evaluated: results.length,
      summary: report.summary,
      failedGates: report.failedGates,
      results: report.results,
      agencies: report.results.flatMap((r) => (r.score && r.assessment ? [{ file: r.file, agency: r.assessment.agency.id }] : [])),
      acrossFrameworks: report.results.some((r) => r.comparison && !r.comparison.likeForLike),
      provisional: provisionalFrameworks(report),
      ...(report.omittedEarlier ? { omittedEarlier: report.omittedEarlier } : {}),
    };
  }

  // --compare with another agency's file is allowed (a benchmark), but never silently.
  for (const r of compareAgency === undefined ? [] : end.agencies) {
    if (r.agency !== compareAgency) io.stderr(`spbe: ${catalog.ui.warning}: ${catalog.phrases.compareOtherAgency(escapeDeep({ compare: options.compare!, compareAgency: compareAgency!, file: r.file, agency: r.agency }, visible))}\n`);
  }
  if (end.omittedEarlier && !quiet) io.stderr(`spbe: ${catalog.ui.notice}: ${catalog.phrases.latestOmitted({ count: end.omittedEarlier })}\n`);
  if (skipped.length > 0 && !quiet) io.stderr(`spbe: ${catalog.ui.notice}: ${catalog.phrases.skippedFiles({ count: skipped.length, files: visible(skipped.map((f) => `${f.file} (${f.kind})`).join(', ')) })}\n`);
  const dropped = quiet ? [] : droppedParts(spec, { detail: options.detail ?? [], whatIf: options.whatIf !== undefined, acrossFrameworks: end.acrossFrameworks });
  if (dropped.length > 0) io.stderr(`spbe: ${catalog.ui.notice}: ${catalog.phrases.formatCannotShow({ format, parts: dropped.map((p) => (p === 'what-if' ? '--what-if' : p === 'decomposition' ? catalog.ui.decomposition : `--detail ${p}`)).join(', ') })}\n`);
  const provisional = quiet || (spec.printsNotices && !options.output) ? [] : end.provisional;
  for (const id of provisional) io.stderr(`spbe: ${catalog.ui.notice}: ${catalog.phrases.provisional({ framework: visible(id) })}\n`);
  const summaryInStdout = spec.printsSummary(command) && !options.output;
  if (!summaryInStdout && (end.evaluated > 1 || command === 'validate' || options.output)) io.stderr(formatSummaryLine(end.summary, catalog));
  const tooManyWarnings = options.maxWarnings !== undefined && end.summary.warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`spbe: ${catalog.ui.error}: ${catalog.phrases.tooManyWarnings({ warnings: end.summary.warnings, max: options.maxWarnings! })}\n`);
  return exitCodeFor({ results: end.results, inputProblems: problems.length, failedGates: end.failedGates, tooManyWarnings });
}
