/**
 * --benchmark category|province|all: each result's rank, percentile and distances to its cohort's
 * mean and median, checked against figures this test computes itself from the definitions (with
 * its own fractions, from the exact values the JSON gives for each file): cohorts of one
 * framework, one year and one category (or province); competition ranking (1, 2, 2, 4); the
 * percentile as the share of the others with a lower index; exact distances rounded half-up.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { once, tempTree } from './helpers/files.js';

// ---- The test's own exact fractions ------------------------------------------------------------

type F = [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const norm = ([n, d]: F): F => {
  const g = gcd(n, d) || 1n;
  return d < 0n ? [-n / g, -d / g] : [n / g, d / g];
};
const fromText = (text: string): F => {
  if (text.includes('/')) {
    const [n, d] = text.split('/');
    return norm([BigInt(n!), BigInt(d!)]);
  }
  const [whole, frac = ''] = text.replace('-', '').split('.');
  const sign = text.startsWith('-') ? -1n : 1n;
  return norm([sign * BigInt(`${whole}${frac}`), 10n ** BigInt(frac.length)]);
};
const plus = (a: F, b: F): F => norm([a[0] * b[1] + b[0] * a[1], a[1] * b[1]]);
const minus = (a: F, b: F): F => plus(a, [-b[0], b[1]]);
const over = (a: F, k: bigint): F => norm([a[0], a[1] * k]);
const cmp = (a: F, b: F): number => Number(a[0] * b[1] - b[0] * a[1] > 0n) - Number(a[0] * b[1] - b[0] * a[1] < 0n);
/** Half away from zero to 2 decimals, as a JS number (what the JSON prints). */
const round2 = ([n, d]: F): number => {
  const m = n < 0n ? -n : n;
  const h = (m * 200n + d) / (2n * d);
  return Number(n < 0n ? -h : h) / 100;
};
const mean = (xs: F[]): F => over(xs.reduce(plus, [0n, 1n] as F), BigInt(xs.length));
const median = (xs: F[]): F => {
  const s = [...xs].sort(cmp);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : over(plus(s[m - 1]!, s[m]!), 2n);
};

// ---- A batch: two years, three categories, provinces, ties, files without a category, 8/2026 ---

const CATEGORIES = ['kota', 'kabupaten', 'provinsi', undefined] as const;
const PROVINCES = ['Bali', 'Jawa Barat', undefined] as const;

/** A small deterministic generator, so a failure can be read again. */
function levels(seed: number, count: number): number[] {
  let x = seed * 2654435761 % 4294967296;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 1 + (x % 5);
  });
}

function file(n: number, year: number, framework: string, count: number, levelSeed = n): string {
  const category = CATEGORIES[n % 4];
  const province = PROVINCES[n % 3];
  const agency = [`  name: Instansi ${n}`, ...(category ? [`  category: ${category}`] : []), ...(province ? [`  province: ${province}`] : [])].join('\n');
  const body = levels(levelSeed, count).map((l, i) => `  ${i + 1}: ${l}`).join('\n');
  return `framework: ${framework}\nyear: ${year}\nagency:\n${agency}\nindicators:\n${body}\n`;
}

const batch = once(() => {
  const files: Record<string, string> = {};
  for (let n = 0; n < 24; n++) files[`a${n}-2024.yaml`] = file(n, 2024, 'permenpanrb-59-2020', 47);
  // Ties: the same levels as another file of the same category (n and n+4 share one), in 2024.
  for (const n of [24, 25]) files[`a${n}-2024.yaml`] = file(n, 2024, 'permenpanrb-59-2020', 47, n - 4);
  for (let n = 0; n < 10; n++) files[`a${n}-2023.yaml`] = file(n, 2023, 'permenpanrb-59-2020', 47, n + 100);
  for (let n = 0; n < 6; n++) files[`p${n}-2026.yaml`] = file(n, 2026, 'permenpanrb-8-2026', 20, n + 200);
  return tempTree(files);
});

interface Row {
  file: string;
  agency: { category?: string; province?: string };
  year: number;
  framework: { id: string };
  exactIndex: string;
  domains: { id: number; exactIndex: string }[];
  aspects: { id: number; exactIndex: string }[];
  benchmark?: any;
}

async function scored(by: string): Promise<Row[]> {
  const result = await run(['score', '.', '-f', 'json', '--benchmark', by], { cwd: batch() });
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout).results;
}

/** What the benchmark of `row` must be, from the definitions. */
function expected(row: Row, rows: readonly Row[], by: 'category' | 'province' | 'all') {
  const cohortName = by === 'all' ? 'all' : row.agency[by];
  if (cohortName === undefined) return undefined;
  const cohort = rows.filter((r) => r.framework.id === row.framework.id && r.year === row.year && (by === 'all' || r.agency[by] === cohortName));
  const value = fromText(row.exactIndex);
  const values = cohort.map((r) => fromText(r.exactIndex));
  const standing = (v: F, xs: F[]) => ({ mean: round2(mean(xs)), median: round2(median(xs)), fromMean: round2(minus(v, mean(xs))), fromMedian: round2(minus(v, median(xs))) });
  const groups = (key: 'domains' | 'aspects') =>
    row[key].map((g) => ({ id: g.id, ...standing(fromText(g.exactIndex), cohort.map((r) => fromText(r[key].find((x) => x.id === g.id)!.exactIndex))) }));
  const higher = values.filter((v) => cmp(v, value) > 0).length;
  const lower = values.filter((v) => cmp(v, value) < 0).length;
  return {
    by,
    cohort: cohortName,
    year: row.year,
    framework: row.framework.id,
    size: cohort.length,
    rank: higher + 1,
    percentile: cohort.length === 1 ? null : round2(norm([BigInt(lower * 100), BigInt(cohort.length - 1)])),
    index: standing(value, values),
    domains: groups('domains'),
    aspects: groups('aspects'),
  };
}

describe('--benchmark', () => {
  it.each(['category', 'province', 'all'] as const)('--benchmark %s: every figure as the definitions give it, per framework and year', async (by) => {
    const rows = await scored(by);
    expect(rows).toHaveLength(42);
    for (const row of rows) {
      const want = expected(row, rows, by);
      if (want === undefined) {
        expect(row.benchmark, row.file).toBeUndefined();
        continue;
      }
      expect(row.benchmark, row.file).toMatchObject(want);
    }
    // The batch really has what the definitions cover: a tie, a cohort of one, files left out.
    const benchmarked = rows.filter((r) => r.benchmark);
    if (by !== 'all') expect(benchmarked.length).toBeLessThan(rows.length);
    if (by === 'category') {
      const tied = benchmarked.filter((r) => r.year === 2024 && r.agency.category === 'kota' && r.exactIndex === rows.find((x) => x.file === 'a24-2024.yaml')!.exactIndex);
      expect(tied.map((r) => r.benchmark.rank)).toEqual([tied[0]!.benchmark.rank, tied[0]!.benchmark.rank]);
    }
    if (by === 'all') expect(new Set(rows.map((r) => r.benchmark.size))).toEqual(new Set([26, 10, 6]));
  });

  it('competition ranking: a tie shares the better rank and the next rank is skipped (1, 2, 2, 4), with exact distances', async () => {
    const yaml = (name: string, level: number, first = level) =>
      `year: 2024\nagency: {name: ${name}, category: kota}\nindicators:\n${Array.from({ length: 47 }, (_, i) => `  ${i + 1}: ${i === 0 ? first : level}`).join('\n')}\n`;
    // Indices: 4, 3 + 1.3 % × 1 = 3.013, 3.013, 2 (indicator 1 weighs 1.3 % of 59/2020).
    const dir = tempTree({ 'a.yaml': yaml('A', 4), 'b.yaml': yaml('B', 3, 4), 'c.yaml': yaml('C', 3, 4), 'd.yaml': yaml('D', 2) });
    const result = await run(['score', '.', '-f', 'json', '--benchmark', 'category'], { cwd: dir });
    const rows = JSON.parse(result.stdout).results;
    expect(rows.map((r: any) => [r.exactIndex, r.benchmark.rank, r.benchmark.exactPercentile ?? null])).toEqual([
      ['4', 1, '100'],
      ['3.013', 2, '100/3'],
      ['3.013', 2, '100/3'],
      ['2', 4, '0'],
    ]);
    // mean (4 + 3.013 + 3.013 + 2) / 4 = 3.0065, median 3.013
    expect(rows[3].benchmark.index).toEqual({ mean: 3.01, median: 3.01, fromMean: -1.01, fromMedian: -1.01, exactMean: '3.0065', exactMedian: '3.013', exactFromMean: '-1.0065', exactFromMedian: '-1.013' });
  });

  it('table, markdown, html, csv and text show the standing; a file without a category says it has no benchmark', async () => {
    const dir = batch();
    const one = await run(['score', 'a1-2024.yaml', '-f', 'table', '--benchmark', 'category'], { cwd: dir });
    expect(one.stdout).toContain('Benchmark against category kabupaten (2024, permenpanrb-59-2020): alone in its cohort in this run (rank 1 of 1, no percentile).');
    expect(one.stdout).toMatch(/│ Domain\s+│ Index │ Cohort mean │ ± mean │ Cohort median │ ± median │/);
    const none = await run(['score', 'a3-2024.yaml', '-f', 'text', '--benchmark', 'category'], { cwd: dir });
    expect(none.stdout).toContain('No benchmark: the file names no category.');
    const id = await run(['score', 'a3-2024.yaml', '-f', 'text', '--benchmark', 'category', '--lang', 'id'], { cwd: dir });
    expect(id.stdout).toContain('Tanpa pembanding: berkas tidak menyebut kategori.');

    const rows = await scored('category');
    const a0 = rows.find((r) => r.file === 'a0-2024.yaml')!;
    const b = a0.benchmark;
    const sign = (x: number) => (x > 0 ? `+${x.toFixed(2)}` : x.toFixed(2));

    const markdown = (await run(['score', '.', '-f', 'markdown', '--benchmark', 'category'], { cwd: dir })).stdout;
    expect(markdown).toContain('| # | Agency | Year | Index | Predikat | Change | File | Cohort | Rank | Percentile | ± mean | ± median |');
    expect(markdown).toContain(`| \`a0-2024.yaml\` | kota | ${b.rank}/${b.size} | ${b.percentile.toFixed(2)} | ${sign(b.index.fromMean)} | ${sign(b.index.fromMedian)} |`);

    const csv = (await run(['score', '.', '-f', 'csv', '--benchmark', 'category'], { cwd: dir })).stdout.split('\r\n');
    const head = csv[0]!.split(',');
    expect(head.slice(-9)).toEqual(['benchmark', 'cohort', 'cohort_size', 'cohort_rank', 'percentile', 'cohort_mean', 'from_mean', 'cohort_median', 'from_median']);
    const line = csv.find((l) => l.startsWith('a0-2024.yaml,'))!.split(',');
    expect(line.slice(-9)).toEqual(['category', 'kota', String(b.size), String(b.rank), b.percentile.toFixed(2), b.index.mean.toFixed(2), sign(b.index.fromMean), b.index.median.toFixed(2), sign(b.index.fromMedian)]);
    expect(csv.find((l) => l.startsWith('a3-2024.yaml,'))!.split(',').slice(-9)).toEqual(Array(9).fill(''));

    const overview = (await run(['report', '.', '--benchmark', 'category'], { cwd: dir })).stdout;
    // Each cell is labelled with its column (a phone shows the ranking as cards).
    expect(overview).toContain(`<td data-label="Cohort">kota</td><td class="num" data-label="Rank">${b.rank}/${b.size}</td><td class="num" data-label="Percentile">${b.percentile.toFixed(2)}</td>`);

    const text = (await run(['score', '.', '-f', 'text', '--benchmark', 'category'], { cwd: dir })).stdout;
    expect(text).toContain(`(rank ${b.rank}/${b.size} in category kota, percentile ${b.percentile.toFixed(2)})`);
  });

  it('the HTML report of one agency has a benchmark section', async () => {
    const dir = tempTree({ 'a.yaml': file(0, 2024, 'permenpanrb-59-2020', 47) });
    const page = (await run(['report', 'a.yaml', '--benchmark', 'all'], { cwd: dir })).stdout;
    expect(page).toMatch(/<section data-testid="benchmark"><h2>Benchmark<\/h2><p>Benchmark against all agencies \(2024, permenpanrb-59-2020\): alone in its cohort in this run \(rank 1 of 1, no percentile\)\.<\/p>/);
    expect(page).toContain('<th>Domain</th><th>Index</th><th>Cohort mean</th><th>± mean</th><th>Cohort median</th><th>± median</th>');
  });
});
