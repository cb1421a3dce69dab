import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileFramework, FrameworkDefinitionError, type FrameworkDefinition } from '../src/core/framework.js';
import { rational, sum, toExactString } from '../src/core/rational.js';
import { builtInFrameworkIds, builtInFrameworks, frameworkForYear, getBuiltInFramework } from '../src/core/registry.js';
import { validateFramework } from '../src/generated/validate-framework.js';
import { findingMessage } from '../src/index.js';

const definitionOf = (id: string): FrameworkDefinition => parse(readFileSync(new URL(`../src/frameworks/${id}.yaml`, import.meta.url), 'utf8'));

describe('built-in frameworks', () => {
  it.each(builtInFrameworkIds())('%s validates against schemas/framework.schema.json', (id) => {
    expect(validateFramework(definitionOf(id))).toBe(true);
  });

  it.each(builtInFrameworkIds())('%s: weights add up exactly at every level', (id) => {
    const framework = getBuiltInFramework(id)!;
    for (const aspect of framework.aspects) {
      expect(toExactString(sum(aspect.indicators.map((x) => x.weight)))).toBe(toExactString(aspect.weight));
    }
    for (const domain of framework.domains) {
      expect(toExactString(sum(domain.aspects.map((a) => a.weight)))).toBe(toExactString(domain.weight));
    }
    // A framework without domains (8/2026) has its aspects as the top groups.
    expect(sum((framework.domains.length > 0 ? framework.domains : framework.aspects).map((g) => g.weight))).toEqual(rational(100));
  });

  it('PermenPANRB 59/2020 has the regulation\'s structure, weights and level names', () => {
    const f = getBuiltInFramework('permenpanrb-59-2020')!;
    expect(f.status).toBe('official');
    expect(f.source.regulation).toMatch(/Nomor 59 Tahun 2020/);
    expect(f.domains.map((d) => toExactString(d.weight))).toEqual(['13', '25', '16.5', '45.5']);
    expect(f.aspects.map((a) => toExactString(a.weight))).toEqual(['13', '10', '10', '5', '12', '4.5', '27.5', '18']);
    expect(f.aspects.map((a) => a.indicators.length)).toEqual([10, 4, 4, 2, 8, 3, 10, 6]);
    expect(f.indicators).toHaveLength(47);
    expect(f.indicators.map((x) => x.id)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    const weightOf = (id: number) => toExactString(f.indicatorById.get(id)!.weight);
    expect([weightOf(1), weightOf(11), weightOf(21), weightOf(32), weightOf(42)]).toEqual(['1.3', '2.5', '1.5', '2.75', '3']);
    expect(Object.values(f.indicatorById.get(31)!.levelNames)).toEqual(['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum']);
    expect(Object.values(f.indicatorById.get(32)!.levelNames)).toEqual(['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimum']);
    expect(f.predicates.map((p) => [p.name, toExactString(p.min)])).toEqual([
      ['Memuaskan', '4.2'],
      ['Sangat Baik', '3.5'],
      ['Baik', '2.6'],
      ['Cukup', '1.8'],
      ['Kurang', '0'],
    ]);
    expect(f.unitsPerPercent).toBe(20n); // lcm of 10 (1.30 %) and 4 (2.75 %)
    expect(f.indicatorById.get(32)!.units).toBe(55n);
  });

  it('chooses the framework by year', () => {
    expect(frameworkForYear(2021)).toMatchObject({ kind: 'exact', framework: { id: 'permenpanrb-59-2020' } });
    expect(frameworkForYear(2025)).toMatchObject({ kind: 'exact', framework: { id: 'permenpanrb-59-2020' } });
    expect(builtInFrameworks().length).toBe(builtInFrameworkIds().length);
  });
});

describe('compileFramework rejects incoherent definitions', () => {
  const base = () => structuredClone(definitionOf('permenpanrb-59-2020'));

  it('weights that do not add up, with a pointer to where', () => {
    const definition = base();
    definition.domains![0]!.aspects[0]!.indicators[0]!.weight = 1.31;
    const error = (() => {
      try {
        compileFramework(definition);
      } catch (e) {
        return e as FrameworkDefinitionError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(FrameworkDefinitionError);
    expect(error!.problems.map((p) => ({ code: p.code, pointer: p.pointer, message: findingMessage(p) }))).toEqual([{ code: 'FRAMEWORK_WEIGHT_SUM', pointer: '/domains/0/aspects/0/indicators', message: 'indicator weights of aspect 1 add up to 13.01, not 13' }]);
  });

  it('duplicate ids, unknown level names, unordered predicates, bad weights', () => {
    const definition = base();
    definition.domains![1]!.aspects[0]!.indicators[0]!.id = 1;
    definition.domains![0]!.aspects[0]!.levelNames = 'nonexistent';
    definition.predicates.reverse();
    definition.domains![3]!.weight = 'x';
    try {
      compileFramework(definition);
      expect.unreachable();
    } catch (e) {
      const messages = (e as FrameworkDefinitionError).problems.map((p) => findingMessage(p));
      expect(messages).toContain('indicator id 1 appears more than once');
      expect(messages).toContain('level names "nonexistent" are not defined in /scale/levelNames');
      expect(messages).toContain('bands must be listed from the highest min to the lowest');
      expect(messages).toContain('weight "x" is not a positive decimal or fraction');
    }
  });

  it('"equal" and fractional weights split a parent exactly', () => {
    const definition = base();
    for (const x of definition.domains![3]!.aspects[1]!.indicators) x.weight = 'equal';
    definition.domains![3]!.aspects[0]!.indicators.forEach((x, i) => (x.weight = i < 9 ? '2.75' : '11/4'));
    const framework = compileFramework(definition);
    expect(toExactString(framework.indicatorById.get(42)!.weight)).toBe('3');
    expect(toExactString(framework.indicatorById.get(41)!.weight)).toBe('2.75');
  });
});
