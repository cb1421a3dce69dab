/**
 * Numbers under --lang id: the human views punctuate as KemenPANRB's reports do (2,74; 16,5%;
 * 1.234 berkas), and only the punctuation changes (7/6 stays a fraction, a decimal is never
 * re-rounded). The machine views (json, jsonl, csv) are byte for byte the English run's, apart from
 * their sentences (finding messages, the cross-framework explanation), which are in the run's language.
 * The expected views in test/fixtures/lang-id/ were read line by line against the English ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../src/messages/catalog.js';
import { countText, MACHINE, punctuate } from '../src/messages/numbers.js';
import { run, ROOT } from './helpers/cli.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/lang-id', name), 'utf8');
const ID = catalogFor('id').numbers;
const EN = catalogFor('en').numbers;

describe('number punctuation of a language', () => {
  it('re-punctuates a decimal, keeps its digits and sign, groups thousands in Indonesian only', () => {
    expect(['2.74', '-0.10', '+0.06', '0.00', '16.5', '3', '1234', '1234.5', '-12345678', '7/6', '10/3', '-', ''].map((t) => punctuate(t, ID))).toEqual(['2,74', '-0,10', '+0,06', '0,00', '16,5', '3', '1.234', '1.234,5', '-12.345.678', '7/6', '10/3', '-', '']);
    expect(['2.74', '1234', '1234.5', '7/6'].map((t) => punctuate(t, EN))).toEqual(['2.74', '1234', '1234.5', '7/6']);
    expect(punctuate('1234.5', MACHINE)).toBe('1234.5');
    expect([999, 1000, 47000].map((n) => countText(n, ID))).toEqual(['999', '1.000', '47.000']);
  });

  it('counts in catalog sentences are grouped in Indonesian (never a year)', () => {
    const id = catalogFor('id').phrases;
    expect(id.summary({ files: 1234, valid: 1200, invalid: 34, errors: 1040 })).toBe('1.234 berkas: 1.200 valid, 34 tidak valid (1.040 kesalahan)');
    expect(catalogFor('en').phrases.summary({ files: 1234, valid: 1200, invalid: 34, errors: 1040 })).toBe('1234 files: 1200 valid, 34 invalid (1040 errors)');
    expect(id.benchmarkShort({ rank: 1001, size: 2024, cohort: 'semua instansi', percentile: '49,41' })).toBe('peringkat 1.001/2.024 dalam semua instansi, persentil 49,41');
    expect(id.fromYear({ change: '+0,06', year: 2024 })).toBe('+0,06 dari 2024');
    expect(catalogFor('id').messages.FILE_TOO_LARGE({ size: 6291456, limit: 5242880 })).toBe('ukuran berkas 6.291.456 byte, melebihi batas 5.242.880 byte (--max-file-size)');
  });
});

describe('where number text is made', () => {
  it('no formatter but numbers.ts and the machine formats rounds a value to text itself (each would skip the language\'s punctuation)', () => {
    const dir = join(ROOT, 'src/format');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const rounding = files.filter((f) => /\b(toFixed|formatScaled)\b/.test(readFileSync(join(dir, f), 'utf8').replace(/\.toFixed\(4\)/g, '')));
    expect(rounding.sort()).toEqual(['csv.ts', 'numbers.ts', 'xlsx.ts']);
  });
});

describe('--lang id: the human views', () => {
  it('table: domains, aspects, weights, the previous year and the change', async () => {
    const result = await run(['score', 'examples/kota-banjarbaru-2024.yaml', '-f', 'table', '--lang', 'id', '--detail', 'aspects']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(fixture('score-table.txt'));
  });

  it('text: indicators and sensitivity with 4-decimal gains, the self-assessment, the gate (its limit as typed), the summary', async () => {
    const result = await run(['score', 'examples/kabupaten-contoh-2024.yaml', '-f', 'text', '--lang', 'id', '--detail', 'sensitivity', '--fail-under', '3']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(fixture('score-text.txt'));
  });

  it('markdown: the badge, domains, aspects, trend and plan', async () => {
    const result = await run(['score', 'examples/kota-banjarbaru-2019.yaml', 'examples/kota-banjarbaru-2021.yaml', 'examples/kota-banjarbaru-2024.yaml', '-f', 'markdown', '--lang', 'id']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(fixture('score-markdown.md'));
  });

  it('table of a batch: the ranking and the summaries', async () => {
    const result = await run(['score', 'examples/', '-f', 'table', '--lang', 'id']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(fixture('batch-table.txt'));
  });

  it('html: the badge, the change, the domain rows and the what-if (its data attributes stay machine numbers)', async () => {
    const page = (await run(['report', 'examples/kota-banjarbaru-2024.yaml', '--lang', 'id'])).stdout;
    expect(page).toContain('data-testid="index">2,74</div>');
    expect(page).toContain('<span class="change up">▲ +0,06</span> sejak 2023 (2,68 Baik)');
    expect(page).toContain('<tr data-label="1 Kebijakan Internal SPBE" data-value="2.90"><td class="num" data-label="#">1</td><td data-label="Domain">Kebijakan Internal SPBE</td><td data-label="Indeks">2,90</td>');
    expect(page).toContain('<strong data-testid="whatif-index">2,74</strong> <strong data-testid="whatif-predicate">Baik</strong> (<span data-testid="whatif-change">0,00</span>)');
    expect(page).toContain('"decimal":","');
    const batch = (await run(['report', 'examples/', '--lang', 'id'])).stdout;
    expect(batch).toMatch(/<tr data-file="examples\/kota-banjarbaru-2024.yaml"><td class="num" data-label="#">\d+<\/td><td data-label="Instansi">Pemerintah Kota Banjarbaru<\/td><td class="num" data-label="Tahun">2024<\/td><td class="num index" data-label="Indeks">2,74<\/td><td data-label="Predikat">Baik<\/td><td class="num" data-label="Perubahan"><span class="change up">▲ \+0,06<\/span>/);
  });

  it('framework show: weights and the predikat bands', async () => {
    const result = await run(['framework', 'show', 'permenpanrb-59-2020', '--lang', 'id', '-f', 'markdown']);
    expect(result.stdout).toContain('| D3 | **Manajemen SPBE** | **16,5 %** |');
    expect(result.stdout).toContain('Baik 2,6 – \\< 3,5');
  });

  it('an exact fraction stays a fraction: 7/6 in the what-if field, 1,17 beside it', async () => {
    const page = (await run(['report', 'examples/kabupaten-contoh-2026.yaml', '--lang', 'id'])).stdout;
    expect(page).toMatch(/<td class="num" data-label="[^"]+">1,17<\/td><td data-label="[^"]+"><input type="text" inputmode="decimal" size="5" value="7\/6" data-indicator="13"/);
  });
});

describe('--lang id: the machine views do not change', () => {
  /** A JSON document without its sentences, which are in the run's language by design. */
  const numbersOnly = (text: string) => JSON.stringify(JSON.parse(text), (key, value) => (key === 'message' || key === 'explanation' ? undefined : value));

  it('json and jsonl: every field but the sentences is the English run\'s; csv is byte for byte', async () => {
    const args = ['score', 'examples/', '--detail', 'indicators,aspects,self,targets', '--benchmark', 'all'];
    for (const format of ['json', 'jsonl', 'csv'] as const) {
      const [id, en] = await Promise.all([run([...args, '-f', format, '--lang', 'id']), run([...args, '-f', format, '--lang', 'en'])]);
      expect(id.code).toBe(en.code);
      if (format === 'json') expect(numbersOnly(id.stdout)).toBe(numbersOnly(en.stdout));
      else if (format === 'jsonl') expect(id.stdout.trim().split('\n').map(numbersOnly)).toEqual(en.stdout.trim().split('\n').map(numbersOnly));
      else expect(id.stdout).toBe(en.stdout);
    }
  });

  it('json of a file without findings is byte for byte the English run\'s', async () => {
    const [id, en] = await Promise.all([run(['score', 'examples/kota-banjarbaru-2024.yaml', '-f', 'json', '--lang', 'id']), run(['score', 'examples/kota-banjarbaru-2024.yaml', '-f', 'json', '--lang', 'en'])]);
    expect(id.stdout).toBe(en.stdout);
  });

  it('--decimal-comma stays the csv\'s own switch, in either language', async () => {
    const id = await run(['score', 'examples/kota-banjarbaru-2024.yaml', '-f', 'csv', '--lang', 'id']);
    expect(id.stdout).toContain(',2.74,');
    const comma = await run(['score', 'examples/kota-banjarbaru-2024.yaml', '-f', 'csv', '--decimal-comma', '--lang', 'en']);
    expect(comma.stdout).toContain(';2,74;');
  });
});
