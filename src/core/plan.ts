/**
 * Planning on an exact, linear index: every level step of indicator i adds exactly its weight to
 * the total, so "what reaches the target with the fewest steps (or the least effort)" is a bounded
 * knapsack over integer weight units, solved exactly by dynamic programming (47 indicators × at most
 * a few thousand units). Not a heuristic: the plan is optimal, and a target out of reach is said so.
 * A fractional value (8/2026: 1.30) rises to the next whole level (2) and then by whole levels.
 */
import { atValue, type IndicatorEntry } from './assessment.js';
import { MAX_TABLE } from './evidence-plan.js';
import type { Framework, Indicator } from './framework.js';
import { compare, lcm, rational, roundHalfUp, sub, type Rational } from './rational.js';
import { nextBand, score, type PredicateBasis, type ScoreResult } from './score.js';
import type { PredicateBand } from './framework.js';

export interface PlanOptions {
  /** At most this many levels up per indicator (default 1: one year's realistic progress). */
  maxStep: number;
  /** Only indicators of these aspects or domains (all when empty). */
  only?: { aspects: number[]; domains: number[] };
  /** Indicators never to raise. */
  exclude?: number[];
  /** Effort per level step by indicator (default 1); when given, the plan minimises total effort. */
  effort?: ReadonlyMap<number, Rational>;
  defaultEffort?: Rational;
  basis: PredicateBasis;
}

export interface PlanStep {
  indicator: Indicator;
  /** The exact value it starts from (8/2026: 1.30 rises to 2, the next whole level). */
  from: Rational;
  to: number;
  /** Whole levels risen: to − the whole level at or below `from`. */
  levels: number;
  /** Exact change of the index for this step (weight × levels / 100). */
  gain: Rational;
  effort: Rational;
}

export interface Plan {
  target: Rational;
  targetPredicate?: string;
  reachable: boolean;
  /** Already at or above the target: no steps needed. */
  alreadyReached: boolean;
  /** The exact search would need more than MAX_TABLE cells: refused, not attempted. */
  tooLarge: boolean;
  objective: 'steps' | 'effort';
  steps: PlanStep[];
  totalEffort: Rational;
  projected: ScoreResult;
  projectedEntries: ReadonlyMap<number, IndicatorEntry>;
}

/** The exact index a target requires on a basis: on `rounded`, an index that rounds up to it counts. */
function requiredIndex(target: Rational, basis: PredicateBasis): Rational {
  return basis === 'rounded' ? sub(target, rational(5, 1000)) : target;
}

export function reaches(index: Rational, target: Rational, basis: PredicateBasis): boolean {
  return compare(basis === 'rounded' ? roundHalfUp(index) : index, target) >= 0;
}

interface Candidate {
  indicator: Indicator;
  /** The whole level at or below the exact value. */
  level: number;
  value: Rational;
  steps: number;
  /** Gain of the first step and of each further one, in the plan's integer unit. */
  first: number;
  each: number;
  /** Effort per step, as an integer in the common unit of all efforts (exact: a bigint). */
  cost: bigint;
  effort: Rational;
}


function candidates(framework: Framework, entries: ReadonlyMap<number, IndicatorEntry>, options: PlanOptions): Candidate[] {
  const only = options.only && (options.only.aspects.length > 0 || options.only.domains.length > 0) ? options.only : undefined;
  const excluded = new Set(options.exclude ?? []);
  const list = framework.indicators
    .filter((x) => !excluded.has(x.id) && x.services === undefined)
    .filter((x) => !only || only.aspects.includes(x.aspectId) || (x.domainId !== undefined && only.domains.includes(x.domainId)))
    .map((x) => {
      const entry = entries.get(x.id)!;
      const effort = options.effort?.get(x.id) ?? options.defaultEffort ?? rational(1);
      const value = entry.value ?? rational(entry.level);
      return { indicator: x, level: entry.level, value, steps: Math.max(0, Math.min(options.maxStep, framework.scale.max - entry.level)), effort, cost: 0n, first: 0, each: 0 };
    })
    .filter((c) => c.steps > 0);
  // Efforts may be decimals: express them all in one integer unit so the DP compares integers.
  const unit = list.reduce((acc, c) => lcm(acc, c.effort.den), 1n);
  for (const c of list) c.cost = (c.effort.num * unit) / c.effort.den;
  return list;
}

/**
 * Gains in the plan's integer unit: weight units times the common denominator of the values, since
 * a fractional value (7/6) rises to the next whole level first and that step gains less than a
 * whole level. Returns the largest total gain, or undefined when the DP table would exceed
 * MAX_TABLE cells (many values with large denominators): refused, never allocated.
 */
function setGains(list: Candidate[], valueUnit: bigint): number | undefined {
  const gain = (c: Candidate, levels: number) => (c.indicator.units * (valueUnit * BigInt(c.level + levels) * c.value.den - valueUnit * c.value.num)) / c.value.den;
  const maxGain = list.reduce((acc, c) => acc + gain(c, c.steps), 0n);
  if (BigInt(list.length + 1) * (maxGain + 1n) > BigInt(MAX_TABLE)) return undefined;
  for (const c of list) {
    c.first = Number(gain(c, 1));
    c.each = Number(c.indicator.units * valueUnit);
  }
  return Number(maxGain);
}

/** The common denominator of the candidates' values (1 when every value is whole). */
const valueDenominator = (list: readonly Candidate[]): bigint => list.reduce((acc, c) => lcm(acc, c.value.den), 1n);

/** Gain of k steps of a candidate, in the plan's integer unit. */
const gainOf = (c: Candidate, k: number): number => (k === 0 ? 0 : c.first + (k - 1) * c.each);

/** Exact cost arithmetic: doubles while every sum stays a safe integer (fast), bigints beyond. */
interface CostArithmetic<T> {
  zero: T;
  of(cost: bigint): T;
  add(a: T, b: T): T;
  times(cost: T, k: number): T;
  less(a: T, b: T): boolean;
}
const SAFE_NUMBERS: CostArithmetic<number> = { zero: 0, of: Number, add: (a, b) => a + b, times: (c, k) => c * k, less: (a, b) => a < b };
const BIGINTS: CostArithmetic<bigint> = { zero: 0n, of: (c) => c, add: (a, b) => a + b, times: (c, k) => c * BigInt(k), less: (a, b) => a < b };

/**
 * dp[g] = the least (cost, steps) that adds exactly g weight units. The answer is the best state at
 * or above the units needed: least effort, then fewest steps, then the most units (highest index);
 * remaining ties go to the plan found first with indicators taken in their official order.
 */
function solve(list: Candidate[], need: number, maxGain: number): number[] | undefined {
  if (need > maxGain) return undefined;
  const maxCost = list.reduce((acc, c) => acc + BigInt(c.steps) * c.cost, 0n);
  return maxCost <= BigInt(Number.MAX_SAFE_INTEGER) ? solveWith(SAFE_NUMBERS, list, need, maxGain) : solveWith(BIGINTS, list, need, maxGain);
}

function solveWith<T extends number | bigint>(arithmetic: CostArithmetic<T>, list: Candidate[], need: number, maxGain: number): number[] {
  const { add, times, less } = arithmetic;
  const INF = Number.POSITIVE_INFINITY;
  const costs = list.map((c) => arithmetic.of(c.cost));
  // undefined: no way to add exactly g units yet.
  let cost = new Array<T | undefined>(maxGain + 1).fill(undefined);
  let steps = new Float64Array(maxGain + 1).fill(INF);
  cost[0] = arithmetic.zero;
  steps[0] = 0;
  const choices: Uint8Array[] = [];
  for (const [i, c] of list.entries()) {
    const nextCost = cost.slice();
    const nextSteps = Float64Array.from(steps);
    const choice = new Uint8Array(maxGain + 1);
    for (let g = 0; g <= maxGain; g++) {
      const here = cost[g];
      if (here === undefined) continue;
      for (let k = 1; k <= c.steps && g + gainOf(c, k) <= maxGain; k++) {
        const target = g + gainOf(c, k);
        const newCost = add(here, times(costs[i]!, k));
        const newSteps = steps[g]! + k;
        const there = nextCost[target];
        if (there === undefined || less(newCost, there) || (newCost === there && newSteps < nextSteps[target]!)) {
          nextCost[target] = newCost;
          nextSteps[target] = newSteps;
          choice[target] = k;
        }
      }
    }
    // choice[g] = k: on the best path to g this indicator rose k levels (0: it did not).
    choices.push(choice);
    cost = nextCost;
    steps = nextSteps;
  }
  let best = -1;
  for (let g = need; g <= maxGain; g++) {
    const here = cost[g];
    if (here === undefined) continue;
    const top = cost[best];
    if (best < 0 || less(here, top!) || (here === top && steps[g]! <= steps[best]!)) best = g;
  }
  const ks = new Array<number>(list.length).fill(0);
  let g = best;
  for (let i = list.length - 1; i >= 0; i--) {
    const k = choices[i]![g]!;
    ks[i] = k;
    g -= gainOf(list[i]!, k);
  }
  return ks;
}

function apply(entries: ReadonlyMap<number, IndicatorEntry>, raises: Map<number, number>): Map<number, IndicatorEntry> {
  const next = new Map(entries);
  for (const [id, to] of raises) next.set(id, atValue(entries.get(id)!, rational(to)));
  return next;
}

export function plan(framework: Framework, entries: ReadonlyMap<number, IndicatorEntry>, current: ScoreResult, target: Rational, options: PlanOptions, targetPredicate?: string): Plan {
  const objective = options.effort ? 'effort' : 'steps';
  const base = { target, objective, ...(targetPredicate ? { targetPredicate } : {}) } as const;
  if (reaches(current.index, target, options.basis)) {
    return { ...base, reachable: true, alreadyReached: true, tooLarge: false, steps: [], totalEffort: rational(0), projected: current, projectedEntries: entries };
  }
  const list = candidates(framework, entries, options);
  const valueUnit = valueDenominator(list);
  const maxGain = setGains(list, valueUnit);
  if (maxGain === undefined) {
    return { ...base, reachable: false, alreadyReached: false, tooLarge: true, steps: [], totalEffort: rational(0), projected: current, projectedEntries: entries };
  }
  // Units needed: (required index − current index) × 100 × units per percent × the values'
  // common denominator, rounded up.
  const scale = 100n * framework.unitsPerPercent * valueUnit;
  const missing = sub(requiredIndex(target, options.basis), current.index);
  const needUnits = Number((missing.num * scale + missing.den - 1n) / missing.den);
  const ks = solve(list, needUnits, maxGain);
  const reachable = ks !== undefined;
  const chosen = ks ?? list.map((c) => c.steps); // out of reach: the best reachable, every allowed step
  const steps: PlanStep[] = [];
  const raises = new Map<number, number>();
  let totalEffort = rational(0);
  list.forEach((c, i) => {
    const k = chosen[i]!;
    if (k === 0) return;
    raises.set(c.indicator.id, c.level + k);
    const effort = rational(c.effort.num * BigInt(k), c.effort.den);
    totalEffort = rational(totalEffort.num * effort.den + effort.num * totalEffort.den, totalEffort.den * effort.den);
    steps.push({ indicator: c.indicator, from: c.value, to: c.level + k, levels: k, gain: rational(BigInt(gainOf(c, k)), scale), effort });
  });
  steps.sort((a, b) => compare(b.gain, a.gain) || a.indicator.id - b.indicator.id);
  const projectedEntries = apply(entries, raises);
  const projected = score(framework, projectedEntries, options.basis);
  return { ...base, reachable, alreadyReached: false, tooLarge: false, steps, totalEffort, projected, projectedEntries };
}

/** One year's plan to the next band up (every indicator at most one level): what reports show. */
export function planToNextPredicate(result: ScoreResult, entries: ReadonlyMap<number, IndicatorEntry>): { band: PredicateBand; plan: Plan } | undefined {
  const band = nextBand(result.framework, result.predicate);
  if (!band) return undefined;
  return { band, plan: plan(result.framework, entries, result, band.min, { maxStep: 1, basis: result.predicateBasis }, band.name) };
}
