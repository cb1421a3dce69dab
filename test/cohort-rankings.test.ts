/**
 * A batch over two frameworks and three years (#14 defect 6): each (framework, year) is ranked on its
 * own, named, from 1, in the table, markdown, HTML and PDF; and the self-assessment over-claim rates
 * are per cohort too (domain 1 of 5/2018 is not domain 1 of 59/2020), in the table and in JSON
 * (summary.cohorts[].selfAssessment; summary.selfAssessment only when one cohort).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

/** An assessment: every indicator at level(id), with a self level where self(id) gives one. */
function assessment(framework: string, year: number, agency: string, count: number, level: (id: number) => number, self: (id: number) => number | undefined = () => undefined): string {
  const lines = [`framework: ${framework}`, `year: ${year}`, 'agency:', `  name: Pemerintah ${agency}`, `  id: ${agency.toLowerCase().replace(' ', '-')}`, 'indicators:'];
  for (let id = 1; id <= count; id++) {
    // 5/2018's indicator 35 is scored per sampled service.
    if (framework === 'permenpanrb-5-2018' && id === 35) lines.push(`  ${id}:`, '    services:', `      - {name: Perizinan, level: ${level(id)}}`);
    else lines.push(self(id) === undefined ? `  ${id}: ${level(id)}` : `  ${id}: {level: ${level(id)}, self: ${self(id)}}`);
  }
  return `${lines.join('\n')}\n`;
}

function mixedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-cohorts-'));
  const files: Record<string, string> = {
    'kota-a-2019.yaml': assessment('permenpanrb-5-2018', 2019, 'Kota A', 35, () => 3, (id) => (id <= 5 ? 4 : undefined)),
    'kota-b-2019.yaml': assessment('permenpanrb-5-2018', 2019, 'Kota B', 35, () => 2),
    'kota-a-2023.yaml': assessment('permenpanrb-59-2020', 2023, 'Kota A', 47, () => 3, (id) => (id <= 10 ? 4 : undefined)),
    'kota-b-2023.yaml': assessment('permenpanrb-59-2020', 2023, 'Kota B', 47, (id) => (id % 2 ? 2 : 3), (id) => (id > 40 ? 2 : undefined)),
    'kota-c-2023.yaml': assessment('permenpanrb-59-2020', 2023, 'Kota C', 47, () => 4),
    'kota-a-2024.yaml': assessment('permenpanrb-59-2020', 2024, 'Kota A', 47, (id) => (id > 30 ? 4 : 3), (id) => (id > 44 ? 5 : undefined)),
    'kota-b-2024.yaml': assessment('permenpanrb-59-2020', 2024, 'Kota B', 47, () => 3),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const dir = mixedFolder();

const RANKINGS = `Ranking: 2019 · permenpanrb-5-2018
┌───┬───────────────────┬──────┬───────┬──────────┬────────┐
│ # │ Agency            │ Year │ Index │ Predikat │ Change │
├───┼───────────────────┼──────┼───────┼──────────┼────────┤
│ 1 │ Pemerintah Kota A │ 2019 │  3.00 │ Baik     │        │
│ 2 │ Pemerintah Kota B │ 2019 │  2.00 │ Cukup    │        │
└───┴───────────────────┴──────┴───────┴──────────┴────────┘

Ranking: 2023 · permenpanrb-59-2020
┌───┬───────────────────┬──────┬───────┬─────────────┬────────────────┐
│ # │ Agency            │ Year │ Index │ Predikat    │         Change │
├───┼───────────────────┼──────┼───────┼─────────────┼────────────────┤
│ 1 │ Pemerintah Kota C │ 2023 │  4.00 │ Sangat Baik │                │
│ 2 │ Pemerintah Kota A │ 2023 │  3.00 │ Baik        │  = 0.00 (2019) │
│ 3 │ Pemerintah Kota B │ 2023 │  2.49 │ Cukup       │ ▲ +0.49 (2019) │
└───┴───────────────────┴──────┴───────┴─────────────┴────────────────┘

Ranking: 2024 · permenpanrb-59-2020
┌───┬───────────────────┬──────┬───────┬──────────┬────────────────┐
│ # │ Agency            │ Year │ Index │ Predikat │         Change │
├───┼───────────────────┼──────┼───────┼──────────┼────────────────┤
│ 1 │ Pemerintah Kota A │ 2024 │  3.47 │ Baik     │ ▲ +0.47 (2023) │
│ 2 │ Pemerintah Kota B │ 2024 │  3.00 │ Baik     │ ▲ +0.51 (2023) │
└───┴───────────────────┴──────┴───────┴──────────┴────────────────┘
`;

const SELF_2019 = `Self-assessment against the final levels (1 agency with self levels)
┌───────────────────────────┬──────────┬────────────┬─────────────┬──────┬──────────────┐
│ Domain                    │ Agencies │ Indicators │ Over-claims │ Rate │ Under-claims │
├───────────────────────────┼──────────┼────────────┼─────────────┼──────┼──────────────┤
│ 1 Kebijakan Internal SPBE │        1 │          5 │           5 │ 100% │            0 │
└───────────────────────────┴──────────┴────────────┴─────────────┴──────┴──────────────┘
`;

const SELF_2023 = `Self-assessment against the final levels (2 agencies with self levels)
┌───────────────────────────┬──────────┬────────────┬─────────────┬──────┬──────────────┐
│ Domain                    │ Agencies │ Indicators │ Over-claims │ Rate │ Under-claims │
├───────────────────────────┼──────────┼────────────┼─────────────┼──────┼──────────────┤
│ 1 Kebijakan Internal SPBE │        1 │         10 │          10 │ 100% │            0 │
│ 4 Layanan SPBE            │        1 │          7 │           0 │   0% │            3 │
└───────────────────────────┴──────────┴────────────┴─────────────┴──────┴──────────────┘
`;

const SELF_2024 = `Self-assessment against the final levels (1 agency with self levels)
┌────────────────┬──────────┬────────────┬─────────────┬──────┬──────────────┐
│ Domain         │ Agencies │ Indicators │ Over-claims │ Rate │ Under-claims │
├────────────────┼──────────┼────────────┼─────────────┼──────┼──────────────┤
│ 4 Layanan SPBE │        1 │          3 │           3 │ 100% │            0 │
└────────────────┴──────────┴────────────┴─────────────┴──────┴──────────────┘
`;

describe('a batch of two frameworks over three years', () => {
  it('table: one ranking per cohort, named and from 1; each cohort\'s summary then its own self-assessment rates', async () => {
    const result = await run(['score', dir, '-f', 'table', '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(`${RANKINGS}\nSummary: 2019 · permenpanrb-5-2018\n`)).toBe(true);
    const sections = result.stdout.split('\n\n');
    // Rankings (3), then per cohort: its summary, then its self-assessment.
    expect(sections.map((s) => s.split('\n')[0])).toEqual([
      'Ranking: 2019 · permenpanrb-5-2018', 'Ranking: 2023 · permenpanrb-59-2020', 'Ranking: 2024 · permenpanrb-59-2020',
      'Summary: 2019 · permenpanrb-5-2018', 'Self-assessment against the final levels (1 agency with self levels)',
      'Summary: 2023 · permenpanrb-59-2020', 'Self-assessment against the final levels (2 agencies with self levels)',
      'Summary: 2024 · permenpanrb-59-2020', 'Self-assessment against the final levels (1 agency with self levels)',
    ]);
    expect(`${sections[4]}\n`).toBe(SELF_2019);
    expect(`${sections[6]}\n`).toBe(SELF_2023);
    expect(result.stdout.endsWith(SELF_2024)).toBe(true);
  });

  it('json: summary.cohorts[] carries each cohort\'s selfAssessment, and there is no pooled one', async () => {
    const summary = JSON.parse((await run(['score', dir, '-f', 'json'])).stdout).summary;
    expect(summary.selfAssessment).toBeUndefined();
    expect(summary.cohorts.map((c: { year: number; framework: string; selfAssessment?: unknown }) => [c.year, c.framework, c.selfAssessment])).toEqual([
      [2019, 'permenpanrb-5-2018', { agencies: 1, domains: [{ id: 1, name: 'Kebijakan Internal SPBE', agencies: 1, compared: 5, over: 5, under: 0, overClaimRate: 1 }] }],
      [2023, 'permenpanrb-59-2020', { agencies: 2, domains: [{ id: 1, name: 'Kebijakan Internal SPBE', agencies: 1, compared: 10, over: 10, under: 0, overClaimRate: 1 }, { id: 4, name: 'Layanan SPBE', agencies: 1, compared: 7, over: 0, under: 3, overClaimRate: 0 }] }],
      [2024, 'permenpanrb-59-2020', { agencies: 1, domains: [{ id: 4, name: 'Layanan SPBE', agencies: 1, compared: 3, over: 3, under: 0, overClaimRate: 1 }] }],
    ]);
  });

  it('one cohort keeps the single ranking with no heading and the pooled summary.selfAssessment', async () => {
    const files = ['kota-a-2023.yaml', 'kota-b-2023.yaml', 'kota-c-2023.yaml'].map((f) => join(dir, f));
    const table = (await run(['score', ...files, '-f', 'table', '--quiet'])).stdout;
    expect(table).not.toContain('Ranking');
    expect(table.split('\n')[0]).toMatch(/^┌───┬/);
    const json = JSON.parse((await run(['score', ...files, '-f', 'json'])).stdout).summary;
    expect(json.selfAssessment.agencies).toBe(2);
    expect(json.cohorts).toBeUndefined();
  });

  it('markdown: a ranking per cohort under its heading', async () => {
    const md = (await run(['score', dir, '-f', 'markdown'])).stdout;
    expect(md).toContain('## SPBE index\n\n### Ranking: 2019 · permenpanrb-5-2018\n\n| # | Agency | Year | Index | Predikat | Change | File |\n| ---: | --- | ---: | ---: | --- | ---: | --- |\n| 1 | Pemerintah Kota A | 2019 | 3.00 | Baik |  | `');
    expect(md).toContain('\n### Ranking: 2023 · permenpanrb-59-2020\n\n| # | Agency | Year | Index | Predikat | Change | File |\n| ---: | --- | ---: | ---: | --- | ---: | --- |\n| 1 | Pemerintah Kota C | 2023 | 4.00 | Sangat Baik |  | `');
    expect(md).toContain('\n### Ranking: 2024 · permenpanrb-59-2020\n\n| # | Agency | Year | Index | Predikat | Change | File |\n| ---: | --- | ---: | ---: | --- | ---: | --- |\n| 1 | Pemerintah Kota A | 2024 | 3.47 | Baik | ▲ +0.47 (2023) | `');
  });

  it('html overview: a ranking section per cohort, each from 1', async () => {
    const html = (await run(['report', dir])).stdout;
    const tables = [...html.matchAll(/<h2>([^<]*)<\/h2><div class="scroll"><table[^>]* data-testid="ranking" data-cohort="([^"]*)">.*?<tbody>(.*?)<\/tbody>/g)];
    const cell = '<td[^>]*>([^<]*)<\\/td>';
    const rows = (body: string) => [...body.matchAll(new RegExp(`<tr[^>]*>${cell}${cell}${cell}`, 'g'))].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(tables.map((t) => [t[1], t[2], rows(t[3]!)])).toEqual([
      ['Ranking: 2019 · permenpanrb-5-2018', '2019 · permenpanrb-5-2018', ['1 Pemerintah Kota A 2019', '2 Pemerintah Kota B 2019']],
      ['Ranking: 2023 · permenpanrb-59-2020', '2023 · permenpanrb-59-2020', ['1 Pemerintah Kota C 2023', '2 Pemerintah Kota A 2023', '3 Pemerintah Kota B 2023']],
      ['Ranking: 2024 · permenpanrb-59-2020', '2024 · permenpanrb-59-2020', ['1 Pemerintah Kota A 2024', '2 Pemerintah Kota B 2024']],
    ]);
  });

  // .ci/run installs poppler-utils: under CI its absence fails this test instead of skipping it.
  it.skipIf(!existsSync('/usr/bin/pdftotext') && !process.env.CI)('pdf overview: the cohort headings, each ranking from 1', async () => {
    const file = join(dir, 'overview.pdf');
    expect((await run(['report', dir, '-o', file, '--report-date', '2025-01-31'])).code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
    const order = ['Ranking: 2019 · permenpanrb-5-2018', '1 Pemerintah Kota A 2019', '2 Pemerintah Kota B 2019', 'Ranking: 2023 · permenpanrb-59-2020', '1 Pemerintah Kota C 2023', 'Ranking: 2024 · permenpanrb-59-2020', '1 Pemerintah Kota A 2024', '2 Pemerintah Kota B 2024'];
    const positions = order.map((line) => text.indexOf(line));
    expect(positions.every((p) => p >= 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
