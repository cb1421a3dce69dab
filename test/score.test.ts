/**
 * Published KemenPANRB results. KemenPANRB publishes domain values and the index, not indicator
 * levels, so each vector's levels are reconstructed from the integer level sums its published
 * domains imply (K×10, T×10, M×11 and L = 2.75a + 3p over 45.5); the computed domains, index and
 * predikat must then equal the published ones to the digit.
 */
import { describe, expect, it } from 'vitest';
import { parseRational, rational, toExactString, toFixed } from '../src/core/rational.js';
import { getBuiltInFramework } from '../src/core/registry.js';
import { predicateOf, score, type PredicateBasis } from '../src/core/score.js';
import { evaluateSource } from '../src/io/evaluate.js';
import { assessmentYaml, levelsFromSums, type LevelSums } from './helpers/assessments.js';
import { indexFromDomains } from './helpers/regulation.js';

interface Vector {
  agency: string;
  year: number;
  sums: LevelSums;
  domains: [string, string, string, string];
  index: string;
  exact: string;
  predicate: string;
  basis: PredicateBasis;
}

// Sources: KemenPANRB Laporan Evaluasi SPBE 2023 and Laporan Pelaksanaan Evaluasi SPBE 2024 (per-agency tables).
const VECTORS: Vector[] = [
  { agency: 'Kota Subulussalam', year: 2023, sums: { k: 30, t: 11, m: 11, a: 30, p: 15 }, domains: ['3.00', '1.10', '1.00', '2.80'], index: '2.11', exact: '2.105', predicate: 'Cukup', basis: 'rounded' },
  { agency: 'Badan Pangan Nasional', year: 2023, sums: { k: 21, t: 27, m: 15, a: 35, p: 21 }, domains: ['2.10', '2.70', '1.36', '3.50'], index: '2.77', exact: '2.7655', predicate: 'Baik', basis: 'rounded' },
  { agency: 'Kab. Boven Digoel', year: 2023, sums: { k: 19, t: 16, m: 11, a: 25, p: 10 }, domains: ['1.90', '1.60', '1.00', '2.17'], index: '1.80', exact: '1.7995', predicate: 'Cukup', basis: 'rounded' },
  { agency: 'Kab. Pacitan', year: 2024, sums: { k: 47, t: 30, m: 23, a: 39, p: 24 }, domains: ['4.70', '3.00', '2.09', '3.94'], index: '3.50', exact: '3.4985', predicate: 'Baik', basis: 'exact' },
  { agency: 'Kab. Luwu', year: 2024, sums: { k: 12, t: 21, m: 14, a: 37, p: 23 }, domains: ['1.20', '2.10', '1.27', '3.75'], index: '2.60', exact: '2.5985', predicate: 'Cukup', basis: 'exact' },
  { agency: 'Kota Banjarbaru', year: 2024, sums: { k: 29, t: 21, m: 17, a: 37, p: 19 }, domains: ['2.90', '2.10', '1.55', '3.49'], index: '2.74', exact: '2.7445', predicate: 'Baik', basis: 'exact' },
];

const framework = getBuiltInFramework('permenpanrb-59-2020')!;

describe('published KemenPANRB results reproduce to the digit', () => {
  it.each(VECTORS)('$agency $year: $index $predicate', async (v) => {
    const text = assessmentYaml({ year: v.year, agency: v.agency, indicators: levelsFromSums(v.sums) });
    const result = await evaluateSource({ file: 'vector.yaml', text }, { predicateBasis: v.basis });
    expect(result.findings).toEqual([]);
    const s = result.score!;
    expect(s.domains.map((d) => toFixed(d.index, 2))).toEqual(v.domains);
    expect(toFixed(s.index, 2)).toBe(v.index);
    expect(toExactString(s.index)).toBe(v.exact);
    expect(s.predicate).toBe(v.predicate);
  });

  it('Kementerian Kominfo 2024: exact 4.745 is published as 4.75 Memuaskan', () => {
    const levels = levelsFromSums({ k: 50, t: 47, m: 49, a: 50, p: 27 });
    const s = score(framework, new Map(Object.entries(levels).map(([id, level]) => [Number(id), { level }])));
    expect(toExactString(s.index)).toBe('4.745');
    expect(toFixed(s.index, 2)).toBe('4.75');
    expect(s.predicate).toBe('Memuaskan');
  });

  it('the predicate basis decides the boundary cases', () => {
    // Kab. Pacitan 2024: exact 3.4985 shown as 3.50.
    expect(predicateOf(framework, parseRational('3.4985')!, 'exact')).toBe('Baik');
    expect(predicateOf(framework, parseRational('3.4985')!, 'rounded')).toBe('Sangat Baik');
    // Kab. Boven Digoel 2023: exact 1.7995 shown as 1.80 "Cukup" (the 2023 report used the rounded value).
    expect(predicateOf(framework, parseRational('1.7995')!, 'rounded')).toBe('Cukup');
    expect(predicateOf(framework, parseRational('1.7995')!, 'exact')).toBe('Kurang');
  });

  it.each([
    ['5', 'Memuaskan'],
    ['4.2', 'Memuaskan'],
    ['4.1999', 'Sangat Baik'],
    ['3.5', 'Sangat Baik'],
    ['2.6', 'Baik'],
    ['2.5999', 'Cukup'],
    ['1.8', 'Cukup'],
    ['1', 'Kurang'],
  ])('band edges (Tabel 13): %s is %s', (value, predicate) => {
    expect(predicateOf(framework, parseRational(value)!, 'exact')).toBe(predicate);
  });
});

describe("the regulation's worked example (Lampiran I, Tabel 10-12)", () => {
  it('aspect 2 with levels 3, 4, 3, 2 is 3.00; domain 2 is 3.40', () => {
    const levels = levelsFromSums({ k: 37, t: 0, m: 33, a: 30, p: 18 });
    Object.assign(levels, { 11: 3, 12: 4, 13: 3, 14: 2, 15: 4, 16: 4, 17: 4, 18: 4, 19: 3, 20: 3 });
    const s = score(framework, new Map(Object.entries(levels).map(([id, level]) => [Number(id), { level }])));
    expect(toExactString(s.aspects[1]!.index)).toBe('3');
    expect(toExactString(s.aspects[2]!.index)).toBe('4');
    expect(toExactString(s.domains[1]!.index)).toBe('3.4');
  });

  it('domains 3.70 / 3.40 / 3.00 / 3.20 give 328.20 / 100 -> 3.28', () => {
    const domains = new Map([[1, '3.70'], [2, '3.40'], [3, '3.00'], [4, '3.20']].map(([id, v]) => [Number(id), parseRational(v as string)!]));
    const index = indexFromDomains(framework, domains)!;
    expect(toExactString(index)).toBe('3.282');
    expect(toFixed(index, 2)).toBe('3.28');
    expect(indexFromDomains(framework, new Map([[1, rational(3)]]))).toBeUndefined();
  });

  it('the total is rounded from the exact total, never summed from rounded domains', () => {
    // Badan Pangan Nasional 2023: rounded domains give 2.76, the published index is 2.77.
    const fromRounded = indexFromDomains(framework, new Map([[1, '2.10'], [2, '2.70'], [3, '1.36'], [4, '3.50']].map(([id, v]) => [Number(id), parseRational(v as string)!])))!;
    expect(toFixed(fromRounded, 2)).toBe('2.76');
  });

  it('all levels 1 give 1.00 and all levels 5 give 5.00', () => {
    const all = (level: number) => new Map(framework.indicators.map((x) => [x.id, { level }]));
    expect(toExactString(score(framework, all(1)).index)).toBe('1');
    expect(score(framework, all(5)).predicate).toBe('Memuaskan');
    expect(() => score(framework, new Map())).toThrow(/no level for indicator 1/);
  });
});
