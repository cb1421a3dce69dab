/** spbe init: a complete template that fails until filled and validates once filled (single runs: test/cli.cases.test.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { tempTree } from './helpers/files.js';

describe('spbe init', () => {
  it('writes every indicator with its names as comments; unfilled it fails, filled it validates', async () => {
    const cwd = tempTree({});
    const made = await run(['init', '--agency', 'Pemerintah Kota Contoh', '--year', '2025', '-o', 'kota-contoh-2025.yaml'], { cwd });
    expect(made).toEqual({ code: 0, stdout: '', stderr: 'wrote kota-contoh-2025.yaml: 47 indicators to fill\n' });
    const text = readFileSync(join(cwd, 'kota-contoh-2025.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=.*schemas\/assessment\.schema\.json$/m);
    expect(text).toContain('  # Level: 1 Informasi · 2 Interaksi · 3 Transaksi · 4 Kolaborasi · 5 Optimum');
    expect(text).toContain('  45: # Tingkat Kematangan Layanan Publik Sektor 1 (3 %)');
    expect(text.match(/level: ~/g)).toHaveLength(47);

    const unfilled = await run(['validate', 'kota-contoh-2025.yaml', '-f', 'json'], { cwd });
    expect(unfilled.code).toBe(1);
    expect(JSON.parse(unfilled.stdout).summary.errors).toBe(47);

    writeFileSync(join(cwd, 'kota-contoh-2025.yaml'), text.replace(/level: ~/g, 'level: 2').replace(/explanation: ""/g, 'explanation: sudah diterapkan').replace(/evidence: \[\]/g, 'evidence: [SK Walikota]'));
    const filled = await run(['validate', 'kota-contoh-2025.yaml', '-f', 'json'], { cwd });
    expect(JSON.parse(filled.stdout).summary).toEqual({ files: 1, valid: 1, invalid: 0, errors: 0, warnings: 0 });
  });

  // #11 cat. 11: a name YAML would read as another type, or as syntax, must read back as itself.
  const HOSTILE_NAMES = ['null', 'Null', '- x', '123', '0x1F', '1e3', '.inf', 'yes', 'off', 'true', 'Kab. "Contoh" #1', ': x', 'x: y', 'a # b', '&a *b', '!tag', '%YAML 1.1', '@x', '`x`', "O'Brien", '[a]', '{a: 1}', '| x', '> x', '? x', 'Ünïcödé Kota', 'Kota  ', '\u00a0Kota', 'Kota \u200f', 'Kota\ufeff', '東京 Kota'];
  it.each(HOSTILE_NAMES)('a name like %j makes a template that, filled, validates and reads back the name', async (name) => {
    const cwd = tempTree({});
    const made = await run(['init', '--agency', name, '--year', '2024', '-o', 'a.yaml'], { cwd });
    expect(made.code).toBe(0);
    const text = readFileSync(join(cwd, 'a.yaml'), 'utf8');
    writeFileSync(join(cwd, 'a.yaml'), text.replace(/level: ~/g, 'level: 1'));
    const scored = await run(['score', 'a.yaml', '-f', 'json'], { cwd });
    expect(scored.code).toBe(0);
    const result = JSON.parse(scored.stdout).results[0];
    expect(result.agency.name).toBe(name.trim());
    expect(result.agency.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    // The header comment holds the name on one line: the template's keys are the template's only.
    expect(text.match(/^[^\s#][^:\n]*:/gm)).toEqual(['framework:', 'year:', 'agency:', 'stage:', 'indicators:']);
  });
});
