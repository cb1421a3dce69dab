/** --lang id|en: every kind of interface text in Indonesian, codes and machine fields unchanged. */
import { describe, expect, it } from 'vitest';
import { ROOT, run } from './helpers/cli.js';
import { tempTree } from './helpers/files.js';
import { catalogFor, languageFromEnv } from '../src/messages/catalog.js';
import { en } from '../src/messages/en.js';

const EXAMPLE = 'examples/kota-banjarbaru-2024.yaml';

describe('language choice', () => {
  it('--lang wins; then LC_ALL, LC_MESSAGES, LANG (id* is Indonesian); else English', () => {
    expect(languageFromEnv({ LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(languageFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LC_MESSAGES: 'id' })).toBe('id');
    expect(languageFromEnv({})).toBe('en');
  });

  it('both catalogs word every code, phrase, label and help text', () => {
    const id = catalogFor('id');
    expect(Object.keys(id.messages).sort()).toEqual(Object.keys(en.messages).sort());
    expect(Object.keys(id.phrases).sort()).toEqual(Object.keys(en.phrases).sort());
    expect(Object.keys(id.ui).sort()).toEqual(Object.keys(en.ui).sort());
    expect(Object.keys(id.help).sort()).toEqual(Object.keys(en.help).sort());
  });
});

describe('Indonesian output', () => {
  it('the score table, notes and sensitivity', async () => {
    const { stdout } = await run(['score', EXAMPLE, '-f', 'table', '--lang', 'id', '--detail', 'sensitivity']);
    expect(stdout).toMatch(/│ Domain +│ Bobot │ Indeks │ 2023 │ Perubahan │/);
    expect(stdout).toContain('Sensitivitas: kenaikan indeks dari satu level tambahan, terbesar lebih dulu');
    expect(stdout).toContain('Jarak: 0.14 di atas batas bawah Baik (2.60); kurang 0.76 untuk Sangat Baik (3.50).');
  });

  it('findings, summaries and errors, from LANG; codes stay', async () => {
    const cwd = tempTree({ 'a.yaml': 'year: 2024\nagency: [x]\nindicators: {1: "3"}\n' });
    const { code, stdout } = await run(['validate', 'a.yaml', '-f', 'text'], { cwd, env: { LANG: 'id_ID.UTF-8' } });
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'a.yaml:2:9  kesalahan  agency harus berupa pemetaan (mapping), bukan sebuah daftar  WRONG_TYPE',
      'a.yaml:3:1  kesalahan  indikator 2-47 dari permenpanrb-59-2020 belum diisi; setiap indikator memerlukan level  MISSING_INDICATOR',
      'a.yaml:3:17  kesalahan  level indikator 1 harus bilangan bulat 1 sampai 5, bukan "3"  LEVEL_NOT_INTEGER',
      '1 berkas: 0 sah, 1 tidak sah (3 kesalahan)',
      '',
    ]);
    const json = JSON.parse((await run(['validate', 'a.yaml', '-f', 'json', '--lang', 'id'], { cwd })).stdout);
    expect(json.results[0].findings.map((f: { code: string }) => f.code)).toEqual(['WRONG_TYPE', 'MISSING_INDICATOR', 'LEVEL_NOT_INTEGER']);
    expect(json.results[0].findings[0].message).toBe('agency harus berupa pemetaan (mapping), bukan sebuah daftar');
    expect((await run(['score', 'tidak-ada.yaml', '--lang', 'id'], { cwd })).stderr).toBe('spbe: kesalahan: tidak-ada.yaml tidak dapat dibaca: berkas tidak ada\n');
    const config = tempTree({ 'spbe.config.yaml': 'gates: {maxdrop: 1}\n', 'a.yaml': '' });
    expect((await run(['score', 'a.yaml', '--lang', 'id'], { cwd: config })).stderr).toBe(
      'spbe: kesalahan: konfigurasi tidak sah:\nspbe.config.yaml:1:9: isian "maxdrop" tidak dikenal; yang dikenal: failUnder, failUnderDomain, maxDrop\n',
    );
  });

  it('help, plan, report, markdown and init', async () => {
    const help = await run(['--help', '--lang', 'id']);
    expect(help.stdout).toContain('Penggunaan: spbe [options] [command]');
    expect(help.stdout).toContain('Kalkulator eksak Indeks SPBE (Sistem Pemerintahan Berbasis Elektronik) Indonesia');
    expect(help.stdout).toContain('Perintah:');
    expect(help.stdout).toContain('Kode keluar: 0 semua sah');
    const plan = await run(['plan', EXAMPLE, '-t', 'Sangat Baik', '--lang', 'id']);
    expect(plan.stdout).toContain('Langkah paling sedikit: 30 langkah pada 30 indikator.');
    expect(plan.stdout).toContain('Proyeksi: 3.51 Sangat Baik (eksak 3.5095)');
    const markdown = await run(['score', EXAMPLE, '-f', 'markdown', '--lang', 'id']);
    expect(markdown.stdout).toContain('**2.74 Baik** · ▲ +0.06 sejak 2023 (2.68 Baik)');
    expect(markdown.stdout).toContain('### Rencana menuju Sangat Baik (3.50)');
    const cwd = tempTree({});
    expect((await run(['report', `${ROOT}/${EXAMPLE}`, '-o', 'laporan.html', '--lang', 'id'], { cwd })).code).toBe(0);
    const html = (await import('node:fs')).readFileSync(`${cwd}/laporan.html`, 'utf8');
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Indeks domain');
    expect(html).toContain('Dihitung oleh spbe');
    const init = await run(['init', '--agency', 'Kota X', '--year', '2025', '--lang', 'id']);
    expect(init.stdout).toContain('# Ganti setiap ~ dengan level (1..5); level yang kosong gagal divalidasi. Tambahkan');
  });

  it('English stays the default', async () => {
    const { stdout } = await run(['score', EXAMPLE, '-f', 'table']);
    expect(stdout).toMatch(/│ Domain +│ Weight │ Index │ 2023 │ +Change │/);
  });
});

describe('markdown for one agency', () => {
  it('has the content of the report: domains with arrows, aspects, trend, plan, indicators', async () => {
    const { stdout } = await run(['score', 'examples/kabupaten-contoh-2023.yaml', 'examples/kabupaten-contoh-2024.yaml', '-f', 'markdown']);
    await expect(stdout).toMatchFileSnapshot('__snapshots__/markdown-agency.md');
    expect(stdout).toContain('| 3 Manajemen SPBE | 16.5 % | 1.55 | 1.27 | ▲ +0.28 |');
    expect(stdout).toContain('| 2023 | 2.37 | Cukup |');
    expect(stdout).toContain('### Plan to Baik (2.60)');
    expect(stdout).toMatch(/\| 1 \| Kebijakan Internal Arsitektur SPBE Instansi Pusat\/Pemerintah Daerah \| 3 \| Terdefinisi \| Kebijakan Internal/);
  });

  it('the trend, as in the HTML report, includes the previous years the files name', async () => {
    const { stdout } = await run(['score', 'examples/kota-banjarbaru-2021.yaml', 'examples/kota-banjarbaru-2024.yaml', '-f', 'markdown']);
    const trend = stdout.slice(stdout.indexOf('over the years'), stdout.indexOf('### Plan'));
    expect(trend.match(/^\| \d{4} \| .+$/gm)).toEqual(['| 2019 | 2.77 | Baik |', '| 2021 | 2.11 | Cukup |', '| 2023 | 2.68 | Baik |', '| 2024 | 2.74 | Baik |']);
  });
});
