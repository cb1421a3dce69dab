/** Framework versions: 5/2018 with per-service scoring, 8/2026, custom files, browsing, and honest comparisons across versions. */
import { describe, expect, it } from 'vitest';
import { toExactString, toFixed } from '../src/core/rational.js';
import { frameworkForYear, getBuiltInFramework } from '../src/core/registry.js';
import { evaluateSource } from '../src/io/evaluate.js';
import { run } from './helpers/cli.js';
import { assessmentYaml, uniformLevels } from './helpers/assessments.js';
import { tempTree } from './helpers/files.js';

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
    expect(f.scale).toEqual({ min: 0, max: 5 });
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

  it('shows its aspects in the table, and a one-line provisional notice per run', async () => {
    const cwd = tempTree({ 'a.yaml': assessmentYaml({ year: 2026, indicators: uniformLevels(3, 20) }), 'b.yaml': assessmentYaml({ year: 2027, indicators: uniformLevels(2, 20) }) });
    const one = await run(['score', 'a.yaml', '-f', 'table'], { cwd });
    expect(one.stdout).toContain('aspek 7 Kepuasan Pengguna Layanan Digital Pemerintah');
    const both = await run(['score', '.', '-f', 'text'], { cwd });
    expect(both.stderr).toBe('spbe: notice: permenpanrb-8-2026 is provisional: some of its facts come from secondary sources (spbe framework show permenpanrb-8-2026)\n');
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

describe('custom frameworks (--framework FILE)', () => {
  const custom = `id: pemda-internal
title: Internal variant
status: provisional
source: {regulation: Peraturan Bupati Contoh 1/2026}
scale: {min: 1, max: 4}
predicates: [{name: Tinggi, min: 3}, {name: Rendah, min: 0}]
domains:
  - id: 1
    name: Semua
    weight: 100
    aspects:
      - id: 1
        name: Satu
        weight: 100
        indicators:
          - {id: 1, name: A, weight: equal}
          - {id: 2, name: B, weight: equal}
          - {id: 3, name: C, weight: 100/3}
`;

  it('scores with a custom definition, with equal and fractional weights', async () => {
    const cwd = tempTree({ 'fw.yaml': custom, 'x.yaml': assessmentYaml({ indicators: { 1: 4, 2: 2, 3: 3 } }) });
    const { code, stdout } = await run(['score', 'x.yaml', '--framework', './fw.yaml', '-f', 'json'], { cwd });
    expect(code).toBe(0);
    const result = JSON.parse(stdout).results[0];
    expect(result).toMatchObject({ framework: { id: 'pemda-internal', status: 'provisional' }, exactIndex: '3', predicate: 'Tinggi' });
    expect(result.indicators.map((x: { weight: number }) => x.weight)).toEqual([100 / 3, 100 / 3, 100 / 3]);
  });

  it('reports a bad definition with positions, exit 2', async () => {
    const broken = custom.replace('weight: 100/3', 'weight: 30').replace('status: provisional', 'status: draft');
    const cwd = tempTree({ 'fw.yaml': broken, 'x.yaml': assessmentYaml({ indicators: { 1: 4 } }) });
    const schema = await run(['score', 'x.yaml', '--framework', 'fw.yaml'], { cwd });
    expect(schema).toEqual({ code: 2, stdout: '', stderr: 'spbe: error: invalid framework file:\nfw.yaml:3:9: status must be one of: official, provisional\n' });
    const overweight = custom.replace('{id: 1, name: A, weight: equal}', '{id: 1, name: A, weight: 40}').replace('{id: 2, name: B, weight: equal}', '{id: 2, name: B, weight: 40}').replace('weight: 100/3', 'weight: 30.5');
    const sums = await run(['framework', 'show', 'fw.yaml'], { cwd: tempTree({ 'fw.yaml': overweight }) });
    expect(sums.stderr).toBe('spbe: error: invalid framework file:\nfw.yaml:16:11: indicator weights of aspect 1 add up to 110.5, not 100\n');
    const weight = await run(['framework', 'show', 'fw.yaml'], { cwd: tempTree({ 'fw.yaml': custom.replace('weight: 100/3', 'weight: abc') }) });
    expect(weight.stderr).toBe('spbe: error: invalid framework file:\nfw.yaml:18:38: domains.0.aspects.0.indicators.2.weight must be a positive decimal, a fraction such as "20/6", or "equal"\n');
    expect((await run(['framework', 'show', 'nope'])).stderr).toContain('spbe: error: unknown framework "nope"');
  });
});

describe('browsing', () => {
  it('spbe frameworks lists the built-ins', async () => {
    const { code, stdout } = await run(['frameworks']);
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot('__snapshots__/frameworks.txt');
    const json = JSON.parse((await run(['frameworks', '-f', 'json'])).stdout);
    expect(json.map((f: { id: string; indicators: number; status: string }) => [f.id, f.indicators, f.status])).toEqual([
      ['permenpanrb-5-2018', 35, 'provisional'],
      ['permenpanrb-59-2020', 47, 'official'],
      ['permenpanrb-8-2026', 20, 'provisional'],
    ]);
  });

  it('spbe framework show prints domains, aspects, indicators, weights and level names', async () => {
    const table = await run(['framework', 'show', 'permenpanrb-59-2020']);
    expect(table.stdout).toMatch(/│ 32 │ +Tingkat Kematangan Layanan Perencanaan +│ +2\.75% │ Informasi, Interaksi, Transaksi, Kolaborasi, Optimum +│/);
    expect(table.stdout).toContain('predikat    Memuaskan >= 4.2 · Sangat Baik 3.5 – < 4.2');
    const json = JSON.parse((await run(['framework', 'show', 'permenpanrb-5-2018', '-f', 'json'])).stdout);
    expect(json.domains[2].aspects[1].indicators[3]).toEqual({ id: 35, name: 'Layanan Publik Instansi Pemerintah', weight: '10', services: 3, levelNames: {} });
    const markdown = (await run(['framework', 'show', 'permenpanrb-8-2026', '-f', 'markdown'])).stdout;
    expect(markdown).toContain('| 20 | Pengelolaan Kepuasan Pengguna | 15 % |');
  });
});

describe('year over year across framework versions', () => {
  it('Kota Banjarbaru 2019 -> 2021: the raw drop and how much of it the new indicators explain', async () => {
    const { code, stdout, stderr } = await run(['score', 'examples/kota-banjarbaru-2021.yaml', '-f', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const { comparison } = JSON.parse(stdout).results[0];
    expect(comparison).toMatchObject({ previous: { year: 2019, framework: 'permenpanrb-5-2018', index: 2.77, predicate: 'Baik' }, likeForLike: false, delta: { index: -0.66 }, predicateChange: 'down' });
    expect(comparison.delta.domains).toBeUndefined();
    expect(comparison.decomposition).toEqual({
      method: 'levels',
      precision: 'exact',
      fromFramework: 'permenpanrb-5-2018',
      toFramework: 'permenpanrb-59-2020',
      sharedIndicators: 25,
      addedIndicators: 22,
      droppedIndicators: 15,
      change: -0.66,
      likeForLikeChange: -0.09,
      addedIndicatorsEffect: -0.71,
      droppedIndicatorsEffect: 0.14,
      sharedAndDroppedEffect: null,
      exact: { change: '-199/300', likeForLikeChange: expect.any(String), addedIndicatorsEffect: expect.any(String), droppedIndicatorsEffect: expect.any(String), sharedAndDroppedEffect: null },
    });
    expect(comparison.explanation).toContain('-0.71 comes from the 22 indicators new in permenpanrb-59-2020 (the Manajemen SPBE domain among them)');
  });

  it('with only the published 2019 index: the new indicators part, at stated lower precision', async () => {
    const text = readExample('kota-banjarbaru-2021.yaml').replace('previous: ./kota-banjarbaru-2019.yaml', 'previous: {year: 2019, framework: permenpanrb-5-2018, index: 2.77}');
    const { stdout } = await run(['score', '-', '--stdin-filepath', 'k.yaml', '-f', 'table'], { stdin: text });
    expect(stdout).toContain('the index changed by -0.66: -0.71 comes from the 22 indicators new in permenpanrb-59-2020 (the Manajemen SPBE domain among them); the other +0.05 mixes like-for-like change');
    expect(stdout).toContain('lower precision');
  });

  it('59/2020 -> 8/2026 has no crosswalk: a plain not-like-for-like notice', async () => {
    const cwd = tempTree({ '2026.yaml': assessmentYaml({ year: 2026, agency: { name: 'X', id: 'x' }, indicators: uniformLevels(3, 20) }), '2025.yaml': assessmentYaml({ year: 2025, agency: { name: 'X', id: 'x' }, indicators: uniformLevels(3) }) });
    const json = JSON.parse((await run(['score', '.', '-f', 'json'], { cwd })).stdout);
    const later = json.results.find((r: { year: number }) => r.year === 2026);
    expect(later.comparison).toMatchObject({ likeForLike: false, delta: { index: 0 } });
    expect(later.comparison.decomposition).toBeUndefined();
    expect(later.comparison.explanation).toBe('2025 was scored under permenpanrb-59-2020 and 2026 under permenpanrb-8-2026: the index is not like-for-like, so its change mixes real progress with the change of framework.');
  });
});

import { readFileSync } from 'node:fs';
import { ROOT } from './helpers/cli.js';
function readExample(name: string): string {
  return readFileSync(`${ROOT}/examples/${name}`, 'utf8');
}
