/**
 * The framework model: a definition (data, as in src/frameworks/*.yaml and
 * schemas/framework.schema.json) compiled into exact weights and lookup tables. Compilation also
 * proves the definition coherent: unique ids, weights that add up exactly at every level, level
 * names that exist, predicate bands in order.
 */
import { compare, div, equals, parseRational, rational, sub, sum, toExactString, type Rational } from './rational.js';
import { createFinding, type Finding, type FindingParams } from './findings.js';

// ---- The definition: the shape of the data files --------------------------------------------

export type WeightDefinition = number | string;

export interface FrameworkDefinition {
  id: string;
  title: string;
  indexName?: string;
  status: 'official' | 'provisional';
  source: { regulation: string; citation?: string; gazette?: string; enacted?: string; effective?: string; url?: string };
  years?: { from: number; to?: number };
  notes?: string[];
  scale: { min: number; max: number; levelNames?: Record<string, Record<string, string>> };
  predicates: { name: string; min: number | string }[];
  domains: {
    id: number;
    name: string;
    weight: WeightDefinition;
    aspects: {
      id: number;
      name: string;
      weight: WeightDefinition;
      levelNames?: string;
      indicators: { id: number; name: string; weight: WeightDefinition; services?: number }[];
    }[];
  }[];
}

// ---- The compiled model ---------------------------------------------------------------------

export interface Indicator {
  id: number;
  name: string;
  aspectId: number;
  domainId: number;
  /** Percentage of the whole index. */
  weight: Rational;
  /** Scored once per sampled service, up to this many (PermenPANRB 5/2018 indicator 35). */
  services?: number;
  levelNames: Readonly<Record<number, string>>;
  /** weight × Framework.unitsPerPercent: an integer, so that scoring adds integers only. */
  units: bigint;
}

export interface Aspect {
  id: number;
  name: string;
  domainId: number;
  weight: Rational;
  indicators: Indicator[];
  units: bigint;
}

export interface Domain {
  id: number;
  name: string;
  weight: Rational;
  aspects: Aspect[];
  indicators: Indicator[];
  units: bigint;
}

export interface PredicateBand {
  name: string;
  /** Inclusive lower bound; the band ends where the next higher band starts. */
  min: Rational;
}

export interface Framework {
  id: string;
  title: string;
  indexName: string;
  status: 'official' | 'provisional';
  source: FrameworkDefinition['source'];
  years?: { from: number; to?: number };
  notes: string[];
  scale: { min: number; max: number };
  /** From the highest band to the lowest. */
  predicates: PredicateBand[];
  domains: Domain[];
  aspects: Aspect[];
  indicators: Indicator[];
  indicatorById: ReadonlyMap<number, Indicator>;
  /**
   * The common denominator of every weight (and of every service split), so that each weight is a
   * whole number of units: 20 for PermenPANRB 59/2020 (1.30 % = 26 units, 2.75 % = 55).
   */
  unitsPerPercent: bigint;
  /** The definition it was compiled from (for `framework show --format json` and custom files). */
  definition: FrameworkDefinition;
}

/** A coherence problem in a definition: a finding whose pointer points into the definition. */
export type DefinitionProblem = Finding;

export class FrameworkDefinitionError extends Error {
  constructor(readonly frameworkId: string, readonly problems: DefinitionProblem[]) {
    super(`framework ${frameworkId} is not coherent: ${problems.map((p) => `${p.pointer} ${p.code}`).join('; ')}`);
    this.name = 'FrameworkDefinitionError';
  }
}

const HUNDRED = rational(100);

/**
 * Resolves sibling weights: explicit ones are parsed, and `equal` siblings share what the parent's
 * weight leaves over in equal parts (so 20 % split over 6 services is exactly 10/3 % each).
 */
function resolveWeights(
  weights: WeightDefinition[],
  parentWeight: Rational,
  pointerOf: (index: number) => string,
  problems: DefinitionProblem[],
): Rational[] {
  const explicit = weights.map((w, i) => {
    if (w === 'equal') return undefined;
    const parsed = parseRational(w);
    if (!parsed || parsed.num <= 0n) {
      problems.push(createFinding('FRAMEWORK_WEIGHT_INVALID', { weight: JSON.stringify(w) }, pointerOf(i)));
      return rational(0);
    }
    return parsed;
  });
  const equalCount = explicit.filter((w) => w === undefined).length;
  if (equalCount === 0) return explicit as Rational[];
  const rest = sub(parentWeight, sum(explicit.filter((w): w is Rational => w !== undefined)));
  const share = div(rest, rational(equalCount));
  if (share.num <= 0n) problems.push(createFinding('FRAMEWORK_EQUAL_SHARE_EMPTY', {}, pointerOf(explicit.indexOf(undefined))));
  return explicit.map((w) => w ?? share);
}

type WeightSum = Omit<FindingParams['FRAMEWORK_WEIGHT_SUM'], 'total' | 'expected'>;

function checkTotal(children: Rational[], parent: Rational, pointer: string, what: WeightSum, problems: DefinitionProblem[]): void {
  const total = sum(children);
  if (!equals(total, parent)) {
    problems.push(createFinding('FRAMEWORK_WEIGHT_SUM', { ...what, total: toExactString(total), expected: toExactString(parent) }, pointer));
  }
}

function checkUnique(ids: number[], pointerOf: (index: number) => string, what: 'domain' | 'aspect' | 'indicator', problems: DefinitionProblem[]): void {
  const seen = new Set<number>();
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push(createFinding('FRAMEWORK_DUPLICATE_ID', { what, id }, pointerOf(i)));
    seen.add(id);
  });
}

export function compileFramework(definition: FrameworkDefinition): Framework {
  const problems: DefinitionProblem[] = [];
  const { scale } = definition;
  if (scale.min >= scale.max) problems.push(createFinding('FRAMEWORK_SCALE', {}, '/scale'));

  const levelNamesOf = (key: string | undefined, pointer: string): Record<number, string> => {
    if (key === undefined) return {};
    const names = scale.levelNames?.[key];
    if (!names) {
      problems.push(createFinding('FRAMEWORK_LEVEL_NAMES_UNDEFINED', { key }, pointer));
      return {};
    }
    const result: Record<number, string> = {};
    for (const [level, name] of Object.entries(names)) result[Number(level)] = name;
    for (let level = scale.min; level <= scale.max; level++) {
      if (result[level] === undefined) problems.push(createFinding('FRAMEWORK_LEVEL_NAME_MISSING', { key, level }, pointer));
    }
    return result;
  };

  const domainWeights = resolveWeights(definition.domains.map((d) => d.weight), HUNDRED, (i) => `/domains/${i}/weight`, problems);
  checkTotal(domainWeights, HUNDRED, '/domains', { what: 'domain' }, problems);
  checkUnique(definition.domains.map((d) => d.id), (i) => `/domains/${i}/id`, 'domain', problems);

  const domains: Domain[] = [];
  const aspects: Aspect[] = [];
  const indicators: Indicator[] = [];
  definition.domains.forEach((d, di) => {
    const domainWeight = domainWeights[di]!;
    const aspectWeights = resolveWeights(d.aspects.map((a) => a.weight), domainWeight, (i) => `/domains/${di}/aspects/${i}/weight`, problems);
    checkTotal(aspectWeights, domainWeight, `/domains/${di}/aspects`, { what: 'aspect', parent: 'domain', parentId: d.id }, problems);
    const domain: Domain = { id: d.id, name: d.name, weight: domainWeight, aspects: [], indicators: [], units: 0n };
    d.aspects.forEach((a, ai) => {
      const pointer = `/domains/${di}/aspects/${ai}`;
      const aspectWeight = aspectWeights[ai]!;
      const weights = resolveWeights(a.indicators.map((x) => x.weight), aspectWeight, (i) => `${pointer}/indicators/${i}/weight`, problems);
      checkTotal(weights, aspectWeight, `${pointer}/indicators`, { what: 'indicator', parent: 'aspect', parentId: a.id }, problems);
      const levelNames = levelNamesOf(a.levelNames, `${pointer}/levelNames`);
      const aspect: Aspect = { id: a.id, name: a.name, domainId: d.id, weight: aspectWeight, indicators: [], units: 0n };
      a.indicators.forEach((x, xi) => {
        const indicator: Indicator = { id: x.id, name: x.name, aspectId: a.id, domainId: d.id, weight: weights[xi]!, levelNames, units: 0n };
        if (x.services !== undefined) indicator.services = x.services;
        aspect.indicators.push(indicator);
        domain.indicators.push(indicator);
        indicators.push(indicator);
      });
      domain.aspects.push(aspect);
      aspects.push(aspect);
    });
    domains.push(domain);
  });
  checkUnique(aspects.map((a) => a.id), (i) => `/aspects/${i}/id`, 'aspect', problems);
  checkUnique(indicators.map((x) => x.id), (i) => `/indicators/${i}/id`, 'indicator', problems);

  const predicates: PredicateBand[] = definition.predicates.map((p, i) => {
    const min = parseRational(p.min);
    if (!min) problems.push(createFinding('FRAMEWORK_BAND_NOT_DECIMAL', { value: JSON.stringify(p.min) }, `/predicates/${i}/min`));
    return { name: p.name, min: min ?? rational(0) };
  });
  for (let i = 1; i < predicates.length; i++) {
    if (compare(predicates[i]!.min, predicates[i - 1]!.min) >= 0) {
      problems.push(createFinding('FRAMEWORK_BAND_ORDER', {}, `/predicates/${i}/min`));
    }
  }
  const lowest = predicates[predicates.length - 1];
  if (lowest && compare(lowest.min, rational(scale.min)) > 0) {
    problems.push(createFinding('FRAMEWORK_BAND_LOWEST', { min: scale.min }, `/predicates/${predicates.length - 1}/min`));
  }

  if (problems.length > 0) throw new FrameworkDefinitionError(definition.id, problems);
  const unitsPerPercent = commonDenominator(indicators);
  const unitsOf = (weight: Rational): bigint => (weight.num * unitsPerPercent) / weight.den;
  for (const x of indicators) x.units = unitsOf(x.weight);
  for (const a of aspects) a.units = unitsOf(a.weight);
  for (const d of domains) d.units = unitsOf(d.weight);
  const framework: Framework = {
    id: definition.id,
    title: definition.title,
    indexName: definition.indexName ?? 'Indeks',
    status: definition.status,
    source: definition.source,
    notes: definition.notes ?? [],
    scale: { min: scale.min, max: scale.max },
    predicates,
    domains,
    aspects,
    indicators,
    indicatorById: new Map(indicators.map((x) => [x.id, x])),
    unitsPerPercent,
    definition,
  };
  if (definition.years) framework.years = definition.years;
  return framework;
}

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}

/**
 * The least denominator that makes every weight whole, including each share of an indicator
 * scored over 1..services services (its weight is split equally among the services given).
 */
function commonDenominator(indicators: Indicator[]): bigint {
  let result = 1n;
  for (const x of indicators) {
    result = lcm(result, x.weight.den);
    for (let k = 2; k <= (x.services ?? 1); k++) result = lcm(result, x.weight.den * BigInt(k) / gcdOf(x.weight.num, BigInt(k)));
  }
  return result;
}

function gcdOf(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
