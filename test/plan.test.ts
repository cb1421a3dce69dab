/** spbe plan is exact: it agrees with brute force on small instances and with known optima (its CLI runs are cases in test/cli.cases.test.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorEntry } from '../src/core/assessment.js';
import { compileFramework, type FrameworkDefinition } from '../src/core/framework.js';
import { plan, planToNextPredicate, reaches } from '../src/core/plan.js';
import { add, compare, mul, parseRational, rational, type Rational } from '../src/core/rational.js';
import { getBuiltInFramework } from '../src/core/registry.js';
import { score, type PredicateBasis } from '../src/core/score.js';

/** A small framework: one domain, one aspect, indicators with the given weights (percent, adding to 100). */
function smallFramework(weights: string[], values: 'whole' | 'fractional' = 'whole'): ReturnType<typeof compileFramework> {
  const definition: FrameworkDefinition = {
    id: 'small',
    title: 'Small',
    status: 'provisional',
    source: { regulation: 'test' },
    scale: { min: 1, max: 5, values },
    predicates: [{ name: 'Top', min: 4 }, { name: 'Mid', min: 2.5 }, { name: 'Low', min: 0 }],
    domains: [{ id: 1, name: 'D', weight: 100, aspects: [{ id: 1, name: 'A', weight: 100, indicators: weights.map((weight, i) => ({ id: i + 1, name: `I${i + 1}`, weight })) }] }],
  };
  return compileFramework(definition);
}

/**
 * Every combination of raises, for comparison: the least (effort, steps) that reaches the target. A
 * value rises to the next whole level first, then by whole levels (a whole level is its own floor).
 */
function bruteForce(values: Rational[], weights: Rational[], efforts: Rational[], maxStep: number, target: Rational, basis: PredicateBasis) {
  let best: { effort: Rational; steps: number } | undefined;
  const floors = values.map((v) => Number(v.num / v.den));
  const caps = floors.map((l) => Math.min(maxStep, 5 - l));
  const ks = caps.map(() => 0);
  const visit = (i: number) => {
    if (i === values.length) {
      let index = rational(0);
      let effort = rational(0);
      let steps = 0;
      values.forEach((v, j) => {
        index = add(index, mul(weights[j]!, mul(ks[j] === 0 ? v : rational(floors[j]! + ks[j]!), rational(1, 100))));
        effort = add(effort, mul(efforts[j]!, rational(ks[j]!)));
        steps += ks[j]!;
      });
      if (!reaches(index, target, basis)) return;
      if (!best || compare(effort, best.effort) < 0 || (compare(effort, best.effort) === 0 && steps < best.steps)) best = { effort, steps };
      return;
    }
    for (let k = 0; k <= caps[i]!; k++) {
      ks[i] = k;
      visit(i + 1);
    }
  };
  visit(0);
  return best;
}

const WEIGHT_SETS = [
  ['10', '20', '30', '40'],
  ['25', '25', '25', '25'],
  ['13', '12', '45.5', '29.5'],
  ['100/3', '100/3', '100/3'],
  ['5', '15', '20', '25', '35'],
];

describe('plan agrees with brute force', () => {
  it('fewest steps and least effort, on random small instances', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WEIGHT_SETS),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.constantFrom('1', '2', '0.5', '3', '1.5'), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 100, max: 500 }),
        fc.boolean(),
        fc.constantFrom<PredicateBasis>('exact', 'rounded'),
        (weightTexts, allLevels, effortTexts, maxStep, targetHundredths, withEffort, basis) => {
          const framework = smallFramework(weightTexts);
          const n = framework.indicators.length;
          const levels = allLevels.slice(0, n);
          const efforts = effortTexts.slice(0, n).map((e) => (withEffort ? parseRational(e)! : rational(1)));
          const entries = new Map<number, IndicatorEntry>(levels.map((level, i) => [i + 1, { level }]));
          const current = score(framework, entries, basis);
          const target = rational(targetHundredths, 100);
          const effortMap = withEffort ? new Map(efforts.map((e, i) => [i + 1, e])) : undefined;
          const result = plan(framework, entries, current, target, { maxStep, basis, ...(effortMap ? { effort: effortMap } : {}) });
          const expected = bruteForce(levels.map((l) => rational(l)), framework.indicators.map((x) => x.weight), efforts, maxStep, target, basis);
          expect(result.reachable).toBe(expected !== undefined);
          if (!expected) return;
          const steps = result.steps.reduce((acc, s) => acc + s.levels, 0);
          const effort = result.steps.reduce((acc, s) => add(acc, s.effort), rational(0));
          expect([effort, steps]).toEqual([expected.effort, expected.steps]);
          expect(reaches(result.projected.index, target, basis)).toBe(true);
          for (const s of result.steps) expect(s.levels).toBeLessThanOrEqual(maxStep);
        },
      ),
      { numRuns: 300, seed: 20261128 },
    );
  });
});

describe('known optima on PermenPANRB 59/2020', () => {
  const framework = getBuiltInFramework('permenpanrb-59-2020')!;
  const uniform = (level: number) => new Map<number, IndicatorEntry>(framework.indicators.map((x) => [x.id, { level }]));

  it('all levels 2 -> 2.06 takes 2 steps of 3 % (0.06): layanan publik first', () => {
    const entries = uniform(2);
    const result = plan(framework, entries, score(framework, entries), parseRational('2.06')!, { maxStep: 1, basis: 'exact' });
    expect(result.steps.map((s) => [s.indicator.id, Number(s.from.num), s.to])).toEqual([[42, 2, 3], [43, 2, 3]]);
    expect(result.projected.index).toEqual(parseRational('2.06'));
  });

  it('all levels 2 -> Baik (2.60) takes the 20 heaviest steps (16 of 2.75-3 %, 4 of 2.5 %)', () => {
    const entries = uniform(2);
    const result = plan(framework, entries, score(framework, entries), parseRational('2.6')!, { maxStep: 1, basis: 'exact' }, 'Baik');
    // 6 × 3 + 10 × 2.75 = 45.5; 60 − 45.5 = 14.5 needs 6 steps of 2.5 (15): 22 steps in all.
    expect(result.steps).toHaveLength(22);
    expect(result.projected.predicate).toBe('Baik');
    expect(result.projected.index).toEqual(parseRational('2.605'));
  });

  it('the rounded basis needs less: 2.595 rounds to 2.60', () => {
    const entries = uniform(2);
    // 2.00 + 0.03 + 0.03 = 2.06 on exact; on the rounded basis a target of 2.055 is reached by 2.055.
    const exact = plan(framework, entries, score(framework, entries), parseRational('2.045')!, { maxStep: 1, basis: 'exact' });
    const rounded = plan(framework, entries, score(framework, entries), parseRational('2.045')!, { maxStep: 1, basis: 'rounded' });
    expect(exact.steps).toHaveLength(2);
    expect(rounded.steps.map((s) => s.indicator.id)).toEqual([42, 43]);
    const atEdge = plan(framework, entries, score(framework, entries), parseRational('2.03')!, { maxStep: 1, basis: 'rounded' });
    expect(atEdge.steps.map((s) => s.indicator.id)).toEqual([42]);
  });

  it('an unreachable target says so and projects the best reachable result', () => {
    const entries = uniform(1);
    const result = plan(framework, entries, score(framework, entries), parseRational('4.2')!, { maxStep: 1, basis: 'exact' }, 'Memuaskan');
    expect(result.reachable).toBe(false);
    expect(result.steps).toHaveLength(47);
    expect(result.projected.index).toEqual(rational(2));
  });

  it('--only and --exclude restrict the indicators used; effort changes the choice', () => {
    const entries = uniform(3);
    const only = plan(framework, entries, score(framework, entries), parseRational('3.05')!, { maxStep: 1, basis: 'exact', only: { aspects: [], domains: [3] } });
    expect(only.steps.every((s) => s.indicator.domainId === 3)).toBe(true);
    expect(only.steps).toHaveLength(4); // 4 × 1.5 % = 0.06 >= 0.05
    const excluded = plan(framework, entries, score(framework, entries), parseRational('3.03')!, { maxStep: 1, basis: 'exact', exclude: [42, 43, 44, 45, 46, 47] });
    expect(excluded.steps.map((s) => s.indicator.id)).toEqual([32, 33]);
    const costly = new Map([42, 43, 44, 45, 46, 47].map((id) => [id, rational(10)]));
    const cheap = plan(framework, entries, score(framework, entries), parseRational('3.03')!, { maxStep: 1, basis: 'exact', effort: costly });
    expect(cheap.objective).toBe('effort');
    expect(cheap.steps.map((s) => s.indicator.id)).toEqual([32, 33]);
    expect(cheap.totalEffort).toEqual(rational(2));
  });
});

describe('plan on fractional values', () => {
  const VALUES = ['1', '1.26', '7/6', '2.5', '4.99', '3', '1.5', '13/3', '5'];
  it('agrees with brute force: the first step of a value goes to the next whole level', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WEIGHT_SETS),
        fc.array(fc.constantFrom(...VALUES), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 100, max: 500 }),
        fc.constantFrom<PredicateBasis>('exact', 'rounded'),
        (weightTexts, valueTexts, maxStep, targetHundredths, basis) => {
          const framework = smallFramework(weightTexts, 'fractional');
          const n = framework.indicators.length;
          const values = valueTexts.slice(0, n).map((t) => parseRational(t)!);
          const entries = new Map<number, IndicatorEntry>(values.map((v, i) => [i + 1, v.den === 1n ? { level: Number(v.num) } : { level: Number(v.num / v.den), value: v }]));
          const current = score(framework, entries, basis);
          const target = rational(targetHundredths, 100);
          const result = plan(framework, entries, current, target, { maxStep, basis });
          const expected = bruteForce(values, framework.indicators.map((x) => x.weight), values.map(() => rational(1)), maxStep, target, basis);
          expect(result.reachable).toBe(expected !== undefined);
          if (expected === undefined) return;
          expect(result.steps.reduce((acc, s) => acc + s.levels, 0)).toBe(expected.steps);
          expect(reaches(result.projected.index, target, basis)).toBe(true);
          for (const s of result.steps) expect(compare(s.from, values[s.indicator.id - 1]!)).toBe(0);
        },
      ),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it('the 2026 example: 1.30 → 2 on indicator 20 gains exactly 15 % × 0.70', () => {
    const framework = getBuiltInFramework('permenpanrb-8-2026')!;
    const values: Record<number, string> = { 20: '1.30' };
    const entries = new Map<number, IndicatorEntry>(framework.indicators.map((x) => {
      const v = parseRational(values[x.id] ?? '1')!;
      return [x.id, v.den === 1n ? { level: Number(v.num) } : { level: Number(v.num / v.den), value: v }];
    }));
    const current = score(framework, entries, 'exact');
    const result = plan(framework, entries, current, rational(110, 100), { maxStep: 1, basis: 'exact', only: { aspects: [7], domains: [] }, exclude: [19] });
    expect(result.steps.map((s) => [s.indicator.id, s.levels, s.to])).toEqual([[20, 1, 2]]);
    expect(result.steps[0]!.gain).toEqual(rational(105, 1000));
  });

  it('refuses, without allocating, a table that values with huge denominators would make', () => {
    const framework = smallFramework(['25', '25', '25', '25'], 'fractional');
    const odd = ['1.0000001', '1.0000003', '1.0000007', '1.0000009'].map((t) => parseRational(t)!);
    const entries = new Map<number, IndicatorEntry>(odd.map((v, i) => [i + 1, { level: 1, value: v }]));
    const current = score(framework, entries, 'exact');
    const result = plan(framework, entries, current, rational(4), { maxStep: 4, basis: 'exact' });
    expect([result.tooLarge, result.reachable, result.steps]).toEqual([true, false, []]);
  });
});

describe('plan stays exact and bounded (#11 category 10)', () => {
  const framework = getBuiltInFramework('permenpanrb-59-2020')!;
  const ones = new Map<number, IndicatorEntry>(framework.indicators.map((x) => [x.id, { level: 1 }]));
  const current = score(framework, ones);

  it('efforts differing only in the 20th decimal: the cheaper one is chosen', () => {
    const nearlyOne = parseRational('1.00000000000000000001')!;
    const effort = new Map([42, 43, 44, 45, 46].map((id) => [id, nearlyOne]));
    effort.set(47, rational(1));
    const result = plan(framework, ones, current, parseRational('1.03')!, { maxStep: 1, basis: 'exact', effort, defaultEffort: rational(5) });
    expect(result.steps.map((s) => s.indicator.id)).toEqual([47]);
    expect(result.totalEffort).toEqual(rational(1));
  });

  it('an effort of 10^308 is planned exactly (sums past 2^53 use bigints)', () => {
    const huge = rational(10n ** 308n);
    const result = plan(framework, ones, current, parseRational('1.06')!, { maxStep: 1, basis: 'exact', effort: new Map([[47, rational(1)]]), defaultEffort: huge });
    expect(result.steps.map((s) => s.indicator.id)).toEqual([42, 47]);
    expect(result.totalEffort).toEqual(add(huge, rational(1)));
  });

  it('fraction weights too fine for a table are refused, never allocated; a report says why there is none', () => {
    // Weights with coprime denominators: the common unit is their product, ~10^14 units per percent.
    const primes = [101, 103, 107, 109, 113, 127, 131];
    const weights = primes.map((p) => `1/${p}`);
    const rest = primes.reduce((acc, p) => add(acc, rational(-1, p)), rational(100));
    const fine = smallFramework([...weights, `${rest.num}/${rest.den}`]);
    const entries = new Map<number, IndicatorEntry>(fine.indicators.map((x) => [x.id, { level: 1 }]));
    const now = score(fine, entries);
    expect(plan(fine, entries, now, rational(2), { maxStep: 1, basis: 'exact' })).toMatchObject({ tooLarge: true, reachable: false, steps: [] });
    const twos = new Map<number, IndicatorEntry>(fine.indicators.map((x) => [x.id, { level: 2 }]));
    expect(planToNextPredicate(score(fine, twos), twos)?.plan.tooLarge).toBe(true); // Mid (2.5) is in reach: the table is needed, and reports say why there is no plan
  });
});

