/**
 * One input from text to result: parse, validate, score, and resolve the previous year (a path
 * relative to the file, or published figures). Never throws for bad input: every problem becomes
 * a finding of the file.
 */
import { dirname, resolve } from 'node:path';
import type { Assessment } from '../core/assessment.js';
import { compareYears, previousFromFigures, previousFromScore, type Comparison, type PreviousYear } from '../core/compare.js';
import { createFinding, hasErrors, sortFindings, type Finding } from '../core/findings.js';
import type { Framework } from '../core/framework.js';
import type { LevelChange } from '../core/analysis.js';
import type { GateFailure } from '../core/gates.js';
import { LINT_RULES, type LintSettings } from '../core/lint.js';
import { score, type PredicateBasis, type ScoreResult } from '../core/score.js';
import { locate, parseYaml } from './parse.js';
import { DEFAULT_MAX_FILE_SIZE, readSource } from './source.js';
import { validateData } from './validate.js';

export interface EvaluateOptions {
  predicateBasis?: PredicateBasis;
  /** Overrides every file's framework (--framework). */
  framework?: Framework;
  /** Overrides every file's `previous` (--compare). */
  compare?: PreviousYear;
  maxFileSize?: number;
  /** Follow `previous` paths (off when a batch links years itself). */
  followPrevious?: boolean;
  lint?: LintSettings;
}

export interface FileResult {
  /** The path as given (or --stdin-filepath), used in every message. */
  file: string;
  valid: boolean;
  findings: Finding[];
  assessment?: Assessment;
  score?: ScoreResult;
  comparison?: Comparison;
  /** CI gates this file failed (only when gates are set). */
  gates?: GateFailure[];
  /** --what-if: the levels changed and the projected result. */
  whatIf?: { changes: LevelChange[]; score: ScoreResult };
}

export interface Source {
  file: string;
  /** Where to read from (absent when `text` is given). */
  path?: string;
  text?: string;
}

function scoreText(text: string, options: EvaluateOptions) {
  const parsed = parseYaml(text);
  if (parsed.findings.length > 0 && parsed.data === undefined) return { parsed, findings: parsed.findings };
  const validation = validateData(parsed, { ...(options.framework ? { framework: options.framework } : {}), ...(options.lint ? { lint: options.lint } : {}) });
  const findings = [...parsed.findings, ...validation.findings];
  if (!validation.assessment || !validation.framework) return { parsed, findings };
  const result = score(validation.framework, validation.assessment.indicators, options.predicateBasis ?? 'exact');
  return { parsed, findings, assessment: validation.assessment, score: result };
}

/** The previous year's file is only scored: its own lint is the concern of its own run. */
const NO_LINT: LintSettings = { rules: Object.fromEntries(LINT_RULES.map((rule) => [rule, 'off'])) };

/** Scores the file a `previous:` path names; problems become one finding of the current file. */
async function loadPreviousFile(path: string, shownPath: string, options: EvaluateOptions): Promise<PreviousYear | { finding: Omit<Finding, 'pointer'> }> {
  const read = readSource(path, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  if ('finding' in read) {
    return { finding: createFinding('PREVIOUS_UNREADABLE', { path: shownPath, reason: String(read.finding.params?.reason ?? read.finding.message) }, '') };
  }
  const previous = scoreText(read.text, { ...options, compare: undefined, framework: undefined, lint: NO_LINT });
  if (!previous.score || !previous.assessment) {
    const count = previous.findings.filter((f) => f.severity === 'error').length;
    return { finding: createFinding('PREVIOUS_INVALID', { path: shownPath, count }, '') };
  }
  return previousFromScore(previous.score, previous.assessment.year, shownPath, previous.assessment.indicators);
}

/** The result of a text, and its parsed document (for positions of findings added later). */
function evaluateParsed(text: string, file: string, options: EvaluateOptions): { result: FileResult; parsed: ReturnType<typeof parseYaml> } {
  const scored = scoreText(text, options);
  const result: FileResult = { file, valid: !hasErrors(scored.findings), findings: scored.findings };
  if (scored.score && scored.assessment) {
    result.assessment = scored.assessment;
    result.score = scored.score;
    const reference = scored.assessment.previous;
    const previous = options.compare ?? (reference?.kind === 'figures' ? previousFromFigures(reference.figures, scored.score.predicateBasis) : undefined);
    if (previous) result.comparison = compareYears(scored.score, previous, scored.assessment.indicators);
  }
  return { result, parsed: scored.parsed };
}

/**
 * One assessment text to its result, without any I/O: a `previous` path is left unresolved (the
 * result then has no comparison). evaluateSource adds reading and previous files.
 */
export function evaluateText(text: string, file: string, options: EvaluateOptions = {}): FileResult {
  return evaluateParsed(text, file, options).result;
}

export async function evaluateSource(source: Source, options: EvaluateOptions = {}): Promise<FileResult> {
  let text = source.text;
  if (text === undefined) {
    const read = readSource(source.path ?? source.file, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if ('finding' in read) return { file: source.file, valid: false, findings: [read.finding] };
    text = read.text;
  }
  const { result, parsed } = evaluateParsed(text, source.file, options);
  const { findings, assessment, score: scored } = result;
  const reference = assessment?.previous;
  if (!scored || !assessment || result.comparison || reference?.kind !== 'path' || options.followPrevious === false) return result;

  const base = source.path ? dirname(resolve(source.path)) : process.cwd();
  const loaded = await loadPreviousFile(resolve(base, reference.path), reference.path, options);
  if ('finding' in loaded) {
    findings.push({ ...loaded.finding, pointer: '/previous', ...locate(parsed, '/previous') });
    sortFindings(findings);
    result.valid = !hasErrors(findings);
  } else {
    result.comparison = compareYears(scored, loaded, assessment.indicators);
  }
  return result;
}
