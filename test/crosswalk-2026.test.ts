/**
 * From SPBE 2025 (PermenPANRB 59/2020) to the Indeks Pemerintah Digital 2026 (8/2026): the
 * analyst's crosswalk, the decomposition of a change across it, and the projection of a Pemdi
 * baseline from a 2025 file (--project-to). Every expected figure is computed here from the
 * crosswalk file as written and the weights of the two regulations, with a fraction type of this
 * file's own; none is read back from the program.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findCrosswalk } from '../src/core/crosswalk.js';
import { rational, toExactString, toFixed } from '../src/core/rational.js';
import { getBuiltInFramework } from '../src/core/registry.js';
import * as spbe from '../src/index.js';
import { evaluateSource } from '../src/io/evaluate.js';
import { assessmentYaml } from './helpers/assessments.js';
import { run } from './helpers/cli.js';
import { tempTree } from './helpers/files.js';
import { ROOT } from './helpers/root.js';

// ---- A fraction of this test's own ----------------------------------------------------------

type Q = [bigint, bigint];
const g = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : g(b, a % b));
const q = (n: bigint | number, d: bigint | number = 1n): Q => {
  let [x, y] = [BigInt(n), BigInt(d)];
  if (y < 0n) [x, y] = [-x, -y];
  const k = g(x, y) || 1n;
  return [x / k, y / k];
};
/** "1.26", "7/6", 3 */
const read = (v: string | number): Q => {
  const text = String(v);
  if (text.includes('/')) { const [n, d] = text.split('/'); return q(BigInt(n!), BigInt(d!)); }
  const [whole, frac = ''] = text.split('.');
  return q(BigInt(whole! + frac), 10n ** BigInt(frac.length));
};
const plus = (a: Q, b: Q): Q => q(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);
const minus = (a: Q, b: Q): Q => plus(a, [-b[0], b[1]]);
const times = (a: Q, b: Q): Q => q(a[0] * b[0], a[1] * b[1]);
const over = (a: Q, b: Q): Q => q(a[0] * b[1], a[1] * b[0]);
const total = (xs: Q[]): Q => xs.reduce(plus, q(0));
const toRational = ([n, d]: Q) => rational(n, d);
/** As toExactString writes it: a terminating decimal ("2.59", "-0.045"), else "n/d". */
function exact([n, d]: Q): string {
  let rest = d;
  for (const p of [2n, 5n]) while (rest % p === 0n) rest /= p;
  if (rest !== 1n) return `${n}/${d}`;
  let places = 0;
  while ((10n ** BigInt(places)) % d !== 0n) places++;
  const scaled = (n * 10n ** BigInt(places)) / d;
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(places + 1, '0');
  return `${scaled < 0n ? '-' : ''}${places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`}`;
}

// ---- The two regulations' weights (in percent), as the brief and the regulation give them ----

/** PermenPANRB 59/2020 Tabel 3-9: 1-10 1.30, 11-20 2.50, 21-31 1.50, 32-41 2.75, 42-47 3.00. */
const spbeWeight = (id: number): Q => read(id <= 10 ? '1.3' : id <= 20 ? '2.5' : id <= 31 ? '1.5' : id <= 41 ? '2.75' : '3');
/** PermenPANRB 8/2026: 1-4 5; 5 5, 6 3, 7 3, 8 4; 9 4, 10 4, 11 3, 12 4; 13 5, 14 5; 15-17 4, 18 3; 19 10, 20 15. */
const PEMDI_WEIGHTS = [5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15];
const pemdiWeight = (id: number): Q => q(PEMDI_WEIGHTS[id - 1]!);
const PEMDI = Array.from({ length: 20 }, (_, i) => i + 1);
const SPBE = Array.from({ length: 47 }, (_, i) => i + 1);

// ---- The crosswalk as written ---------------------------------------------------------------

const FILE = 'src/frameworks/crosswalks/permenpanrb-59-2020-to-8-2026.yaml';
const written = parse(readFileSync(join(ROOT, FILE), 'utf8')) as {
  from: string; to: string; status: string; combine: string; sources: Record<string, string>;
  pairs: { to: number; from: number; basis: string; confidence: string; note?: string }[];
};
const ancestors = (pemdi: number): number[] => written.pairs.filter((p) => p.to === pemdi).map((p) => p.from);
/** The rule the crosswalk states (combine: mean): the mean of the linked levels; none -> undefined. */
function linkedMean(pemdi: number, levels: Record<number, number>): Q | undefined {
  const from = ancestors(pemdi);
  return from.length === 0 ? undefined : over(total(from.map((id) => q(levels[id]!))), q(from.length));
}

// ---- Two hand-made years of one kabupaten -----------------------------------------------------

/** 2025 levels (59/2020), varied on purpose. */
const LEVELS_2025: Record<number, number> = Object.fromEntries(SPBE.map((id) => [id, 1 + ((id * 7 + 3) % 5 === 0 ? 3 : (id * 3) % 4)]));
/** 2026 values (8/2026): fractional as assessors give them. */
const VALUES_2026: Record<number, string> = {
  1: '2', 2: '1.5', 3: '1.26', 4: '1.3', 5: '1', 6: '1', 7: '1', 8: '1', 9: '1', 10: '1',
  11: '1.5', 12: '1.25', 13: '7/6', 14: '1', 15: '1', 16: '1', 17: '2.5', 18: '1', 19: '1', 20: '1.3',
};
const spbeIndex = (levels: Record<number, number>): Q => over(total(SPBE.map((id) => times(spbeWeight(id), q(levels[id]!)))), q(100));

function yamlOf2026(previous: string): string {
  const indicators = Object.fromEntries(PEMDI.map((id) => [id, VALUES_2026[id]!.includes('/') ? VALUES_2026[id] : Number(VALUES_2026[id])]));
  return `${assessmentYaml({ framework: 'permenpanrb-8-2026', year: 2026, agency: { name: 'Kabupaten Uji', id: 'kab-uji' }, indicators })}previous: ${previous}\n`;
}
const yaml2025 = assessmentYaml({ framework: 'permenpanrb-59-2020', year: 2025, agency: { name: 'Kabupaten Uji', id: 'kab-uji' }, indicators: LEVELS_2025 });

describe('the crosswalk 59/2020 -> 8/2026', () => {
  const spbe = getBuiltInFramework('permenpanrb-59-2020')!;
  const pemdi = getBuiltInFramework('permenpanrb-8-2026')!;

  it('is labelled an analyst assumption, combines by the mean, and every pair has a basis and a confidence', () => {
    expect(written).toMatchObject({ from: 'permenpanrb-59-2020', to: 'permenpanrb-8-2026', status: 'assumption', combine: 'mean' });
    expect(readFileSync(join(ROOT, FILE), 'utf8')).toMatch(/AN ANALYST'S ASSUMPTION, NOT PUBLISHED BY KEMENPANRB/);
    for (const pair of written.pairs) {
      expect(Object.keys(written.sources)).toContain(pair.basis);
      expect(['high', 'medium', 'low']).toContain(pair.confidence);
    }
    expect(written.pairs).toHaveLength(43);
    expect(new Set(written.pairs.map((p) => `${p.to}<-${p.from}`)).size).toBe(43);
    expect(findCrosswalk('permenpanrb-59-2020', 'permenpanrb-8-2026')).toMatchObject({ status: 'assumption', pairs: written.pairs });
  });

  it('links only indicators that exist in both frameworks', () => {
    for (const pair of written.pairs) {
      expect(spbe.indicatorById.has(pair.from), `SPBE ${pair.from}`).toBe(true);
      expect(pemdi.indicatorById.has(pair.to), `Pemdi ${pair.to}`).toBe(true);
    }
    expect(pemdi.indicators.map((x) => x.id)).toEqual(PEMDI);
    expect(pemdi.indicators.map((x) => toExactString(x.weight))).toEqual(PEMDI_WEIGHTS.map(String));
  });

  it('leaves Pemdi 6, 7, 11 and the user-satisfaction aspect (19-20) without an ancestor, 34 % of the index; SPBE 32-42 and 44 without a successor', () => {
    const orphans = PEMDI.filter((id) => ancestors(id).length === 0);
    expect(orphans).toEqual([6, 7, 11, 19, 20]);
    expect(exact(total(orphans.map(pemdiWeight)))).toBe('34');
    expect(pemdi.aspects.find((a) => a.id === 7)!.indicators.map((x) => x.id)).toEqual([19, 20]);
    const continued = new Set(written.pairs.map((p) => p.from));
    expect(SPBE.filter((id) => !continued.has(id))).toEqual([32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 44]);
    // Named in the research notes: 23 -> 5, 28 -> 2, 31 -> 9.
    expect(written.pairs.filter((p) => p.basis === 'reference-hints').map((p) => [p.from, p.to])).toEqual([[28, 2], [23, 5], [31, 9]]);
  });
});

describe('previous: across the change (2025 under 59/2020, 2026 under 8/2026)', () => {
  // Independently: the like-for-like part on the linked Pemdi indicators (both years under the
  // Pemdi weights, 2025 by the mean of the linked SPBE levels), what the 5 unlinked indicators did,
  // and the rest.
  const linked = PEMDI.filter((id) => ancestors(id).length > 0);
  const newIndex = over(total(PEMDI.map((id) => times(pemdiWeight(id), read(VALUES_2026[id]!)))), q(100));
  const oldIndex = spbeIndex(LEVELS_2025);
  const linkedWeight = total(linked.map(pemdiWeight));
  const newShared = over(total(linked.map((id) => times(pemdiWeight(id), read(VALUES_2026[id]!)))), linkedWeight);
  const oldShared = over(total(linked.map((id) => times(pemdiWeight(id), linkedMean(id, LEVELS_2025)!))), linkedWeight);
  const expected = {
    change: minus(newIndex, oldIndex),
    likeForLike: minus(newShared, oldShared),
    added: minus(newIndex, newShared),
    rest: minus(oldShared, oldIndex),
  };

  it('the expected parts add up exactly to the change', () => {
    expect(exact(total([expected.likeForLike, expected.added, expected.rest]))).toBe(exact(expected.change));
    expect(linked).toHaveLength(15);
  });

  it('spbe gives exactly these parts, in the result and in its JSON', async () => {
    const dir = tempTree({ '2025.yaml': yaml2025, '2026.yaml': yamlOf2026('./2025.yaml') });
    const result = await evaluateSource({ file: '2026.yaml', path: join(dir, '2026.yaml') });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(toExactString(result.score!.index)).toBe(exact(newIndex));
    const d = result.comparison!.decomposition!;
    expect(d).toMatchObject({ method: 'levels', fromFramework: 'permenpanrb-59-2020', toFramework: 'permenpanrb-8-2026', assumption: true, shared: 15, added: 5, addedIds: [6, 7, 11, 19, 20], dropped: 12 });
    expect([d.exactChange, d.sharedChange!, d.addedEffect, d.droppedEffect!].map(toExactString)).toEqual([expected.change, expected.likeForLike, expected.added, expected.rest].map(exact));

    const { code, stdout } = await run(['score', '2026.yaml', '-f', 'json'], { cwd: dir });
    expect(code).toBe(0);
    const comparison = JSON.parse(stdout).results[0].comparison;
    expect(comparison.decomposition).toMatchObject({
      method: 'levels',
      crosswalk: { status: 'assumption' },
      addedIndicatorIds: [6, 7, 11, 19, 20],
      addedIndicatorsWeight: 34,
      exact: { change: exact(expected.change), likeForLikeChange: exact(expected.likeForLike), addedIndicatorsEffect: exact(expected.added), droppedIndicatorsEffect: exact(expected.rest) },
    });
    expect(comparison.explanation).toContain('(the Kepuasan Pengguna Layanan Digital Pemerintah aspect among them)');
    expect(comparison.explanation).toContain("The links from permenpanrb-59-2020 to permenpanrb-8-2026 are an analyst's assumption, not published by KemenPANRB");
  });

  it('with only the published 2025 index, the unlinked indicators part still stands and the rest is one figure', async () => {
    const published = yamlOf2026('{year: 2025, framework: permenpanrb-59-2020, index: 2.59}');
    const result = await evaluateSource({ file: '2026.yaml', text: published });
    const d = result.comparison!.decomposition!;
    expect(d.method).toBe('published');
    expect(toExactString(d.addedEffect)).toBe(exact(expected.added));
    expect(toExactString(d.sharedAndDropped!)).toBe(exact(minus(newShared, read('2.59'))));
    expect(toExactString(d.exactChange)).toBe(exact(minus(newIndex, read('2.59'))));
  });
});

describe('--project-to permenpanrb-8-2026: a Pemdi baseline from a 2025 SPBE file', () => {
  // Independently: each Pemdi indicator the mean of its linked SPBE levels, an unlinked one 1.
  const projected = Object.fromEntries(PEMDI.map((id) => [id, linkedMean(id, LEVELS_2025) ?? q(1)]));
  const index = over(total(PEMDI.map((id) => times(pemdiWeight(id), projected[id]!))), q(100));
  const dir = tempTree({ '2025.yaml': yaml2025 });

  it('scores the projection as a normal 8/2026 result, with the links used and the unlinked indicators', async () => {
    const { code, stdout, stderr } = await run(['score', '2025.yaml', '--project-to', 'permenpanrb-8-2026', '-f', 'json'], { cwd: dir });
    expect(code).toBe(0);
    expect(stderr).toContain('permenpanrb-8-2026 is provisional');
    const result = JSON.parse(stdout).results[0];
    expect(result).toMatchObject({ year: 2025, framework: { id: 'permenpanrb-8-2026' }, exactIndex: exact(index), domains: [] });
    expect(result.indicators.map((x: { id: number; contribution: string }) => [x.id, x.contribution])).toEqual(PEMDI.map((id) => [id, exact(over(times(pemdiWeight(id), projected[id]!), q(100)))]));
    expect(result.projection).toMatchObject({
      fromFramework: 'permenpanrb-59-2020',
      toFramework: 'permenpanrb-8-2026',
      crosswalk: { status: 'assumption' },
      source: { exactIndex: exact(spbeIndex(LEVELS_2025)) },
      unlinked: [6, 7, 11, 19, 20],
      unlinkedValue: 1,
      unlinkedWeight: 34,
    });
    const links = result.projection.links as { indicator: number; exactValue: string; from: { indicator: number; level: number }[] }[];
    expect(links.map((l) => [l.indicator, l.exactValue])).toEqual(PEMDI.filter((id) => ancestors(id).length > 0).map((id) => [id, exact(projected[id]!)]));
    expect(links.find((l) => l.indicator === 1)!.from.map((f) => [f.indicator, f.level])).toEqual(ancestors(1).map((id) => [id, LEVELS_2025[id]]));
    expect(result.projection.note).toMatch(/^Projection, not an evaluation result: the 2025 permenpanrb-59-2020 result \(\d\.\d\d \w+\) carried onto permenpanrb-8-2026 through an analyst's crosswalk/);
  });

  it('the example kabupaten: SPBE 2025 2.59 Cukup projects to a Pemdi baseline of 1.83 Cukup', async () => {
    const spbe2025 = await evaluateSource({ file: 'k.yaml', path: join(ROOT, 'examples/kabupaten-contoh-2025.yaml') });
    expect(spbe2025.findings).toEqual([]);
    expect(toExactString(spbe2025.score!.index)).toBe('2.59');
    expect(spbe2025.score!.predicate).toBe('Cukup');
    const levels = Object.fromEntries([...spbe2025.assessment!.indicators].map(([id, e]) => [id, e.level]));
    const expectedIndex = over(total(PEMDI.map((id) => times(pemdiWeight(id), linkedMean(id, levels) ?? q(1)))), q(100));
    expect(exact(expectedIndex)).toBe('15353/8400');
    const { stdout } = await run(['score', 'examples/kabupaten-contoh-2025.yaml', '--project-to', 'permenpanrb-8-2026', '-f', 'json']);
    expect(JSON.parse(stdout).results[0]).toMatchObject({ index: 1.83, exactIndex: '15353/8400', predicate: 'Cukup' });
  });

  it('says it is a projection in the table, markdown and html notes, in both languages', async () => {
    const table = await run(['score', '2025.yaml', '--project-to', 'permenpanrb-8-2026', '-f', 'table'], { cwd: dir });
    expect(table.stdout).toContain("Note: Projection, not an evaluation result: the 2025 permenpanrb-59-2020 result");
    expect(table.stdout).toContain('the 5 indicators without an ancestor (6, 7, 11, 19, 20: 34 % of the index) count as 1.');
    const markdown = await run(['score', '2025.yaml', '--project-to', 'permenpanrb-8-2026', '-f', 'markdown'], { cwd: dir });
    expect(markdown.stdout).toMatch(/^> Projection, not an evaluation result/m);
    const html = await run(['score', '2025.yaml', '--project-to', 'permenpanrb-8-2026', '-f', 'html'], { cwd: dir });
    expect(html.stdout).toContain('<section class="notes"><p>Projection, not an evaluation result');
    const text = await run(['score', '2025.yaml', '--project-to', 'permenpanrb-8-2026', '-f', 'text'], { cwd: dir });
    expect(text.stdout).toContain(`Note: Projection, not an evaluation result: the 2025 permenpanrb-59-2020 result (${toFixed(toRational(spbeIndex(LEVELS_2025)))} `);
    const id = await run(['score', '2025.yaml', '--project-to', 'permenpanrb-8-2026', '-f', 'table', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('Proyeksi, bukan hasil evaluasi: hasil 2025 permenpanrb-59-2020');
    expect(id.stdout).toContain('5 indikator tanpa padanan (6, 7, 11, 19, 20: 34 % dari indeks) dihitung 1.');
  });

  it('compared with its own source, a projection has exactly no like-for-like change', async () => {
    const { stdout } = await run(['score', '2025.yaml', '--project-to', 'permenpanrb-8-2026', '--compare', '2025.yaml', '-f', 'json'], { cwd: dir });
    const d = JSON.parse(stdout).results[0].comparison.decomposition;
    const linkedWeight = total(PEMDI.filter((id) => ancestors(id).length > 0).map(pemdiWeight));
    const linkedMeanAll = over(total(PEMDI.filter((id) => ancestors(id).length > 0).map((id) => times(pemdiWeight(id), projected[id]!))), linkedWeight);
    expect(d.exact).toMatchObject({ likeForLikeChange: '0', addedIndicatorsEffect: exact(minus(index, linkedMeanAll)), droppedIndicatorsEffect: exact(minus(linkedMeanAll, spbeIndex(LEVELS_2025))) });
  });

  it('the library projects too (scoreAssessment with projectTo)', () => {
    const result = spbe.scoreAssessment(yaml2025, { projectTo: spbe.loadFramework('permenpanrb-8-2026') });
    expect(result).toMatchObject({ framework: { id: 'permenpanrb-8-2026' }, exactIndex: exact(index), projection: { unlinked: [6, 7, 11, 19, 20] } });
  });

  it('leaves a file already under the target as it is, and refuses a framework with no crosswalk to it', async () => {
    const tree = tempTree({
      '2026.yaml': assessmentYaml({ framework: 'permenpanrb-8-2026', year: 2026, indicators: Object.fromEntries(PEMDI.map((id) => [id, 2])) }),
      '2019.yaml': assessmentYaml({ framework: 'permenpanrb-5-2018', year: 2019, indicators: Object.fromEntries(Array.from({ length: 35 }, (_, i) => [i + 1, 2])) }),
    });
    const same = await run(['score', '2026.yaml', '--project-to', 'permenpanrb-8-2026', '-f', 'json'], { cwd: tree });
    expect(JSON.parse(same.stdout).results[0]).toMatchObject({ exactIndex: '2' });
    expect(JSON.parse(same.stdout).results[0].projection).toBeUndefined();
    const none = await run(['score', '2019.yaml', '--project-to', 'permenpanrb-8-2026'], { cwd: tree });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--project-to: 2019.yaml is scored under permenpanrb-5-2018, and no crosswalk leads from it to permenpanrb-8-2026');
    const unknown = await run(['score', '2026.yaml', '--project-to', 'pemdi'], { cwd: tree });
    expect(unknown.code).toBe(2);
  });
});

describe('5/2018 -> 59/2020 is unchanged by the many-to-one rule', () => {
  it('Kota Banjarbaru 2019 -> 2021: -0.66 = -0.09 like-for-like - 0.71 new indicators + 0.14 the rest, to the exact figure', async () => {
    const result = await evaluateSource({ file: 'b.yaml', path: join(ROOT, 'examples/kota-banjarbaru-2021.yaml') });
    const d = result.comparison!.decomposition!;
    expect(d).toMatchObject({ method: 'levels', assumption: false, shared: 25, added: 22, dropped: 15 });
    expect([d.exactChange, d.sharedChange!, d.addedEffect, d.droppedEffect!].map(toExactString)).toEqual(['-199/300', '-11/122', '-4329/6100', '1249/9150']);
    const { stdout } = await run(['score', 'examples/kota-banjarbaru-2021.yaml', '-f', 'json']);
    const json = JSON.parse(stdout).results[0].comparison;
    expect(json.decomposition.crosswalk).toBeUndefined();
    expect(json.explanation).not.toContain('assumption');
  });
});
