/**
 * One report model for every format: the results in input order, completed once with what a run
 * derives from them (years linked, --compare, --what-if, gates, self-assessment, targets,
 * sensitivity, --project-to) and the statistics over them. buildReport never changes the results it
 * is given.
 */
import { applyChanges, evidenceComparison, selfAssessment, sensitivity, targets } from './analysis.js';
import { benchmarks, type BenchmarkBy } from './benchmark.js';
import { cohortsOf, latestOnly, type CohortKey } from './cohorts.js';
import { compareYears, type PreviousYear } from './compare.js';
import { countFindings } from './findings.js';
import { problem, UserError, type Problem } from './errors.js';
import { checkGates, hasGates, type Gates } from './gates.js';
import type { Framework } from './framework.js';
import { linkYears } from './link.js';
import { projectResult } from './projection.js';
import type { Rational } from './rational.js';
import { isScored, type FileResult, type ScoredResult } from './result.js';
import { score } from './score.js';
import { scoreStats, selfStats, type ScoreStats, type SelfStats } from './stats.js';

export type Command = 'score' | 'validate';
export const DETAILS = ['aspects', 'indicators', 'sensitivity', 'self', 'targets', 'evidence'] as const;
export type Detail = (typeof DETAILS)[number];
export const GROUP_BY = ['category', 'province', 'year'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** Counts of a run: files, valid and invalid ones, errors and warnings. */
export interface Summary {
  files: number;
  valid: number;
  invalid: number;
  errors: number;
  warnings: number;
}

export interface BatchReport {
  command: Command;
  results: readonly FileResult[];
  summary: Summary;
  /** Over every scored file when they share one framework and year; absent for validate and when fewer than two files scored. */
  stats?: ScoreStats;
  /** Files of several frameworks or years: the summary of each (framework, year), by year, with its own self-assessment figures. */
  cohorts?: { key: CohortKey; stats: ScoreStats; selfStats?: SelfStats }[];
  /** --group-by: one entry per category, province or year, in name order (within each cohort when there are several). */
  groups?: { name: string; cohort?: CohortKey; stats: ScoreStats }[];
  groupBy?: GroupBy;
  /** --latest: how many scored results of an agency's earlier years were left out. */
  omittedEarlier?: number;
  /** --benchmark: every scored result that has a cohort carries its benchmark. */
  benchmarkBy?: BenchmarkBy;
  /** Over-claim rates per domain over the files with self levels, when the scored files share one framework and year (else per cohort). */
  selfStats?: SelfStats;
  /** --detail: what the human views add, and what machine formats add (sensitivity). */
  detail: readonly Detail[];
  /** Gate failures over all files. */
  failedGates: number;
  /** --what-if over frameworks that differ: the files it could not apply to, and why. */
  whatIfSkipped?: { file: string; problem: Problem }[];
}

export interface ReportOptions {
  command: Command;
  detail?: readonly Detail[];
  /** --compare: every file is compared with this instead of its own previous year. */
  compare?: PreviousYear;
  whatIf?: ReadonlyMap<number, number>;
  gates?: Gates;
  groupBy?: GroupBy;
  benchmark?: BenchmarkBy;
  /** --project-to: every scored file is first projected onto this framework through a crosswalk. */
  projectTo?: Framework;
  /** --quiet: errors only (ESLint's meaning); warnings and notes are left out of the results and the counts. */
  errorsOnly?: boolean;
  /** --latest: each agency's latest year only (after years are linked, so it keeps its change). */
  latest?: boolean;
}

/** Whether a run compares each file with the nearest earlier year of its agency among the run's files. */
export function linksYears(options: { command: Command; compare?: unknown }): boolean {
  return options.command === 'score' && !options.compare;
}

export function summarize(results: readonly FileResult[]): Summary {
  let valid = 0;
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (r.valid) valid++;
    errors += countFindings(r.findings, 'error');
    warnings += countFindings(r.findings, 'warning');
  }
  return { files: results.length, valid, invalid: results.length - valid, errors, warnings };
}

/** --what-if: the projected result of a scored file with the given levels; a level the framework cannot take is a user error. */
function whatIf(result: ScoredResult, changes: ReadonlyMap<number, number>): FileResult['whatIf'] {
  const { framework, predicateBasis } = result.score;
  for (const [id, level] of changes) {
    const indicator = framework.indicatorById.get(id);
    if (!indicator) throw new UserError(problem('whatIfUnknownIndicator', { framework: framework.id, file: result.file, indicator: id }));
    if (indicator.services !== undefined) throw new UserError(problem('whatIfPerService', { framework: framework.id, indicator: id }));
    if (level < framework.scale.min || level > framework.scale.max) {
      throw new UserError(problem('whatIfOffScale', { framework: framework.id, indicator: id, level, min: framework.scale.min, max: framework.scale.max }));
    }
  }
  const applied = applyChanges(result.assessment.indicators, changes);
  return { changes: applied.changes, score: score(framework, applied.entries, predicateBasis) };
}

type Skipped = { file: string; problem: Problem; error: UserError };

/** What a run does to each result before years are linked: --project-to, then --quiet's filter. */
export function prepareResult(result: FileResult, options: ReportOptions): FileResult {
  const projected = options.projectTo && options.command === 'score' ? projectResult(result, options.projectTo) : result;
  return options.errorsOnly ? { ...projected, findings: projected.findings.filter((f) => f.severity === 'error') } : projected;
}

/**
 * One prepared result completed with its comparison (its own, --compare's, else `linked`: the
 * nearest earlier year of its agency in the run) and what the run asked for of each file.
 */
export function completeResult(result: FileResult, linked: FileResult['comparison'], options: ReportOptions, skipped?: Skipped[]): FileResult {
  if (!isScored(result)) return result;
  const { framework, predicateBasis } = result.score;
  const entries = result.assessment.indicators;
  const done: FileResult = { ...result };
  const comparison = options.compare ? compareYears(result.score, options.compare, entries) : (result.comparison ?? linked);
  if (comparison) done.comparison = comparison;
  if (options.whatIf) {
    // A batch may mix frameworks: a file whose framework cannot take the change is shown without it
    // (buildReport says so, and refuses only when no file can take it).
    try {
      done.whatIf = whatIf(result, options.whatIf);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      skipped?.push({ file: result.file, problem: error.problem, error });
    }
  }
  if (options.gates && hasGates(options.gates)) done.gates = checkGates(result.score, comparison, options.gates);
  const own = selfAssessment(framework, entries, result.score, predicateBasis);
  if (own) done.self = own;
  const aims = targets(framework, entries, result.score, predicateBasis);
  if (aims) done.targets = aims;
  const evidence = evidenceComparison(framework, entries, result.score, predicateBasis);
  if (evidence) done.evidence = evidence;
  if (options.detail?.includes('sensitivity')) done.sensitivity = sensitivity(framework, entries, result.score, predicateBasis);
  return done;
}

function groupsOf(results: readonly ScoredResult[], by: GroupBy): { name: string; stats: ScoreStats }[] {
  const groups = new Map<string, ScoredResult[]>();
  for (const r of results) {
    const name = by === 'year' ? String(r.assessment.year) : (r.assessment.agency[by] ?? '(none)');
    groups.set(name, [...(groups.get(name) ?? []), r]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ name, stats: scoreStats(list.map((r) => r.score))! }));
}

/** Each scored result with its benchmark against the others of the batch (in a copy; the rest as they are). */
function withBenchmarks(results: readonly FileResult[], by: BenchmarkBy): FileResult[] {
  const scored = results.filter(isScored);
  const all = benchmarks(scored, by);
  const found = new Map(scored.map((r, i) => [r, all[i]] as const));
  return results.map((r) => {
    const benchmark = found.get(r as ScoredResult);
    return benchmark ? { ...r, benchmark } : r;
  });
}

/** What a run's summary says of the scored results beyond the counts. */
export type RunStatistics = Pick<BatchReport, 'stats' | 'selfStats' | 'cohorts' | 'groups' | 'groupBy'>;

/**
 * The statistics of a run over its scored results, in input order: one summary, or one per
 * framework and year, grouped on request; nothing for fewer than two. Reads of each result only
 * its year, agency, score and self-assessment per domain (a streamed run keeps just those).
 */
export function runStatistics(scored: readonly ScoredResult[], groupBy?: GroupBy): RunStatistics {
  const out: RunStatistics = {};
  if (scored.length <= 1) return out;
  const cohorts = cohortsOf(scored);
  // Over-claim rates are per framework and year too: domain 3 of 5/2018 is not domain 3 of 59/2020.
  const selfOf = (rs: readonly ScoredResult[]) => selfStats(rs.flatMap((r) => (r.self ? [r.self] : [])));
  if (cohorts.length === 1) {
    const stats = scoreStats(scored.map((r) => r.score));
    if (stats) out.stats = stats;
    const own = selfOf(scored);
    if (own) out.selfStats = own;
  } else
    out.cohorts = cohorts.map((c) => {
      const own = selfOf(c.results);
      return { key: c.key, stats: scoreStats(c.results.map((r) => r.score))!, ...(own ? { selfStats: own } : {}) };
    });
  if (groupBy) {
    out.groups = cohorts.length === 1 ? groupsOf(scored, groupBy) : cohorts.flatMap((c) => groupsOf(c.results, groupBy).map((g) => ({ ...g, cohort: c.key })));
    out.groupBy = groupBy;
  }
  return out;
}

export function buildReport(evaluated: readonly FileResult[], options: ReportOptions): BatchReport {
  const inputs = evaluated.map((r) => prepareResult(r, options));
  const links = linksYears(options) ? linkYears(inputs) : new Map();
  const skipped: Skipped[] = [];
  const completed = inputs.map((r, position) => completeResult(r, links.get(position), options, skipped));
  if (skipped.length > 0 && skipped.length === completed.filter(isScored).length) throw skipped[0]!.error;
  const latest = options.latest && options.command === 'score' ? latestOnly(completed) : undefined;
  const kept = latest ? latest.results : completed;
  const results = options.benchmark && options.command === 'score' ? withBenchmarks(kept, options.benchmark) : kept;
  const report: BatchReport = {
    command: options.command,
    results,
    summary: summarize(results),
    detail: options.detail ?? [],
    failedGates: results.reduce((n, r) => n + (r.gates?.length ?? 0), 0),
  };
  if (options.benchmark && options.command === 'score') report.benchmarkBy = options.benchmark;
  if (skipped.length > 0) report.whatIfSkipped = skipped.map(({ file, problem }) => ({ file, problem }));
  if (latest) report.omittedEarlier = latest.omitted;
  if (options.command === 'score') Object.assign(report, runStatistics(results.filter(isScored), options.groupBy));
  return report;
}

/** One point of an agency's trend; `newRuler` marks the first year on another framework than the year before. */
export interface TrendPoint {
  year: number;
  index: Rational;
  predicate: string;
  frameworkId: string;
  newRuler: boolean;
}

/** One agency's index by year: the files given, and the previous year a file names when it is not among them. */
export function yearTrend(results: readonly FileResult[]): TrendPoint[] {
  const byYear = new Map<number, { index: Rational; predicate: string; frameworkId: string }>();
  for (const r of results.filter(isScored)) {
    byYear.set(r.assessment.year, { index: r.score.index, predicate: r.score.predicate, frameworkId: r.score.framework.id });
    const p = r.comparison?.previous;
    if (p && !byYear.has(p.year)) byYear.set(p.year, { index: p.index, predicate: p.predicate, frameworkId: p.frameworkId });
  }
  const points = [...byYear].sort(([a], [b]) => a - b).map(([year, v]) => ({ year, ...v, newRuler: false }));
  points.forEach((p, i) => (p.newRuler = i > 0 && p.frameworkId !== points[i - 1]!.frameworkId));
  return points;
}

/**
 * The rankings of a batch: one per cohort (framework and year, by year) when the scored results span
 * several, since an index ranks only against the same yardstick in the same year; else one, with no key.
 */
export function rankings(results: readonly FileResult[]): { key?: CohortKey; results: ScoredResult[] }[] {
  const order = ranked(results);
  const cohorts = cohortsOf(order);
  return cohorts.length > 1 ? cohorts : [{ results: order }];
}

/** Rank order: highest exact index first; ties keep input order. */
export function ranked(results: readonly FileResult[]): ScoredResult[] {
  return results
    .filter(isScored)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = a.r.score.index;
      const y = b.r.score.index;
      const diff = y.num * x.den - x.num * y.den;
      return diff > 0n ? 1 : diff < 0n ? -1 : a.i - b.i;
    })
    .map(({ r }) => r);
}
