/**
 * The pipeline behind `spbe score` and `spbe validate`: expand the paths, evaluate every input
 * (bounded, in order), link years, apply gates, summarise, format, write, and decide the exit code.
 */
import { extname, resolve } from 'node:path';
import { checkGates, hasGates, type Gates } from '../../core/gates.js';
import { linkYears } from '../../core/link.js';
import { parseRational, type Rational } from '../../core/rational.js';
import { scoreStats, selfStats } from '../../core/stats.js';
import { applyChanges, selfAssessment } from '../../core/analysis.js';
import { score, type PredicateBasis } from '../../core/score.js';
import { previousFromScore } from '../../core/compare.js';
import { evaluateInputs, type BatchOptions } from '../../io/batch.js';
import { loadConfig, type Config } from '../../io/config.js';
import { evaluateSource, type FileResult } from '../../io/evaluate.js';
import { expandInputs } from '../../io/inputs.js';
import { atomicFileSink, writeAll, writerSink } from '../../io/output.js';
import { errnoCode } from '../../io/source.js';
import { t } from '../../messages/catalog.js';
import type { Detail } from '../../format/detail.js';
import { formatFindings, formatGateFailures, formatSummaryLine } from '../../format/findings.js';
import type { BatchReport, Command } from '../../format/report.js';
import { summarize } from '../../format/summary.js';
import type { Style } from '../../format/style.js';
import { VERSION } from '../../generated/version.js';
import { createStyle, wantsColor } from '../color.js';
import { resolveFramework } from './frameworks.js';
import { InputError, UsageError } from '../errors.js';
import { exitCodeFor } from '../exit-code.js';
import type { CliIo } from '../io.js';

export const FORMATS = ['table', 'text', 'json', 'jsonl', 'csv', 'markdown', 'github', 'html', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];
export const GROUP_BY = ['category', 'province'] as const;

export interface BatchCommandOptions {
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
  failUnder?: Rational;
  failUnderDomain?: Map<number, Rational>;
  maxDrop?: Rational;
  groupBy?: (typeof GROUP_BY)[number];
  csvDelimiter?: string;
  decimalComma?: boolean;
  whatIf?: Map<number, number>;
  strict?: boolean;
  maxFileSize?: number;
}

const FORMAT_BY_EXTENSION: Record<string, Format> = { '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.md': 'markdown', '.html': 'html', '.htm': 'html', '.xlsx': 'xlsx' };

function chooseFormat(options: BatchCommandOptions, config: Config, io: CliIo): Format {
  if (options.format) return options.format;
  if (config.format) return config.format as Format;
  if (options.output) return FORMAT_BY_EXTENSION[extname(options.output).toLowerCase()] ?? 'text';
  return io.stdoutIsTTY ? 'table' : 'text';
}

function decimalOf(value: number | undefined): Rational | undefined {
  return value === undefined ? undefined : parseRational(value);
}

/** Flags win over the config file, gate by gate. */
function chooseGates(options: BatchCommandOptions, config: Config): Gates {
  const gates: Gates = {};
  const failUnder = options.failUnder ?? decimalOf(config.gates?.failUnder);
  if (failUnder) gates.failUnder = failUnder;
  const domains = new Map<number, Rational>(Object.entries(config.gates?.failUnderDomain ?? {}).map(([id, v]) => [Number(id), parseRational(v)!]));
  for (const [id, v] of options.failUnderDomain ?? []) domains.set(id, v);
  if (domains.size > 0) gates.failUnderDomain = domains;
  const maxDrop = options.maxDrop ?? decimalOf(config.gates?.maxDrop);
  if (maxDrop) gates.maxDrop = maxDrop;
  return gates;
}


function groupsOf(results: readonly FileResult[], by: 'category' | 'province') {
  const groups = new Map<string, FileResult[]>();
  for (const r of results) {
    if (!r.score) continue;
    const name = r.assessment!.agency[by] ?? '(none)';
    groups.set(name, [...(groups.get(name) ?? []), r]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ name, stats: scoreStats(list.map((r) => r.score!))! }));
}

/** Each format's module is loaded only when chosen: start-up compiles what one run needs. */
async function formatReport(report: BatchReport, format: Format, options: BatchCommandOptions, config: Config, style: Style, io: CliIo): Promise<Iterable<string | Uint8Array>> {
  switch (format) {
    case 'json': return (await import('../../format/json.js')).formatJson(report, { name: 'spbe', version: VERSION });
    case 'jsonl': return (await import('../../format/json.js')).formatJsonl(report);
    case 'csv': {
      const { csvOptions, formatCsv } = await import('../../format/csv.js');
      return formatCsv(report, csvOptions(options.csvDelimiter ?? config.csvDelimiter, options.decimalComma ?? config.decimalComma ?? false));
    }
    case 'markdown': return (await import('../../format/markdown.js')).formatMarkdown(report);
    case 'github': return (await import('../../format/github.js')).formatGithub(report);
    case 'text': return (await import('../../format/text.js')).formatText(report, style);
    case 'html': return [(await import('../../format/html/report.js')).formatHtmlReport(report, VERSION)];
    case 'xlsx': return [await (await import('../../format/xlsx.js')).formatXlsx(report)];
    case 'table': {
      const { formatRanking, formatScoreTable } = await import('../../format/table.js');
      if (report.command === 'validate') return [formatFindings(report.results, style), formatSummaryLine(report.summary)];
      const scored = report.results.filter((r) => r.score);
      // One file: its full view. Several: a ranking and a summary. Findings go to stderr (below).
      if (scored.length === 1) return [formatScoreTable(scored[0]!, { detail: options.detail ?? [], style, columns: io.columns ?? 133 })];
      return [formatRanking(report, style)];
    }
  }
}

/** --what-if: the projected result of each scored file with the given levels. */
function applyWhatIf(result: FileResult, changes: ReadonlyMap<number, number>): void {
  if (!result.score || !result.assessment) return;
  const { framework, predicateBasis } = result.score;
  for (const [id, level] of changes) {
    const indicator = framework.indicatorById.get(id);
    if (!indicator) throw new UsageError(`--what-if: ${framework.id} (${result.file}) has no indikator ${id}`);
    if (indicator.services !== undefined) throw new UsageError(`--what-if: indikator ${id} of ${framework.id} is scored per service; change its services in the file`);
    if (level < framework.scale.min || level > framework.scale.max) throw new UsageError(`--what-if: level ${level} of indikator ${id} is off the scale of ${framework.id} (${framework.scale.min}..${framework.scale.max})`);
  }
  const applied = applyChanges(result.assessment.indicators, changes);
  result.whatIf = { changes: applied.changes, score: score(framework, applied.entries, predicateBasis) };
}

async function openOutput(path: string, io: CliIo) {
  try {
    return await atomicFileSink(resolve(io.cwd, path));
  } catch (error) {
    throw new InputError(t().phrases.cannotWrite({ path, reason: errnoCode(error) }));
  }
}

export async function runBatch(command: Command, paths: string[], options: BatchCommandOptions, io: CliIo): Promise<number> {
  const { config } = await loadConfig(options.config, io.cwd);
  const format = chooseFormat(options, config, io);
  if (format === 'xlsx' && !options.output) throw new UsageError('--format xlsx writes a workbook: give the file with -o FILE.xlsx');
  const gates = command === 'score' ? chooseGates(options, config) : {};
  const framework = options.framework === undefined ? undefined : resolveFramework(options.framework, io);
  const batchOptions: BatchOptions = {
    predicateBasis: options.predicateBasis ?? config.predicateBasis ?? 'exact',
    lint: { rules: config.lint ?? {}, strict: options.strict ?? config.strict ?? false },
    readStdin: io.readStdin,
    ...(framework ? { framework } : {}),
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    // Reports show penjelasan and bukti dukung; every other view drops them to keep batches small.
    keepText: format === 'html' || format === 'xlsx' || format === 'markdown',
  };
  const style = await createStyle(format === 'table' || format === 'text' ? wantsColor(options.color, io) : false);

  if (options.compare !== undefined) {
    const compared = await evaluateSource({ file: options.compare, path: resolve(io.cwd, options.compare) }, { ...batchOptions, followPrevious: false });
    const unreadable = compared.findings.find((f) => f.code === 'FILE_UNREADABLE');
    if (unreadable) throw new InputError(t().phrases.cannotRead({ path: `--compare ${options.compare}`, reason: unreadable.params?.reason }));
    if (!compared.score || !compared.assessment) {
      io.stderr(formatFindings([compared], style));
      return exitCodeFor({ results: [compared] });
    }
    batchOptions.compare = previousFromScore(compared.score, compared.assessment.year, options.compare, compared.assessment.indicators);
  }

  const { inputs, problems } = await expandInputs(paths, io.cwd, options.stdinFilepath);
  for (const problem of problems) io.stderr(`spbe: ${t().ui.error}: ${t().phrases[problem.kind](problem)}\n`);
  const results: FileResult[] = [];
  for await (const result of evaluateInputs(inputs, batchOptions)) results.push(result);

  if (command === 'score') {
    for (const [position, comparison] of linkYears(results)) results[position]!.comparison = comparison;
  }
  if (options.whatIf) for (const result of results) applyWhatIf(result, options.whatIf);
  let failedGates = 0;
  if (hasGates(gates)) {
    for (const result of results) {
      if (!result.score) continue;
      result.gates = checkGates(result.score, result.comparison, gates);
      failedGates += result.gates.length;
    }
  }
  const report: BatchReport = { command, results, summary: summarize(results), ...(options.detail ? { detail: options.detail } : {}) };
  const scored = results.filter((r) => r.score && r.assessment);
  if (command === 'score' && scored.length > 1) {
    const stats = scoreStats(scored.map((r) => r.score!));
    if (stats) report.stats = stats;
    const claims = scored.map((r) => selfAssessment(r.score!.framework, r.assessment!.indicators, r.score!, r.score!.predicateBasis)).filter((c) => c !== undefined);
    const own = selfStats(claims);
    if (own) report.selfStats = own;
    if (options.groupBy) {
      report.groups = groupsOf(results, options.groupBy);
      report.groupBy = options.groupBy;
    }
  }

  if (inputs.length === 0) return exitCodeFor({ results, inputProblems: problems.length });
  const sink = options.output ? await openOutput(options.output, io) : writerSink(io.stdoutAsync ?? io.stdout);
  await writeAll(sink, await formatReport(report, format, options, config, style, io));

  // Human formats keep stdout for the result and put findings and gate failures on stderr.
  if (format === 'table') {
    io.stderr(formatFindings(report.command === 'validate' ? [] : results, style));
    for (const r of results) io.stderr(formatGateFailures(r, style));
  }
  const provisional = [...new Set(results.filter((r) => r.score?.framework.status === 'provisional').map((r) => r.score!.framework.id))];
  for (const id of provisional) io.stderr(`spbe: ${t().ui.notice}: ${t().phrases.provisional({ framework: id })}\n`);
  const summaryInStdout = (format === 'text' || format === 'github' || (format === 'table' && command === 'validate')) && !options.output;
  if (!summaryInStdout && (results.length > 1 || command === 'validate' || options.output)) io.stderr(formatSummaryLine(report.summary));
  return exitCodeFor({ results, inputProblems: problems.length, failedGates });
}
