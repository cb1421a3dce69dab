/** `spbe plan FILE --target T`: the optimal set of level increases that reaches a predikat or an index. */
import { resolve } from 'node:path';
import { plan, type PlanOptions } from '../../core/plan.js';
import { compare, parseRational, rational, type Rational } from '../../core/rational.js';
import type { PredicateBasis } from '../../core/score.js';
import { evaluateSource } from '../../io/evaluate.js';
import { readSideFile } from '../../io/side-file.js';
import { formatFindings } from '../../format/findings.js';
import { t } from '../../messages/catalog.js';
import type { Framework } from '../../core/framework.js';
import { createStyle, wantsColor } from '../color.js';
import { InputError, UsageError } from '../errors.js';
import { EXIT_OK, exitCodeFor } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { resolveFramework } from './frameworks.js';

export const PLAN_FORMATS = ['table', 'json', 'markdown'] as const;

export interface PlanCommandOptions {
  target: string;
  maxStep: number;
  only?: { aspects: number[]; domains: number[] };
  exclude?: number[];
  effort?: string;
  predicateBasis: PredicateBasis;
  framework?: string;
  format: (typeof PLAN_FORMATS)[number];
  color?: boolean;
  maxFileSize?: number;
}

function parseTarget(text: string, framework: Framework): { index: Rational; predicate?: string } {
  const band = framework.predicates.find((p) => p.name.toLowerCase() === text.trim().toLowerCase());
  if (band) return { index: band.min, predicate: band.name };
  const value = parseRational(text.replace(',', '.'));
  if (value && compare(value, rational(framework.scale.min)) >= 0 && compare(value, rational(framework.scale.max)) <= 0) return { index: value };
  throw new UsageError(`--target "${text}" is neither a predikat of ${framework.id} nor an index from ${framework.scale.min} to ${framework.scale.max}`, `predikat: ${framework.predicates.map((p) => p.name).join(', ')}`);
}

/** The effort file: `{indicator: effort per level step}` and an optional `default`. */
function loadEffort(path: string, io: CliIo, framework: Framework): { effort: Map<number, Rational>; defaultEffort?: Rational } {
  const problems = readSideFile('effort', resolve(io.cwd, path), path);
  const { messages, phrases } = t();
  const data = problems.parsed.data;
  const effort = new Map<number, Rational>();
  let defaultEffort: Rational | undefined;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) problems.at('', phrases.effortNotMapping({}));
  for (const [key, value] of Object.entries(typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {})) {
    const amount = typeof value === 'number' || typeof value === 'string' ? parseRational(value) : undefined;
    if (!amount || amount.num <= 0n) problems.at(`/${key}`, phrases.effortNotPositive({ indicator: key }));
    else if (key === 'default') defaultEffort = amount;
    else if (/^\d+$/.test(key) && framework.indicatorById.has(Number(key))) effort.set(Number(key), amount);
    else problems.at(`/${key}`, messages.UNKNOWN_INDICATOR({ framework: framework.id, indicator: key, range: `${framework.indicators[0]!.id}..${framework.indicators.at(-1)!.id}` }), 'key');
  }
  problems.check();
  return defaultEffort ? { effort, defaultEffort } : { effort };
}

export async function runPlan(file: string, options: PlanCommandOptions, io: CliIo): Promise<number> {
  const framework = options.framework === undefined ? undefined : resolveFramework(options.framework, io);
  const result = await evaluateSource({ file, path: resolve(io.cwd, file) }, { predicateBasis: options.predicateBasis, followPrevious: false, ...(framework ? { framework } : {}), ...(options.maxFileSize ? { maxFileSize: options.maxFileSize } : {}) });
  const style = await createStyle(options.format === 'table' ? wantsColor(options.color, io) : false);
  const unreadable = result.findings.find((f) => f.code === 'FILE_UNREADABLE');
  if (unreadable) throw new InputError(t().phrases.cannotRead({ path: file, reason: unreadable.params?.reason }));
  if (!result.score || !result.assessment || !result.valid) {
    io.stderr(formatFindings([result], style));
    return exitCodeFor({ results: [result] });
  }
  const f = result.score.framework;
  const target = parseTarget(options.target, f);
  for (const id of options.exclude ?? []) if (!f.indicatorById.has(id)) throw new UsageError(`--exclude: ${f.id} has no indikator ${id}`);
  for (const id of options.only?.aspects ?? []) if (!f.aspects.some((a) => a.id === id)) throw new UsageError(`--only: ${f.id} has no aspek ${id}`);
  for (const id of options.only?.domains ?? []) if (!f.domains.some((d) => d.id === id)) throw new UsageError(`--only: ${f.id} has no domain ${id}`);
  const planOptions: PlanOptions = { maxStep: options.maxStep, basis: options.predicateBasis, ...(options.only ? { only: options.only } : {}), ...(options.exclude ? { exclude: options.exclude } : {}) };
  if (options.effort) Object.assign(planOptions, loadEffort(options.effort, io, f));
  const result_ = plan(f, result.assessment.indicators, result.score, target.index, planOptions, target.predicate);
  const { formatPlanTable, planJson, planMarkdown } = await import('../../format/plan.js');
  if (options.format === 'json') io.stdout(planJson(result, result_));
  else if (options.format === 'markdown') io.stdout(planMarkdown(result, result_, planOptions));
  else io.stdout(formatPlanTable(result, result_, planOptions, style));
  return EXIT_OK;
}
