/**
 * The HTML report's embedded scorer (createScorer, whose source the page runs) against core/score.ts
 * on random levels and 8/2026 values: the same exact aspects, domains and index (as reduced
 * fractions), the same predikat on both bases, and the same half-up hundredths as toFixed. The page
 * itself is tested in Chromium (test/report.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atValue, type IndicatorEntry } from '../src/core/assessment.js';
import { parseRational, rational, toFixed, type Rational } from '../src/core/rational.js';
import { getBuiltInFramework } from '../src/core/registry.js';
import type { ScoredResult } from '../src/core/result.js';
import { score, type PredicateBasis } from '../src/core/score.js';
import { createScorer, whatIfData } from '../src/format/html/what-if.js';

const reduced = (q: Rational) => `${q.num}/${q.den}`;

function scorerFor(id: string, values: Rational[], basis: PredicateBasis) {
  const framework = getBuiltInFramework(id)!;
  const entries = new Map<number, IndicatorEntry>(framework.indicators.map((x, i) => [x.id, atValue({}, values[i % values.length]!)]));
  const result = { score: score(framework, entries, basis), assessment: { indicators: entries } } as unknown as ScoredResult;
  // Through JSON, as the page reads it.
  return { framework, result, scorer: createScorer(JSON.parse(JSON.stringify(whatIfData(result)))) };
}

/** A value text as a reader types it, and its exact value. */
const wholeLevel = fc.integer({ min: 1, max: 5 }).map((n) => [String(n), rational(n)] as const);
const pemdiValue = fc.oneof(
  wholeLevel,
  fc.integer({ min: 100, max: 500 }).map((n) => [`${Math.floor(n / 100)}${n % 2 ? ',' : '.'}${String(n % 100).padStart(2, '0')}`, rational(n, 100)] as const),
  fc.integer({ min: 6, max: 30 }).map((n) => [`${n}/6`, rational(n, 6)] as const),
);

describe('the report\'s what-if scorer agrees with core/score.ts', () => {
  for (const [id, value] of [['permenpanrb-59-2020', wholeLevel], ['permenpanrb-5-2018', wholeLevel], ['permenpanrb-8-2026', pemdiValue]] as const) {
    it(`${id}: random values typed as text, on both predikat bases`, () => {
      const size = getBuiltInFramework(id)!.indicators.length;
      fc.assert(
        fc.property(fc.array(value, { minLength: size, maxLength: size }), fc.constantFrom<PredicateBasis>('exact', 'rounded'), (typed, basis) => {
          const { framework, scorer } = scorerFor(id, [rational(1)], basis);
          const values = new Map(framework.indicators.map((x, i) => [x.id, scorer.parse(typed[i]![0])!]));
          for (const [i, x] of framework.indicators.entries()) expect(reduced(values.get(x.id)!), typed[i]![0]).toBe(reduced(typed[i]![1]));
          const page = scorer.score(values);
          const core = score(framework, new Map(framework.indicators.map((x, i) => [x.id, atValue({}, typed[i]![1])])), basis);
          expect(reduced(page.index)).toBe(reduced(core.index));
          expect(page.predicate).toBe(core.predicate);
          expect(scorer.fixed2(page.index)).toBe(toFixed(core.index));
          expect(page.aspects.map((a) => reduced(a.index))).toEqual(core.aspects.map((a) => reduced(a.index)));
          expect(page.domains.map((d) => reduced(d.index))).toEqual(core.domains.map((d) => reduced(d.index)));
        }),
        { numRuns: 60 },
      );
    });
  }

  it('starts from the file\'s exact values, including 7/6', () => {
    const values = [rational(7, 6), parseRational('1.26')!, rational(2)];
    const { result, scorer } = scorerFor('permenpanrb-8-2026', values, 'exact');
    expect(reduced(scorer.score(scorer.initial).index)).toBe(reduced(result.score.index));
  });

  it('reads only values on the scale, whole ones where the framework takes no fraction', () => {
    const whole = scorerFor('permenpanrb-59-2020', [rational(3)], 'exact').scorer;
    expect(['1', ' 5 ', '4'].map((t) => whole.parse(t) && reduced(whole.parse(t)!))).toEqual(['1/1', '5/1', '4/1']);
    for (const bad of ['0', '6', '2.5', '5/2', '', 'x', '-1', '1e1', '3/0']) expect(whole.parse(bad), bad).toBeNull();
    const pemdi = scorerFor('permenpanrb-8-2026', [rational(3)], 'exact').scorer;
    expect(['1,26', '7/6', '5', '4.999999'].map((t) => reduced(pemdi.parse(t)!))).toEqual(['63/50', '7/6', '5/1', '4999999/1000000']);
    for (const bad of ['0.99', '5.01', '31/6', '1.2.3', '1.2345678']) expect(pemdi.parse(bad), bad).toBeNull();
  });

  it('rounds half-up at the exact value: 2.745 is 2.75, 2.7449 is 2.74', () => {
    const { scorer } = scorerFor('permenpanrb-59-2020', [rational(3)], 'exact');
    expect(scorer.fixed2(parseRational('2.745')!)).toBe('2.75');
    expect(scorer.fixed2(parseRational('2.7449')!)).toBe('2.74');
    expect(scorer.fixed2(rational(83, 30))).toBe(toFixed(rational(83, 30)));
  });
});
