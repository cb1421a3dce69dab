/**
 * The framework model: a definition (data, as in src/frameworks/*.yaml and
 * schemas/framework.schema.json) compiled into exact weights and lookup tables. Compilation also
 * proves the definition coherent: unique ids, weights that add up exactly at every level, level
 * names that exist, predicate bands in order.
 */
import { compare, div, equals, gcd, lcm, parseRational, rational, sub, sum, toExactString, type Rational } from './rational.js';
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
  scale: { min: number; max: number; values?: 'whole' | 'fractional'; levelNames?: Record<string, Record<string, string>>; levelNameSources?: Record<string, string> };
  predicateSource?: string;
  predicateBasis?: { default: 'exact' | 'rounded'; byYear?: Record<string, 'exact' | 'rounded'>; note?: string };
  predicates: { name: string; min: number | string }[];
  /** Frameworks with domains (59/2020, 5/2018) ... */
  domains?: { id: number; name: string; weight: WeightDefinition; aspects: AspectDefinition[] }[];
  /** ... or with aspects only (8/2026). */
  aspects?: AspectDefinition[];
}

export interface AspectDefinition {
  id: number;
  name: string;
  weight: WeightDefinition;
  levelNames?: string;
  indicators: IndicatorDefinition[];
}

export interface IndicatorDefinition {
  id: number;
  name: string;
  weight: WeightDefinition;
  services?: number;
  external?: ExternalSource<number | string>;
}

/** An indicator valued by another agency's index, and how that index's score becomes a value. */
export interface ExternalSource<N = Rational> {
  agency: string;
  index: string;
  scale?: { min: number; max: number };
  /** From the lowest band: a score from `from` (inclusive) up to the next band's `from` gets `value`. */
  conversion?: { from: N; value: N }[];
}

// ---- The compiled model ---------------------------------------------------------------------

export interface Indicator {
  id: number;
  name: string;
  aspectId: number;
  /** Absent in a framework without domains. */
  domainId?: number;
  /** Percentage of the whole index. */
  weight: Rational;
  /** Scored once per sampled service, up to this many (PermenPANRB 5/2018 indicator 35). */
  services?: number;
  levelNames: Readonly<Record<number, string>>;
  /** Valued by another agency's index (8/2026 indicators 5, 6, 7, 18). */
  external?: ExternalSource;
  /** weight × Framework.unitsPerPercent: an integer, so that scoring adds integers only. */
  units: bigint;
}

export interface Aspect {
  id: number;
  name: string;
  /** Absent in a framework without domains. */
  domainId?: number;
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
  /** `fractional`: any exact value from min to max; otherwise whole levels. */
  scale: { min: number; max: number; fractional: boolean };
  /** From the highest band to the lowest. */
  predicates: PredicateBand[];
  /** Empty for a framework without domains: its aspects are the top groups. */
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

  const domains: Domain[] = [];
  const aspects: Aspect[] = [];
  const indicators: Indicator[] = [];
  /** One aspect list under a parent weight: a domain's, or the whole index's in a framework without domains. */
  const compileAspects = (list: AspectDefinition[], parentWeight: Rational, base: string, domainId: number | undefined, parent: WeightSum): Aspect[] => {
    const aspectWeights = resolveWeights(list.map((a) => a.weight), parentWeight, (i) => `${base}/${i}/weight`, problems);
    checkTotal(aspectWeights, parentWeight, base, parent, problems);
    return list.map((a, ai) => {
      const pointer = `${base}/${ai}`;
      const aspectWeight = aspectWeights[ai]!;
      const weights = resolveWeights(a.indicators.map((x) => x.weight), aspectWeight, (i) => `${pointer}/indicators/${i}/weight`, problems);
      checkTotal(weights, aspectWeight, `${pointer}/indicators`, { what: 'indicator', parent: 'aspect', parentId: a.id }, problems);
      const levelNames = levelNamesOf(a.levelNames, `${pointer}/levelNames`);
      const aspect: Aspect = { id: a.id, name: a.name, weight: aspectWeight, indicators: [], units: 0n };
      if (domainId !== undefined) aspect.domainId = domainId;
      a.indicators.forEach((x, xi) => {
        const indicator: Indicator = { id: x.id, name: x.name, aspectId: a.id, weight: weights[xi]!, levelNames, units: 0n };
        if (domainId !== undefined) indicator.domainId = domainId;
        if (x.services !== undefined) indicator.services = x.services;
        if (x.external) indicator.external = compileExternal(x.external, `${pointer}/indicators/${xi}/external`, problems);
        aspect.indicators.push(indicator);
        indicators.push(indicator);
      });
      aspects.push(aspect);
      return aspect;
    });
  };

  if (definition.domains) {
    const domainWeights = resolveWeights(definition.domains.map((d) => d.weight), HUNDRED, (i) => `/domains/${i}/weight`, problems);
    checkTotal(domainWeights, HUNDRED, '/domains', { what: 'domain' }, problems);
    checkUnique(definition.domains.map((d) => d.id), (i) => `/domains/${i}/id`, 'domain', problems);
    definition.domains.forEach((d, di) => {
      const domainWeight = domainWeights[di]!;
      const domainAspects = compileAspects(d.aspects, domainWeight, `/domains/${di}/aspects`, d.id, { what: 'aspect', parent: 'domain', parentId: d.id });
      domains.push({ id: d.id, name: d.name, weight: domainWeight, aspects: domainAspects, indicators: domainAspects.flatMap((a) => a.indicators), units: 0n });
    });
  } else {
    compileAspects(definition.aspects ?? [], HUNDRED, '/aspects', undefined, { what: 'aspect' });
  }
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
    scale: { min: scale.min, max: scale.max, fractional: scale.values === 'fractional' },
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


/**
 * The least denominator that makes every weight whole, including each share of an indicator
 * scored over 1..services services (its weight is split equally among the services given).
 */
function commonDenominator(indicators: Indicator[]): bigint {
  let result = 1n;
  for (const x of indicators) {
    result = lcm(result, x.weight.den);
    for (let k = 2; k <= (x.services ?? 1); k++) result = lcm(result, x.weight.den * BigInt(k) / gcd(x.weight.num, BigInt(k)));
  }
  return result;
}

function compileExternal(source: ExternalSource<number | string>, pointer: string, problems: DefinitionProblem[]): ExternalSource {
  const compiled: ExternalSource = { agency: source.agency, index: source.index };
  if (source.scale) compiled.scale = source.scale;
  if (source.conversion) {
    compiled.conversion = source.conversion.map((band, i) => {
      const from = parseRational(band.from);
      const value = parseRational(band.value);
      if (!from) problems.push(createFinding('FRAMEWORK_BAND_NOT_DECIMAL', { value: JSON.stringify(band.from) }, `${pointer}/conversion/${i}/from`));
      if (!value) problems.push(createFinding('FRAMEWORK_BAND_NOT_DECIMAL', { value: JSON.stringify(band.value) }, `${pointer}/conversion/${i}/value`));
      return { from: from ?? rational(0), value: value ?? rational(0) };
    });
    compiled.conversion.sort((a, b) => compare(a.from, b.from));
  }
  return compiled;
}

/** The value a score on another agency's index converts to (the score itself without a conversion table). */
export function convertExternal(source: ExternalSource, score: Rational): Rational {
  if (!source.conversion) return score;
  let value = source.conversion[0]!.value;
  for (const band of source.conversion) if (compare(score, band.from) >= 0) value = band.value;
  return value;
}
