/**
 * The fillable workbook (`spbe init -f xlsx`) filled by another program (Python's openpyxl, as an
 * analyst's script or LibreOffice would save it) scores exactly like the same levels in YAML; its
 * data validation, frozen header and Indonesian headers are there. openpyxl comes from Debian's
 * python3-openpyxl (.ci/run installs it): under CI a missing openpyxl fails the test, never skips it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { tempTree } from './helpers/files.js';
import { assessmentYaml } from './helpers/assessments.js';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
function hasOpenpyxl(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const available = hasOpenpyxl();
if (!available && process.env.CI) throw new Error('openpyxl is missing: .ci/run installs python3-openpyxl (apt); this test must not skip in CI');

/** Fills the level/self column of every indicator row, found by its header, as a script would. */
const FILL = `
import sys, openpyxl
path, values = sys.argv[1], dict(v.split('=') for v in sys.argv[2:])
wb = openpyxl.load_workbook(path)
ws = wb.worksheets[0]
header = next(r for r in ws.iter_rows() if any(c.value in ('Indikator', 'Indicator') for c in r))
cols = {c.value: c.column for c in header}
level = cols.get('Nilai') or cols.get('Level')
for row in ws.iter_rows(min_row=header[0].row + 1):
    key = row[0].value
    if key is None: continue
    v = values.get(str(key))
    if v is None: continue
    # "7/6" stays text (exact); a decimal is typed as a number, as Excel would store it.
    ws.cell(row=row[0].row, column=level, value=(v if '/' in v else (int(v) if v.isdigit() else float(v))))
for r in ws.iter_rows(max_row=header[0].row - 1):
    if r[0].value in ('Kategori', 'Category'): ws.cell(row=r[0].row, column=2, value='kota')
wb.save(path)
`;

describe.skipIf(!available)('a workbook from spbe init, filled by openpyxl', () => {
  it('59/2020: scores exactly like the same levels in YAML, with Indonesian headers under --lang id', async () => {
    const dir = tempTree({});
    const init = await run(['--lang', 'id', 'init', '--agency', 'Kota Contoh', '--year', '2024', '-f', 'xlsx', '-o', 'kota.xlsx'], { cwd: dir });
    expect(init.code).toBe(0);
    const zip = unzipSync(readFileSync(join(dir, 'kota.xlsx')));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<pane xSplit="1" ySplit="9"'); // metadata rows, a blank row, the header: frozen
    expect(sheet).toMatch(/<dataValidation type="whole"[^>]*sqref="G10:I56"[^>]*>\s*<formula1>1<\/formula1>\s*<formula2>5<\/formula2>/);
    expect(strFromU8(zip['xl/sharedStrings.xml']!)).toContain('<t>Penjelasan</t>');
    expect(sheet).not.toContain('<f>'); // no formulas: the tool is the calculator
    const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 1 + ((i * 7) % 5)]));
    execFileSync(PYTHON, ['-c', FILL, join(dir, 'kota.xlsx'), ...Object.entries(levels).map(([k, v]) => `${k}=${v}`)]);
    const yaml = assessmentYaml({ framework: 'permenpanrb-59-2020', year: 2024, agency: { name: 'Kota Contoh', id: 'kota-contoh', category: 'kota' }, stage: 'mandiri', indicators: levels });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'kota.yaml'), yaml);
    const fromXlsx = JSON.parse((await run(['score', 'kota.xlsx', '-f', 'json'], { cwd: dir })).stdout).results[0];
    const fromYaml = JSON.parse((await run(['score', 'kota.yaml', '-f', 'json'], { cwd: dir })).stdout).results[0];
    expect(fromXlsx.valid).toBe(true);
    const strip = (r: any) => ({ ...r, file: undefined });
    expect(strip(fromXlsx)).toEqual(strip(fromYaml));
  });

  it('8/2026: decimals typed as numbers and an exact fraction as text score as in YAML; a bad cell is named Sheet!C12', async () => {
    const dir = tempTree({});
    await run(['init', '--agency', 'Kabupaten Contoh', '--year', '2026', '-f', 'xlsx', '-o', 'pemdi.xlsx'], { cwd: dir });
    const values: Record<string, string> = { 1: '2.5', 2: '2', 3: '1.26', 4: '1.5', 8: '1', 9: '1', 10: '1', 11: '1', 12: '1', 13: '7/6', 14: '2', 15: '1.3', 16: '1.5', 17: '1', 19: '1.25', 20: '1.17' };
    execFileSync(PYTHON, ['-c', FILL, join(dir, 'pemdi.xlsx'), ...Object.entries(values).map(([k, v]) => `${k}=${v}`)]);
    const yamlIndicators: Record<string, unknown> = { ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.includes('/') ? v : Number(v)])) };
    for (const id of [5, 6, 7, 18]) yamlIndicators[id] = { external: { status: 'waiting' } };
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'pemdi.yaml'), assessmentYaml({ framework: 'permenpanrb-8-2026', year: 2026, agency: 'Kabupaten Contoh', indicators: yamlIndicators }));
    const result = JSON.parse((await run(['score', 'pemdi.xlsx', '-f', 'json'], { cwd: dir })).stdout).results[0];
    const fromYaml = JSON.parse((await run(['score', 'pemdi.yaml', '-f', 'json'], { cwd: dir })).stdout).results[0];
    expect(fromYaml.valid).toBe(true);
    expect([result.exactIndex, result.aspects]).toEqual([fromYaml.exactIndex, fromYaml.aspects]);
    expect(result.valid).toBe(true);
    expect(result.aspects.find((a: any) => a.id === 5).exactIndex).toBe('19/12'); // (5·7/6 + 5·2)/10
    expect(result.waitingExternal).toEqual([5, 6, 7, 18]);
    execFileSync(PYTHON, ['-c', FILL, join(dir, 'pemdi.xlsx'), '14=9']);
    const bad = await run(['validate', 'pemdi.xlsx', '-f', 'text'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^pemdi\.xlsx:'kabupaten-contoh-2026'!F23 {2}error {2}.*LEVEL_OUT_OF_SCALE$/m);
  });
});
