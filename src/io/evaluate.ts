/**
 * One input from its source to its result: read it (bounded), evaluate the text
 * (document/evaluate.ts), and follow a `previous:` path relative to the file.
 */
import { dirname, resolve } from 'node:path';
import { compareYears, previousFromScore, type PreviousYear } from '../core/compare.js';
import type { Assessment } from '../core/assessment.js';
import { countFindings, createFinding, findingLocation, hasErrors, sortFindings, type Finding } from '../core/findings.js';
import { LINT_RULES, type LintSettings } from '../core/lint.js';
import type { Framework } from '../core/framework.js';
import type { FileResult } from '../core/result.js';
import { evaluateParsed, evaluateText, type EvaluateOptions } from '../document/evaluate.js';
import { attachPositions, type Locatable } from '../document/positions.js';
import { frameworkLookup } from './framework-file.js';
import { sourceKind } from './source-kind.js';
import { DEFAULT_MAX_FILE_SIZE, readSource } from './source.js';

export type { EvaluateOptions } from '../document/evaluate.js';

export interface SourceOptions extends EvaluateOptions {
  maxFileSize?: number;
  /** Follow `previous` paths (off when a batch links years itself). */
  followPrevious?: boolean;
  /** Where a relative `previous` of standard input is found (the working directory). */
  cwd?: string;
  /** Frameworks the config registers: an assessment may name them by id. */
  frameworks?: readonly Framework[];
  /** Previous-year files read so far (by path), so that the rows of a table naming one read it once; never sent to a worker. */
  previousFiles?: Map<string, Promise<FileResult[] | Finding>>;
}

export interface Source {
  file: string;
  /** Where to read from (absent when `text` is given). */
  path?: string;
  text?: string;
  /** The folder a relative `previous` of a text is found from (standard input named by --stdin-filepath). */
  anchor?: string;
}

/** The previous year's file is only scored: its own lint is the concern of its own run. */
const NO_LINT: LintSettings = { rules: Object.fromEntries(LINT_RULES.map((rule) => [rule, 'off'])) };

/** A file that could not be read at all (rather than read and found invalid). */
const READ_PROBLEMS = new Set<string>(['FILE_UNREADABLE', 'FILE_TOO_LARGE', 'NOT_UTF8']);

function unreadablePrevious(finding: Finding, shownPath: string): Finding {
  const reason = finding.code === 'FILE_UNREADABLE' ? finding.params.reason : finding.code;
  return createFinding('PREVIOUS_UNREADABLE', { path: shownPath, reason }, '/previous');
}

/** Every assessment a previous-year file holds, scored: one for YAML, each row, sheet or record of a table or a file of records. */
async function previousResults(path: string, shownPath: string, options: SourceOptions): Promise<FileResult[] | Finding> {
  const { predicateBasis, maxFileSize, frameworks } = options;
  const scoring: SourceOptions = { lint: NO_LINT, followPrevious: false, ...(predicateBasis ? { predicateBasis } : {}), ...(maxFileSize !== undefined ? { maxFileSize } : {}), ...(frameworks ? { frameworks } : {}) };
  if (sourceKind(path) !== 'yaml') {
    const { evaluateMany } = await import('./records.js');
    const many = await evaluateMany({ file: shownPath, path }, scoring);
    const only = many?.length === 1 && !many[0]!.assessment ? many[0]!.findings[0] : undefined;
    if (only && READ_PROBLEMS.has(only.code)) return unreadablePrevious(only, shownPath);
    if (many) return many;
  }
  const read = readSource(path, maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  if ('finding' in read) return unreadablePrevious(read.finding, shownPath);
  const lookup = frameworkLookup(frameworks ?? [], dirname(path));
  return [evaluateText(read.text, shownPath, { ...scoring, lookup })];
}

/** Of the assessments of a previous-year file, the one to compare with: the only one, or the same agency's (id or name) nearest earlier year. */
function previousOf(held: readonly FileResult[], current: Assessment): FileResult | undefined {
  if (held.length === 1) return held[0];
  const name = current.agency.name.trim().toLowerCase();
  let best: FileResult | undefined;
  for (const r of held) {
    const a = r.assessment;
    const same = a && (a.agency.id === current.agency.id || a.agency.name.trim().toLowerCase() === name);
    if (same && a.year < current.year && (!best || a.year > best.assessment!.year)) best = r;
  }
  return best;
}

/**
 * Scores the file a `previous:` path names (YAML, a table or national records) and picks the
 * assessment to compare with; a problem becomes one finding of the current file, naming the first
 * error of an invalid previous year where it stands (line:column or sheet!cell).
 */
async function loadPreviousFile(path: string, shownPath: string, current: Assessment, options: SourceOptions): Promise<PreviousYear | Finding> {
  const key = `${path}\u0000${shownPath}`;
  let pending = options.previousFiles?.get(key);
  if (!pending) {
    pending = previousResults(path, shownPath, options);
    options.previousFiles?.set(key, pending);
  }
  const held = await pending;
  if (!Array.isArray(held)) return held;
  const previous = previousOf(held, current);
  if (!previous) return createFinding('PREVIOUS_NOT_FOUND', { path: shownPath, count: held.length, agency: current.agency.id, name: current.agency.name, year: current.year }, '/previous');
  if (!previous.score || !previous.assessment) {
    const first = previous.findings.find((f) => f.severity === 'error');
    const where = first ? { code: first.code, at: findingLocation(shownPath, first) } : {};
    return createFinding('PREVIOUS_INVALID', { path: shownPath, count: countFindings(previous.findings, 'error'), ...where }, '/previous');
  }
  return previousFromScore(previous.score, previous.assessment.year, shownPath, previous.assessment.indicators);
}

/**
 * Never throws: an unexpected error while handling one file (a bug, or a limit the checks did not
 * foresee) becomes that file's INTERNAL_ERROR finding, so every other file of a batch keeps its
 * result, on this thread and on workers alike; the CLI exits 2 at the end (cli/exit-code.ts).
 *
 * One assessment. A CSV file or workbook holding one is read like YAML (io/records.ts); one holding
 * several is an ONE_ASSESSMENT_EXPECTED finding here (batches take them all: evaluateAllInputs).
 */
export async function evaluateSource(source: Source, options: SourceOptions = {}): Promise<FileResult> {
  try {
    return await evaluateOrThrow(source, options);
  } catch (error) {
    return { file: source.file, valid: false, findings: [internalErrorFinding(error)] };
  }
}

export function internalErrorFinding(error: unknown): Finding {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return createFinding('INTERNAL_ERROR', { detail }, '', 'error', { line: 1, column: 1 });
}

/** The folder a source's relative paths (`previous:`, `framework:`) are found from. */
function baseOf(source: Source, options: SourceOptions): string {
  return source.path ? dirname(resolve(source.path)) : (source.anchor ?? resolve(options.cwd ?? '.'));
}

/** The options with what this source can name beyond the built-ins (registered ids, framework files beside it). */
export function withFrameworkLookup(source: Source, options: SourceOptions): SourceOptions {
  return { ...options, lookup: frameworkLookup(options.frameworks ?? [], baseOf(source, options)) };
}

async function evaluateOrThrow(source: Source, given: SourceOptions): Promise<FileResult> {
  const options = withFrameworkLookup(source, given);
  let text = source.text;
  if (text === undefined) {
    const path = source.path ?? source.file;
    if (sourceKind(path) !== 'yaml') {
      const { evaluateMany } = await import('./records.js');
      const many = await evaluateMany({ ...source, path }, options);
      if (many && many.length === 1) return many[0]!;
      if (many) return { file: source.file, valid: false, findings: [createFinding('ONE_ASSESSMENT_EXPECTED', { count: many.length }, '', 'error', { line: 1, column: 1 })] };
    }
    const read = readSource(path, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if ('finding' in read) return { file: source.file, valid: false, findings: [read.finding] };
    text = read.text;
  }
  const { result, positioned } = evaluateParsed(text, source.file, options);
  return followPrevious(result, positioned, source, options);
}

/** Scores the file a result's `previous:` path names (relative to the file) and compares with it. */
export async function followPrevious(result: FileResult, positioned: () => Locatable, source: Source, options: SourceOptions): Promise<FileResult> {
  const reference = result.assessment?.previous;
  if (!result.score || !result.assessment || result.comparison || reference?.kind !== 'path' || options.followPrevious === false) return result;

  const loaded = await loadPreviousFile(resolve(baseOf(source, options), reference.path), reference.path, result.assessment, options);
  if ('code' in loaded) {
    result.findings.push(...attachPositions([loaded], positioned()));
    sortFindings(result.findings);
    result.valid = !hasErrors(result.findings);
  } else {
    result.comparison = compareYears(result.score, loaded, result.assessment.indicators);
    // As for published figures (document/assessment-checks.ts): a "previous" year that is not earlier is a warning.
    if (loaded.year >= result.assessment.year) {
      result.findings.push(attachPositions([createFinding('PREVIOUS_NOT_EARLIER', { previousYear: loaded.year, year: result.assessment.year }, '/previous', 'warning')], positioned())[0]!);
      sortFindings(result.findings);
    }
  }
  return result;
}
