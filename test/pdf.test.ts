/**
 * The PDF report read back with poppler-utils, as a reader's tools see it: pdfinfo (A4, the page
 * count), pdftotext (the header and "Page n of N" on every page, every figure the JSON gives, the
 * signature block) and pdftoppm (each page renders, with ink on it). poppler-utils is a system tool:
 * .ci/run installs it, and under CI its absence fails these tests instead of skipping them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, ROOT } from './helpers/cli.js';

const TOOLS = ['/usr/bin/pdftotext', '/usr/bin/pdfinfo', '/usr/bin/pdftoppm'];
const have = TOOLS.every((tool) => existsSync(tool));
if (!have && process.env.CI) throw new Error(`${TOOLS.filter((t) => !existsSync(t)).join(', ')} missing: .ci/run installs poppler-utils`);

const BANJARBARU = ['examples/kota-banjarbaru-2019.yaml', 'examples/kota-banjarbaru-2021.yaml', 'examples/kota-banjarbaru-2024.yaml'];
const out = mkdtempSync(join(tmpdir(), 'spbe-pdf-'));

/** The text of each page (pdftotext -layout keeps a table row on one line). */
const pages = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
/** Runs of spaces as one, so a row reads "1 Kebijakan Internal SPBE 2.90 +0.20". */
const flat = (text: string) => text.replace(/[ \t]+/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const two = (n: number) => n.toFixed(2);

/** A binary PGM (P5, 8-bit) as pdftoppm -gray writes it: its size and the share of pixels darker than light grey. */
function readPgm(pgm: Buffer): { width: number; height: number; ink: number } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40));
  expect(header).not.toBeNull();
  const width = Number(header![1]);
  const height = Number(header![2]);
  const pixels = pgm.subarray(header![0].length);
  expect(pixels.length).toBe(width * height);
  let ink = 0;
  for (const value of pixels) if (value < 200) ink++;
  return { width, height, ink: ink / pixels.length };
}

describe.skipIf(!have)('spbe report -o x.pdf', () => {
  it('one agency over three years: A4, three pages, header and page number on each, every domain and aspect value, the trend, the signature block from the options', async () => {
    const file = join(out, 'banjarbaru.pdf');
    const result = await run(['report', ...BANJARBARU, '-o', file, '--report-date', '2025-03-14', '--signer-name', 'Dr. Siti Rahmawati', '--signer-position', 'Kepala Diskominfo', '--signer-place', 'Banjarbaru']);
    expect(result.code).toBe(0);
    const json = JSON.parse((await run(['score', ...BANJARBARU, '-f', 'json'])).stdout).results.find((r: { year: number }) => r.year === 2024);
    const meta = info(file);
    expect(meta).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(meta).toMatch(/Pages:\s+3\n/);
    const text = pages(file);
    expect(text).toHaveLength(3);
    text.forEach((page, i) => {
      expect(flat(page)).toContain('Pemerintah Kota Banjarbaru · 2024 · Indeks SPBE (PermenPANRB 59/2020) · 14 March 2025');
      expect(flat(page)).toMatch(new RegExp(`Page ${i + 1} of 3\\s*$`));
    });
    const all = flat(text.join('\n'));
    expect(all).toContain(`${two(json.index)} ${json.predicate}`);
    expect(all).toContain('▲ +0.06 since 2023 (2.68 Baik)');
    expect(json.domains).toHaveLength(4);
    for (const d of json.domains) expect(all).toMatch(new RegExp(`(^|\\s)${d.id} ${escape(d.name)} ${two(d.index)} [+-]\\d\\.\\d\\d\\n`));
    expect(json.aspects).toHaveLength(8);
    // A long aspect name wraps in its cell: its first words and its value stand on the first line.
    for (const a of json.aspects) expect(all).toMatch(new RegExp(`(^|\\s)${a.id} ${escape(a.name.split(' ').slice(0, 3).join(' '))}[^\\n]* ${two(a.index)}\\n`));
    for (const [year, framework, index, predicate] of [['2019', '5/2018', '2.77', 'Baik'], ['2021', '59/2020 (new framework:', '2.11', 'Cukup'], ['2023', '59/2020', '2.68', 'Baik'], ['2024', '59/2020', '2.74', 'Baik']]) {
      expect(all).toContain(`${year} ${framework} ${index} ${predicate}`);
    }
    // Every indicator's level (47 in 59/2020), and the signature block closing the last page.
    for (const x of json.indicators) expect(all).toMatch(new RegExp(`(^|\\s)${x.id} [^\\n]* ${x.level} [A-Z][a-z]`));
    const last = flat(text[2]!);
    expect(last.indexOf('Banjarbaru, 14 March 2025')).toBeLessThan(last.indexOf('Kepala Diskominfo'));
    expect(last.indexOf('Kepala Diskominfo')).toBeLessThan(last.indexOf('Dr. Siti Rahmawati'));
  });

  it('-f pdf for Pemdi 8/2026 under --lang id: aspects as the top groups, no domain, the three-way view, the waiting indicator, the signer from the config', async () => {
    const file = join(out, 'pemdi.pdf');
    const cwd = mkdtempSync(join(tmpdir(), 'spbe-pdf-config-'));
    writeFileSync(join(cwd, 'spbe.config.yaml'), 'signer:\n  name: Budi Santoso\n  position: Sekretaris Daerah\n  place: Contoh\n');
    const result = await run(['report', join(ROOT, 'examples/kabupaten-contoh-2026.yaml'), '-f', 'pdf', '-o', file, '--report-date', '2026-11-30', '--lang', 'id', '--signer-place', 'Kota Contoh'], { cwd });
    expect(result.code).toBe(0);
    const json = JSON.parse((await run(['score', 'examples/kabupaten-contoh-2026.yaml', '-f', 'json', '--detail', 'evidence'])).stdout).results[0];
    const text = pages(file);
    // Indonesian punctuation: 1,24 (the figures are the JSON's, written as the report writes them).
    const two = (n: number) => n.toFixed(2).replace('.', ',');
    expect(text.length).toBeGreaterThanOrEqual(2);
    expect(text.length).toBeLessThanOrEqual(3);
    text.forEach((page, i) => {
      expect(flat(page)).toContain('Pemerintah Kabupaten Contoh · 2026 · Indeks Pemerintah Digital (PermenPANRB 8/2026) · 30 November 2026');
      expect(flat(page)).toMatch(new RegExp(`Halaman ${i + 1} dari ${text.length}\\s*$`));
    });
    const all = flat(text.join('\n'));
    expect(all).toContain(`${two(json.index)} ${json.predicate}`);
    expect(all).not.toMatch(/\bDomain\b/);
    expect(json.aspects).toHaveLength(7);
    for (const a of json.aspects) expect(all).toMatch(new RegExp(`(^|\\s)${a.id} ${escape(a.name.split(' ').slice(0, 2).join(' '))}[^\\n]* ${two(a.index)}\\n`));
    // The three-way view: each aspect's assessors', mandiri and evidence values (json lists the aspects that differ).
    const other = (list: { id: number; other: number }[], a: { id: number; index: number }) => two(list.find((x) => x.id === a.id)?.other ?? a.index);
    for (const a of json.aspects) expect(all).toMatch(new RegExp(`${a.id} ${escape(a.name.split(' ')[0])}[^\\n]* ${two(a.index)} ${other(json.selfAssessment.aspects, a)} ${other(json.evidenceAssessment.aspects, a)}\\n`));
    expect(all).toContain('menunggu nilai eksternal');
    expect(all).toContain('I1-L3-01 revisi (tidak_tepat)');
    // The flag wins over the config's place; the config gives the rest.
    expect(all).toContain('Kota Contoh, 30 November 2026');
    expect(all).toContain('Sekretaris Daerah');
    expect(all).toContain('Budi Santoso');
  });

  it('a batch: one overview page with the ranking and the signature block, then one page per agency, each with its own header', async () => {
    const file = join(out, 'all.pdf');
    expect((await run(['report', 'examples', '-o', file, '--report-date', '2025-01-02'])).code).toBe(0);
    const json = JSON.parse((await run(['score', 'examples', '-f', 'json'])).stdout);
    const latest = new Map<string, { agency: { name: string }; year: number; index: number; predicate: string }>();
    for (const r of json.results) if ((latest.get(r.agency.id)?.year ?? 0) < r.year) latest.set(r.agency.id, r);
    const text = pages(file);
    // The overview, a page per agency, and the findings (the 8/2026 example waits for an external index).
    expect(text).toHaveLength(1 + latest.size + 1);
    expect(flat(text.at(-1)!)).toMatch(/Findings\n7 files: 7 valid, 0 invalid\n[\s\S]*examples\/kabupaten- info [^\n]* EXTERNAL_WAITING\ncontoh-2026\.yaml:39:69 /);
    const overview = flat(text[0]!);
    expect(overview).toContain(`SPBE: ${json.results.length} assessments · 2 January 2025`);
    for (const r of json.results) expect(overview).toContain(`${r.agency.name} ${r.year} ${two(r.index)} ${r.predicate}`);
    expect(overview).toContain('(name)'); // no signer configured: a line to fill by hand
    [...latest.values()].forEach((r, i) => {
      const page = flat(text[i + 1]!);
      expect(page).toContain(`${r.agency.name} · ${r.year} ·`);
      expect(page).toContain(`${two(r.index)} ${r.predicate}`);
      expect(page).toMatch(new RegExp(`Page ${i + 2} of ${text.length}\\s*$`));
    });
  });

  it('every page renders to an image with ink on it (pdftoppm), at A4 proportions', async () => {
    const file = join(out, 'render.pdf');
    expect((await run(['report', ...BANJARBARU, '-o', file, '--report-date', '2025-03-14'])).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'spbe-pdf-pgm-'));
    execFileSync('pdftoppm', ['-r', '40', '-gray', file, join(dir, 'page')]);
    const images = readdirSync(dir).sort();
    expect(images).toEqual(['page-1.pgm', 'page-2.pgm', 'page-3.pgm']);
    for (const name of images) {
      const page = readPgm(readFileSync(join(dir, name)));
      expect(page.height / page.width).toBeCloseTo(841.89 / 595.28, 1);
      // More than a header and a page number: charts and tables.
      expect(page.ink).toBeGreaterThan(0.02);
    }
  });

  it('the same inputs and options give the same bytes (no clock, no random id)', async () => {
    const a = join(out, 'a.pdf');
    const b = join(out, 'b.pdf');
    for (const file of [a, b]) expect((await run(['report', 'examples/kabupaten-contoh-2024.yaml', '-o', file, '--report-date', '2025-03-14'])).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
});
