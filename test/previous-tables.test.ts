/**
 * `previous:` naming a spreadsheet, a CSV file or national records, not only YAML: the file is read
 * by its own reader; one that holds several assessments gives the row, sheet or record of the same
 * agency (agency id, or name) with the nearest earlier year. What goes wrong in it is one finding
 * of the current file, at its `previous` key, naming the place in the previous file (sheet!cell or
 * line:column of the first error).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { tempTree } from './helpers/files.js';

/** Pseudo-random whole levels 1..5, reproducible from the seed. */
function levels(seed: number): number[] {
  let x = seed;
  return Array.from({ length: 47 }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return 1 + (x % 5);
  });
}

const yaml = (year: number, name: string, id: string, lv: readonly number[], previous?: string) =>
  `framework: permenpanrb-59-2020\nyear: ${year}\nagency: {name: ${name}, id: ${id}, category: kota}\n${previous ? `previous: ${previous}\n` : ''}indicators:\n${lv.map((l, i) => `  ${i + 1}: ${l}`).join('\n')}\n`;

/** A wide CSV (`;`), one row per agency and year. */
const wide = (rows: { name: string; id: string; year: number; lv: readonly number[]; previous?: string }[]) =>
  `${['Instansi', 'Id instansi', 'Kategori', 'Tahun', 'Previous file', ...Array.from({ length: 47 }, (_, i) => String(i + 1))].join(';')}\r\n${rows.map((r) => [r.name, r.id, 'kota', String(r.year), r.previous ?? '', ...r.lv.map(String)].join(';')).join('\r\n')}\r\n`;

async function comparison(dir: string, file: string) {
  const result = await run(['score', file, '-f', 'json'], { cwd: dir });
  return { code: result.code, result: JSON.parse(result.stdout).results[0] };
}

describe('previous: a table or records', () => {
  const before = levels(1);
  const now = levels(2);
  const changes = now.map((l, i) => ({ id: i + 1, previous: before[i], change: l - before[i]! }));

  it('a long CSV and a workbook of one assessment are followed like YAML, with every indicator compared', async () => {
    const dir = tempTree({ '2023.yaml': yaml(2023, 'Kota A', 'kota-a', before) });
    expect((await run(['convert', '2023.yaml', '-o', '2023.csv'], { cwd: dir })).code).toBe(0);
    expect((await run(['convert', '2023.yaml', '-o', '2023.xlsx'], { cwd: dir })).code).toBe(0);
    const fromYaml = (await comparison(tempTree({ '2023.yaml': yaml(2023, 'Kota A', 'kota-a', before), '2024.yaml': yaml(2024, 'Kota A', 'kota-a', now, './2023.yaml') }), '2024.yaml')).result.comparison;
    for (const previous of ['2023.csv', '2023.xlsx']) {
      writeFileSync(join(dir, '2024.yaml'), yaml(2024, 'Kota A', 'kota-a', now, `./${previous}`));
      const { code, result } = await comparison(dir, '2024.yaml');
      expect(code).toBe(0);
      expect(result.comparison.previous.source).toBe(`./${previous}`);
      expect(result.comparison.indicators).toEqual(changes);
      expect({ ...result.comparison, previous: { ...result.comparison.previous, source: '' } }).toEqual({ ...fromYaml, previous: { ...fromYaml.previous, source: '' } });
    }
  });

  it('a wide CSV of several agencies gives the row of the same agency and the nearest earlier year', async () => {
    const dir = tempTree({
      'rekap.csv': wide([
        { name: 'Kota B', id: 'kota-b', year: 2023, lv: levels(9) },
        { name: 'Kota A', id: 'kota-a', year: 2022, lv: levels(8) },
        { name: 'Kota A', id: 'kota-a', year: 2023, lv: before },
        { name: 'Kota A', id: 'kota-a', year: 2024, lv: levels(7) },
      ]),
      '2024.yaml': yaml(2024, 'Kota A', 'kota-a', now, './rekap.csv'),
    });
    const { code, result } = await comparison(dir, '2024.yaml');
    expect(code).toBe(0);
    expect(result.comparison.previous.year).toBe(2023);
    expect(result.comparison.indicators).toEqual(changes);
  });

  it('rows of a wide CSV naming last year\'s wide CSV are each compared with their own agency', async () => {
    const agencies = [0, 1, 2].map((n) => ({ name: `Kota ${n}`, id: `kota-${n}` }));
    const dir = tempTree({
      '2023.csv': wide(agencies.map((a, n) => ({ ...a, year: 2023, lv: levels(100 + n) }))),
      '2024.csv': wide(agencies.map((a, n) => ({ ...a, year: 2024, lv: levels(200 + n), previous: './2023.csv' })).reverse()),
    });
    const result = await run(['score', '2024.csv', '-f', 'jsonl'], { cwd: dir });
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.agency.id)).toEqual(['kota-2', 'kota-1', 'kota-0']);
    rows.forEach((r, i) => {
      const n = 2 - i;
      expect(r.comparison.previous.year).toBe(2023);
      expect(r.comparison.indicators.map((c: any) => c.previous)).toEqual(levels(100 + n));
      expect(r.comparison.indicators.map((c: any) => c.change)).toEqual(levels(200 + n).map((l, k) => l - levels(100 + n)[k]!));
    });
  });

  it('national records: the record of the same agency (by name), its aspects compared, no indicator levels to compare', async () => {
    const record = (name: string, year: number, a: string) =>
      `{"kode": "1", "tahun": "${year}", "nama_instansi": "${name}", "kategori": "Pemerintah Kota", "daerah": "Bali", "nilai": {${Array.from({ length: 8 }, (_, i) => `"A20${String(i + 1).padStart(2, '0')}": "${a}"`).join(', ')}}}`;
    const dir = tempTree({
      'tauval.json': `[\n${record('Kota Lain', 2023, '4.0000000000')},\n${record('Kota A', 2023, '2.0000000000')}\n]\n`,
      '2024.yaml': yaml(2024, 'Kota A', 'kota-a', Array(47).fill(3), './tauval.json'),
    });
    const { code, result } = await comparison(dir, '2024.yaml');
    expect(code).toBe(0);
    expect(result.comparison.previous).toMatchObject({ year: 2023, index: 2 });
    expect(result.comparison.delta.aspects).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((id) => ({ id, delta: 1 })));
    expect(result.comparison.indicators).toBeUndefined();
  });

  it('no row of the agency before the year: PREVIOUS_NOT_FOUND at the previous key', async () => {
    const dir = tempTree({
      'rekap.csv': wide([{ name: 'Kota B', id: 'kota-b', year: 2023, lv: before }, { name: 'Kota A', id: 'kota-a', year: 2024, lv: before }]),
      '2024.yaml': yaml(2024, 'Kota A', 'kota-a', now, './rekap.csv'),
    });
    const { code, result } = await comparison(dir, '2024.yaml');
    expect(code).toBe(1);
    expect(result.findings.map((f: any) => [f.code, f.line, f.column, f.message])).toEqual([
      ['PREVIOUS_NOT_FOUND', 4, 11, 'the previous assessment ./rekap.csv holds 2 assessments, and none of agency kota-a (Kota A) before 2024'],
    ]);
  });

  it('an invalid previous workbook is named with the cell of its first error', async () => {
    const dir = tempTree({ '2023.yaml': yaml(2023, 'Kota A', 'kota-a', before) });
    expect((await run(['convert', '2023.yaml', '-o', '2023.xlsx'], { cwd: dir })).code).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, '2023.xlsx'));
    const sheet = workbook.worksheets[0]!;
    const levelColumn = findLevelColumn(sheet);
    let at = '';
    sheet.eachRow((row) => {
      if (!at && String(row.getCell(1).value) === '12') {
        row.getCell(levelColumn).value = 9;
        at = `'${sheet.name}'!${row.getCell(levelColumn).address}`;
      }
    });
    await workbook.xlsx.writeFile(join(dir, '2023.xlsx'));
    writeFileSync(join(dir, '2024.yaml'), yaml(2024, 'Kota A', 'kota-a', now, './2023.xlsx'));
    const { code, result } = await comparison(dir, '2024.yaml');
    expect(code).toBe(1);
    expect(result.findings.map((f: any) => [f.code, f.message])).toEqual([
      ['PREVIOUS_INVALID', `the previous assessment ./2023.xlsx is invalid (1 error, the first LEVEL_OUT_OF_SCALE at ./2023.xlsx:${at}; run spbe validate on it)`],
    ]);
    // The same for YAML: line:column.
    writeFileSync(join(dir, 'bad.yaml'), yaml(2023, 'Kota A', 'kota-a', before).replace('\n  12: ', '\n  12: 9 #'));
    writeFileSync(join(dir, '2024.yaml'), yaml(2024, 'Kota A', 'kota-a', now, './bad.yaml'));
    const line = readFileSync(join(dir, 'bad.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('  12: ')) + 1;
    expect((await comparison(dir, '2024.yaml')).result.findings[0].message).toBe(`the previous assessment ./bad.yaml is invalid (1 error, the first LEVEL_OUT_OF_SCALE at ./bad.yaml:${line}:7; run spbe validate on it)`);
  });
});

/** The column of the header row's Level cell in a workbook init or convert wrote. */
function findLevelColumn(sheet: import('exceljs').Worksheet): number {
  let column = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell, n) => {
      if (!column && String(cell.value) === 'Level') column = n;
    });
  });
  return column;
}
