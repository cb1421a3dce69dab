/**
 * Spreadsheets and CSV as inputs (src/document/tabular/): a wide CSV of 600 agencies with decimal
 * commas scores exactly as the same assessments in YAML, a bad row is its own result positioned at
 * line:column, a long CSV and a workbook hold one assessment (8/2026 fractions included), and the
 * findings carry the same codes as YAML's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rational, toExactString } from '../src/core/rational.js';
import { getBuiltInFramework } from '../src/core/registry.js';
import { run } from './helpers/cli.js';
import { tempTree } from './helpers/files.js';
import { assessmentYaml } from './helpers/assessments.js';

const F59 = getBuiltInFramework('permenpanrb-59-2020')!;
/** Weights in hundredths of a percent, summed by hand: Σ level·weight / 100 (Lampiran I, Tabel 12). */
const HUNDREDTHS = F59.indicators.map((x) => BigInt(Math.round(Number(toExactString(x.weight)) * 100)));
const regulationIndex = (levels: number[]) => rational(levels.reduce((acc, l, i) => acc + BigInt(l) * HUNDREDTHS[i]!, 0n), 10_000n);

/** Deterministic pseudo-random levels per agency (no Math.random: the test is the same every run). */
function levelsOf(n: number): number[] {
  let seed = n * 2654435761 + 12345;
  return F59.indicators.map(() => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 1 + (seed % 5);
  });
}

const AGENCIES = 600;
const CATEGORIES = ['kabupaten', 'kota', 'provinsi', 'kementerian'];
const previousIndex = (n: number) => `${2 + (n % 3)},${String(n % 100).padStart(2, '0')}`; // "2,07": decimal comma

function wideCsv(badRow: number): string {
  const header = ['Instansi', 'Id instansi', 'Kategori', 'Provinsi', 'Tahun', 'Tahun lalu', 'Indeks tahun lalu', ...F59.indicators.map((x) => String(x.id))];
  const lines = [header.join(';')];
  for (let n = 0; n < AGENCIES; n++) {
    const levels = levelsOf(n).map(String);
    if (n === badRow) levels[11] = '9';
    lines.push([`Kabupaten ${n}`, `kab-${n}`, CATEGORIES[n % 4], `Provinsi ${n % 7}`, '2024', '2023', previousIndex(n), ...levels].join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

describe('a wide CSV: one assessment per row', () => {
  const BAD = 417;
  const csv = wideCsv(BAD);
  const files: Record<string, string> = { 'levels.csv': csv };
  for (let n = 0; n < AGENCIES; n++) {
    if (n === BAD) continue;
    const [whole, decimals] = previousIndex(n).split(',');
    files[`yaml/${String(n).padStart(3, '0')}.yaml`] = assessmentYaml({
      year: 2024,
      agency: { name: `Kabupaten ${n}`, id: `kab-${n}`, category: CATEGORIES[n % 4], province: `Provinsi ${n % 7}` },
      indicators: Object.fromEntries(levelsOf(n).map((l, i) => [i + 1, l])),
      previous: { year: 2023, index: Number(`${whole}.${decimals}`) },
    });
  }
  const dir = tempTree(files);

  it('scores every row as the same levels in YAML do, and reports the bad row at its line and column', async () => {
    const fromCsv = await run(['score', 'levels.csv', '-f', 'jsonl', '-j', '0'], { cwd: dir });
    const fromYaml = await run(['score', 'yaml', '-f', 'jsonl', '-j', '0'], { cwd: dir });
    expect(fromCsv.code).toBe(1);
    expect(fromYaml.code).toBe(0);
    const csvResults = fromCsv.stdout.trim().split('\n').map((line) => JSON.parse(line));
    const yamlResults = fromYaml.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(csvResults).toHaveLength(AGENCIES);
    const bad = csvResults[BAD];
    expect(bad.valid).toBe(false);
    // Line 1 is the header, so agency 417 is on line 419; indicator 12 is column 8+11 = the 19th field.
    const line = csv.split('\r\n')[BAD + 1]!;
    const column = line.split(';').slice(0, 18).join(';').length + 2;
    expect(bad.findings).toEqual([{ code: 'LEVEL_OUT_OF_SCALE', severity: 'error', message: 'level 9 of indikator 12 is off the scale of permenpanrb-59-2020 (1..5)', line: BAD + 2, column, pointer: '/indicators/12' }]);
    const good = csvResults.filter((_, n) => n !== BAD).map(({ file: _file, ...rest }) => rest);
    expect(good).toEqual(yamlResults.map(({ file: _file, ...rest }) => rest));
    // And each equals the regulation's formula computed here, with the decimal-comma previous index read exactly.
    for (const n of [0, 1, 299, 599]) {
      const r = csvResults[n];
      const expected = regulationIndex(levelsOf(n));
      expect(r.exactIndex).toBe(toExactString(expected));
      expect(r.comparison.previous.index).toBe(Number(previousIndex(n).replace(',', '.')));
    }
  });

  it('a text report of the batch prints the bad row as file:line:column', async () => {
    const result = await run(['validate', 'levels.csv', '-f', 'text', '-j', '0'], { cwd: dir });
    expect(result.stdout).toContain(`levels.csv:${BAD + 2}:`);
    expect(result.stdout).toMatch(/600 files: 599 valid, 1 invalid \(1 error\)\n$/);
  });
});

describe('a long CSV: one assessment, one row per indicator', () => {
  const PEMDI = getBuiltInFramework('permenpanrb-8-2026')!;
  const values: Record<number, string> = { 1: '2,5', 2: '2', 3: '1,26', 4: '1.5', 13: '7/6', 14: '2' };
  const rows = PEMDI.indicators.map((x) => [String(x.id), x.external ? '' : (values[x.id] ?? '1'), x.external ? 'waiting' : ''].join(';'));
  const csv = ['\uFEFFKerangka;permenpanrb-8-2026', 'Tahun;2026', 'Instansi;Kabupaten Contoh', 'Kategori;kabupaten', '', 'Indikator;Nilai;Status eksternal', ...rows].join('\n');
  const yamlIndicators = Object.fromEntries(PEMDI.indicators.map((x) => [x.id, x.external ? { external: { status: 'waiting' } } : (values[x.id] ?? '1').replace(',', '.')]));
  const yaml = assessmentYaml({ framework: 'permenpanrb-8-2026', year: 2026, agency: { name: 'Kabupaten Contoh', category: 'kabupaten' }, indicators: yamlIndicators })
    .replace(/"(\d+(?:\.\d+)?)"/g, '$1').replace(/: 7\/6/, ': "7/6"');
  const dir = tempTree({ 'levels.csv': csv, 'levels.yaml': yaml });

  it('scores exactly like YAML: decimal commas, an exact fraction, waiting external indicators', async () => {
    const fromCsv = JSON.parse((await run(['score', 'levels.csv', '-f', 'json'], { cwd: dir })).stdout).results[0];
    const fromYaml = JSON.parse((await run(['score', 'levels.yaml', '-f', 'json'], { cwd: dir })).stdout).results[0];
    expect(fromYaml.valid).toBe(true);
    const strip = (r: any) => ({ ...r, file: undefined, findings: r.findings.map((f: any) => ({ code: f.code, pointer: f.pointer })) });
    expect(strip(fromCsv)).toEqual(strip(fromYaml));
    // Aspek 5 Teknologi = (5·7/6 + 5·2)/10 = 19/12, never (5·1.17 + 5·2)/10.
    expect(fromCsv.aspects.find((a: any) => a.id === 5).exactIndex).toBe('19/12');
  });

  it('positions a finding at the cell: line and column of the level', async () => {
    writeFileSync(join(dir, 'bad.csv'), csv.replace('\n14;2;', '\n14;lima;'));
    const result = await run(['validate', 'bad.csv', '-f', 'text'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^bad\.csv:20:4 {2}error {2}.* {2}LEVEL_NOT_A_VALUE\n/m);
  });

  it('a CSV without a header the reader knows is one finding, not a crash', async () => {
    writeFileSync(join(dir, 'other.csv'), 'a,b\n1,2\n');
    const result = await run(['validate', 'other.csv', '-f', 'text'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('other.csv:1:1  error  no header row found');
    expect(result.stdout).toContain('TABLE_NO_HEADER');
  });

  it('an unclosed quote is CSV_SYNTAX at the quote', async () => {
    writeFileSync(join(dir, 'quote.csv'), 'Indikator,Level,Penjelasan\n1,3,"never closed\n');
    const result = await run(['validate', 'quote.csv', '-f', 'text'], { cwd: dir });
    expect(result.stdout).toContain('quote.csv:2:5  error');
    expect(result.stdout).toContain('CSV_SYNTAX');
  });
});
