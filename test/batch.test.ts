/** spbe score / validate over many inputs: order, formats, linking, gates, config, output files. */
import { readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from './helpers/cli.js';
import { FORMATS } from '../src/cli/commands/batch.js';
import { assessmentYaml, levelsFromSums, uniformLevels } from './helpers/assessments.js';
import { tempTree } from './helpers/files.js';

const agency = (name: string, id: string, category: string, province: string) => ({ name, id, category, province });

function folder() {
  return tempTree({
    'b/kota-a-2024.yaml': assessmentYaml({ agency: agency('Kota A', 'kota-a', 'kota', 'Jawa Barat'), indicators: uniformLevels(3) }),
    'b/kota-a-2022.yaml': assessmentYaml({ year: 2022, agency: agency('Kota A', 'kota-a', 'kota', 'Jawa Barat'), indicators: uniformLevels(2) }),
    'a/kab-b-2024.yaml': assessmentYaml({ agency: agency('Kab. B', 'kab-b', 'kabupaten', 'Jawa Barat'), indicators: levelsFromSums({ k: 29, t: 21, m: 17, a: 37, p: 19 }) }),
    'a/kota-a-2023.yml': assessmentYaml({ year: 2023, agency: agency('Kota A', 'kota-a', 'kota', 'Jawa Barat'), indicators: uniformLevels(4) }),
    'a/notes.txt': 'not an assessment',
    'c/bad.yaml': 'year: 2024\nagency: Rusak\nindicators:\n  1: 3\n  1: 4\n',
  });
}

describe('inputs', () => {
  it('walks folders recursively in sorted order, ignores other files, keeps going past bad files', async () => {
    const dir = folder();
    const { code, stdout, stderr } = await run(['score', '.', '-f', 'text'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'a/kab-b-2024.yaml  Kab. B  2024  2.74  Baik',
        'a/kota-a-2023.yml  Kota A  2023  4.00  Sangat Baik  +2.00 from 2022',
        'b/kota-a-2022.yaml  Kota A  2022  2.00  Cukup',
        'b/kota-a-2024.yaml  Kota A  2024  3.00  Baik  -1.00 from 2023',
        'c/bad.yaml:5:3  error  duplicate key 1: each key may appear only once in a mapping  DUPLICATE_KEY',
        '5 files: 4 valid, 1 invalid (1 error)',
        '',
      ].join('\n'),
    );
  });

  it('takes quoted globs and keeps argument order', async () => {
    const dir = folder();
    const { stdout } = await run(['score', 'b/*.yaml', 'a/**/*.yml', '-f', 'jsonl'], { cwd: dir });
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['b/kota-a-2022.yaml', 'b/kota-a-2024.yaml', 'a/kota-a-2023.yml']);
  });

  it('a path or glob that matches nothing is exit 2, and the rest still runs', async () => {
    const dir = folder();
    const result = await run(['validate', 'nothing/*.yaml', 'missing.yaml', 'a', '-f', 'text'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('spbe: error: no assessment files match nothing/*.yaml\nspbe: error: cannot read missing.yaml: no such file\n');
    expect(result.stdout).toBe('2 files: 2 valid, 0 invalid\n');
    const empty = tempTree({ 'x/readme.md': '#' });
    expect(await run(['validate', 'x'], { cwd: empty })).toEqual({ code: 2, stdout: '', stderr: 'spbe: error: no *.yaml or *.yml files in x\n' });
  });

  it('reads standard input as `-`, named by --stdin-filepath', async () => {
    const stdin = 'year: 2024\nagency: X\nindicators:\n  1: 9\n';
    const { code, stdout } = await run(['validate', '-', '--stdin-filepath', 'dari-stdin.yaml', '-f', 'text'], { stdin });
    expect(code).toBe(1);
    expect(stdout).toContain('dari-stdin.yaml:4:6  error  level 9 of indikator 1 is off the scale');
  });

  it('survives a symlink loop and a directory named like a file', async () => {
    const dir = tempTree({ 'd/ok.yaml': assessmentYaml({ indicators: uniformLevels(2) }), 'd/x.yaml/inner.yaml': assessmentYaml({ indicators: uniformLevels(3) }) });
    symlinkSync(join(dir, 'd'), join(dir, 'd', 'loop'));
    const { code, stdout } = await run(['validate', 'd', '-f', 'text'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('2 files: 2 valid, 0 invalid\n');
  });
});

describe('validate', () => {
  it('reports findings only, in every machine format', async () => {
    const dir = folder();
    const json = JSON.parse((await run(['validate', '.', '-f', 'json'], { cwd: dir })).stdout);
    expect(json.summary).toEqual({ files: 5, valid: 4, invalid: 1, errors: 1, warnings: 0 });
    expect(json.results[0]).toEqual({ file: 'a/kab-b-2024.yaml', valid: true, agency: { name: 'Kab. B', id: 'kab-b', category: 'kabupaten', province: 'Jawa Barat' }, year: 2024, framework: { id: 'permenpanrb-59-2020', status: 'official' }, findings: [] });
    expect(json.results[4].findings[0]).toMatchObject({ code: 'DUPLICATE_KEY', line: 5, column: 3 });

    const github = await run(['validate', '.', '-f', 'github'], { cwd: dir });
    expect(github.code).toBe(1);
    expect(github.stdout).toBe('::error file=c/bad.yaml,line=5,col=3,endLine=5,endColumn=4,title=spbe DUPLICATE_KEY::duplicate key 1: each key may appear only once in a mapping\n5 files: 4 valid, 1 invalid (1 error)\n');

    const markdown = (await run(['validate', '.', '-f', 'markdown'], { cwd: dir })).stdout;
    expect(markdown).toContain('| c/bad.yaml:5:3 | error | duplicate key 1: each key may appear only once in a mapping | `DUPLICATE_KEY` |');
    expect(markdown).not.toContain('SPBE index');
  });
});

describe('score over many files', () => {
  it('links years of one agency automatically (the nearest earlier year)', async () => {
    const dir = folder();
    const json = JSON.parse((await run(['score', '.', '-f', 'json'], { cwd: dir })).stdout);
    const byFile = Object.fromEntries(json.results.map((r: { file: string }) => [r.file, r]));
    expect(byFile['b/kota-a-2024.yaml'].comparison).toMatchObject({ previous: { year: 2023, index: 4, source: 'a/kota-a-2023.yml' }, delta: { index: -1 }, predicateChange: 'down' });
    expect(byFile['a/kota-a-2023.yml'].comparison.previous.year).toBe(2022);
    expect(byFile['b/kota-a-2022.yaml'].comparison).toBeUndefined();
    expect(json.summary.scores).toEqual({
      count: 4,
      predicates: { Memuaskan: 0, 'Sangat Baik': 1, Baik: 2, Cukup: 1, Kurang: 0 },
      index: { mean: 2.94, median: 2.87, min: 2, max: 4 },
      domains: [
        { id: 1, name: 'Kebijakan Internal SPBE', mean: 2.98, median: 2.95, min: 2, max: 4 },
        { id: 2, name: 'Tata Kelola SPBE', mean: 2.78, median: 2.55, min: 2, max: 4 },
        { id: 3, name: 'Manajemen SPBE', mean: 2.64, median: 2.5, min: 1.55, max: 4 },
        { id: 4, name: 'Layanan SPBE', mean: 3.12, median: 3.24, min: 2, max: 4 },
      ],
    });
  });

  it('ranks agencies and summarises them, per group with --group-by', async () => {
    const dir = folder();
    const { stdout, stderr } = await run(['score', '.', '-f', 'table', '--group-by', 'category'], { cwd: dir });
    await expect(stdout).toMatchFileSnapshot('__snapshots__/score-ranking.txt');
    expect(stdout.indexOf('Kota A ')).toBeLessThan(stdout.indexOf('Kab. B'));
    expect(stderr).toBe('c/bad.yaml:5:3  error  duplicate key 1: each key may appear only once in a mapping  DUPLICATE_KEY\n5 files: 4 valid, 1 invalid (1 error)\n');
  });

  it('csv: one row per file, RFC 4180, decimal comma for Indonesian spreadsheets', async () => {
    const dir = tempTree({
      'x.yaml': assessmentYaml({ agency: { name: 'Kota "Satu", Tengah', id: 'kota-satu' }, indicators: levelsFromSums({ k: 29, t: 21, m: 17, a: 37, p: 19 }), previous: { year: 2023, index: 2.68 } }),
      'y.yaml': assessmentYaml({ agency: '=HYPERLINK("x")', indicators: uniformLevels(2) }),
    });
    const plain = (await run(['score', '.', '-f', 'csv'], { cwd: dir })).stdout;
    expect(plain.split('\r\n')).toEqual([
      'file,agency_id,agency_name,category,province,year,framework,index,exact_index,predicate,domain_1,domain_2,domain_3,domain_4,previous_year,previous_index,change,self_index,over_claims,under_claims,target_index,valid,errors,warnings',
      'x.yaml,kota-satu,"Kota ""Satu"", Tengah",,,2024,permenpanrb-59-2020,2.74,2.7445,Baik,2.90,2.10,1.55,3.49,2023,2.68,0.06,,,,,true,0,0',
      'y.yaml,hyperlink-x,"\'=HYPERLINK(""x"")",,,2024,permenpanrb-59-2020,2.00,2,Cukup,2.00,2.00,2.00,2.00,,,,,,,,true,0,0',
      '',
    ]);
    const comma = (await run(['score', 'x.yaml', '-f', 'csv', '--decimal-comma'], { cwd: dir })).stdout.split('\r\n')[1];
    expect(comma).toBe('x.yaml;kota-satu;"Kota ""Satu"", Tengah";;;2024;permenpanrb-59-2020;2,74;2,7445;Baik;2,90;2,10;1,55;3,49;2023;2,68;0,06;;;;;true;0;0');
    const tab = (await run(['score', 'x.yaml', '-f', 'csv', '--csv-delimiter', 'tab'], { cwd: dir })).stdout.split('\r\n')[0];
    expect(tab!.split('\t')).toHaveLength(24);
  });

  it('markdown: a ranking table with arrows and a summary', async () => {
    const dir = folder();
    const { stdout } = await run(['score', 'a', 'b', '-f', 'markdown'], { cwd: dir });
    expect(stdout).toContain('| 1 | Kota A | 2023 | 4.00 | Sangat Baik | ▲ +2.00 (2022) | `a/kota-a-2023.yml` |');
    expect(stdout).toContain('| 2 | Kota A | 2024 | 3.00 | Baik | ▼ -1.00 (2023) | `b/kota-a-2024.yaml` |');
    expect(stdout).toContain('| **Index** | 2.94 | 2.87 | 2.00 | 4.00 |');
  });

  it('-o writes the report atomically and infers the format from the extension', async () => {
    const dir = folder();
    const missingFolder = await run(['score', 'a', '-o', 'no-such-folder/report.json'], { cwd: dir });
    expect(missingFolder).toEqual({ code: 2, stdout: '', stderr: 'spbe: error: cannot write no-such-folder/report.json: no such file\n' });
    const ok = await run(['score', 'a', '-o', 'report.json'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    expect(ok.stderr).toBe('2 files: 2 valid, 0 invalid\n');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).results).toHaveLength(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('gates', () => {
  const dir = () =>
    tempTree({
      '2023.yaml': assessmentYaml({ year: 2023, agency: 'X', indicators: uniformLevels(3) }),
      '2024.yaml': assessmentYaml({ agency: 'X', indicators: levelsFromSums({ k: 29, t: 21, m: 17, a: 37, p: 19 }) }),
    });

  it('without gates scores never change the exit code', async () => {
    expect((await run(['score', '.', '-f', 'text'], { cwd: dir() })).code).toBe(0);
  });

  it('--fail-under, --fail-under-domain and --max-drop fail with what failed (exit 1)', async () => {
    const cwd = dir();
    const under = await run(['score', '2024.yaml', '--fail-under', '2.75', '-f', 'text'], { cwd });
    expect(under.code).toBe(1);
    expect(under.stdout).toContain('2024.yaml  gate  Indeks 2.74 is under --fail-under 2.75');
    expect((await run(['score', '2024.yaml', '--fail-under', '2.74', '-f', 'text'], { cwd })).code).toBe(0);

    const domain = await run(['score', '2024.yaml', '--fail-under-domain', '3=1.6', '--fail-under-domain', '1=2.9', '-f', 'json'], { cwd });
    expect(domain.code).toBe(1);
    expect(JSON.parse(domain.stdout).results[0].gates).toEqual([{ code: 'GATE_FAIL_UNDER_DOMAIN', gate: 'fail-under-domain', message: 'domain 3 Manajemen SPBE 1.55 is under --fail-under-domain 3=1.60' }]);

    const drop = await run(['score', '.', '--max-drop', '0.2', '-f', 'github'], { cwd });
    expect(drop.code).toBe(1);
    expect(drop.stdout).toContain('::error file=2024.yaml,title=spbe gate::the index fell by 0.26 from 2023, more than --max-drop 0.20');
    expect((await run(['score', '.', '--max-drop', '0.26', '-f', 'text'], { cwd })).code).toBe(0);
  });

  it('gates in the table format go to stderr', async () => {
    const { code, stderr } = await run(['score', '2024.yaml', '--fail-under', '3', '-f', 'table'], { cwd: dir() });
    expect(code).toBe(1);
    expect(stderr).toBe('2024.yaml  gate  Indeks 2.74 is under --fail-under 3.00\n');
  });

  it('bad gate values are usage errors', async () => {
    expect((await run(['score', '.', '--fail-under', 'abc'], { cwd: dir() })).code).toBe(2);
    expect((await run(['score', '.', '--fail-under-domain', '3'], { cwd: dir() })).stderr).toContain('Expected DOMAIN=VALUE');
    expect((await run(['score', '.', '--max-drop', '9'], { cwd: dir() })).stderr).toContain('Expected a number from 0 to 5.');
  });
});

describe('spbe.config.yaml', () => {
  it('sets format, predicate basis and gates; flags win', async () => {
    const cwd = tempTree({
      'spbe.config.yaml': 'format: csv\npredicateBasis: rounded\ngates:\n  failUnder: 2.8\n  failUnderDomain: {4: 3.0}\n',
      'x.yaml': assessmentYaml({ indicators: levelsFromSums({ k: 29, t: 21, m: 17, a: 37, p: 19 }) }),
    });
    const fromConfig = await run(['score', 'x.yaml'], { cwd });
    expect(fromConfig.code).toBe(1);
    expect(fromConfig.stdout.startsWith('file,agency_id')).toBe(true);
    const flags = await run(['score', 'x.yaml', '-f', 'json', '--fail-under', '2.7'], { cwd });
    expect(flags.code).toBe(0);
    const result = JSON.parse(flags.stdout).results[0];
    expect(result.predicateBasis).toBe('rounded');
    expect(result.gates).toEqual([]);
  });

  it('the configuration schema accepts every output format the CLI has', async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8'));
    expect(schema.properties.format.enum).toEqual([...FORMATS]);
  });

  it('an invalid config file is exit 2 with positions', async () => {
    const cwd = tempTree({ 'spbe.config.yaml': 'format: xml\ngates:\n  failUnder: 2.8\n  maxdrop: 1\n', 'x.yaml': assessmentYaml({ indicators: uniformLevels(3) }) });
    const { code, stderr } = await run(['score', 'x.yaml'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'spbe: error: invalid configuration:\nspbe.config.yaml:1:9: format must be one of: table, text, json, jsonl, csv, markdown, github, html, xlsx\nspbe.config.yaml:4:3: unknown field "maxdrop"; expected one of: failUnder, failUnderDomain, maxDrop\n',
    );
    const other = tempTree({ 'my.yaml': 'format: [\n' });
    expect((await run(['score', 'x.yaml', '--config', 'my.yaml'], { cwd: other })).stderr).toContain('spbe: error: invalid configuration:\nmy.yaml:2:1: YAML syntax error');
    expect((await run(['score', 'x.yaml', '--config', 'none.yaml'], { cwd: other })).stderr).toBe('spbe: error: invalid configuration:\nnone.yaml: cannot read the file: no such file\n');
  });
});
