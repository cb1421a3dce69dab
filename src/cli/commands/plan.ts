/** `spbe plan FILE --target T`: the optimal set of level increases that reaches a predikat or an index. */
import { resolve } from 'node:path';
import { plan, type PlanOptions } from '../../core/plan.js';
import { hasEvidenceItems, planEvidence, type EvidencePlanOptions } from '../../core/evidence-plan.js';
import { compare, parseRational, rational, type Rational } from '../../core/rational.js';
import type { PredicateBasis } from '../../core/score.js';
import { problem, UserError } from '../../core/errors.js';
import { isScored } from '../../core/result.js';
import { createFinding } from '../../core/findings.js';
import type { Framework } from '../../core/framework.js';
import { escapeDeep } from '../../format/escape-deep.js';
import { folded, jsonText, visible } from '../../format/escape.js';
import { formatFindings } from '../../format/findings.js';
import { evaluateSource } from '../../io/evaluate.js';
import { loadConfig } from '../../io/config.js';
import { frameworkFromOption } from '../../io/framework-file.js';
import { readSideFile } from '../../io/side-file.js';
import { segmentsToPointer } from '../../document/positions.js';
import { valueReader } from '../../document/positioned-values.js';
import type { Catalog } from '../../messages/catalog.js';
import { createPalette, wantsColor } from '../color.js';
import { EXIT_OK, exitCodeFor } from '../exit-code.js';
import type { CliIo } from '../io.js';

export const PLAN_FORMATS = ['table', 'json', 'markdown'] as const;

export interface PlanCommandOptions {
  target: string;
  maxStep: number;
  only?: { aspects: number[]; domains: number[] };
  exclude?: number[];
  effort?: string;
  /** Unset: the published practice of the file's year. */
  predicateBasis?: PredicateBasis;
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
  throw new UserError(problem('targetInvalid', { target: text, framework: framework.id, min: framework.scale.min, max: framework.scale.max }), { hint: problem('predicateHint', { predicates: framework.predicates.map((p) => p.name).join(', ') }) });
}

/** The effort file: `{indicator: effort per level step}` and an optional `default`. */
function loadEffort(path: string, io: CliIo, framework: Framework, itemEffort?: Map<string, Rational>): { effort: Map<number, Rational>; defaultEffort?: Rational } {
  const file = readSideFile('effort', resolve(io.cwd, path), path);
  const data = file.parsed.data;
  const effort = new Map<number, Rational>();
  let defaultEffort: Rational | undefined;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) file.add(createFinding('EFFORT_NOT_MAPPING', {}, ''));
  // Efforts are read exactly from what was written (1.00000000000000000001 is not 1), and only the
  // canonical spelling of a number names an indicator (01 beside 1 would be a second entry for it).
  const read = valueReader(file.parsed);
  for (const [key, value] of Object.entries(typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {})) {
    const pointer = segmentsToPointer([key]);
    const amount = read(pointer, value);
    if (!amount || amount.num <= 0n) file.add(createFinding('EFFORT_NOT_POSITIVE', { indicator: key }, pointer));
    else if (key === 'default') defaultEffort = amount;
    else if (/^[1-9]\d*$/.test(key) && framework.indicatorById.has(Number(key))) effort.set(Number(key), amount);
    else if (itemEffort && /^I[1-9][0-9]*-L[0-9]+-[0-9]{1,3}$/.test(key)) itemEffort.set(key, amount);
    else file.add(createFinding('UNKNOWN_INDICATOR', { framework: framework.id, indicator: key, range: `${framework.indicators[0]!.id}..${framework.indicators.at(-1)!.id}` }, pointer));
  }
  file.check();
  return defaultEffort ? { effort, defaultEffort } : { effort };
}

export async function runPlan(file: string, options: PlanCommandOptions, io: CliIo, catalog: Catalog): Promise<number> {
  const { frameworks } = loadConfig(undefined, io.cwd);
  const framework = options.framework === undefined ? undefined : frameworkFromOption(options.framework, io.cwd, frameworks);
  const evaluated = await evaluateSource({ file, path: resolve(io.cwd, file) }, { frameworks, ...(options.predicateBasis ? { predicateBasis: options.predicateBasis } : {}), followPrevious: false, ...(framework ? { framework } : {}), ...(options.maxFileSize ? { maxFileSize: options.maxFileSize } : {}) });
  const style = await createPalette(options.format === 'table' ? wantsColor(options.color, io) : false);
  const unreadable = evaluated.findings.find((f) => f.code === 'FILE_UNREADABLE');
  if (unreadable?.code === 'FILE_UNREADABLE') throw new UserError(problem('cannotRead', { path: file, reason: unreadable.params.reason }));
  if (!isScored(evaluated) || !evaluated.valid) {
    io.stderr(formatFindings(escapeDeep([evaluated], visible), style, catalog));
    return exitCodeFor({ results: [evaluated] });
  }
  // A plan reads the levels and the score only: no report (years, analyses) is built for it.
  const result = evaluated;
  const f = result.score.framework;
  const target = parseTarget(options.target, f);
  for (const id of options.exclude ?? []) if (!f.indicatorById.has(id)) throw new UserError(problem('noSuchGroup', { option: '--exclude', framework: f.id, group: 'indikator', id }));
  for (const id of options.only?.aspects ?? []) if (!f.aspects.some((a) => a.id === id)) throw new UserError(problem('noSuchGroup', { option: '--only', framework: f.id, group: 'aspek', id }));
  for (const id of options.only?.domains ?? []) if (!f.domains.some((d) => d.id === id)) throw new UserError(problem('noSuchGroup', { option: '--only', framework: f.id, group: 'domain', id }));
  if (hasEvidenceItems(result.assessment.indicators)) {
    // Entries with evidence items: plan over the items to get accepted (levels follow the evidence).
    const evidenceOptions: EvidencePlanOptions = { basis: result.score.predicateBasis, ...(options.exclude ? { exclude: options.exclude } : {}), ...(options.only?.aspects.length ? { onlyAspects: options.only.aspects } : {}) };
    if (options.effort) {
      const itemEffort = new Map<string, Rational>();
      const loaded = loadEffort(options.effort, io, f, itemEffort);
      Object.assign(evidenceOptions, { indicatorEffort: loaded.effort, itemEffort, ...(loaded.defaultEffort ? { defaultEffort: loaded.defaultEffort } : {}) });
    }
    const evidencePlan = planEvidence(f, result.assessment.indicators, target.index, evidenceOptions, target.predicate);
    const { formatEvidencePlanTable, evidencePlanJson, evidencePlanMarkdown } = await import('../../format/plan.js');
    const [shown, shownPlan] = escapeDeep([result, evidencePlan] as const, options.format === 'markdown' ? folded : visible);
    if (options.format === 'json') io.stdout(jsonText(evidencePlanJson(result, evidencePlan)));
    else if (options.format === 'markdown') io.stdout(evidencePlanMarkdown(shown, shownPlan, catalog));
    else io.stdout(formatEvidencePlanTable(shown, shownPlan, style, catalog, io.columns));
    return EXIT_OK;
  }
  const planOptions: PlanOptions = { maxStep: options.maxStep, basis: result.score.predicateBasis, ...(options.only ? { only: options.only } : {}), ...(options.exclude ? { exclude: options.exclude } : {}) };
  if (options.effort) Object.assign(planOptions, loadEffort(options.effort, io, f));
  const result_ = plan(f, result.assessment.indicators, result.score, target.index, planOptions, target.predicate);
  const { formatPlanTable, planJson, planMarkdown } = await import('../../format/plan.js');
  const [shown, shownPlan] = escapeDeep([result, result_] as const, options.format === 'markdown' ? folded : visible);
  if (options.format === 'json') io.stdout(jsonText(planJson(result, result_)));
  else if (options.format === 'markdown') io.stdout(planMarkdown(shown, shownPlan, planOptions, catalog));
  else io.stdout(formatPlanTable(shown, shownPlan, planOptions, style, catalog, io.columns));
  return EXIT_OK;
}
