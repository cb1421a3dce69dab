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
});
