import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { assessmentYaml, levelsFromSums, uniformLevels } from './helpers/assessments.js';

const EXAMPLE = 'examples/kota-banjarbaru-2024.yaml';

function tempFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spbe-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('spbe score: human output', () => {
  it('prints the published 2024 result of Kota Banjarbaru with the change from 2023', async () => {
    const { code, stdout, stderr } = await run(['score', EXAMPLE, '-f', 'table']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    await expect(stdout).toMatchFileSnapshot('__snapshots__/score-banjarbaru.txt');
    expect(stdout).toMatch(/Indeks SPBE\s+│\s+100%\s+│\s+2\.74\s+│\s+2\.68\s+│\s+▲ \+0\.06/);
  });

  it('--detail aspects,indicators adds the 8 aspects and every indicator with its contribution', async () => {
    const { code, stdout } = await run(['score', EXAMPLE, '-f', 'table', '--detail', 'aspects,indicators']);
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot('__snapshots__/score-banjarbaru-detail.txt');
    expect(stdout).toContain('aspek 8 Layanan Publik Berbasis Elektronik');
    expect(stdout).toMatch(/│\s+32 │ Layanan Perencanaan\s+│\s+7 │\s+4 │ Kolaborasi\s+│\s+2\.75% │\s+\+0\.11 │/);
  });

  it('colours only on request or on a terminal, and never with NO_COLOR', async () => {
    const escape = /\u001b\[/;
    expect((await run(['score', EXAMPLE, '-f', 'table'])).stdout).not.toMatch(escape);
    expect((await run(['score', EXAMPLE, '-f', 'table'], { tty: true })).stdout).toMatch(escape);
    expect((await run(['score', EXAMPLE, '-f', 'table'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(escape);
    expect((await run(['score', EXAMPLE, '-f', 'table'], { tty: true, env: { NO_COLOR: '' } })).stdout).toMatch(escape);
    expect((await run(['score', EXAMPLE, '-f', 'table', '--no-color'], { tty: true })).stdout).not.toMatch(escape);
    expect((await run(['score', EXAMPLE, '-f', 'table', '--color'])).stdout).toMatch(escape);
    expect((await run(['score', EXAMPLE, '-f', 'table'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(escape);
    expect((await run(['score', EXAMPLE, '-f', 'table'], { tty: true, env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(escape);
  });

  it('explains when the predicate basis decides the predikat', async () => {
    // Kab. Pacitan 2024: exact 3.4985, published 3.50.
    const dir = tempFiles({ 'pacitan.yaml': assessmentYaml({ indicators: levelsFromSums({ k: 47, t: 30, m: 23, a: 39, p: 24 }) }) });
    const exact = await run(['score', join(dir, 'pacitan.yaml'), '-f', 'table']);
    expect(exact.stdout).toMatch(/Predikat\s+│\s+│\s+Baik/);
    expect(exact.stdout).toContain('on the rounded index (--predicate-basis rounded) it would be Sangat Baik');
    const rounded = await run(['score', join(dir, 'pacitan.yaml'), '-f', 'table', '--predicate-basis', 'rounded']);
    expect(rounded.stdout).toMatch(/Predikat\s+│\s+│\s+Sangat Baik/);
  });
});

describe('spbe score: machine output', () => {
  it('--format json follows the output contract', async () => {
    const { code, stdout, stderr } = await run(['score', EXAMPLE, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const document = JSON.parse(stdout);
    expect(document).toMatchObject({ schemaVersion: 1, tool: { name: 'spbe' }, summary: { files: 1, valid: 1, invalid: 0, errors: 0, warnings: 0 } });
    const [result] = document.results;
    expect(result).toMatchObject({
      file: EXAMPLE,
      valid: true,
      agency: { name: 'Pemerintah Kota Banjarbaru', id: 'kota-banjarbaru' },
      year: 2024,
      framework: { id: 'permenpanrb-59-2020', status: 'official' },
      index: 2.74,
      exactIndex: '2.7445',
      predicate: 'Baik',
      predicateBasis: 'exact',
      comparison: {
        previous: { year: 2023, framework: 'permenpanrb-59-2020', index: 2.68, predicate: 'Baik', domains: [{ id: 1, index: 2.7 }, { id: 2, index: 2.2 }, { id: 3, index: 1.45 }, { id: 4, index: 3.37 }] },
        likeForLike: true,
        delta: { index: 0.06, domains: [{ id: 1, delta: 0.2 }, { id: 2, delta: -0.1 }, { id: 3, delta: 0.1 }, { id: 4, delta: 0.12 }] },
        predicateChange: 'same',
      },
      findings: [],
    });
    expect(result.domains).toEqual([
      { id: 1, name: 'Kebijakan Internal SPBE', weight: 13, index: 2.9, exactIndex: '2.9' },
      { id: 2, name: 'Tata Kelola SPBE', weight: 25, index: 2.1, exactIndex: '2.1' },
      { id: 3, name: 'Manajemen SPBE', weight: 16.5, index: 1.55, exactIndex: '17/11' },
      { id: 4, name: 'Layanan SPBE', weight: 45.5, index: 3.49, exactIndex: '635/182' },
    ]);
    expect(result.aspects).toHaveLength(8);
    expect(result.aspects[0]).toEqual({ id: 1, domain: 1, name: 'Kebijakan Internal Tata Kelola SPBE', weight: 13, index: 2.9, exactIndex: '2.9' });
    expect(result.indicators).toHaveLength(47);
    expect(result.indicators[0]).toEqual({ id: 1, aspect: 1, name: 'Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah', weight: 1.3, level: 4, levelName: 'Terpadu dan Terukur', contribution: '0.052' });
  });

  it('--format jsonl prints one result per line and invalid files as findings', async () => {
    const dir = tempFiles({ 'bad.yaml': 'year: 2024\nagency: X\nindicators:\n  1: 9\n' });
    const { code, stdout } = await run(['score', EXAMPLE, join(dir, 'bad.yaml'), '-f', 'jsonl']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].index).toBe(2.74);
    expect(lines[1]).toEqual({
      file: join(dir, 'bad.yaml'),
      valid: false,
      findings: [
        { code: 'MISSING_INDICATOR', severity: 'error', message: 'indikator 2-47 of permenpanrb-59-2020 are missing; every indicator needs a level', line: 3, column: 1, endLine: 3, endColumn: 11, pointer: '/indicators' },
        { code: 'LEVEL_OUT_OF_SCALE', severity: 'error', message: 'level 9 of indikator 1 is off the scale of permenpanrb-59-2020 (1..5)', line: 4, column: 6, endLine: 4, endColumn: 7, pointer: '/indicators/1' },
      ],
    });
  });
});

describe('spbe score: year over year', () => {
  it('--compare FILE wins over `previous` and shows the change per domain', async () => {
    const dir = tempFiles({
      '2023.yaml': assessmentYaml({ year: 2023, indicators: uniformLevels(2) }),
      '2024.yaml': assessmentYaml({ indicators: uniformLevels(3), previous: { year: 2022, index: 1.5 } }),
    });
    const { code, stdout } = await run(['score', join(dir, '2024.yaml'), '--compare', join(dir, '2023.yaml'), '-f', 'json']);
    expect(code).toBe(0);
    const { comparison } = JSON.parse(stdout).results[0];
    expect(comparison.previous).toMatchObject({ year: 2023, index: 2, predicate: 'Cukup' });
    expect(comparison.delta).toEqual({ index: 1, domains: [1, 2, 3, 4].map((id) => ({ id, delta: 1 })) });
    expect(comparison.predicateChange).toBe('up');
  });

  it('`previous` as a path is read relative to the file', async () => {
    const dir = tempFiles({
      '2023.yaml': assessmentYaml({ year: 2023, indicators: uniformLevels(4) }),
      '2024.yaml': assessmentYaml({ indicators: uniformLevels(3), previous: './2023.yaml' }),
    });
    const { stdout } = await run(['score', join(dir, '2024.yaml'), '-f', 'table']);
    expect(stdout).toMatch(/Indeks SPBE\s+│\s+100%\s+│\s+3\.00\s+│\s+4\.00\s+│\s+▼ -1\.00/);
    expect(stdout).toMatch(/Predikat\s+│\s+│\s+Baik\s+│\s+Sangat Baik\s+│\s+▼/);
  });

  it('an invalid previous file is a finding of the current file at `previous`', async () => {
    const dir = tempFiles({
      '2023.yaml': 'year: 2023\n',
      '2024.yaml': assessmentYaml({ indicators: uniformLevels(3), previous: './2023.yaml' }),
    });
    const { code, stderr } = await run(['score', join(dir, '2024.yaml'), '-f', 'table']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(dir, '2024.yaml')}:51:11  error  the previous assessment ./2023.yaml is invalid (2 errors; run spbe validate on it)  PREVIOUS_INVALID`);
  });
});

describe('spbe score: exit codes and errors', () => {
  it('exit 1 for an invalid file, with file:line:column findings on stderr and no stack', async () => {
    const dir = tempFiles({ 'bad.yaml': 'year: 2024\nagency: X\nindicators: {1: "3"}\n' });
    const { code, stdout, stderr } = await run(['score', join(dir, 'bad.yaml'), '-f', 'table']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${join(dir, 'bad.yaml')}:3:17  error  level of indikator 1 must be a whole number from 1 to 5, not "3"  LEVEL_NOT_INTEGER`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exit 2 for an unreadable path, after scoring the other files', async () => {
    const { code, stdout, stderr } = await run(['score', 'missing.yaml', EXAMPLE, '-f', 'table']);
    expect(code).toBe(2);
    expect(stderr).toBe('spbe: error: cannot read missing.yaml: no such file\n');
    expect(stdout).toContain('2.74');
  });

  it('exit 2 for usage errors', async () => {
    expect((await run(['score', EXAMPLE, '--bogus'])).code).toBe(2);
    expect((await run(['score', EXAMPLE, '--format', 'xml'])).stderr).toContain("error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are table, text, json, jsonl, csv, markdown, github, html, xlsx.");
    expect((await run(['score', EXAMPLE, '--detail', 'everything'])).code).toBe(2);
    expect((await run(['score'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const unknownFramework = await run(['score', EXAMPLE, '--framework', 'nope']);
    expect(unknownFramework).toEqual({ code: 2, stdout: '', stderr: 'spbe: error: unknown framework "nope"\nhint: built-in frameworks: permenpanrb-5-2018, permenpanrb-59-2020, permenpanrb-8-2026; or give the path of a framework file\n' });
    const missingCompare = await run(['score', EXAMPLE, '--compare', 'nope.yaml']);
    expect(missingCompare).toEqual({ code: 2, stdout: '', stderr: 'spbe: error: cannot read --compare nope.yaml: no such file\n' });
  });

  it('an invalid --compare file shows its findings and exits 1', async () => {
    const dir = tempFiles({ 'bad.yaml': 'year: 2023\n' });
    const { code, stderr } = await run(['score', EXAMPLE, '--compare', join(dir, 'bad.yaml')]);
    expect(code).toBe(1);
    expect(stderr).toContain('MISSING_FIELD');
  });

  it('--help and --version exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 all valid');
    const version = await run(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });
});
