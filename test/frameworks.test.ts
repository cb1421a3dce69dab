/**
 * Framework versions: 5/2018 with per-service scoring, 8/2026 and the default by year. Custom files,
 * browsing and comparisons across versions through the CLI are cases in test/cli.cases.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { toExactString, toFixed } from '../src/core/rational.js';
import { frameworkForYear, getBuiltInFramework } from '../src/core/registry.js';
import { evaluateSource } from '../src/io/evaluate.js';
import { assessmentYaml, uniformLevels } from './helpers/assessments.js';

/** A 5/2018 assessment: levels for 1-34 and the service levels of 35. */
function assessment2018(levels: (id: number) => number, services: unknown, year = 2018) {
  const indicators: Record<number, unknown> = {};
  for (let id = 1; id <= 34; id++) indicators[id] = levels(id);
  indicators[35] = services;
  return assessmentYaml({ year, agency: 'Kota 2018', indicators });
}

describe('PermenPANRB 5/2018', () => {
  const f = getBuiltInFramework('permenpanrb-5-2018')!;

  it('has 3 domains, 7 aspects, 35 indicators and the Denpasar weights', () => {
    expect(f.status).toBe('provisional');
    expect(f.domains.map((d) => toExactString(d.weight))).toEqual(['17', '28', '55']);
    expect(f.aspects.map((a) => toExactString(a.weight))).toEqual(['7', '10', '8', '8', '12', '35', '20']);
    expect(f.aspects.map((a) => a.indicators.length)).toEqual([7, 10, 2, 2, 3, 7, 4]);
    expect(toExactString(f.indicatorById.get(32)!.weight)).toBe('10/3');
    expect(f.indicatorById.get(35)).toMatchObject({ services: 3 });
    expect(toExactString(f.indicatorById.get(35)!.weight)).toBe('10');
    expect(f.scale).toEqual({ min: 0, max: 5, fractional: false });
  });

  it("reproduces Kota Denpasar's 2018 result to the digit (2.06 / 2.29 / 3.00, index 2.64), indicator 35 scored for three services", async () => {
    // Stored in the Denpasar monitoring application: domains 2.06, 2.29, 3.00 and index 2.64.
    // Levels reconstructed from the integer sums those values imply: K 35/17, T 16/7, L (5·21 + 20/6·18)/55.
    const k = [3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]; // 35
    const t = [3, 2, 2, 2, 3, 2, 2]; // 16
    const levels = (id: number) => (id <= 17 ? k[id - 1]! : id <= 24 ? t[id - 18]! : 3);
    const result = await evaluateSource({ file: 'denpasar-2018.yaml', text: assessment2018(levels, { services: [{ name: 'Perizinan', level: 2 }, { name: 'Kesehatan', level: 3 }, { name: 'Kependudukan', level: 4 }] }) });
    expect(result.findings).toEqual([]);
    expect(result.score!.framework.id).toBe('permenpanrb-5-2018');
    expect(result.score!.domains.map((d) => toFixed(d.index))).toEqual(['2.06', '2.29', '3.00']);
    expect(toExactString(result.score!.index)).toBe('2.64');
    expect(result.score!.predicate).toBe('Baik');
  });

  it('scores indicator 35 per service: each service weighs 20/6 %', async () => {
    const one = await evaluateSource({ file: 'a.yaml', text: assessment2018(() => 0, [5, 0, 0]) });
    expect(toExactString(one.score!.index)).toBe(toExactString({ num: 1n, den: 6n })); // 5 × 20/6 % = 1/6
    const short = await evaluateSource({ file: 'b.yaml', text: assessment2018(() => 0, [1, 3, 3]) });
    expect(toExactString(short.score!.index)).toBe('7/30'); // (1 + 3 + 3) × 20/6 % = 7/30
    expect(short.findings).toEqual([]);
  });

  it('accepts level 0, rejects too many services and services where a framework has none', async () => {
    expect((await evaluateSource({ file: 'z.yaml', text: assessment2018(() => 0, 0) })).valid).toBe(true);
    const many = await evaluateSource({ file: 'm.yaml', text: assessment2018(() => 1, [1, 2, 3, 4]) });
    expect(many.findings.map((x) => [x.code, x.pointer])).toEqual([['TOO_MANY_SERVICES', '/indicators/35']]);
    const wrong = await evaluateSource({ file: 'w.yaml', text: assessmentYaml({ indicators: { ...uniformLevels(3), 45: [3, 4] } }) });
    expect(wrong.findings.map((x) => [x.code, x.line, x.column])).toEqual([['SERVICES_NOT_ALLOWED', 48, 3]]);
  });
});

describe('PermenPANRB 8/2026', () => {
  const f = getBuiltInFramework('permenpanrb-8-2026')!;

  it('has 7 aspects and 20 indicators with their weights and its own predikat bands', () => {
    expect(f.aspects.map((a) => toExactString(a.weight))).toEqual(['10', '10', '15', '15', '10', '15', '25']);
    expect(f.indicators).toHaveLength(20);
    expect(f.predicates.map((p) => [p.name, toExactString(p.min)])).toEqual([['Memuaskan', '4'], ['Sangat Baik', '3.5'], ['Baik', '2.5'], ['Cukup', '1.5'], ['Kurang', '0']]);
    expect(Object.values(f.indicatorById.get(1)!.levelNames)).toEqual(['Merintis', 'Membangun', 'Berkembang', 'Melembaga', 'Unggul']);
  });

  it('is the default from 2026; 4.00 is Memuaskan there and Sangat Baik under 59/2020', async () => {
    const text = assessmentYaml({ year: 2026, indicators: uniformLevels(4, 20) });
    const result = await evaluateSource({ file: 'x.yaml', text });
    expect(result.score).toMatchObject({ framework: { id: 'permenpanrb-8-2026' }, predicate: 'Memuaskan' });
    const older = await evaluateSource({ file: 'y.yaml', text: assessmentYaml({ indicators: uniformLevels(4) }) });
    expect(older.score!.predicate).toBe('Sangat Baik');
  });
});

describe('default framework by year', () => {
  it.each([
    [2018, 'permenpanrb-5-2018'],
    [2020, 'permenpanrb-5-2018'],
    [2021, 'permenpanrb-59-2020'],
    [2025, 'permenpanrb-59-2020'],
    [2026, 'permenpanrb-8-2026'],
    [2030, 'permenpanrb-8-2026'],
  ])('%i -> %s', (year, id) => {
    expect(frameworkForYear(year)).toMatchObject({ kind: 'exact', framework: { id } });
  });
  it('no framework before 2018', () => {
    expect(frameworkForYear(2017)).toEqual({ kind: 'none' });
  });
});
