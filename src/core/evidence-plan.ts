/**
 * "What to do next, from evidence": the fewest evidence items (or the least effort) to get accepted so
 * that the index reaches a target, when indicators are valued at their evidence level (a level counts
 * only when every main item of it and of every lower level is `diterima`, see evidence.ts).
 *
 * An item helps only together with the rest of its level, so per indicator the choices are "raise to
 * level L" (cost: the open main items of levels current+1..L, gain: exactly (L − current) × weight),
 * and the plan is a multiple-choice knapsack over indicators, solved exactly by dynamic programming
 * over integer costs (item counts, or efforts in the common unit of their denominators). A table
 * that would exceed MAX_TABLE cells is refused (`tooLarge`), never allocated.
 */
import { atValue, type EvidenceItem, type EvidenceStatus, type IndicatorEntry, type RevisionKind } from './assessment.js';
import { mainItemsAt, wonLevel } from './evidence.js';
import type { Framework, Indicator } from './framework.js';
import { add, compare, lcm, rational, roundHalfUp, sub, type Rational } from './rational.js';
import { score, type PredicateBasis, type ScoreResult } from './score.js';

/** The largest DP table (indicators × cost values) an evidence plan may allocate. */
export const MAX_TABLE = 4_000_000;
export const NO_UNIT = '(tanpa unit)';

export interface EvidencePlanOptions {
  basis: PredicateBasis;
  /** Effort per item, by item code (wins over the indicator's). */
  itemEffort?: ReadonlyMap<string, Rational>;
  /** Effort per item, by indicator. */
  indicatorEffort?: ReadonlyMap<number, Rational>;
  defaultEffort?: Rational;
  /** Indicators never to plan on. */
  exclude?: number[];
  /** Only indicators of these aspects (all when empty or absent). */
  onlyAspects?: number[];
  /** Override of the table bound (tests). */
  maxTable?: number;
}

export interface PlannedItem {
  indicator: number;
  code: string;
  level: number;
  status: EvidenceStatus;
  revision?: RevisionKind;
  unit?: string;
  effort: Rational;
}

export interface EvidenceStep {
  indicator: Indicator;
  from: number;
  to: number;
  gain: Rational;
  effort: Rational;
  items: PlannedItem[];
}

export interface EvidencePlan {
  kind: 'evidence';
  target: Rational;
  targetPredicate?: string;
  objective: 'items' | 'effort';
  reachable: boolean;
  alreadyReached: boolean;
  /** The table would exceed the bound: no plan was computed. */
  tooLarge: boolean;
  steps: EvidenceStep[];
  /** Planned items by responsible unit (NO_UNIT when none is given), units in name order. */
  byUnit: { unit: string; items: PlannedItem[] }[];
  itemCount: number;
  totalEffort: Rational;
  /** The index with evidence indicators at their current evidence level. */
  baseline: ScoreResult;
  projected: ScoreResult;
  projectedEntries: ReadonlyMap<number, IndicatorEntry>;
}

export function hasEvidenceItems(entries: ReadonlyMap<number, IndicatorEntry>): boolean {
  for (const entry of entries.values()) if (entry.evidenceItems && entry.evidenceItems.length > 0) return true;
  return false;
}

function reachesIndex(index: Rational, target: Rational, basis: PredicateBasis): boolean {
  return compare(basis === 'rounded' ? roundHalfUp(index) : index, target) >= 0;
}

interface Option {
  to: number;
  cost: number;
  gain: number;
  items: EvidenceItem[];
}

interface Group {
  indicator: Indicator;
  from: number;
  options: Option[];
}

export function planEvidence(framework: Framework, entries: ReadonlyMap<number, IndicatorEntry>, target: Rational, options: EvidencePlanOptions, targetPredicate?: string): EvidencePlan {
  const { min, max } = framework.scale;
  const effortOf = (id: number, item: EvidenceItem): Rational => options.itemEffort?.get(item.code) ?? options.indicatorEffort?.get(id) ?? options.defaultEffort ?? rational(1);
  const objective = options.itemEffort || options.indicatorEffort || options.defaultEffort ? 'effort' : 'items';
  const excluded = new Set(options.exclude ?? []);
  const onlyAspects = options.onlyAspects && options.onlyAspects.length > 0 ? new Set(options.onlyAspects) : undefined;

  // Baseline: evidence indicators at their evidence level (at least the scale minimum).
  const baseEntries = new Map(entries);
  const groups: Group[] = [];
  for (const indicator of framework.indicators) {
    const entry = entries.get(indicator.id);
    const items = entry?.evidenceItems;
    if (!entry || !items || items.length === 0) continue;
    const won = wonLevel(items, max);
    const from = Math.max(min, won);
    baseEntries.set(indicator.id, atValue(entry, rational(from)));
    if (excluded.has(indicator.id) || (onlyAspects && !onlyAspects.has(indicator.aspectId))) continue;
    const group: Group = { indicator, from, options: [] };
    const open: EvidenceItem[] = [];
    for (let l = won + 1; l <= max; l++) {
      const main = mainItemsAt(items, l);
      if (main.length === 0) break; // a level with no main item is never won, nor any above it
      for (const item of main) if (item.status !== 'diterima') open.push(item);
      const to = Math.max(min, l);
      group.options.push({ to, cost: 0, gain: (to - from) * Number(indicator.units), items: [...open] });
    }
    if (group.options.length > 0) groups.push(group);
  }
  const baseline = score(framework, baseEntries, options.basis);
  const hundredUnits = 100n * framework.unitsPerPercent;

  // Costs as integers: item counts, or efforts in the common unit of their denominators.
  let unit = 1n;
  if (objective === 'effort') for (const g of groups) for (const o of g.options) for (const i of o.items) unit = lcm(unit, effortOf(g.indicator.id, i).den);
  const costOf = (g: Group, i: EvidenceItem): bigint => {
    const e = effortOf(g.indicator.id, i);
    return (e.num * unit) / e.den;
  };
  let totalCost = 0n;
  for (const g of groups) {
    for (const o of g.options) o.cost = Number(o.items.reduce((acc, i) => acc + (objective === 'effort' ? costOf(g, i) : 1n), 0n));
    totalCost += BigInt(g.options.at(-1)!.cost);
  }

  const make = (chosen: (Option | undefined)[], flags: { reachable: boolean; alreadyReached: boolean; tooLarge: boolean }): EvidencePlan => {
    const steps: EvidenceStep[] = [];
    const projectedEntries = new Map(baseEntries);
    groups.forEach((g, gi) => {
      const o = chosen[gi];
      if (!o) return;
      const items = o.items.map((i) => planned(g.indicator.id, i, effortOf(g.indicator.id, i)));
      const effort = items.reduce((acc, i) => add(acc, i.effort), rational(0));
      steps.push({ indicator: g.indicator, from: g.from, to: o.to, gain: rational(BigInt(o.gain), hundredUnits), effort, items });
      projectedEntries.set(g.indicator.id, atValue(entries.get(g.indicator.id)!, rational(o.to)));
    });
    steps.sort((a, b) => compare(b.gain, a.gain) || a.indicator.id - b.indicator.id);
    const all = steps.flatMap((s) => s.items);
    const units = [...new Set(all.map((i) => i.unit ?? NO_UNIT))].sort((a, b) => (a === NO_UNIT ? 1 : b === NO_UNIT ? -1 : a.localeCompare(b)));
    const byUnit = units.map((u) => ({ unit: u, items: all.filter((i) => (i.unit ?? NO_UNIT) === u) }));
    const totalEffort = all.reduce((acc, i) => add(acc, i.effort), rational(0));
    const projected = steps.length > 0 ? score(framework, projectedEntries, options.basis) : baseline;
    return { kind: 'evidence', target, ...(targetPredicate ? { targetPredicate } : {}), objective, ...flags, steps, byUnit, itemCount: all.length, totalEffort, baseline, projected, projectedEntries };
  };
  const none = groups.map(() => undefined);
  if (reachesIndex(baseline.index, target, options.basis)) return make(none, { reachable: true, alreadyReached: true, tooLarge: false });

  const cells = BigInt(groups.length + 1) * (totalCost + 1n);
  // Gains are summed as doubles: exact only while the total stays a safe integer (fine fraction weights can pass it).
  const totalGain = groups.reduce((acc, g) => acc + BigInt(g.options.at(-1)!.to - g.from) * g.indicator.units, 0n);
  if (cells > BigInt(options.maxTable ?? MAX_TABLE) || totalGain > BigInt(Number.MAX_SAFE_INTEGER)) return make(none, { reachable: false, alreadyReached: false, tooLarge: true });

  // Units of weight needed: (required − baseline) × 100 × unitsPerPercent, rounded up.
  // On the rounded basis: at least the smallest two-decimal value >= target, less half a hundredth.
  const ceil100 = (target.num * 100n + target.den - 1n) / target.den;
  const required = options.basis === 'rounded' ? sub(rational(ceil100, 100), rational(5, 1000)) : target;
  const missing = sub(required, baseline.index);
  const need = Math.max(1, Number((missing.num * hundredUnits + missing.den - 1n) / missing.den));

  // dp[c] = the most weight units gained at a total cost of exactly c (−1: not possible).
  const C = Number(totalCost);
  let dp = new Float64Array(C + 1).fill(-1);
  dp[0] = 0;
  const picks: Uint16Array[] = [];
  for (const g of groups) {
    const next = Float64Array.from(dp);
    const pick = new Uint16Array(C + 1); // 0: this indicator not raised; k: option k − 1
    for (let c = 0; c <= C; c++) {
      if (dp[c]! < 0) continue;
      g.options.forEach((o, k) => {
        const t = c + o.cost;
        if (t <= C && dp[c]! + o.gain > next[t]!) {
          next[t] = dp[c]! + o.gain;
          pick[t] = k + 1;
        }
      });
    }
    picks.push(pick);
    dp = next;
  }
  // The least cost reaching the need; out of reach: the least cost of the highest gain.
  let best = -1;
  for (let c = 0; c <= C; c++) if (dp[c]! >= need) { best = c; break; }
  const reachable = best >= 0;
  if (!reachable) {
    for (let c = 0; c <= C; c++) if (dp[c]! >= 0 && (best < 0 || dp[c]! > dp[best]!)) best = c;
  }
  const chosen: (Option | undefined)[] = new Array(groups.length).fill(undefined);
  let c = best;
  for (let gi = groups.length - 1; gi >= 0; gi--) {
    const k = picks[gi]![c]!;
    if (k === 0) continue;
    const o = groups[gi]!.options[k - 1]!;
    chosen[gi] = o;
    c -= o.cost;
  }
  return make(chosen, { reachable, alreadyReached: false, tooLarge: false });
}

function planned(indicator: number, item: EvidenceItem, effort: Rational): PlannedItem {
  return { indicator, code: item.code, level: item.level, status: item.status, ...(item.revision ? { revision: item.revision } : {}), ...(item.unit ? { unit: item.unit } : {}), effort };
}
