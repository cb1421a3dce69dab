/**
 * Year over year below the domains, when the previous year is a full file: each aspect's change
 * (difference of the two published values, as the domains) and each indicator's (exact), checked
 * against this test's own computation from the regulation's formula (aspect = Σ wᵢ·Lᵢ / Σ wᵢ over
 * its indicators, rounded half-up to 2 decimals); across the change of framework an aspect is not
 * comparable and an indicator is compared, through the crosswalk, with the unweighted mean of the
 * older indicators it continues (read here from the crosswalk file itself).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getBuiltInFramework } from '../src/core/registry.js';
import { run } from './helpers/cli.js';
import { tempTree } from './helpers/files.js';
import { ROOT } from './helpers/root.js';

const F59 = getBuiltInFramework('permenpanrb-59-2020')!;

/** Pseudo-random whole levels 1..5, reproducible from the seed. */
function levels(seed: number, count: number): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 1 + (x % 5);
  });
}

/** An aspect of 59/2020 to 2 decimals, half-up, from the levels: Σ wᵢ·Lᵢ / Σ wᵢ (weights in hundredths of a percent). */
function aspectHundredths(aspectId: number, lv: readonly number[]): bigint {
  let num = 0n;
  let den = 0n;
  for (const x of F59.indicators.filter((i) => i.aspectId === aspectId)) {
    const w = (x.weight.num * 100n) / x.weight.den; // 1.3 % -> 130
    num += w * BigInt(lv[x.id - 1]!);
    den += w;
  }
  return (num * 200n + den) / (2n * den); // half-up of num/den × 100
}

const yaml = (year: number, lv: readonly number[], extra = '') =>
  `framework: permenpanrb-59-2020\nyear: ${year}\nagency: {name: Kota Uji, category: kota}\nindicators:\n${lv.map((l, i) => `  ${i + 1}: ${l}`).join('\n')}\n${extra}`;

describe('per-aspect and per-indicator change from a full previous file', () => {
  it.each([1, 2, 3, 4, 5])('like-for-like (59/2020, seed %i): every aspect and indicator as the formula gives it, in json', async (seed) => {
    const before = levels(seed, 47);
    const now = levels(seed + 1000, 47);
    const dir = tempTree({ '2023.yaml': yaml(2023, before), '2024.yaml': yaml(2024, now, 'previous: ./2023.yaml\n') });
    const result = await run(['score', '2024.yaml', '-f', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    const c = JSON.parse(result.stdout).results[0].comparison;
    expect(c.indicatorBasis).toBe('same');
    expect(c.indicators).toEqual(now.map((l, i) => ({ id: i + 1, previous: before[i], change: l - before[i]! })));
    expect(c.delta.aspects).toEqual(F59.aspects.map((a) => ({ id: a.id, delta: Number(aspectHundredths(a.id, now) - aspectHundredths(a.id, before)) / 100 })));
    expect(c.previous.aspects).toEqual(F59.aspects.map((a) => ({ id: a.id, index: Number(aspectHundredths(a.id, before)) / 100 })));
    await expectJsonlAsJson(dir, '2024.yaml');
  });

  it('a previous year known only by published figures has no per-indicator change', async () => {
    const dir = tempTree({ '2024.yaml': yaml(2024, levels(7, 47), 'previous: {year: 2023, index: 2.5}\n') });
    const c = JSON.parse((await run(['score', '2024.yaml', '-f', 'json'], { cwd: dir })).stdout).results[0].comparison;
    expect(c.indicators).toBeUndefined();
    expect(c.delta.aspects).toBeUndefined();
  });

  it('across 59/2020 -> 8/2026: each Pemdi indicator against the mean of the SPBE indicators it continues (the crosswalk file), new ones without; aspects not comparable', async () => {
    const crosswalk = parse(readFileSync(join(ROOT, 'src/frameworks/crosswalks/permenpanrb-59-2020-to-8-2026.yaml'), 'utf8')) as { pairs: { to: number; from: number }[] };
    const spbe = levels(11, 47);
    const pemdi = levels(12, 20);
    const dir = tempTree({
      '2025.yaml': yaml(2025, spbe),
      '2026.yaml': `framework: permenpanrb-8-2026\nyear: 2026\nagency: {name: Kota Uji, category: kota}\nprevious: ./2025.yaml\nindicators:\n${pemdi.map((l, i) => `  ${i + 1}: ${l}`).join('\n')}\n`,
    });
    const c = JSON.parse((await run(['score', '2026.yaml', '-f', 'json'], { cwd: dir })).stdout).results[0].comparison;
    expect(c.likeForLike).toBe(false);
    expect(c.indicatorBasis).toBe('crosswalk');
    expect(c.indicatorCrosswalk).toBe('assumption');
    expect(c.delta.aspects).toBeUndefined();
    const expected = pemdi.map((level, i) => {
      const from = crosswalk.pairs.filter((p) => p.to === i + 1).map((p) => p.from);
      if (from.length === 0) return { id: i + 1, previous: null, change: null };
      const sum = from.reduce((acc, id) => acc + spbe[id - 1]!, 0);
      // previous = sum / n exactly; as JSON numbers, and exact strings when not whole.
      const exact = (num: number, den: number) => (num % den === 0 ? undefined : `${num / gcd(num, den)}/${den / gcd(num, den)}`);
      const previousExact = exact(sum, from.length);
      const changeExact = exact(level * from.length - sum, from.length);
      return {
        id: i + 1,
        previous: sum / from.length,
        change: (level * from.length - sum) / from.length,
        ...(previousExact ? { exactPrevious: toDecimalOrFraction(previousExact) } : {}),
        ...(changeExact ? { exactChange: toDecimalOrFraction(changeExact) } : {}),
        from,
      };
    });
    expect(c.indicators.map((x: any) => ({ ...x, previous: x.previous === null ? null : round12(x.previous), change: x.change === null ? null : round12(x.change) }))).toEqual(
      expected.map((x) => ({ ...x, ...(x.previous === null ? {} : { previous: round12(x.previous), change: round12(x.change!) }) })),
    );
    expect(c.indicators.filter((x: any) => x.previous === null).map((x: any) => x.id)).toEqual([6, 7, 11, 19, 20]);
    await expectJsonlAsJson(dir, '2026.yaml');

    const table = (await run(['score', '2026.yaml', '-f', 'text', '--detail', 'indicators'], { cwd: dir })).stdout;
    expect(table).toMatch(/^aspek 1 Tata Kelola dan Manajemen +10% +\d\.\d\d +not comparable$/m);
    expect(table).toMatch(/ 2025 \(via crosswalk\) +Change$/m);
    expect(table).toMatch(/^ 6 +Penyelenggaraan Informasi Geospasial .* new$/m);
    expect(table).toContain('Indicator changes from 2025 (permenpanrb-59-2020) to permenpanrb-8-2026 go through the crosswalk');
    const id = (await run(['--lang', 'id', 'score', '2026.yaml', '-f', 'text', '--detail', 'indicators'], { cwd: dir })).stdout;
    expect(id).toMatch(/tidak sebanding$/m);
    expect(id).toMatch(/ 2025 \(melalui crosswalk\) +Perubahan$/m);
  });

  it('csv --detail aspects,indicators and the xlsx aspects and indicators sheets carry the changes', async () => {
    const before = levels(21, 47);
    const now = levels(22, 47);
    const dir = tempTree({ '2023.yaml': yaml(2023, before), '2024.yaml': yaml(2024, now, 'previous: ./2023.yaml\n') });
    const csv = (await run(['score', '2024.yaml', '-f', 'csv', '--detail', 'aspects,indicators'], { cwd: dir })).stdout.split('\r\n');
    const head = csv[0]!.split(',');
    const line = csv[1]!.split(',');
    const cell = (name: string) => line[head.indexOf(name)];
    for (const a of F59.aspects) {
      expect(cell(`aspect_${a.id}`)).toBe((Number(aspectHundredths(a.id, now)) / 100).toFixed(2));
      expect(cell(`aspect_${a.id}_change`)).toBe((Number(aspectHundredths(a.id, now) - aspectHundredths(a.id, before)) / 100).toFixed(2));
    }
    for (let i = 1; i <= 47; i++) {
      expect(cell(`indicator_${i}`)).toBe(String(now[i - 1]));
      expect(cell(`indicator_${i}_change`)).toBe(String(now[i - 1]! - before[i - 1]!));
    }

    const html = (await run(['report', '2024.yaml'], { cwd: dir })).stdout;
    expect(html).toContain('<th>#</th><th>Indikator</th><th>Level</th><th>2023</th><th>Change</th><th>Level name</th>');
    // Each cell labelled with its column (a phone shows the table as cards).
    expect(html).toContain(`<tr data-indicator="1"><td class="num" data-label="#">1</td><td data-label="Indikator">Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah</td><td class="num level" data-label="Level">${now[0]}</td><td class="num" data-label="2023">${before[0]}</td><td class="num" data-label="Change">${now[0]! - before[0]! > 0 ? '+' : ''}${now[0]! - before[0]!}</td>`);

    expect((await run(['score', '2024.yaml', '-f', 'xlsx', '-o', 'x.xlsx'], { cwd: dir })).code).toBe(0);
    const zip = unzipSync(readFileSync(join(dir, 'x.xlsx')));
    const strings = [...strFromU8(zip['xl/sharedStrings.xml']!).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    const sheetCells = (n: number) => {
      const xml = strFromU8(zip[`xl/worksheets/sheet${n}.xml`]!);
      const value = (m: RegExpMatchArray) => (m[2] === 's' ? strings[Number(m[3])] : m[3]);
      return new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"(?: [^>]*?t="(\w+)")?[^>]*><v>([^<]*)<\/v><\/c>/g)].map((m) => [m[1]!, value(m)]));
    };
    const aspects = sheetCells(3);
    expect(aspects.get('K1')).toBe('previous');
    expect(aspects.get('L1')).toBe('change');
    F59.aspects.forEach((a, i) => {
      expect(aspects.get(`K${i + 2}`)).toBe(String(Number(aspectHundredths(a.id, before)) / 100));
      expect(aspects.get(`L${i + 2}`)).toBe(String(Number(aspectHundredths(a.id, now) - aspectHundredths(a.id, before)) / 100));
    });
    const indicators = sheetCells(4);
    expect([indicators.get('L1'), indicators.get('M1')]).toEqual(['previous', 'change']);
    for (let i = 1; i <= 47; i++) {
      expect(indicators.get(`L${i + 1}`)).toBe(String(before[i - 1]));
      expect(indicators.get(`M${i + 1}`)).toBe(String(now[i - 1]! - before[i - 1]!));
    }
  });
});

/** jsonl writes the indicators and their changes as text made apart (cached rows): its line is the json result, field for field. */
async function expectJsonlAsJson(dir: string, file: string): Promise<void> {
  const json = JSON.parse((await run(['score', file, '-f', 'json'], { cwd: dir })).stdout).results[0];
  const line = (await run(['score', file, '-f', 'jsonl'], { cwd: dir })).stdout;
  expect(line.endsWith('\n') && line.indexOf('\n') === line.length - 1).toBe(true);
  expect(JSON.parse(line)).toEqual(json);
}

describe('jsonl lines carry the same changes as json', () => {
  it('fractional values (8/2026): exact previous values and changes beside the numbers, whole rows beside them', async () => {
    const indicators = (values: readonly string[]) => values.map((v, i) => `  ${i + 1}: ${v}`).join('\n');
    const before = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? '2.5' : i % 3 === 1 ? String(1 + (i % 5)) : '3.25'));
    const now = Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? '3.75' : i % 4 === 1 ? '7/3' : String(1 + ((i * 7) % 5))));
    const dir = tempTree({
      '2026.yaml': `framework: permenpanrb-8-2026\nyear: 2026\nagency: {name: Kota Uji, category: kota}\nindicators:\n${indicators(before)}\n`,
      '2027.yaml': `framework: permenpanrb-8-2026\nyear: 2027\nagency: {name: Kota Uji, category: kota}\nprevious: ./2026.yaml\nindicators:\n${indicators(now)}\n`,
    });
    const line = JSON.parse((await run(['score', '2027.yaml', '-f', 'jsonl'], { cwd: dir })).stdout);
    expect(line.comparison.indicators[0]).toEqual({ id: 1, previous: 2.5, change: 1.25, exactPrevious: '2.5', exactChange: '1.25' });
    expect(line.comparison.indicators[1]).toEqual({ id: 2, previous: 2, change: 1 / 3, exactChange: '1/3' });
    expect(line.comparison.indicators[2]).toEqual({ id: 3, previous: 3.25, change: 1.75, exactPrevious: '3.25', exactChange: '1.75' }); // 5 - 3.25
    await expectJsonlAsJson(dir, '2027.yaml');
  });
});

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}
/** "5/2" -> "2.5": the exact string spbe writes is a decimal when the fraction terminates. */
function toDecimalOrFraction(fraction: string): string {
  const [n, d] = fraction.split('/').map(Number) as [number, number];
  let rest = d;
  while (rest % 2 === 0) rest /= 2;
  while (rest % 5 === 0) rest /= 5;
  return rest === 1 ? String(n / d) : fraction;
}
const round12 = (x: number) => Math.round(x * 1e12) / 1e12;
