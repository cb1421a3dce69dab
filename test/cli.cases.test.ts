/**
 * The CLI as a table: arguments (and stdin, cwd, env) in; exit code, stdout and stderr out. Each
 * case runs in-process through main(argv, io) and through the built binary, `node bin/spbe.js`,
 * and both runs must meet the same expectations (test/helpers/cli-cases.ts). Tests that need more
 * than one run with state in between, a browser, worker threads or another user stay in their files.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';
import { stringify } from 'yaml';
import { absent, json, jsonLines, runCases, snapshot, type CliCase } from './helpers/cli-cases.js';
import { assessmentYaml, levelsFromSums, uniformLevels } from './helpers/assessments.js';
import { freshTree, once, sharedTree, tempTree } from './helpers/files.js';
import { ROOT } from './helpers/root.js';

const EXAMPLE = 'examples/kota-banjarbaru-2024.yaml';
const ESCAPE = /\u001b\[/;
const NO_STACK = absent(/\n\s+at /);
const agency = (name: string, id: string, category: string, province: string) => ({ name, id, category, province });
const BAIK_SUMS = { k: 29, t: 21, m: 17, a: 37, p: 19 }; // 2.7445, as Kota Banjarbaru 2024

// ---------------------------------------------------------------------------------------------
// spbe score, one file: human output, machine output, year over year, exit codes and errors
// ---------------------------------------------------------------------------------------------

const pacitan = sharedTree({ 'pacitan.yaml': assessmentYaml({ indicators: levelsFromSums({ k: 47, t: 30, m: 23, a: 39, p: 24 }) }) }); // Kab. Pacitan 2024: exact 3.4985, published 3.50
const levelNine = sharedTree({ 'bad.yaml': 'year: 2024\nagency: X\nindicators:\n  1: 9\n' });
const compared = sharedTree({
  '2023.yaml': assessmentYaml({ year: 2023, indicators: uniformLevels(2) }),
  '2024.yaml': assessmentYaml({ indicators: uniformLevels(3), previous: { year: 2022, index: 1.5 } }),
});
const previousPath = sharedTree({
  '2023.yaml': assessmentYaml({ year: 2023, indicators: uniformLevels(4) }),
  '2024.yaml': assessmentYaml({ indicators: uniformLevels(3), previous: './2023.yaml' }),
});
const previousInvalid = sharedTree({
  '2023.yaml': 'year: 2023\n',
  '2024.yaml': assessmentYaml({ indicators: uniformLevels(3), previous: './2023.yaml' }),
});
const quotedLevel = sharedTree({ 'bad.yaml': 'year: 2024\nagency: X\nindicators: {1: "3"}\n' });
const compareInvalid = sharedTree({ 'bad.yaml': 'year: 2023\n' });

const colour = (name: string, args: string[], options: Pick<CliCase, 'tty' | 'env' | 'sameWithoutTty'>, coloured: boolean): CliCase => ({
  name: `colour: ${name}`,
  args: ['score', EXAMPLE, '-f', 'table', ...args],
  ...options,
  exitCode: 0,
  stdout: coloured ? ESCAPE : absent(ESCAPE),
});

const scoreOneFile: CliCase[] = [
  {
    name: 'score: the published 2024 result of Kota Banjarbaru, 2.74 Baik, with the change from 2023',
    args: ['score', EXAMPLE, '-f', 'table'],
    exitCode: 0,
    stdout: [snapshot('score-banjarbaru.txt'), /Indeks SPBE\s+│\s+100%\s+│\s+2\.74\s+│\s+2\.68\s+│\s+▲ \+0\.06/, /Predikat\s+│\s+│\s+Baik/],
    stderr: '',
  },
  {
    name: 'score --detail aspects,indicators adds the 8 aspects and every indicator with its contribution',
    args: ['score', EXAMPLE, '-f', 'table', '--detail', 'aspects,indicators'],
    exitCode: 0,
    stdout: [snapshot('score-banjarbaru-detail.txt'), 'aspek 8 Layanan Publik Berbasis Elektronik', /│\s+32 │ Layanan Perencanaan\s+│\s+7 │\s+4 │ Kolaborasi\s+│\s+2\.75% │\s+\+0\.11 │/],
  },
  colour('none off a terminal', [], {}, false),
  colour('on a terminal', [], { tty: true }, true),
  colour('never with NO_COLOR, even on a terminal', [], { tty: true, env: { NO_COLOR: '1' }, sameWithoutTty: true }, false),
  colour('an empty NO_COLOR does not turn it off', [], { tty: true, env: { NO_COLOR: '' } }, true),
  colour('--no-color wins over a terminal', ['--no-color'], { tty: true, sameWithoutTty: true }, false),
  colour('--color asks for it off a terminal', ['--color'], {}, true),
  colour('FORCE_COLOR=1 asks for it off a terminal', [], { env: { FORCE_COLOR: '1' } }, true),
  colour('FORCE_COLOR=0 turns it off on a terminal', [], { tty: true, env: { FORCE_COLOR: '0' }, sameWithoutTty: true }, false),
  {
    name: 'score: explains when the predicate basis decides the predikat',
    args: () => ['score', join(pacitan(), 'pacitan.yaml'), '-f', 'table'],
    exitCode: 0,
    stdout: [/Predikat\s+│\s+│\s+Baik/, 'on the rounded index (--predicate-basis rounded) it would be Sangat Baik'],
  },
  {
    name: 'score --predicate-basis rounded: the rounded index decides the predikat',
    args: () => ['score', join(pacitan(), 'pacitan.yaml'), '-f', 'table', '--predicate-basis', 'rounded'],
    exitCode: 0,
    stdout: /Predikat\s+│\s+│\s+Sangat Baik/,
  },
  {
    name: 'score --format json follows the output contract',
    args: ['score', EXAMPLE, '--format', 'json'],
    exitCode: 0,
    stderr: '',
    stdout: json((document) => {
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
    }),
  },
  {
    name: 'score -f json prints JSON that parses',
    args: ['score', EXAMPLE, '-f', 'json'],
    exitCode: 0,
    stdout: json((document) => expect(document.results[0].exactIndex).toBe('2.7445')),
  },
  {
    name: 'score --format jsonl prints one result per line and invalid files as findings',
    args: () => ['score', EXAMPLE, join(levelNine(), 'bad.yaml'), '-f', 'jsonl'],
    exitCode: 1,
    stdout: jsonLines((lines) => {
      expect(lines).toHaveLength(2);
      expect(lines[0].index).toBe(2.74);
      expect(lines[1]).toEqual({
        file: join(levelNine(), 'bad.yaml'),
        valid: false,
        findings: [
          { code: 'MISSING_INDICATOR', severity: 'error', message: 'indikator 2-47 of permenpanrb-59-2020 are missing; every indicator needs a level', line: 3, column: 1, endLine: 3, endColumn: 11, pointer: '/indicators' },
          { code: 'LEVEL_OUT_OF_SCALE', severity: 'error', message: 'level 9 of indikator 1 is off the scale of permenpanrb-59-2020 (1..5)', line: 4, column: 6, endLine: 4, endColumn: 7, pointer: '/indicators/1' },
        ],
      });
    }),
  },
  {
    name: 'score --compare FILE wins over `previous` and shows the change per domain',
    args: () => ['score', join(compared(), '2024.yaml'), '--compare', join(compared(), '2023.yaml'), '-f', 'json'],
    exitCode: 0,
    stdout: json((document) => {
      const { comparison } = document.results[0];
      expect(comparison.previous).toMatchObject({ year: 2023, index: 2, predicate: 'Cukup' });
      expect(comparison.delta).toEqual({ index: 1, domains: [1, 2, 3, 4].map((id) => ({ id, delta: 1 })), aspects: [1, 2, 3, 4, 5, 6, 7, 8].map((id) => ({ id, delta: 1 })) });
      expect(comparison.predicateChange).toBe('up');
      // A full file as the previous year: every indicator's change, 2 -> 3.
      expect(comparison.indicatorBasis).toBe('same');
      expect(comparison.indicators).toEqual(Array.from({ length: 47 }, (_, i) => ({ id: i + 1, previous: 2, change: 1 })));
    }),
  },
  {
    name: 'score: `previous` as a path is read relative to the file',
    args: () => ['score', join(previousPath(), '2024.yaml'), '-f', 'table'],
    exitCode: 0,
    stdout: [/Indeks SPBE\s+│\s+100%\s+│\s+3\.00\s+│\s+4\.00\s+│\s+▼ -1\.00/, /Predikat\s+│\s+│\s+Baik\s+│\s+Sangat Baik\s+│\s+▼/],
  },
  {
    name: 'score: an invalid previous file is a finding of the current file at `previous`',
    args: () => ['score', join(previousInvalid(), '2024.yaml'), '-f', 'table'],
    exitCode: 1,
    stderr: (text) => expect(text).toContain(`${join(previousInvalid(), '2024.yaml')}:51:11  error  the previous assessment ./2023.yaml is invalid (2 errors, the first MISSING_FIELD at ./2023.yaml:1:1; run spbe validate on it)  PREVIOUS_INVALID`),
  },
  {
    name: 'score: exit 1 for an invalid file, with file:line:column findings on stderr and no stack',
    args: () => ['score', join(quotedLevel(), 'bad.yaml'), '-f', 'table'],
    exitCode: 1,
    stdout: '',
    stderr: [(text) => expect(text).toContain(`${join(quotedLevel(), 'bad.yaml')}:3:17  error  level of indikator 1 must be a whole number from 1 to 5, not "3"  LEVEL_NOT_INTEGER`), NO_STACK],
  },
  {
    name: 'score: exit 1 for an invalid file in the default format, findings on stdout, no stack',
    args: ['score', 'package.json'],
    exitCode: 1,
    stdout: [/^package\.json:1:1 {2}error {2}missing required field "year" {2}MISSING_FIELD$/m, NO_STACK],
    stderr: NO_STACK,
    check: ({ stdout, stderr }) => expect(stdout + stderr).not.toMatch(/\n\s+at /),
  },
  {
    name: 'score: exit 2 for an unreadable path, after scoring the other files',
    args: ['score', 'missing.yaml', EXAMPLE, '-f', 'table'],
    exitCode: 2,
    stdout: ['2.74'],
    stderr: 'spbe: error: cannot read missing.yaml: no such file\n',
  },
  { name: 'score: exit 2 for an unknown option', args: ['score', EXAMPLE, '--bogus'], exitCode: 2 },
  { name: 'score: exit 2 for an unknown option, without a stack trace', args: ['score', '--nope', 'x.yaml'], exitCode: 2, stdout: NO_STACK, stderr: ["error: unknown option '--nope'", NO_STACK] },
  {
    name: 'score: exit 2 for an unknown format, with the choices',
    args: ['score', EXAMPLE, '--format', 'xml'],
    exitCode: 2,
    stderr: ["error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are table, text, json, jsonl, csv, markdown, github, sarif, junit, html, pdf, xlsx."],
  },
  { name: 'score: exit 2 for an unknown --detail', args: ['score', EXAMPLE, '--detail', 'everything'], exitCode: 2 },
  { name: 'score: exit 2 without a file', args: ['score'], exitCode: 2 },
  { name: 'exit 2 for an unknown command', args: ['frobnicate'], exitCode: 2 },
  {
    name: 'score: exit 2 for an unknown framework, with the built-ins as a hint',
    args: ['score', EXAMPLE, '--framework', 'nope'],
    exitCode: 2,
    stdout: '',
    stderr: 'spbe: error: unknown framework "nope"\nhint: built-in frameworks: permenpanrb-5-2018, permenpanrb-59-2020, permenpanrb-8-2026; or give the path of a framework file\n',
  },
  { name: 'score: exit 2 for a missing --compare file', args: ['score', EXAMPLE, '--compare', 'nope.yaml'], exitCode: 2, stdout: '', stderr: 'spbe: error: cannot read --compare nope.yaml: no such file\n' },
  { name: 'score: an invalid --compare file shows its findings and exits 1', args: () => ['score', EXAMPLE, '--compare', join(compareInvalid(), 'bad.yaml')], exitCode: 1, stderr: ['MISSING_FIELD'] },
  { name: '--help exits 0', args: ['--help'], exitCode: 0, stdout: ['Exit codes: 0 all valid'] },
  { name: '--version exits 0 with the version', args: ['--version'], exitCode: 0, stdout: /^\d+\.\d+\.\d+\n$/ },
];

// ---------------------------------------------------------------------------------------------
// spbe score / validate over many inputs: order, formats, linking, gates, config, output files
// ---------------------------------------------------------------------------------------------

const batchFiles = {
  'b/kota-a-2024.yaml': assessmentYaml({ agency: agency('Kota A', 'kota-a', 'kota', 'Jawa Barat'), indicators: uniformLevels(3) }),
  'b/kota-a-2022.yaml': assessmentYaml({ year: 2022, agency: agency('Kota A', 'kota-a', 'kota', 'Jawa Barat'), indicators: uniformLevels(2) }),
  'a/kab-b-2024.yaml': assessmentYaml({ agency: agency('Kab. B', 'kab-b', 'kabupaten', 'Jawa Barat'), indicators: levelsFromSums(BAIK_SUMS) }),
  'a/kota-a-2023.yml': assessmentYaml({ year: 2023, agency: agency('Kota A', 'kota-a', 'kota', 'Jawa Barat'), indicators: uniformLevels(4) }),
  'a/notes.txt': 'not an assessment',
  'c/bad.yaml': 'year: 2024\nagency: Rusak\nindicators:\n  1: 3\n  1: 4\n',
};
const folder = sharedTree(batchFiles);
const duplicateKey = 'c/bad.yaml:5:3  error  duplicate key 1: each key may appear only once in a mapping  DUPLICATE_KEY';
const loopAndFolderNamedLikeAFile = once(() => {
  const dir = tempTree({ 'd/ok.yaml': assessmentYaml({ indicators: uniformLevels(2) }), 'd/x.yaml/inner.yaml': assessmentYaml({ indicators: uniformLevels(3) }) });
  symlinkSync(join(dir, 'd'), join(dir, 'd', 'loop'));
  return dir;
});
const csvFolder = sharedTree({
  'x.yaml': assessmentYaml({ agency: { name: 'Kota "Satu", Tengah', id: 'kota-satu' }, indicators: levelsFromSums(BAIK_SUMS), previous: { year: 2023, index: 2.68 } }),
  'y.yaml': assessmentYaml({ agency: '=HYPERLINK("x")', indicators: uniformLevels(2) }),
});
const gates = sharedTree({
  '2023.yaml': assessmentYaml({ year: 2023, agency: 'X', indicators: uniformLevels(3) }),
  '2024.yaml': assessmentYaml({ agency: 'X', indicators: levelsFromSums(BAIK_SUMS) }),
});
const configured = sharedTree({
  'spbe.config.yaml': 'format: csv\npredicateBasis: rounded\ngates:\n  failUnder: 2.8\n  failUnderDomain: {4: 3.0}\n',
  'x.yaml': assessmentYaml({ indicators: levelsFromSums(BAIK_SUMS) }),
});
const badConfig = sharedTree({ 'spbe.config.yaml': 'format: xml\ngates:\n  failUnder: 2.8\n  maxdrop: 1\n', 'x.yaml': assessmentYaml({ indicators: uniformLevels(3) }) });
const badOtherConfig = sharedTree({ 'my.yaml': 'format: [\n' });

const batch: CliCase[] = [
  {
    name: 'batch: walks folders recursively in sorted order, ignores other files, keeps going past bad files',
    args: ['score', '.', '-f', 'text'],
    cwd: folder,
    exitCode: 1,
    stderr: '',
    stdout: [
      'a/kab-b-2024.yaml  Kab. B  2024  2.74  Baik',
      'a/kota-a-2023.yml  Kota A  2023  4.00  Sangat Baik  +2.00 from 2022',
      'b/kota-a-2022.yaml  Kota A  2022  2.00  Cukup',
      'b/kota-a-2024.yaml  Kota A  2024  3.00  Baik  -1.00 from 2023',
      duplicateKey,
      '5 files: 4 valid, 1 invalid (1 error)',
      '',
    ].join('\n'),
  },
  {
    name: 'batch: takes quoted globs and keeps argument order',
    args: ['score', 'b/*.yaml', 'a/**/*.yml', '-f', 'jsonl'],
    cwd: folder,
    exitCode: 0,
    stdout: jsonLines((lines) => expect(lines.map((l) => l.file)).toEqual(['b/kota-a-2022.yaml', 'b/kota-a-2024.yaml', 'a/kota-a-2023.yml'])),
  },
  {
    name: 'batch: a path or glob that matches nothing is exit 2, and the rest still runs',
    args: ['validate', 'nothing/*.yaml', 'missing.yaml', 'a', '-f', 'text'],
    cwd: folder,
    exitCode: 2,
    stdout: '2 files: 2 valid, 0 invalid\n',
    stderr: 'spbe: error: no assessment files match nothing/*.yaml\nspbe: error: cannot read missing.yaml: no such file\n',
  },
  { name: 'batch: a folder without assessments is exit 2', args: ['validate', 'x'], cwd: sharedTree({ 'x/readme.md': '#' }), exitCode: 2, stdout: '', stderr: 'spbe: error: no *.yaml or *.yml files in x\n' },
  {
    name: 'batch: reads standard input as `-`, named by --stdin-filepath',
    args: ['validate', '-', '--stdin-filepath', 'dari-stdin.yaml', '-f', 'text'],
    stdin: 'year: 2024\nagency: X\nindicators:\n  1: 9\n',
    exitCode: 1,
    stdout: ['dari-stdin.yaml:4:6  error  level 9 of indikator 1 is off the scale'],
  },
  { name: 'batch: survives a symlink loop and a directory named like a file', args: ['validate', 'd', '-f', 'text'], cwd: loopAndFolderNamedLikeAFile, exitCode: 0, stdout: '2 files: 2 valid, 0 invalid\n' },
  {
    name: 'validate -f json reports findings only',
    args: ['validate', '.', '-f', 'json'],
    cwd: folder,
    exitCode: 1,
    stdout: json((document) => {
      expect(document.summary).toEqual({ files: 5, valid: 4, invalid: 1, errors: 1, warnings: 0 });
      expect(document.results[0]).toEqual({ file: 'a/kab-b-2024.yaml', valid: true, agency: { name: 'Kab. B', id: 'kab-b', category: 'kabupaten', province: 'Jawa Barat' }, year: 2024, framework: { id: 'permenpanrb-59-2020', status: 'official' }, findings: [] });
      expect(document.results[4].findings[0]).toMatchObject({ code: 'DUPLICATE_KEY', line: 5, column: 3 });
    }),
  },
  {
    name: 'validate -f github prints workflow annotations',
    args: ['validate', '.', '-f', 'github'],
    cwd: folder,
    exitCode: 1,
    stdout: '::error file=c/bad.yaml,line=5,col=3,endLine=5,endColumn=4,title=spbe DUPLICATE_KEY::duplicate key 1: each key may appear only once in a mapping\n5 files: 4 valid, 1 invalid (1 error)\n',
  },
  {
    name: 'validate -f markdown lists findings and no scores',
    args: ['validate', '.', '-f', 'markdown'],
    cwd: folder,
    exitCode: 1,
    stdout: ['| c/bad.yaml:5:3 | error | duplicate key 1: each key may appear only once in a mapping | `DUPLICATE_KEY` |', absent('SPBE index')],
  },
  {
    name: 'batch: links years of one agency automatically (the nearest earlier year) and summarises the scores',
    args: ['score', '.', '-f', 'json'],
    cwd: folder,
    exitCode: 1,
    stdout: json((document) => {
      const byFile = Object.fromEntries(document.results.map((r: { file: string }) => [r.file, r]));
      expect(byFile['b/kota-a-2024.yaml'].comparison).toMatchObject({ previous: { year: 2023, index: 4, source: 'a/kota-a-2023.yml' }, delta: { index: -1 }, predicateChange: 'down' });
      expect(byFile['a/kota-a-2023.yml'].comparison.previous.year).toBe(2022);
      expect(byFile['b/kota-a-2022.yaml'].comparison).toBeUndefined();
      // One summary per year (the files span 2022-2024): Kota A 2022 2.00, 2023 4.00; 2024 Kota A 3.00 and Kab. B 2.7445.
      expect(document.summary.scores).toBeUndefined();
      expect(document.summary.cohorts.map((c: { year: number; count: number; index: unknown }) => [c.year, c.count, c.index])).toEqual([
        [2022, 1, { mean: 2, median: 2, min: 2, max: 2 }],
        [2023, 1, { mean: 4, median: 4, min: 4, max: 4 }],
        [2024, 2, { mean: 2.87, median: 2.87, min: 2.74, max: 3 }],
      ]);
      expect(document.summary.cohorts[2].domains).toEqual([
        { id: 1, name: 'Kebijakan Internal SPBE', mean: 2.95, median: 2.95, min: 2.9, max: 3 },
        { id: 2, name: 'Tata Kelola SPBE', mean: 2.55, median: 2.55, min: 2.1, max: 3 },
        { id: 3, name: 'Manajemen SPBE', mean: 2.27, median: 2.27, min: 1.55, max: 3 },
        { id: 4, name: 'Layanan SPBE', mean: 3.24, median: 3.24, min: 3, max: 3.49 },
      ]);
    }),
  },
  {
    name: 'batch: ranks agencies and summarises them, per group with --group-by',
    args: ['score', '.', '-f', 'table', '--group-by', 'category'],
    cwd: folder,
    exitCode: 1,
    stdout: [snapshot('score-ranking.txt'), (text) => expect(text.indexOf('Kota A ')).toBeLessThan(text.indexOf('Kab. B'))],
    stderr: `${duplicateKey}\n5 files: 4 valid, 1 invalid (1 error)\n`,
  },
  {
    name: 'batch --benchmark all: each year\'s ranking adds the cohort of each file (same framework and year), rank in it, percentile and distance to its mean and median',
    args: ['score', 'a', 'b', '-f', 'table', '--benchmark', 'all'],
    cwd: folder,
    exitCode: 0,
    // 2024: Kota A 3 and Kab. B 2.7445, mean = median = 2.87225; 2023 and 2022 alone in their years.
    stdout: [
      /│ # │ Agency │ Year │ Index │ Predikat\s+│\s+Change │ Cohort\s+│ Rank │ Percentile │ ± mean │ ± median │/,
      /│ 1 │ Kota A │ 2023 │  4\.00 │ Sangat Baik │ ▲ \+2\.00 \(2022\) │ all agencies │  1\/1 │\s+│   0\.00 │     0\.00 │/,
      /│ 1 │ Kota A │ 2024 │  3\.00 │ Baik\s+│ ▼ -1\.00 \(2023\) │ all agencies │  1\/2 │     100\.00 │  \+0\.13 │    \+0\.13 │/,
      /│ 2 │ Kab\. B │ 2024 │  2\.74 │ Baik\s+│\s+│ all agencies │  2\/2 │       0\.00 │  -0\.13 │    -0\.13 │/,
    ],
  },
  {
    name: '--benchmark under -f xlsx: the summary sheet gains the cohort, the rank, the percentile and the distances as numbers',
    args: ['score', 'a', 'b', '-f', 'xlsx', '-o', 'hasil.xlsx', '--benchmark', 'all'],
    cwd: once(() => tempTree(batchFiles)),
    exitCode: 0,
    check: ({ cwd }) => {
      const summary = strFromU8(unzipSync(readFileSync(join(cwd, 'hasil.xlsx')))['xl/worksheets/sheet1.xml']!);
      const row = (n: number) => [...summary.matchAll(new RegExp(`<c r="([Q-Y])${n}"[^>]*>(?:<v>([^<]*)</v>|<is><t>([^<]*)</t></is>)?`, 'g'))].map((m) => m[2] ?? m[3] ?? '');
      expect(summary).toContain('<autoFilter ref="A1:Y5"/>');
      // Row 2 is Kab. B 2024 (input order): cohort size 2, rank 2, percentile 0, mean and median 2.87, -0.13 from both.
      expect(row(2).slice(2)).toEqual(['2', '2', '0', '2.87', '-0.13', '2.87', '-0.13']);
    },
  },
  {
    name: 'batch -f csv: one row per file, RFC 4180, formulas defused',
    args: ['score', '.', '-f', 'csv'],
    cwd: csvFolder,
    exitCode: 0,
    stdout: (text) =>
      expect(text.split('\r\n')).toEqual([
        'file,agency_id,agency_name,category,province,year,framework,index,exact_index,predicate,predicate_basis,domain_1,domain_2,domain_3,domain_4,previous_year,previous_index,change,self_index,over_claims,under_claims,target_index,valid,errors,warnings',
        'x.yaml,kota-satu,"Kota ""Satu"", Tengah",,,2024,permenpanrb-59-2020,2.74,2.7445,Baik,exact,2.90,2.10,1.55,3.49,2023,2.68,0.06,,,,,true,0,0',
        'y.yaml,hyperlink-x,"\'=HYPERLINK(""x"")",,,2024,permenpanrb-59-2020,2.00,2,Cukup,exact,2.00,2.00,2.00,2.00,,,,,,,,true,0,0',
        '',
      ]),
  },
  {
    name: 'batch -f csv --decimal-comma: semicolons and decimal commas for Indonesian spreadsheets',
    args: ['score', 'x.yaml', '-f', 'csv', '--decimal-comma'],
    cwd: csvFolder,
    exitCode: 0,
    stdout: (text) => expect(text.split('\r\n')[1]).toBe('x.yaml;kota-satu;"Kota ""Satu"", Tengah";;;2024;permenpanrb-59-2020;2,74;2,7445;Baik;exact;2,90;2,10;1,55;3,49;2023;2,68;0,06;;;;;true;0;0'),
  },
  {
    name: 'batch -f csv --csv-delimiter tab',
    args: ['score', 'x.yaml', '-f', 'csv', '--csv-delimiter', 'tab'],
    cwd: csvFolder,
    exitCode: 0,
    stdout: (text) => expect(text.split('\r\n')[0]!.split('\t')).toHaveLength(25),
  },
  {
    name: 'batch -f markdown: a ranking table per framework and year, with arrows, and a summary',
    args: ['score', 'a', 'b', '-f', 'markdown'],
    cwd: folder,
    exitCode: 0,
    stdout: ['| 1 | Kota A | 2023 | 4.00 | Sangat Baik | ▲ +2.00 (2022) | `a/kota-a-2023.yml` |', '### Ranking: 2024 · permenpanrb-59-2020\n', '| 1 | Kota A | 2024 | 3.00 | Baik | ▼ -1.00 (2023) | `b/kota-a-2024.yaml` |', '### Summary: 2024 · permenpanrb-59-2020\n', '| **Index** | 2.87 | 2.87 | 2.74 | 3.00 |'],
  },
  {
    name: 'batch -o: a folder that does not exist is exit 2',
    args: ['score', 'a', '-o', 'no-such-folder/report.json'],
    cwd: freshTree(batchFiles),
    exitCode: 2,
    stdout: '',
    stderr: 'spbe: error: cannot write no-such-folder/report.json: no such file\n',
  },
  {
    name: 'batch -o writes the report atomically and infers the format from the extension',
    args: ['score', 'a', '-o', 'report.json'],
    cwd: freshTree(batchFiles),
    exitCode: 0,
    stdout: '',
    stderr: '2 files: 2 valid, 0 invalid\n',
    check: ({ cwd }) => {
      expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8')).results).toHaveLength(2);
      expect(readdirSync(cwd).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  },
  { name: 'gates: without gates scores never change the exit code', args: ['score', '.', '-f', 'text'], cwd: gates, exitCode: 0 },
  { name: 'gates: --fail-under fails with what failed (exit 1)', args: ['score', '2024.yaml', '--fail-under', '2.75', '-f', 'text'], cwd: gates, exitCode: 1, stdout: ['2024.yaml  gate  Indeks 2.74 is under --fail-under 2.75'] },
  { name: 'gates: --fail-under at the index passes', args: ['score', '2024.yaml', '--fail-under', '2.74', '-f', 'text'], cwd: gates, exitCode: 0 },
  {
    name: 'gates: --fail-under-domain, repeated, fails with what failed (exit 1)',
    args: ['score', '2024.yaml', '--fail-under-domain', '3=1.6', '--fail-under-domain', '1=2.9', '-f', 'json'],
    cwd: gates,
    exitCode: 1,
    stdout: json((document) => expect(document.results[0].gates).toEqual([{ code: 'GATE_FAIL_UNDER_DOMAIN', gate: 'fail-under-domain', message: 'domain 3 Manajemen SPBE 1.55 is under --fail-under-domain 3=1.60' }])),
  },
  { name: 'gates: --max-drop fails with what failed (exit 1)', args: ['score', '.', '--max-drop', '0.2', '-f', 'github'], cwd: gates, exitCode: 1, stdout: ['::error file=2024.yaml,line=1,col=1,title=spbe GATE_MAX_DROP::the index fell by 0.26 from 2023, more than --max-drop 0.20'] },
  { name: 'gates: a drop of exactly --max-drop passes', args: ['score', '.', '--max-drop', '0.26', '-f', 'text'], cwd: gates, exitCode: 0 },
  { name: 'gates: in the table format they go to stderr', args: ['score', '2024.yaml', '--fail-under', '3', '-f', 'table'], cwd: gates, exitCode: 1, stderr: '2024.yaml  gate  Indeks 2.74 is under --fail-under 3.00\n' },
  { name: 'gates: a bad --fail-under is a usage error', args: ['score', '.', '--fail-under', 'abc'], cwd: gates, exitCode: 2 },
  { name: 'gates: a bad --fail-under-domain is a usage error', args: ['score', '.', '--fail-under-domain', '3'], cwd: gates, exitCode: 2, stderr: ['Expected DOMAIN=VALUE'] },
  { name: 'gates: a bad --max-drop is a usage error', args: ['score', '.', '--max-drop', '9'], cwd: gates, exitCode: 2, stderr: ['Expected a number from 0 to 5.'] },
  { name: 'spbe.config.yaml sets format and gates', args: ['score', 'x.yaml'], cwd: configured, exitCode: 1, stdout: /^file,agency_id/ },
  {
    name: 'spbe.config.yaml sets the predicate basis; flags win over its format and gates',
    args: ['score', 'x.yaml', '-f', 'json', '--fail-under', '2.7'],
    cwd: configured,
    exitCode: 0,
    stdout: json((document) => {
      const result = document.results[0];
      expect(result.predicateBasis).toBe('rounded');
      expect(result.gates).toEqual([]);
    }),
  },
  {
    name: 'spbe.config.yaml: an invalid config file is exit 2 with positions',
    args: ['score', 'x.yaml'],
    cwd: badConfig,
    exitCode: 2,
    stderr: 'spbe: error: invalid configuration:\nspbe.config.yaml:1:9: format must be one of: table, text, json, jsonl, csv, markdown, github, sarif, junit, html, pdf, xlsx\nspbe.config.yaml:4:3: unknown field "maxdrop"; expected one of: failUnder, failUnderDomain, maxDrop\n',
  },
  { name: '--config: a YAML syntax error is exit 2 with its position', args: ['score', 'x.yaml', '--config', 'my.yaml'], cwd: badOtherConfig, exitCode: 2, stderr: ['spbe: error: invalid configuration:\nmy.yaml:2:1: YAML syntax error'] },
  { name: '--config: a missing file is exit 2', args: ['score', 'x.yaml', '--config', 'none.yaml'], cwd: badOtherConfig, exitCode: 2, stderr: 'spbe: error: invalid configuration:\nnone.yaml: cannot read the file: no such file\n' },
];

// ---------------------------------------------------------------------------------------------
// Framework versions: 8/2026, custom files, browsing, comparisons across versions
// ---------------------------------------------------------------------------------------------

const pemdiFractional = `year: 2026\nagency: Test Agency\nindicators:\n${Array.from({ length: 19 }, (_, i) => `  ${i + 1}: 1\n`).join('')}  20: 1.30\n`;
const pemdi = sharedTree({ 'a.yaml': assessmentYaml({ year: 2026, indicators: uniformLevels(3, 20) }), 'b.yaml': assessmentYaml({ year: 2027, indicators: uniformLevels(2, 20) }), 'fractional/c.yaml': pemdiFractional });
const custom = `id: pemda-internal
title: Internal variant
status: provisional
source: {regulation: Peraturan Bupati Contoh 1/2026}
scale: {min: 1, max: 4}
predicates: [{name: Tinggi, min: 3}, {name: Rendah, min: 0}]
domains:
  - id: 1
    name: Semua
    weight: 100
    aspects:
      - id: 1
        name: Satu
        weight: 100
        indicators:
          - {id: 1, name: A, weight: equal}
          - {id: 2, name: B, weight: equal}
          - {id: 3, name: C, weight: 100/3}
`;
const overweight = custom.replace('{id: 1, name: A, weight: equal}', '{id: 1, name: A, weight: 40}').replace('{id: 2, name: B, weight: equal}', '{id: 2, name: B, weight: 40}').replace('weight: 100/3', 'weight: 30.5');
const publishedPrevious = readFileSync(join(ROOT, 'examples/kota-banjarbaru-2021.yaml'), 'utf8').replace('previous: ./kota-banjarbaru-2019.yaml', 'previous: {year: 2019, framework: permenpanrb-5-2018, index: 2.77}');

const frameworks: CliCase[] = [
  {
    // 1 + 15 % × 0.30 = 1.045; Cukup (1.50) needs +0.455 = 20: 1.30 → 2 (+0.105), 19 (+0.10), five 5 % indicators (+0.25).
    name: 'plan 8/2026: a fractional value rises to the next whole level, exactly',
    args: ['plan', 'fractional/c.yaml', '--target', 'Cukup', '-f', 'json'],
    cwd: pemdi,
    exitCode: 0,
    stdout: json((result) => {
      expect(result).toMatchObject({ reachable: true, tooLarge: false, current: { exactIndex: '1.045' }, projected: { exactIndex: '1.5', predicate: 'Cukup', domains: [] } });
      expect(result.steps).toHaveLength(7);
      expect(result.steps[0]).toEqual({ indicator: 20, from: 1.3, exactFrom: '1.3', to: 2, gain: 0.105, exactGain: '0.105', effort: 1 });
      expect(result.projected.aspects).toHaveLength(7);
    }),
  },
  { name: 'framework 8/2026: its aspects in the table', args: ['score', 'a.yaml', '-f', 'table'], cwd: pemdi, exitCode: 0, stdout: ['aspek 7 Kepuasan Pengguna Layanan Digital Pemerintah'] },
  {
    name: 'framework 8/2026: one provisional notice per run',
    args: ['score', '.', '-f', 'text'],
    cwd: pemdi,
    exitCode: 0,
    stderr: 'spbe: notice: permenpanrb-8-2026 is provisional: some of its facts come from secondary sources (spbe framework show permenpanrb-8-2026)\n',
  },
  {
    name: '--framework FILE scores with a custom definition, with equal and fractional weights',
    args: ['score', 'x.yaml', '--framework', './fw.yaml', '-f', 'json'],
    cwd: sharedTree({ 'fw.yaml': custom, 'x.yaml': assessmentYaml({ indicators: { 1: 4, 2: 2, 3: 3 } }) }),
    exitCode: 0,
    stdout: json((document) => {
      const result = document.results[0];
      expect(result).toMatchObject({ framework: { id: 'pemda-internal', status: 'provisional' }, exactIndex: '3', predicate: 'Tinggi' });
      expect(result.indicators.map((x: { weight: number }) => x.weight)).toEqual([100 / 3, 100 / 3, 100 / 3]);
    }),
  },
  {
    name: 'report with a custom framework: the badge class comes from the band\'s rank, never from the predikat\'s name',
    args: ['report', 'x.yaml', '--framework', './fw.yaml', '-o', 'r.html'],
    cwd: freshTree({ 'fw.yaml': custom.replace('{name: Tinggi, min: 3}', `{name: '<img/src/onerror=alert(1)> "x', min: 3}`), 'x.yaml': assessmentYaml({ indicators: { 1: 4, 2: 2, 3: 3 } }) }),
    exitCode: 0,
    check: ({ cwd }) => {
      const html = readFileSync(`${cwd}/r.html`, 'utf8');
      expect(html).toContain('<section class="badge memuaskan" data-testid="badge">');
      expect(html).toContain('&lt;img/src/onerror=alert(1)&gt; &quot;x');
      expect(html).not.toMatch(/<img|onerror=alert\(1\)>/);
    },
  },
  {
    name: '--framework FILE: a definition against the schema is exit 2 with positions',
    args: ['score', 'x.yaml', '--framework', 'fw.yaml'],
    cwd: sharedTree({ 'fw.yaml': custom.replace('weight: 100/3', 'weight: 30').replace('status: provisional', 'status: draft'), 'x.yaml': assessmentYaml({ indicators: { 1: 4 } }) }),
    exitCode: 2,
    stdout: '',
    stderr: 'spbe: error: invalid framework file:\nfw.yaml:3:9: status must be one of: official, provisional\n',
  },
  {
    name: 'framework show FILE: weights that do not add up to 100, with the position',
    args: ['framework', 'show', 'fw.yaml'],
    cwd: sharedTree({ 'fw.yaml': overweight }),
    exitCode: 2,
    stderr: 'spbe: error: invalid framework file:\nfw.yaml:16:11: indicator weights of aspect 1 add up to 110.5, not 100\n',
  },
  {
    name: 'framework show FILE: a weight that is not a number, with the position',
    args: ['framework', 'show', 'fw.yaml'],
    cwd: sharedTree({ 'fw.yaml': custom.replace('weight: 100/3', 'weight: abc') }),
    exitCode: 2,
    stderr: 'spbe: error: invalid framework file:\nfw.yaml:18:38: domains.0.aspects.0.indicators.2.weight must be a positive decimal, a fraction such as "20/6", or "equal"\n',
  },
  { name: 'framework show: an unknown framework', args: ['framework', 'show', 'nope'], exitCode: 2, stderr: ['spbe: error: unknown framework "nope"'] },
  { name: 'frameworks lists the built-ins', args: ['frameworks'], exitCode: 0, stdout: snapshot('frameworks.txt') },
  {
    name: 'frameworks -f json',
    args: ['frameworks', '-f', 'json'],
    exitCode: 0,
    stdout: json((document) =>
      expect(document.map((f: { id: string; indicators: number; status: string }) => [f.id, f.indicators, f.status])).toEqual([
        ['permenpanrb-5-2018', 35, 'provisional'],
        ['permenpanrb-59-2020', 47, 'official'],
        ['permenpanrb-8-2026', 20, 'provisional'],
      ]),
    ),
  },
  {
    name: 'framework show prints domains, aspects, indicators, weights, level names and the predikat bands',
    args: ['framework', 'show', 'permenpanrb-59-2020'],
    exitCode: 0,
    stdout: [/│ 32 │ +Tingkat Kematangan Layanan Perencanaan +│ +2\.75% │ Informasi, Interaksi, Transaksi, Kolaborasi, Optimum +│/, 'predikat    Memuaskan >= 4.2 · Sangat Baik 3.5 – < 4.2'],
  },
  {
    name: 'framework show -f json: indicator 35 of 5/2018 and its services',
    args: ['framework', 'show', 'permenpanrb-5-2018', '-f', 'json'],
    exitCode: 0,
    stdout: json((document) => expect(document.domains[2].aspects[1].indicators[3]).toEqual({ id: 35, name: 'Layanan Publik Instansi Pemerintah', weight: '10', services: 3, levelNames: {} })),
  },
  {
    name: 'framework show -f json: a framework without domains has its aspects at the top, external indices marked',
    args: ['framework', 'show', 'permenpanrb-8-2026', '-f', 'json'],
    exitCode: 0,
    stdout: json((f) => {
      expect(f.domains).toEqual([]);
      expect(f.aspects.map((a: { id: number; weight: string }) => `${a.id}:${a.weight}`)).toEqual(['1:10', '2:10', '3:15', '4:15', '5:10', '6:15', '7:25']);
      expect(f.aspects[2].indicators[0]).toMatchObject({ id: 5, weight: '5', external: { agency: 'Bappenas' } });
    }),
  },
  { name: 'framework show -f markdown', args: ['framework', 'show', 'permenpanrb-8-2026', '-f', 'markdown'], exitCode: 0, stdout: ['| 20 | Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah | 15 % |', '| A7 | Kepuasan Pengguna Layanan Digital Pemerintah | 25 % |', absent('| D1 |')] },
  {
    name: 'across versions: Kota Banjarbaru 2019 -> 2021, the raw drop and how much of it the new indicators explain',
    args: ['score', 'examples/kota-banjarbaru-2021.yaml', '-f', 'json'],
    exitCode: 0,
    stderr: '',
    stdout: json((document) => {
      const { comparison } = document.results[0];
      expect(comparison).toMatchObject({ previous: { year: 2019, framework: 'permenpanrb-5-2018', index: 2.77, predicate: 'Baik' }, likeForLike: false, delta: { index: -0.66 }, predicateChange: 'down' });
      expect(comparison.delta.domains).toBeUndefined();
      expect(comparison.decomposition).toEqual({
        method: 'levels',
        precision: 'exact',
        fromFramework: 'permenpanrb-5-2018',
        toFramework: 'permenpanrb-59-2020',
        sharedIndicators: 25,
        addedIndicators: 22,
        droppedIndicators: 15,
        change: -0.66,
        likeForLikeChange: -0.09,
        addedIndicatorsEffect: -0.71,
        droppedIndicatorsEffect: 0.14,
        sharedAndDroppedEffect: null,
        exact: { change: '-199/300', likeForLikeChange: expect.any(String), addedIndicatorsEffect: expect.any(String), droppedIndicatorsEffect: expect.any(String), sharedAndDroppedEffect: null },
      });
      expect(comparison.explanation).toContain('-0.71 comes from the 22 indicators new in permenpanrb-59-2020 (the Manajemen SPBE domain among them)');
    }),
  },
  {
    name: 'across versions: with only the published 2019 index, the new indicators part at stated lower precision',
    args: ['score', '-', '--stdin-filepath', 'k.yaml', '-f', 'table'],
    stdin: publishedPrevious,
    exitCode: 0,
    stdout: ['the index changed by -0.66: -0.71 comes from the 22 indicators new in permenpanrb-59-2020 (the Manajemen SPBE domain among them); the other +0.05 mixes like-for-like change', 'lower precision'],
  },
  {
    name: 'across versions: 59/2020 -> 8/2026 goes through the analyst\'s crosswalk, labelled an assumption',
    args: ['score', '.', '-f', 'json'],
    cwd: sharedTree({ '2026.yaml': assessmentYaml({ year: 2026, agency: { name: 'X', id: 'x' }, indicators: uniformLevels(3, 20) }), '2025.yaml': assessmentYaml({ year: 2025, agency: { name: 'X', id: 'x' }, indicators: uniformLevels(3) }) }),
    exitCode: 0,
    stdout: json((document) => {
      const later = document.results.find((r: { year: number }) => r.year === 2026);
      expect(later.comparison).toMatchObject({ likeForLike: false, delta: { index: 0 } });
      expect(later.comparison.decomposition).toBeDefined();
      expect(later.comparison.explanation).toContain("an analyst's assumption, not published by KemenPANRB");
    }),
  },
];

// ---------------------------------------------------------------------------------------------
// what-if, sensitivity, self vs assessor, targets and the evidence lint
// ---------------------------------------------------------------------------------------------

const long = (level: number, self?: number, target?: number) => ({ level, ...(self !== undefined ? { self } : {}), ...(target !== undefined ? { target } : {}), explanation: 'x', evidence: ['y'] });
const selfAndTargets = sharedTree({
  'a.yaml': assessmentYaml({
    indicators: { ...uniformLevels(2), 42: long(2, 4) /* over by 2 */, 1: long(2, 3) /* over by 1 */, 21: long(2, 1) /* under by 1 */, 32: long(2, 2, 4) },
  }),
});
const withSelf = (self: number) => Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, { level: 2, self: i < 10 ? self : 2, explanation: 'x', evidence: 'y' }]));
const selfAcrossAgencies = sharedTree({
  'a.yaml': assessmentYaml({ agency: 'A', indicators: withSelf(3) }),
  'b.yaml': assessmentYaml({ agency: 'B', indicators: withSelf(2) }),
  'c.yaml': assessmentYaml({ agency: 'C', indicators: uniformLevels(3) }),
});
const evidence = sharedTree({
  'a.yaml': assessmentYaml({ indicators: { ...levelsFromSums({ k: 20, t: 20, m: 22, a: 20, p: 12 }), 3: { level: 3 }, 4: { level: 1 }, 5: { level: 2, evidence: [], explanation: ' ' }, 6: { level: 2, self: 4, target: 1, evidence: 'x', explanation: 'y' } } }),
});

const analysis: CliCase[] = [
  {
    name: '--what-if projects the result and its change',
    args: ['score', EXAMPLE, '--what-if', '45=4,21=3', '--what-if', '11=3', '-f', 'json'],
    exitCode: 0,
    stdout: json((document) =>
      expect(document.results[0].whatIf).toEqual({
        changes: [{ indicator: 45, from: 3, to: 4 }, { indicator: 21, from: 2, to: 3 }, { indicator: 11, from: 2, to: 3 }],
        index: 2.81,
        exactIndex: '2.8145', // 2.7445 + 0.03 + 0.015 + 0.025
        predicate: 'Baik',
        domains: [{ id: 1, index: 2.9 }, { id: 2, index: 2.2 }, { id: 3, index: 1.64 }, { id: 4, index: 3.55 }], // L: (158.75 + 3) / 45.5
        delta: { index: 0.07, domains: [{ id: 1, delta: 0 }, { id: 2, delta: 0.1 }, { id: 3, delta: 0.09 }, { id: 4, delta: 0.06 }] },
      }),
    ),
  },
  { name: '--what-if in the table', args: ['score', EXAMPLE, '-f', 'table', '--what-if', '45=5'], exitCode: 0, stdout: ['What if 45: 3 → 5\n  Indeks SPBE 2.74 → 2.80 (+0.06), predikat Baik → Baik'] },
  { name: '--what-if: an unknown indicator is exit 2', args: ['score', EXAMPLE, '--what-if', '48=3'], exitCode: 2, stderr: 'spbe: error: --what-if: permenpanrb-59-2020 (examples/kota-banjarbaru-2024.yaml) has no indikator 48\n' },
  { name: '--what-if: a level off the scale is exit 2', args: ['score', EXAMPLE, '--what-if', '45=6'], exitCode: 2, stderr: 'spbe: error: --what-if: level 6 of indikator 45 is off the scale of permenpanrb-59-2020 (1..5)\n' },
  { name: '--what-if: a change without a level is exit 2', args: ['score', EXAMPLE, '--what-if', '45'], exitCode: 2 },
  {
    name: '--detail sensitivity lists the gain of one more level, sorted, and the predikat margin',
    args: ['score', EXAMPLE, '-f', 'json', '--detail', 'sensitivity'],
    exitCode: 0,
    stdout: json((document) => {
      const { sensitivity } = document.results[0];
      expect(sensitivity.steps[0]).toEqual({ indicator: 42, level: 3, gain: 0.03, exactGain: '0.03' });
      expect(sensitivity.steps.find((s: { indicator: number }) => s.indicator === 1)).toEqual({ indicator: 1, level: 4, gain: 0.013, exactGain: '0.013' });
      expect(sensitivity.steps.map((s: { gain: number }) => s.gain)).toEqual([...sensitivity.steps.map((s: { gain: number }) => s.gain)].sort((a: number, b: number) => b - a));
      expect(sensitivity.steps).toHaveLength(47); // no indicator is at level 5
      expect(sensitivity.margin).toEqual({ predicate: 'Baik', floor: 2.6, above: 0.14, exactAbove: '0.1445', next: 'Sangat Baik', nextFloor: 3.5, short: 0.76, exactShort: '0.7555' });
    }),
  },
  {
    name: '--detail sensitivity in the table',
    args: ['score', EXAMPLE, '-f', 'table', '--detail', 'sensitivity'],
    exitCode: 0,
    stdout: ['Margin: 0.14 above the Baik floor (2.60); 0.76 short of Sangat Baik (3.50).', /│ +1 │ Kebijakan Internal Arsitektur SPBE .+│ +4 │ +\+0\.013 │/],
  },
  {
    name: '--detail sensitivity: on the rounded basis the margin counts the half hundredth',
    args: ['score', EXAMPLE, '-f', 'json', '--detail', 'sensitivity', '--predicate-basis', 'rounded'],
    exitCode: 0,
    stdout: json((document) => expect(document.results[0].sensitivity.margin).toMatchObject({ exactAbove: '0.1495', exactShort: '0.7505' })),
  },
  {
    name: 'self vs assessor: the self-assessed index, the differences and over/under-claims per aspect and domain; targets',
    args: ['score', 'a.yaml', '-f', 'json'],
    cwd: selfAndTargets,
    exitCode: 0,
    stdout: json((document) => {
      const result = document.results[0];
      expect(result.selfAssessment).toMatchObject({
        index: 2.06, exactIndex: '2.058', predicate: 'Cukup', difference: 0.06, exactDifference: '0.058', over: 2, under: 1, compared: 4,
        indicators: [{ id: 1, final: 2, other: 3, difference: 1 }, { id: 21, final: 2, other: 1, difference: -1 }, { id: 42, final: 2, other: 4, difference: 2 }],
      });
      expect(result.selfAssessment.domains).toEqual([
        { id: 1, final: 2, other: 2.1, difference: 0.1, over: 1, under: 0, compared: 1 },
        { id: 3, final: 2, other: 1.91, difference: -0.09, over: 0, under: 1, compared: 1 },
        { id: 4, final: 2, other: 2.13, difference: 0.13, over: 1, under: 0, compared: 2 },
      ]);
      expect(result.targets).toMatchObject({ index: 2.06, exactIndex: '2.055', over: 1, compared: 1 });
      expect(result.findings.map((f: { code: string; severity: string }) => [f.code, f.severity])).toEqual([['SELF_OVERCLAIM', 'warning']]);
    }),
  },
  {
    name: 'self vs assessor and targets in the table (--detail self,targets)',
    args: ['score', 'a.yaml', '-f', 'table', '--detail', 'self,targets'],
    cwd: selfAndTargets,
    exitCode: 0,
    stdout: [
      'Self-assessed (penilaian mandiri): 2.06 Cukup (+0.06 against the final 2.00); 2 over-claims, 1 under-claim of 4 indicators.',
      'Indicators where the self level differs: 1 (2 → 3), 21 (2 → 1), 42 (2 → 4)',
      'Target: 2.06 Cukup (+0.06 from 2.00); 1 indicator to raise.',
    ],
  },
  {
    name: 'self vs assessor across agencies: over-claim rates per domain in json',
    args: ['score', '.', '-f', 'json'],
    cwd: selfAcrossAgencies,
    exitCode: 0,
    stdout: json((document) =>
      expect(document.summary.selfAssessment).toEqual({
        agencies: 2,
        domains: [
          { id: 1, name: 'Kebijakan Internal SPBE', agencies: 2, compared: 20, over: 10, under: 0, overClaimRate: 0.5 },
          { id: 2, name: 'Tata Kelola SPBE', agencies: 2, compared: 20, over: 0, under: 0, overClaimRate: 0 },
          { id: 3, name: 'Manajemen SPBE', agencies: 2, compared: 22, over: 0, under: 0, overClaimRate: 0 },
          { id: 4, name: 'Layanan SPBE', agencies: 2, compared: 32, over: 0, under: 0, overClaimRate: 0 },
        ],
      }),
    ),
  },
  { name: 'self vs assessor across agencies: over-claim rates per domain in the table', args: ['score', '.', '-f', 'table'], cwd: selfAcrossAgencies, exitCode: 0, stdout: /│ 1 Kebijakan Internal SPBE │ +2 │ +20 │ +10 │ +50% │ +0 │/ },
  {
    name: 'self vs assessor across agencies: the self-assessment columns in csv',
    args: ['score', '.', '-f', 'csv'],
    cwd: selfAcrossAgencies,
    exitCode: 0,
    stdout: (text) => {
      const csv = text.split('\r\n');
      expect(csv[0]).toContain(',self_index,over_claims,under_claims,target_index,');
      expect(csv[1]).toContain(',2.13,10,0,,');
      expect(csv[3]).toContain(',,,,,true');
    },
  },
  {
    name: 'evidence lint: warnings with stable codes and positions never change the exit code',
    args: ['validate', 'a.yaml', '-f', 'text'],
    cwd: evidence,
    exitCode: 0,
    stdout: (text) =>
      expect(text.trim().split('\n')).toEqual([
        'a.yaml:7:12  warning  indikator 3 claims level 3 without bukti dukung (evidence)  EVIDENCE_MISSING',
        'a.yaml:7:12  warning  indikator 3 claims level 3 without penjelasan (explanation)  EXPLANATION_MISSING',
        'a.yaml:11:12  warning  indikator 5 claims level 2 without bukti dukung (evidence)  EVIDENCE_MISSING',
        'a.yaml:11:12  warning  indikator 5 claims level 2 without penjelasan (explanation)  EXPLANATION_MISSING',
        'a.yaml:16:11  warning  self-assessed level 4 of indikator 6 is 2 above the final level 2  SELF_OVERCLAIM',
        'a.yaml:17:13  warning  target 1 of indikator 6 is below its level 2  TARGET_BELOW_LEVEL',
        '1 file: 1 valid, 0 invalid (6 warnings)',
      ]),
  },
  { name: 'evidence lint: --strict makes warnings errors', args: ['validate', 'a.yaml', '-f', 'text', '--strict'], cwd: evidence, exitCode: 1, stdout: ['1 file: 0 valid, 1 invalid (6 errors)'] },
  {
    name: 'evidence lint: spbe.config.yaml sets each rule off, warn or error',
    args: ['score', 'a.yaml', '-f', 'jsonl'],
    cwd: sharedTree({ 'spbe.config.yaml': 'lint:\n  EVIDENCE_MISSING: off\n  EXPLANATION_MISSING: off\n  SELF_OVERCLAIM: error\n', 'a.yaml': assessmentYaml({ indicators: { ...uniformLevels(2), 6: { level: 2, self: 4, explanation: 'y' } } }) }),
    exitCode: 1,
    stdout: json((document) => expect(document.findings.map((f: { code: string; severity: string }) => [f.code, f.severity])).toEqual([['SELF_OVERCLAIM', 'error']])),
  },
  { name: 'evidence lint: an unknown rule in spbe.config.yaml is exit 2', args: ['score', 'a.yaml', '-f', 'text'], cwd: sharedTree({ 'spbe.config.yaml': 'lint: {NOPE: off}\n', 'a.yaml': '' }), exitCode: 2 },
];

// ---------------------------------------------------------------------------------------------
// --lang id|en, and markdown for one agency
// ---------------------------------------------------------------------------------------------

const notAMapping = sharedTree({ 'a.yaml': 'year: 2024\nagency: [x]\nindicators: {1: "3"}\n' });

const languages: CliCase[] = [
  {
    name: 'Indonesian: the score table, notes and sensitivity',
    args: ['score', EXAMPLE, '-f', 'table', '--lang', 'id', '--detail', 'sensitivity'],
    exitCode: 0,
    stdout: [/│ Domain +│ Bobot │ Indeks │ 2023 │ Perubahan │/, 'Sensitivitas: kenaikan indeks dari satu level tambahan, terbesar lebih dulu', 'Jarak: 0,14 di atas batas bawah Baik (2,60); kurang 0,76 untuk Sangat Baik (3,50).'],
  },
  {
    name: 'Indonesian from LANG: findings and the summary',
    args: ['validate', 'a.yaml', '-f', 'text'],
    cwd: notAMapping,
    env: { LANG: 'id_ID.UTF-8' },
    exitCode: 1,
    stdout: [
      'a.yaml:2:9  kesalahan  agency harus berupa pemetaan (mapping), bukan sebuah daftar  WRONG_TYPE',
      'a.yaml:3:1  kesalahan  indikator 2-47 dari permenpanrb-59-2020 belum diisi; setiap indikator memerlukan level  MISSING_INDICATOR',
      'a.yaml:3:17  kesalahan  level indikator 1 harus bilangan bulat 1 sampai 5, bukan "3"  LEVEL_NOT_INTEGER',
      '1 berkas: 0 valid, 1 tidak valid (3 kesalahan)',
      '',
    ].join('\n'),
  },
  {
    name: 'Indonesian: codes stay in json, messages are worded',
    args: ['validate', 'a.yaml', '-f', 'json', '--lang', 'id'],
    cwd: notAMapping,
    exitCode: 1,
    stdout: json((document) => {
      expect(document.results[0].findings.map((f: { code: string }) => f.code)).toEqual(['WRONG_TYPE', 'MISSING_INDICATOR', 'LEVEL_NOT_INTEGER']);
      expect(document.results[0].findings[0].message).toBe('agency harus berupa pemetaan (mapping), bukan sebuah daftar');
    }),
  },
  { name: 'Indonesian: errors', args: ['score', 'tidak-ada.yaml', '--lang', 'id'], cwd: notAMapping, exitCode: 2, stderr: 'spbe: kesalahan: tidak-ada.yaml tidak dapat dibaca: berkas tidak ada\n' },
  {
    name: 'Indonesian: configuration errors',
    args: ['score', 'a.yaml', '--lang', 'id'],
    cwd: sharedTree({ 'spbe.config.yaml': 'gates: {maxdrop: 1}\n', 'a.yaml': '' }),
    exitCode: 2,
    stderr: 'spbe: kesalahan: konfigurasi tidak valid:\nspbe.config.yaml:1:9: isian "maxdrop" tidak dikenal; yang dikenal: failUnder, failUnderDomain, maxDrop\n',
  },
  {
    name: 'Indonesian: help',
    args: ['--help', '--lang', 'id'],
    exitCode: 0,
    stdout: ['Penggunaan: spbe [options] [command]', 'Kalkulator eksak Indeks SPBE (Sistem Pemerintahan Berbasis Elektronik) Indonesia', 'Perintah:', 'Kode keluar: 0 semua valid'],
  },
  { name: 'Indonesian: plan', args: ['plan', EXAMPLE, '-t', 'Sangat Baik', '--lang', 'id'], exitCode: 0, stdout: ['Langkah paling sedikit: 30 langkah pada 30 indikator.', 'Proyeksi: 3,51 Sangat Baik (eksak 3,5095)'] },
  { name: 'Indonesian: markdown', args: ['score', EXAMPLE, '-f', 'markdown', '--lang', 'id'], exitCode: 0, stdout: ['**2,74 Baik** · ▲ +0,06 sejak 2023 (2,68 Baik)', '### Rencana menuju Sangat Baik (3,50)'] },
  {
    name: 'Indonesian: the HTML report',
    args: ['report', `${ROOT}/${EXAMPLE}`, '-o', 'laporan.html', '--lang', 'id'],
    cwd: freshTree({}),
    exitCode: 0,
    check: ({ cwd }) => {
      const html = readFileSync(`${cwd}/laporan.html`, 'utf8');
      expect(html).toContain('<html lang="id">');
      expect(html).toContain('Indeks domain');
      expect(html).toContain('Dihitung oleh spbe');
    },
  },
  { name: 'Indonesian: init', args: ['init', '--agency', 'Kota X', '--year', '2025', '--lang', 'id'], cwd: freshTree({}), exitCode: 0, stdout: ['# Ganti setiap ~ dengan level (1..5); level yang kosong gagal divalidasi. Tambahkan'] },
  { name: 'English stays the default', args: ['score', EXAMPLE, '-f', 'table'], env: { LANG: 'C.UTF-8' }, exitCode: 0, stdout: /│ Domain +│ Weight │ Index │ 2023 │ +Change │/ },
  {
    name: 'report for one Pemdi agency: aspects as the top bars, the three values side by side, the change of ruler in the trend',
    args: ['report', 'examples/kabupaten-contoh-2026.yaml', '-f', 'html'],
    exitCode: 0,
    stdout: [
      'Indeks Pemerintah Digital 2026 · Indeks Pemerintah Digital (PermenPANRB 8/2026)',
      'data-testid="three-way"',
      '<tr><td data-label="Aspek">7 Kepuasan Pengguna Layanan Digital Pemerintah</td><td class="num" data-label="Assessors">1.38</td><td class="num" data-label="Self">1.80</td><td class="num" data-label="Evidence level">1.20</td></tr>',
      '<td class="num" data-label="#">5</td><td data-label="Indikator">Tata Kelola Data</td><td class="num" data-label="Assessors">1</td><td class="num" data-label="Self">2</td><td class="num" data-label="Evidence level"></td><td data-label="Holding up the next level">menunggu nilai eksternal</td>',
      '<tr data-year="2026" data-value="1.49" data-framework="8/2026" data-new-ruler="true"><td class="num" data-label="Year">2026</td><td data-label="Framework">8/2026 (new framework: the index is not comparable with the years before)</td>',
      'Waiting for another agency&#39;s index',
      { absent: 'Domain indices' },
    ],
  },
  {
    // Hand-checked from the 8/2026 weights: aspect 7 = (10 × 1.50 + 15 × 1.30) / 25 = 1.38 (assessors),
    // (10 × 1.50 + 15 × 2) / 25 = 1.80 (self; 19 has no self level), (10 × 1.50 + 15 × 1) / 25 = 1.20
    // (evidence: indicator 20 earns level 1); aspect 5 = (5 × 1 + 5 × 2) / 10 = 1.50 from evidence.
    name: 'markdown for one Pemdi agency: aspects as the top groups, the three values side by side, what waits',
    args: ['score', 'examples/kabupaten-contoh-2026.yaml', '-f', 'markdown'],
    exitCode: 0,
    stdout: [
      snapshot('markdown-pemdi.md'),
      '| Aspek | Weight | Index | 2025 | Change |',
      '| 7 Kepuasan Pengguna Layanan Digital Pemerintah | 1.38 | 1.80 | 1.20 |',
      '| 5 Teknologi Pemerintah Digital | 1.58 | 2.00 | 1.50 |',
      '| 5 | Tata Kelola Data | 1 | 2 |  | menunggu nilai eksternal |',
      '| 20 | Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah | 1.30 → 2 | +0.105 |',
    ],
  },
  {
    name: 'markdown for one agency: domains with arrows, aspects, trend, plan, indicators',
    args: ['score', 'examples/kabupaten-contoh-2023.yaml', 'examples/kabupaten-contoh-2024.yaml', '-f', 'markdown'],
    exitCode: 0,
    stdout: [
      snapshot('markdown-agency.md'),
      '| 3 Manajemen SPBE | 16.5 % | 1.55 | 1.27 | ▲ +0.28 |',
      '| 2023 | 2.37 | Cukup |',
      '### Plan to Baik (2.60)',
      /\| 1 \| Kebijakan Internal Arsitektur SPBE Instansi Pusat\/Pemerintah Daerah \| 3 \| 3 \| 0 \| Terdefinisi \| Kebijakan Internal/,
      // Each aspect's change, and each indicator's against the 2023 file (indicator 2: 2 -> 3).
      '| 5 Penerapan Manajemen SPBE | 12 % | 1.63 | 1.38 | ▲ +0.25 | 2.63 |',
      '| # | Indikator | Level | 2023 | Change | Level name | Penjelasan | Bukti dukung |',
      /\| 2 \| Kebijakan Internal Peta Rencana SPBE Instansi Pusat\/Pemerintah Daerah \| 3 \| 2 \| \+1 \| Terdefinisi \|/,
    ],
  },
  {
    name: 'markdown for one agency: the trend, as in the HTML report, includes the previous years the files name',
    args: ['score', 'examples/kota-banjarbaru-2021.yaml', 'examples/kota-banjarbaru-2024.yaml', '-f', 'markdown'],
    exitCode: 0,
    stdout: (text) => {
      const trend = text.slice(text.indexOf('over the years'), text.indexOf('### Plan'));
      expect(trend.match(/^\| \d{4} \| .+$/gm)).toEqual(['| 2019 | 2.77 | Baik | permenpanrb-5-2018 |', '| 2021 | 2.11 | Cukup | permenpanrb-59-2020 (new framework: the index is not comparable with the years before) |', '| 2023 | 2.68 | Baik | permenpanrb-59-2020 |', '| 2024 | 2.74 | Baik | permenpanrb-59-2020 |']);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// spbe plan, spbe init, paths, inputs made at test time, the workbook
// ---------------------------------------------------------------------------------------------

const FINE_PRIMES = [101, 103, 107, 109, 113, 127, 131];
const FINE_PRODUCT = FINE_PRIMES.reduce((a, p) => a * BigInt(p), 1n);
/** A framework whose weights have coprime denominators: ~10^14 weight units per percent. */
const fineFramework = stringify({
  id: 'fine',
  title: 'Fine',
  status: 'provisional',
  source: { regulation: 'test' },
  scale: { min: 1, max: 5 },
  predicates: [{ name: 'Top', min: 4 }, { name: 'Low', min: 0 }],
  domains: [{ id: 1, name: 'D', weight: 100, aspects: [{ id: 1, name: 'A', weight: 100, indicators: [...FINE_PRIMES.map((p, i) => ({ id: i + 1, name: `I${i + 1}`, weight: `1/${p}` })), { id: 8, name: 'I8', weight: `${100n * FINE_PRODUCT - FINE_PRIMES.reduce((acc, p) => acc + FINE_PRODUCT / BigInt(p), 0n)}/${FINE_PRODUCT}` }] }] }],
});
const planFolder = sharedTree({
  'a.yaml': assessmentYaml({ indicators: uniformLevels(1) }),
  'effort.yaml': 'default: 2\n42: 0.5\n',
  'bad-effort.yaml': '99: 1\n42: -1\n',
  'exact-effort.yaml': 'default: 1e308\n42: 1.00000000000000000001\n43: 1.00000000000000000001\n44: 1.00000000000000000001\n45: 1.00000000000000000001\n46: 1.00000000000000000001\n47: 1\n',
  'zero-one.yaml': '01: 1\n',
  'fine-framework.yaml': fineFramework,
  'fine.yaml': assessmentYaml({ framework: 'fine', indicators: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((id) => [id, 1])) }),
});
const nonAscii = sharedTree({
  'Data SPBE/Kab. Pidië 2023.yaml': assessmentYaml({ year: 2023, agency: { name: 'Kab. Pidië', id: 'kab-pidie' }, indicators: uniformLevels(2) }),
  'Data SPBE/Kab. Pidië 2024.yaml': assessmentYaml({ agency: { name: 'Kab. Pidië', id: 'kab-pidie' }, indicators: uniformLevels(3), previous: './Kab. Pidië 2023.yaml' }),
  'Data SPBE/rusak é.yaml': 'year: 2024\nagency: X\nindicators: {1: 9}\n',
});
const CORPUS = join(ROOT, 'test/fixtures/bad');
const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.yaml'));
const bigFile = once(() => {
  const file = join(tempTree({}), 'big.yaml');
  writeFileSync(file, `${assessmentYaml({ indicators: uniformLevels(3) })}# ${'x'.repeat(20 * 1024 * 1024)}\n`);
  return file;
});
const NOT_REGULAR = 'it is not a regular file (a device, FIFO or socket)';
const previousDevice = sharedTree({ 'a.yaml': assessmentYaml({ indicators: uniformLevels(3), previous: '/dev/zero' }) });
const folderNamedLikeAFile = once(() => {
  const dir = tempTree({});
  mkdirSync(join(dir, 'x.yaml'));
  writeFileSync(join(dir, 'x.yaml', 'inner.yml'), assessmentYaml({ indicators: uniformLevels(2) }));
  return join(dir, 'x.yaml');
});
const symlinkLoop = once(() => {
  const dir = tempTree({ 'a/ok.yaml': assessmentYaml({ indicators: uniformLevels(2) }) });
  symlinkSync(join(dir, 'a'), join(dir, 'a', 'again'));
  symlinkSync(join(dir, 'missing'), join(dir, 'a', 'dangling.yaml'));
  return dir;
});

const more: CliCase[] = [
  {
    name: 'plan: Banjarbaru 2024 to Sangat Baik, the optimal 30 steps, projected 3.5095',
    args: ['plan', 'examples/kota-banjarbaru-2024.yaml', '--target', 'Sangat Baik', '-f', 'json'],
    exitCode: 0,
    stdout: json((result) => {
      expect(result).toMatchObject({ file: 'examples/kota-banjarbaru-2024.yaml', target: { predicate: 'Sangat Baik', index: 3.5 }, reachable: true, objective: 'steps', projected: { index: 3.51, exactIndex: '3.5095', predicate: 'Sangat Baik' } });
      expect(result.steps).toHaveLength(30);
      expect(result.steps[0]).toEqual({ indicator: 42, from: 3, to: 4, gain: 0.03, exactGain: '0.03', effort: 1 });
    }),
  },
  { name: 'plan: the table, the predikat in any case', args: ['plan', 'examples/kota-banjarbaru-2024.yaml', '--target', 'sangat baik'], exitCode: 0, stdout: snapshot('plan-banjarbaru.txt') },
  {
    name: 'plan: an unreachable target projects the best reachable result',
    args: ['plan', 'a.yaml', '--target', 'Memuaskan', '-f', 'json'],
    cwd: planFolder,
    exitCode: 0,
    stdout: json((result) => expect(result).toMatchObject({ reachable: false, projected: { index: 2, predicate: 'Cukup' } })),
  },
  { name: 'plan: an unreachable target in the table', args: ['plan', 'a.yaml', '--target', 'Memuaskan'], cwd: planFolder, exitCode: 0, stdout: ['Out of reach under these constraints. The best reachable result takes all 47 allowed steps:'] },
  {
    name: 'plan: an index target with an effort file minimises the effort',
    args: ['plan', 'a.yaml', '--target', '1.05', '--effort', 'effort.yaml', '-f', 'json'],
    cwd: planFolder,
    exitCode: 0,
    stdout: json((effort) => {
      expect(effort).toMatchObject({ objective: 'effort', totalEffort: 2.5, reachable: true });
      expect(effort.steps.map((s: { indicator: number }) => s.indicator)).toEqual([42, 43]);
    }),
  },
  { name: 'plan: a target that is neither a predikat nor an index', args: ['plan', 'a.yaml', '--target', 'Bagus'], cwd: planFolder, exitCode: 2, stderr: ['spbe: error: --target "Bagus" is neither a predikat of permenpanrb-59-2020 nor an index from 1 to 5'] },
  {
    name: 'plan: an invalid effort file, with positions',
    args: ['plan', 'a.yaml', '--target', 'Baik', '--effort', 'bad-effort.yaml'],
    cwd: planFolder,
    exitCode: 2,
    stderr: 'spbe: error: invalid effort file:\nbad-effort.yaml:1:1: permenpanrb-59-2020 has no indikator 99 (it has 1..47)\nbad-effort.yaml:2:5: the effort of 42 must be a positive number\n',
  },
  {
    name: 'plan: efforts are read exactly from the effort file (the 20th decimal decides), and 1e308 is an effort',
    args: ['plan', 'a.yaml', '--target', '1.03', '--effort', 'exact-effort.yaml', '-f', 'json'],
    cwd: planFolder,
    exitCode: 0,
    stdout: json((result) => {
      expect(result.steps.map((s: { indicator: number }) => s.indicator)).toEqual([47]);
      expect(result.totalEffort).toBe(1);
    }),
  },
  { name: 'plan: an effort key spelt 01 is no indicator', args: ['plan', 'a.yaml', '--target', '1.03', '--effort', 'zero-one.yaml'], cwd: planFolder, exitCode: 2, stderr: 'spbe: error: invalid effort file:\nzero-one.yaml:1:1: permenpanrb-59-2020 has no indikator 01 (it has 1..47)\n' },
  {
    name: 'plan: fraction weights too fine for an exact table are refused with the reason',
    args: ['plan', 'fine.yaml', '--framework', 'fine-framework.yaml', '--target', '2'],
    cwd: planFolder,
    exitCode: 0,
    stdout: [/Not planned: the framework's weights and the values' denominators make the exact search table larger than 4000000 cells; round values to 2 decimals\./, /Projected: 1\.00 Low \(exact 1\)/],
  },
  {
    name: 'plan -f json: a table too large is tooLarge, with no steps',
    args: ['plan', 'fine.yaml', '--framework', 'fine-framework.yaml', '--target', '2', '-f', 'json'],
    cwd: planFolder,
    exitCode: 0,
    stdout: [/"tooLarge": true/, /"reachable": false/, /"steps": \[\]/],
  },
  { name: 'plan: --exclude an unknown indicator', args: ['plan', 'a.yaml', '--target', 'Baik', '--exclude', '99'], cwd: planFolder, exitCode: 2 },
  { name: 'plan: --only an unknown domain', args: ['plan', 'a.yaml', '--target', 'Baik', '--only', 'domain:9'], cwd: planFolder, exitCode: 2 },
  { name: 'plan: without --target', args: ['plan', 'a.yaml'], cwd: planFolder, exitCode: 2 },
  {
    name: 'plan: a target already reached needs no steps',
    args: ['plan', 'a.yaml', '--target', '1', '-f', 'json'],
    cwd: planFolder,
    exitCode: 0,
    stdout: json((already) => expect(already).toMatchObject({ reachable: true, alreadyReached: true, steps: [] })),
  },
  { name: 'plan -f markdown --only aspect:8', args: ['plan', 'a.yaml', '--target', '1.06', '-f', 'markdown', '--only', 'aspect:8'], cwd: planFolder, exitCode: 0, stdout: ['| 42 | Layanan Pengaduan Pelayanan Publik | 1 → 2 | +0.03 |'] },
  {
    name: 'init never overwrites without --force',
    args: ['init', '--agency', 'X', '--year', '2024', '-o', 'a.yaml'],
    cwd: freshTree({ 'a.yaml': 'mine' }),
    exitCode: 2,
    stdout: '',
    stderr: 'spbe: error: a.yaml exists; use --force to overwrite it\n',
    check: ({ cwd }) => expect(readFileSync(join(cwd, 'a.yaml'), 'utf8')).toBe('mine'),
  },
  { name: 'init --force overwrites', args: ['init', '--agency', 'X', '--year', '2024', '-o', 'a.yaml', '--force'], cwd: freshTree({ 'a.yaml': 'mine' }), exitCode: 0 },
  { name: 'init: a year under 5/2018 has its framework and services', args: ['init', '--agency', 'X', '--year', '2019'], cwd: freshTree({}), exitCode: 0, stdout: ['framework: permenpanrb-5-2018', '    services: # one level per sampled public service, up to 3'] },
  { name: 'init: a year under 8/2026 has its 20 indicators', args: ['init', '--agency', 'X', '--year', '2026'], cwd: freshTree({}), exitCode: 0, stdout: (text) => {
      // 16 values to fill; 5, 6, 7 and 18 wait for other agencies' indices; evidence-item skeletons per level.
      expect(text.match(/level: ~/g)).toHaveLength(16);
      expect(text.match(/status: waiting/g)).toHaveLength(4);
      expect(text).toContain('- {code: I13-L2-01, status: belum}');
      expect(text).not.toContain('Domain');
    } },
  {
    name: 'plan on evidence items: the items by unit, and the projected aspects of a framework without domains',
    args: ['plan', 'examples/kabupaten-contoh-2026.yaml', '--target', 'Cukup'],
    exitCode: 0,
    stdout: ['I20-L2-01', 'Bagian Organisasi', 'Projected: 1.53 Cukup (exact 1.532); aspek 1 2.00 → 2.00 · 2 1.25 → 1.25', '7 1.20 → 1.80', absent('domains')],
  },
  { name: 'init: a year without a framework', args: ['init', '--agency', 'X', '--year', '1999'], cwd: freshTree({}), exitCode: 2 },
  { name: 'init: without --agency', args: ['init', '--year', '2024'], cwd: freshTree({}), exitCode: 2 },
  {
    name: 'paths: spaces and non-ASCII names work in folders, previous paths and findings',
    args: ['score', 'Data SPBE', '-f', 'text'],
    cwd: nonAscii,
    exitCode: 1,
    stdout: ['Data SPBE/Kab. Pidië 2024.yaml  Kab. Pidië  2024  3.00  Baik  +1.00 from 2023', 'Data SPBE/rusak é.yaml:3:17  error  level 9 of indikator 1'],
  },
  { name: 'paths: spaces and non-ASCII names work in globs', args: ['validate', 'Data SPBE/Kab*.yaml', '-f', 'text'], cwd: nonAscii, exitCode: 0, stdout: '2 files: 2 valid, 0 invalid\n' },
  {
    name: 'bad-input corpus: a batch over all of it reports every file, exit 1, no stack trace',
    args: ['validate', CORPUS, '-f', 'jsonl'],
    exitCode: 1,
    stdout: (text) => expect(text.trim().split('\n')).toHaveLength(corpusFiles.length),
    stderr: [absent(/\n\s+at |Error:|internal error/)],
  },
  {
    name: 'a 20 MB file is refused by --max-file-size (default 5 MiB) without reading it',
    args: () => ['validate', bigFile(), '-f', 'jsonl'],
    exitCode: 1,
    stdout: json((result) => expect(result.findings).toEqual([{ code: 'FILE_TOO_LARGE', severity: 'error', message: expect.stringMatching(/^the file is 2097\d{4} bytes, over the limit of 5242880 bytes \(--max-file-size\)$/), pointer: '' }])),
  },
  { name: 'a larger --max-file-size reads a 20 MB file', args: () => ['validate', bigFile(), '-f', 'jsonl', '--max-file-size', '25MB'], exitCode: 0, stdout: json((result) => expect(result.valid).toBe(true)) },
  { name: 'a bad --max-file-size is a usage error', args: () => ['validate', bigFile(), '--max-file-size', 'lots'], exitCode: 2 },
  ...['', ' ', '1e20', '-1', '1.5', '65', '100000'].map((jobs): CliCase => ({ name: `--jobs ${JSON.stringify(jobs)} is a usage error (0 to 64)`, args: ['validate', EXAMPLE, '--jobs', jobs], exitCode: 2, stdout: '', stderr: [`error: option '-j, --jobs <n>' argument '${jobs}' is invalid. Expected a whole number of worker threads from 0 (none) to 64.`] })),
  { name: '--jobs 64 is the most, and works on one file', args: ['validate', EXAMPLE, '--jobs', '64', '-f', 'text'], exitCode: 0, stdout: '1 file: 1 valid, 0 invalid\n' },
  {
    name: '-o naming an input is refused; the assessment stays as it was',
    args: ['score', 'a.yaml', '-o', './a.yaml', '-f', 'json'],
    cwd: freshTree({ 'a.yaml': assessmentYaml({ indicators: uniformLevels(3) }) }),
    exitCode: 2,
    stdout: '',
    stderr: 'spbe: error: cannot write ./a.yaml: it is one of the input files\n',
    check: ({ cwd }) => expect(readFileSync(join(cwd, 'a.yaml'), 'utf8')).toBe(assessmentYaml({ indicators: uniformLevels(3) })),
  },
  { name: '-o a folder is a clear "cannot write"', args: ['score', join(ROOT, EXAMPLE), '-o', 'out', '-f', 'json'], cwd: freshTree({ 'out/keep.txt': 'x' }), exitCode: 2, stdout: '', stderr: 'spbe: error: cannot write out: it is a directory\n' },
  { name: '-o / is a clear "cannot write"', args: ['score', EXAMPLE, '-o', '/', '-f', 'json'], exitCode: 2, stdout: '', stderr: 'spbe: error: cannot write /: it is a directory\n' },
  {
    name: '-o /dev/null writes to the device by opening it: the device node stays',
    args: ['score', EXAMPLE, '-o', '/dev/null', '-f', 'json'],
    exitCode: 0,
    stdout: '',
    check: () => expect(statSync('/dev/null').isCharacterDevice()).toBe(true),
  },
  {
    name: '-o a symbolic link replaces the file it points to; the link stays',
    args: ['score', join(ROOT, EXAMPLE), '-o', 'link.json', '-f', 'json'],
    cwd: () => {
      const dir = tempTree({ 'real.json': 'old' });
      symlinkSync('real.json', join(dir, 'link.json'));
      return dir;
    },
    exitCode: 0,
    check: ({ cwd }) => {
      expect(lstatSync(join(cwd, 'link.json')).isSymbolicLink()).toBe(true);
      expect(JSON.parse(readFileSync(join(cwd, 'real.json'), 'utf8')).results[0].index).toBe(2.74);
    },
  },
  {
    name: '-o a FIFO is refused (never renamed over, never blocked on)',
    args: ['score', join(ROOT, EXAMPLE), '-o', 'pipe', '-f', 'json'],
    cwd: () => {
      const dir = tempTree({});
      expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status, 'mkfifo (coreutils) must be installed').toBe(0);
      return dir;
    },
    exitCode: 2,
    stderr: 'spbe: error: cannot write pipe: it is not a regular file (a device, FIFO or socket)\n',
  },
  {
    name: '--what-if over a batch that mixes frameworks: a file that cannot take it is shown without it, with a notice',
    args: ['score', EXAMPLE, 'examples/kabupaten-contoh-2026.yaml', '--what-if', '45=4', '-f', 'json'],
    exitCode: 0,
    stdout: json((document) => expect(document.results.map((r: { whatIf?: unknown }) => r.whatIf !== undefined)).toEqual([true, false])),
    stderr: ['spbe: notice: --what-if: permenpanrb-8-2026 (examples/kabupaten-contoh-2026.yaml) has no indikator 45: that file is shown without --what-if\n'],
  },
  {
    name: 'a previous: file of the same year is PREVIOUS_NOT_EARLIER',
    args: ['validate', 'a.yaml', '-f', 'text'],
    cwd: sharedTree({ 'a.yaml': assessmentYaml({ indicators: uniformLevels(3), previous: './b.yaml' }), 'b.yaml': assessmentYaml({ indicators: uniformLevels(2) }) }),
    exitCode: 0,
    stdout: 'a.yaml:51:11  warning  the previous assessment is for 2024, not a year before 2024  PREVIOUS_NOT_EARLIER\n1 file: 1 valid, 0 invalid (1 warning)\n',
  },
  {
    name: 'a glob whose first segment has a wildcard searches from the root',
    args: ({ cwd }) => ['validate', `/${cwd.split('/')[1]!.replace(/^./, '*')}/${cwd.split('/').slice(2).join('/')}/x/*.y*ml`, '-f', 'text'],
    cwd: sharedTree({ 'x/a.yaml': assessmentYaml({ indicators: uniformLevels(3) }), 'x/b.yml': assessmentYaml({ indicators: uniformLevels(3) }) }),
    exitCode: 0,
    stdout: '2 files: 2 valid, 0 invalid\n',
  },
  { name: 'a quoted duplicate key is named by its value', args: ['validate', 'a.yaml', '-f', 'text'], cwd: sharedTree({ 'a.yaml': `${assessmentYaml({ indicators: uniformLevels(3) })}  "1": 5\n` }), exitCode: 1, stdout: ['a.yaml:51:3  error  duplicate key 1: each key may appear only once in a mapping  DUPLICATE_KEY\n'] },
  { name: 'CR-only line breaks are YAML 1.2 line breaks', args: ['validate', 'a.yaml', '-f', 'text'], cwd: sharedTree({ 'a.yaml': assessmentYaml({ indicators: uniformLevels(3) }).replace(/\n/g, '\r') }), exitCode: 0, stdout: '1 file: 1 valid, 0 invalid\n' },
  {
    name: '%YAML 1.1 does not switch on << merge keys: << is an unknown key',
    args: ['validate', 'a.yaml', '-f', 'text'],
    cwd: sharedTree({ 'a.yaml': `%YAML 1.1\n---\nbase: &b {year: 2024}\n<<: *b\n${assessmentYaml({ indicators: uniformLevels(3) }).replace('year: 2024\n', '')}` }),
    exitCode: 1,
    // Without merge keys nothing is merged: `year` stays missing and `<<` is a key like any other.
    stdout: 'a.yaml:3:1  error  missing required field "year"  MISSING_FIELD\na.yaml:3:1  error  unknown field "base"; expected one of: framework, year, agency, stage, indicators, previous  UNKNOWN_FIELD\na.yaml:4:1  error  unknown field "<<"; expected one of: framework, year, agency, stage, indicators, previous  UNKNOWN_FIELD\n1 file: 0 valid, 1 invalid (3 errors)\n',
  },
  { name: 'a device as an input is not a regular file, never read', args: ['validate', '/dev/zero', '-f', 'text'], exitCode: 1, stdout: `/dev/zero  error  cannot read the file: ${NOT_REGULAR}  FILE_UNREADABLE\n1 file: 0 valid, 1 invalid (1 error)\n` },
  { name: 'a device as previous: is a finding of the file', args: ['validate', 'a.yaml', '-f', 'text'], cwd: previousDevice, exitCode: 1, stdout: `a.yaml:51:11  error  cannot read the previous assessment /dev/zero: ${NOT_REGULAR}  PREVIOUS_UNREADABLE\n1 file: 0 valid, 1 invalid (1 error)\n` },
  { name: 'a device as --config is a usage error', args: ['score', EXAMPLE, '--config', '/dev/zero'], exitCode: 2, stdout: '', stderr: `spbe: error: invalid configuration:\n/dev/zero: cannot read the file: ${NOT_REGULAR}\n` },
  { name: 'a device as --framework is a usage error', args: ['score', EXAMPLE, '--framework', '/dev/zero'], exitCode: 2, stdout: '', stderr: `spbe: error: invalid framework file:\n/dev/zero: cannot read the file: ${NOT_REGULAR}\n` },
  { name: 'a device as --compare is a usage error', args: ['score', EXAMPLE, '--compare', '/dev/zero'], exitCode: 2, stdout: '', stderr: `spbe: error: cannot read --compare /dev/zero: ${NOT_REGULAR}\n` },
  { name: 'a device as plan FILE is a usage error', args: ['plan', '/dev/zero', '--target', 'Baik'], exitCode: 2, stdout: '', stderr: `spbe: error: cannot read /dev/zero: ${NOT_REGULAR}\n` },
  { name: 'a device as --effort is a usage error', args: ['plan', EXAMPLE, '--target', 'Baik', '--effort', '/dev/zero'], exitCode: 2, stdout: '', stderr: `spbe: error: invalid effort file:\n/dev/zero: cannot read the file: ${NOT_REGULAR}\n` },
  {
    name: 'standard input longer than --max-file-size is a finding; the other files are scored',
    args: ['validate', '-', EXAMPLE, '-f', 'text', '--max-file-size', '1K'],
    stdin: 'x'.repeat(3000),
    exitCode: 1,
    stdout: ['<stdin>  error  the file is', 'over the limit of 1024 bytes (--max-file-size)  FILE_TOO_LARGE\n', '2 files: 0 valid, 2 invalid'],
  },
  { name: 'a directory named x.yaml is walked, not read as a file', args: () => ['validate', folderNamedLikeAFile(), '-f', 'text'], exitCode: 0, stdout: '1 file: 1 valid, 0 invalid\n' },
  { name: 'a symlink loop and a dangling link inside a scanned folder end', args: () => ['validate', symlinkLoop(), '-f', 'text'], exitCode: 0, stdout: '1 file: 1 valid, 0 invalid\n' },
  {
    name: '--format xlsx writes summary, domains, aspects, indicators and findings sheets with numbers as numbers, frozen headers and filters',
    args: ['score', join(ROOT, EXAMPLE), '-f', 'xlsx', '-o', 'hasil.xlsx'],
    cwd: freshTree({}),
    exitCode: 0,
    check: ({ cwd }) => {
      const zip = unzipSync(readFileSync(join(cwd, 'hasil.xlsx')));
      const workbook = strFromU8(zip['xl/workbook.xml']!);
      expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['summary', 'domains', 'aspects', 'indicators', 'findings']);
      const summary = strFromU8(zip['xl/worksheets/sheet1.xml']!);
      expect(summary).toMatch(/<c r="H2"[^>]*><v>2.74<\/v><\/c>/); // a number, not a shared string
      const domains = strFromU8(zip['xl/worksheets/sheet2.xml']!);
      expect([...domains.matchAll(/<c r="H([2-9])"[^>]*><v>([\d.]+)<\/v>/g)].map((m) => m[2])).toEqual(['2.9', '2.1', '1.55', '3.49']);
      expect(domains).toContain('state="frozen"');
      expect(domains).toContain('<autoFilter ref="A1:I5"/>');
    },
  },
  {
    name: '--format xlsx under --lang id: Indonesian sheet names, and for 8/2026 the assessors, mandiri and evidence level side by side with the waiting indicators',
    args: ['--lang', 'id', 'score', join(ROOT, 'examples/kabupaten-contoh-2026.yaml'), '-f', 'xlsx', '-o', 'hasil.xlsx'],
    cwd: freshTree({}),
    exitCode: 0,
    check: ({ cwd }) => {
      const zip = unzipSync(readFileSync(join(cwd, 'hasil.xlsx')));
      const workbook = strFromU8(zip['xl/workbook.xml']!);
      expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['ringkasan', 'domain', 'aspek', 'indikator', 'bukti dukung', 'temuan']);
      const strings = strFromU8(zip['xl/sharedStrings.xml']!);
      for (const header of ['asesor', 'mandiri', 'level bukti dukung', 'menunggu nilai eksternal']) expect(strings).toContain(`<t>${header}</t>`);
    },
  },
  { name: '--format xlsx without -o', args: ['score', EXAMPLE, '-f', 'xlsx'], exitCode: 2, stderr: ['--format xlsx writes a workbook: give the file with -o FILE.xlsx'] },
];

// ---------------------------------------------------------------------------------------------
// Issue 14: what a new user and CI trip on (defaults, folder scans, gates, CI formats)
// ---------------------------------------------------------------------------------------------

const withInvalid = sharedTree({
  'a.yaml': assessmentYaml({ agency: agency('Kota A', 'kota-a', 'kota', 'Aceh'), indicators: uniformLevels(3) }),
  'b.yaml': assessmentYaml({ agency: agency('Kota B', 'kota-b', 'kota', 'Aceh'), indicators: uniformLevels(2) }),
  'broken.yaml': 'year: 2024\nagency: X\nindicators:\n  1: 9\n',
});

const bovenDigoel = sharedTree({ 'boven-digoel-2023.yaml': assessmentYaml({ year: 2023, indicators: levelsFromSums({ k: 19, t: 16, m: 11, a: 25, p: 10 }) }) }); // exact 1.7995, published 1.80 Cukup
const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line.replace(/\u001b\[[0-9;]*m/g, '')].length));
/** The widest line of the tables in a text (the lines drawn with box characters; prose wraps in the terminal itself). */
const widestTable = (text: string) => widest(text.split('\n').filter((line) => /^[┌│├└]/.test(line)).join('\n'));

const warned = sharedTree({
  'w.yaml': assessmentYaml({ indicators: { ...uniformLevels(3), 1: { level: 3, explanation: 'ada' }, 2: { level: 3, explanation: 'ada' } } }), // 2 x EVIDENCE_MISSING
  'bad.yaml': 'year: 2024\nagency: X\nindicators:\n  1: 9\n',
});
const shortFormLint = sharedTree({
  'spbe.config.yaml': 'lint:\n  EVIDENCE_MISSING: error\n',
  'short.yaml': assessmentYaml({ indicators: { ...uniformLevels(1), 12: 4 } }),
  'plain.yaml': assessmentYaml({ indicators: uniformLevels(1) }),
});
const gated = sharedTree({ 'spbe.config.yaml': 'gates:\n  failUnder: Sangat Baik\n' });

const mixedFolder = sharedTree({
  'kota-a-2024.yaml': assessmentYaml({ agency: agency('Kota A', 'kota-a', 'kota', 'Aceh'), indicators: uniformLevels(3) }),
  'spbe.config.yaml': 'format: text\nignore: ["drafts/**"]\n',
  'fw.yaml': readFileSync(join(ROOT, 'src/frameworks/permenpanrb-59-2020.yaml'), 'utf8'),
  'effort.yaml': 'default: 2\n42: 0.5\n',
  'cw.yaml': readFileSync(join(ROOT, 'src/frameworks/crosswalks/permenpanrb-5-2018-to-59-2020.yaml'), 'utf8'),
  'drafts/half.yaml': 'year: 2024\n',
  'old/kota-a-2023.yaml': 'year: 2023\n',
  'broken-no-year.yaml': 'agency: X\nindicators: {}\n',
});
const stdinPrevious = sharedTree({ 'data/2023.yaml': assessmentYaml({ year: 2023, indicators: uniformLevels(2) }) });
const issue14: CliCase[] = [
  { name: 'report -o r.pdf writes a PDF (the extension chooses it), not HTML', args: ['report', join(ROOT, EXAMPLE), '-o', 'r.pdf', '--report-date', '2025-03-14'], cwd: freshTree({}), exitCode: 0, check: ({ cwd }) => expect(readFileSync(join(cwd, 'r.pdf')).subarray(0, 8).toString('latin1')).toBe('%PDF-1.3') },
  { name: 'report -f html -o r.pdf is refused: the extension is another format\'s, nothing is written', args: ['report', join(ROOT, EXAMPLE), '-f', 'html', '-o', 'r.pdf'], cwd: freshTree({}), exitCode: 2, stderr: 'spbe: error: -o r.pdf: --format html writes .html, .htm files; choose the format that writes this file, or a name that fits\n', check: ({ cwd }) => expect(readdirSync(cwd)).toEqual([]) },
  { name: 'report -f pdf into a pipe is refused: a PDF needs -o FILE', args: ['report', EXAMPLE, '-f', 'pdf'], exitCode: 2, stderr: 'spbe: error: --format pdf writes a PDF document: give the file with -o FILE.pdf\n', stdout: '' },
  { name: 'report --report-date that is no date is a usage error', args: ['report', EXAMPLE, '-o', 'r.pdf', '--report-date', '2025-02-30'], cwd: freshTree({}), exitCode: 2, stderr: /--report-date <date>' argument '2025-02-30' is invalid\. Expected a date as YYYY-MM-DD, e\.g\. 2025-03-14\./, check: ({ cwd }) => expect(readdirSync(cwd)).toEqual([]) },
  { name: 'score -f json -o x.csv is refused: the extension is another format\'s', args: ['score', join(ROOT, EXAMPLE), '-f', 'json', '-o', 'x.csv'], cwd: freshTree({}), exitCode: 2, stderr: /-o x\.csv: --format json writes \.json files/ },
  { name: 'report -f text is refused, not ignored', args: ['report', EXAMPLE, '-f', 'text'], exitCode: 2, stderr: 'spbe: error: spbe report writes an HTML page or a PDF, not --format text (spbe score -f text writes that)\n' },
  { name: 'report on a terminal without -o is refused instead of dumping HTML', args: ['report', EXAMPLE], tty: true, exitCode: 2, stderr: 'spbe: error: spbe report writes an HTML page or a PDF: give the file with -o FILE.html or -o FILE.pdf, or pipe the HTML\n', stdout: '' },
  { name: 'report into a pipe writes the page', args: ['report', EXAMPLE], exitCode: 0, stdout: /^<!doctype html>/ },
  { name: 'score - - is refused: standard input is read once', args: ['score', '-', '-'], stdin: 'year: 2024\n', exitCode: 2, stderr: 'spbe: error: - (standard input) can be read once: give it once\n' },
  {
    name: '--stdin-filepath anchors a relative previous: of standard input at that path',
    args: ['score', '-', '--stdin-filepath', 'data/2024.yaml', '-f', 'text'],
    cwd: stdinPrevious,
    stdin: assessmentYaml({ indicators: uniformLevels(3), previous: './2023.yaml' }),
    exitCode: 0,
    stdout: [/^Indeks SPBE +100% +3\.00 +2\.00 +▲ \+1\.00$/m, '1 file: 1 valid, 0 invalid'],
  },
  {
    name: '--compare with another agency\'s file warns for each file of another agency',
    args: ['score', EXAMPLE, 'examples/kabupaten-contoh-2024.yaml', '--compare', 'examples/kota-banjarbaru-2021.yaml', '-f', 'text'],
    exitCode: 0,
    stderr: ['spbe: warning: --compare examples/kota-banjarbaru-2021.yaml is agency kota-banjarbaru, but examples/kabupaten-contoh-2024.yaml is agency kabupaten-contoh: the change is between two agencies\n', absent('kota-banjarbaru-2024.yaml is agency')],
  },
  {
    name: 'a folder scan skips the config, framework, crosswalk and effort files it finds, and says so; config ignore: leaves out drafts/',
    args: ['validate', '.', '-f', 'text'],
    cwd: mixedFolder,
    exitCode: 1,
    stdout: [/^broken-no-year\.yaml:\d+:\d+  error /m, absent('drafts/'), absent('fw.yaml'), absent('effort.yaml'), absent('spbe.config.yaml:'), /3 files: 1 valid, 2 invalid/],
    stderr: 'spbe: notice: skipped 4 files that are not an assessment: cw.yaml (crosswalk), effort.yaml (effort), fw.yaml (framework), spbe.config.yaml (config)\n',
  },
  {
    name: '--ignore-pattern leaves out matching files of a scan (repeatable; a pattern without a slash matches a name anywhere)',
    args: ['validate', '.', '-f', 'text', '--ignore-pattern', 'old/**', '--ignore-pattern', 'broken-*.yaml', '--quiet'],
    cwd: mixedFolder,
    exitCode: 0,
    stdout: '1 file: 1 valid, 0 invalid\n',
    stderr: '',
  },
  { name: 'a file named on the command line is always read', args: ['validate', 'effort.yaml', '-f', 'text'], cwd: mixedFolder, exitCode: 1, stdout: /effort\.yaml:1:1  error/ },
  {
    name: '--quiet reports errors only: no warnings in the output or the counts, no notices',
    args: () => ['validate', warned(), '-f', 'text', '--quiet'],
    exitCode: 1,
    stdout: [/bad\.yaml:4:6  error  level 9 of indikator 1/, absent('EVIDENCE_MISSING'), /2 files: 1 valid, 1 invalid \(2 errors\)\n$/],
    stderr: '',
  },
  {
    name: 'without --quiet the warnings are reported',
    args: () => ['validate', join(warned(), 'w.yaml'), '-f', 'text'],
    exitCode: 0,
    stdout: [/w\.yaml:\d+:\d+  warning  indikator 1 claims level 3 without bukti dukung/, '1 file: 1 valid, 0 invalid (2 warnings)'],
  },
  { name: '--max-warnings 1 fails on 2 warnings', args: () => ['validate', join(warned(), 'w.yaml'), '-f', 'json', '--max-warnings', '1'], exitCode: 1, stderr: ['spbe: error: 2 warnings, more than --max-warnings 1\n'] },
  { name: '--max-warnings 2 passes on 2 warnings', args: () => ['validate', join(warned(), 'w.yaml'), '-f', 'json', '--max-warnings', '2'], exitCode: 0, stderr: absent('--max-warnings') },
  {
    name: '--fail-under Baik: a predikat as the gate (Banjarbaru 2.74 Baik passes)',
    args: ['score', EXAMPLE, '-f', 'text', '--fail-under', 'Baik'],
    exitCode: 0,
    stdout: absent('gate'),
  },
  {
    name: '--fail-under "Sangat Baik" fails Baik, as an annotation at the file in the github format',
    args: ['score', EXAMPLE, '-f', 'github', '--fail-under', 'sangat baik'],
    exitCode: 1,
    stdout: ['\n::error file=examples/kota-banjarbaru-2024.yaml,line=1,col=1,title=spbe GATE_FAIL_UNDER_PREDICATE::predikat Baik is below --fail-under Sangat Baik\n'],
  },
  { name: 'the config can set a predikat gate', args: ['score', join(ROOT, EXAMPLE), '-f', 'text'], cwd: gated, exitCode: 1, stdout: ['gate  predikat Baik is below --fail-under Sangat Baik'] },
  { name: '--no-gates switches the config gates off', args: ['score', join(ROOT, EXAMPLE), '-f', 'text', '--no-gates'], cwd: gated, exitCode: 0, stdout: absent('gate') },
  {
    name: 'github: a provisional framework is a ::notice:: in the output, not a line on stderr',
    args: ['score', 'examples/kabupaten-contoh-2026.yaml', '-f', 'github'],
    exitCode: 0,
    stdout: ['\n::notice title=spbe provisional framework::permenpanrb-8-2026 is provisional: some of its facts come from secondary sources (spbe framework show permenpanrb-8-2026)\n'],
    stderr: '',
  },
  {
    name: 'evidence lint reaches the short form when the config names the rule: EVIDENCE_MISSING: error requires bukti dukung',
    args: ['validate', '.', '-f', 'text'],
    cwd: shortFormLint,
    exitCode: 1,
    stdout: [/^short\.yaml:\d+:\d+  error  indikator 12 claims level 4 without bukti dukung \(evidence\)  EVIDENCE_MISSING$/m, absent('plain.yaml:'), absent('EXPLANATION_MISSING')],
  },
  {
    name: 'score FILE in a pipe (text, the default off a terminal) shows the domains and the change from the previous year',
    args: ['score', EXAMPLE],
    exitCode: 0,
    stdout: [
      snapshot('score-banjarbaru-text.txt'),
      /^3 Manajemen SPBE +16\.5% +1\.55 +1\.45 +▲ \+0\.10$/m,
      /^Indeks SPBE +100% +2\.74 +2\.68 +▲ \+0\.06$/m,
      /^Predikat +Baik +Baik +=$/m,
      /\n1 file: 1 valid, 0 invalid\n$/,
      absent(ESCAPE),
      absent('│'),
    ],
    stderr: '',
  },
  {
    name: 'score FILE in a pipe, a framework without domains (8/2026): its aspects, with --what-if and the cross-framework decomposition',
    args: ['score', 'examples/kabupaten-contoh-2026.yaml', '--what-if', '1=3'],
    exitCode: 0,
    stdout: [
      /^aspek 7 Kepuasan Pengguna Layanan Digital Pemerintah +25% +1\.38 +not comparable$/m,
      /^Indeks Pemerintah Digital +100% +1\.49 +2\.59 +▼ -1\.10$/m,
      'What if 1: 2.50 → 3\n  Indeks Pemerintah Digital 1.49 → 1.52 (+0.03), predikat Kurang → Cukup\n  aspek 1 2.25 → 2.50 · 2 1.38 → 1.38',
      'Note: From 2025 (47 indicators, permenpanrb-59-2020) to 2026 (20 indicators, permenpanrb-8-2026) the index changed by -1.10',
    ],
  },
  {
    name: 'score FILE -f text --detail indicators carries every indicator',
    args: ['score', EXAMPLE, '-f', 'text', '--detail', 'indicators'],
    exitCode: 0,
    stdout: /^32 +Layanan Perencanaan +7 +4 +Kolaborasi +2\.75% +\+0\.11$/m,
  },
  {
    name: 'markdown of an 8/2026 file: aspects in the first table, --what-if as its own section',
    args: ['score', 'examples/kabupaten-contoh-2026.yaml', '-f', 'markdown', '--what-if', '1=3'],
    exitCode: 0,
    stdout: ['| 7 Kepuasan Pengguna Layanan Digital Pemerintah | 25 % | 1.38 |  | not comparable |', '### What if\n\n- What if 1: 2.50 → 3\n- Indeks Pemerintah Digital 1.49 → 1.52 (+0.03), predikat Kurang → Cukup', absent('### Aspek indices')],
    stderr: [absent('cannot show')],
  },
  {
    name: 'a format that cannot show what the run asked for says so on stderr',
    args: ['score', 'examples/kabupaten-contoh-2026.yaml', '-f', 'csv', '--detail', 'indicators,self', '--what-if', '1=3'],
    exitCode: 0,
    stderr: 'spbe: notice: --format csv cannot show --what-if, the cross-framework decomposition of the change; --format table, text or json shows them\nspbe: notice: permenpanrb-8-2026 is provisional: some of its facts come from secondary sources (spbe framework show permenpanrb-8-2026)\n',
  },
  {
    name: 'a 2023 file gets the 2023 practice by default: Kab. Boven Digoel 1.7995 is 1.80 Cukup on the rounded index',
    args: () => ['score', join(bovenDigoel(), 'boven-digoel-2023.yaml')],
    exitCode: 0,
    stdout: [/^Indeks SPBE +100% +1\.80$/m, /^Predikat +Cukup$/m, 'Note: Predikat Cukup is assigned on the rounded index; on the exact index (--predicate-basis exact) it would be Kurang.'],
  },
  {
    name: 'the 2023 default basis in json and in the line of a batch',
    args: () => ['score', join(bovenDigoel(), 'boven-digoel-2023.yaml'), '-f', 'jsonl'],
    exitCode: 0,
    stdout: json((r) => expect([r.index, r.exactIndex, r.predicate, r.predicateBasis]).toEqual([1.8, '1.7995', 'Cukup', 'rounded'])),
  },
  {
    name: 'the basis is named in the one-line view of several files when it decides the predikat',
    args: () => ['score', join(bovenDigoel(), 'boven-digoel-2023.yaml'), EXAMPLE, '-f', 'text'],
    exitCode: 0,
    stdout: ['1.80  Cukup  (predikat on the rounded index; on the exact index: Kurang)', '2.74  Baik  +0.06 from 2023'],
  },
  {
    name: '--predicate-basis exact overrides the 2023 practice',
    args: () => ['score', join(bovenDigoel(), 'boven-digoel-2023.yaml'), '--predicate-basis', 'exact', '-f', 'csv'],
    exitCode: 0,
    stdout: (text) => expect(text.split('\r\n')[1]).toMatch(/,1\.80,1\.7995,Kurang,exact,/),
  },
  {
    name: 'tables fit an 80-column terminal: --detail aspects,indicators wraps the names',
    args: ['score', EXAMPLE, '-f', 'table', '--detail', 'aspects,indicators'],
    tty: true,
    columns: 80,
    env: { NO_COLOR: '1' },
    exitCode: 0,
    stdout: [(text) => expect(widest(text)).toBeLessThanOrEqual(80), /│   aspek 7 Layanan Administrasi +│/],
  },
  {
    name: 'plan fits an 80-column terminal: its steps table wraps the names',
    args: ['plan', EXAMPLE, '-t', 'Memuaskan', '--max-step', '3'],
    tty: true,
    columns: 80,
    env: { NO_COLOR: '1' },
    exitCode: 0,
    stdout: [(text) => expect(widestTable(text)).toBeLessThanOrEqual(80), /│ 11 │ Arsitektur SPBE Instansi +│/],
  },
  {
    name: 'a table that cannot fit 80 columns (indicators with the previous year: 9 columns) is drawn as narrow as its words allow, not at its natural 167',
    args: ['score', 'examples/kabupaten-contoh-2024.yaml', '-f', 'table', '--detail', 'indicators'],
    tty: true,
    columns: 80,
    env: { NO_COLOR: '1' },
    exitCode: 0,
    // The name column is as wide as its longest word, "Pusat/Pemerintah"; every other column as its header.
    stdout: [(text) => expect(widestTable(text)).toBe(95), '│  1 │ Kebijakan        │     1 │     3 │ Terdefinisi │   1.3% │       +0.039 │    3 │      0 │\n│    │ Internal         │'],
  },
  {
    name: 'framework show fits an 80-column terminal',
    args: ['framework', 'show', 'permenpanrb-59-2020'],
    tty: true,
    columns: 80,
    env: { NO_COLOR: '1' },
    exitCode: 0,
    stdout: [(text) => expect(widest(text)).toBeLessThanOrEqual(80), /│ +1 │ +Tingkat Kematangan/],
  },
  {
    name: 'validate a folder -f html is a page of its findings, not an internal error',
    args: ['validate', 'examples/', '-f', 'html'],
    exitCode: 0,
    stdout: ['<section data-testid="findings">', '7 files: 7 valid, 0 invalid', 'data-code="EXTERNAL_WAITING"', NO_STACK],
  },
  {
    name: 'the HTML report of a batch lists an invalid file with its findings',
    args: () => ['report', withInvalid(), '-f', 'html'],
    exitCode: 1,
    stdout: [/<tr data-file="[^"]*broken\.yaml" data-code="MISSING_INDICATOR" class="error"><td data-label="Location">[^<]*broken\.yaml:3:1<\/td>/, '3 files: 2 valid, 1 invalid', 'data-testid="ranking"'],
  },
];

// ---------------------------------------------------------------------------------------------
// Settings against the framework in use (#11 cat. 9, #14 item 9): one check for flags and config,
// custom frameworks by path and registered in the config, the config found upwards
// ---------------------------------------------------------------------------------------------

const customFile = (agencyName: string, framework: string) => `year: 2024\nagency: ${agencyName}\nframework: ${framework}\nindicators: {1: 4, 2: 2, 3: 3}\n`;
const customTree = sharedTree({
  'frameworks/fw.yaml': custom,
  'a/by-path.yaml': customFile('X', '../frameworks/fw.yaml'),
  'a/missing.yaml': customFile('Z', './nope.yaml'),
  'a/bad-fw.yaml': custom.replace('weight: 100/3', 'weight: abc'),
  'a/bad.yaml': customFile('W', './bad-fw.yaml'),
});
const registeredTree = sharedTree({
  'spbe.config.yaml': 'frameworks: [frameworks/fw.yaml]\n',
  'frameworks/fw.yaml': custom,
  'a/by-id.yaml': customFile('Y', 'pemda-internal'),
  'a/plain.yaml': 'year: 2024\nagency: P\nindicators: {1: 4, 2: 2, 3: 3}\n',
});
const SETTINGS = 'spbe: error: settings that do not fit the frameworks in use';
const configCase = (name: string, config: string, stderr: string): CliCase => ({
  name: `settings: ${name}`,
  args: ['score', join(ROOT, EXAMPLE)],
  cwd: sharedTree({ 'spbe.config.yaml': config }),
  exitCode: 2,
  stdout: '',
  stderr,
});
const badDomainFlag = (value: string): CliCase => ({ name: `settings: --fail-under-domain ${JSON.stringify(value)} is a usage error`, args: ['score', EXAMPLE, '--fail-under-domain', value], exitCode: 2, stdout: '', stderr: [`argument '${value}' is invalid. Expected DOMAIN=VALUE: a domain number (1, 2, 3, ...) and an index from 0 to 5, e.g. 3=1.5.`, NO_STACK] });

const settings: CliCase[] = [
  {
    name: 'settings: --fail-under-domain on a domain the framework lacks is refused, not ignored',
    args: ['score', EXAMPLE, '--fail-under-domain', '99=4.9'],
    exitCode: 2,
    stdout: '',
    stderr: `${SETTINGS} (permenpanrb-59-2020):\n--fail-under-domain 99: permenpanrb-59-2020 has no domain 99 (domain 1, 2, 3, 4): the gate would never apply\n`,
  },
  ...['0=1', '0=', '=3', '01=2', '1.5=2', ' =1', 'x=1', '99999999999999999999=1', '3'].map(badDomainFlag),
  {
    name: 'settings: a domain gate on 8/2026, which has no domains, names its aspects',
    args: ['score', 'examples/kabupaten-contoh-2026.yaml', '--fail-under-domain', '1=2'],
    exitCode: 2,
    stderr: `${SETTINGS} (permenpanrb-8-2026):\n--fail-under-domain 1: permenpanrb-8-2026 has no domains (its groups are aspek 1, 2, 3, 4, 5, 6, 7): a gate on domain 1 would never apply\n`,
  },
  {
    name: 'settings: with --framework the check comes before any file is read',
    args: ['score', 'no-such.yaml', '--framework', 'permenpanrb-8-2026', '--fail-under-domain', '4=1'],
    exitCode: 2,
    stderr: `${SETTINGS} (permenpanrb-8-2026):\n--fail-under-domain 4: permenpanrb-8-2026 has no domains (its groups are aspek 1, 2, 3, 4, 5, 6, 7): a gate on domain 4 would never apply\n`,
  },
  {
    name: 'settings: a batch of several frameworks takes a domain one of them has',
    args: ['score', EXAMPLE, 'examples/kabupaten-contoh-2026.yaml', '--fail-under-domain', '4=3.5', '-f', 'text'],
    exitCode: 1,
    stdout: ['examples/kota-banjarbaru-2024.yaml  gate  domain 4 Layanan SPBE 3.49 is under --fail-under-domain 4=3.50', absent('kabupaten-contoh-2026.yaml  gate')],
  },
  {
    name: 'settings: --fail-under with a predikat the framework lacks',
    args: ['score', EXAMPLE, '--fail-under', 'Bagus'],
    exitCode: 2,
    stderr: `${SETTINGS} (permenpanrb-59-2020):\n--fail-under Bagus: no predikat "Bagus" in permenpanrb-59-2020 (Memuaskan, Sangat Baik, Baik, Cukup, Kurang)\n`,
  },
  configCase('the same domain gate in the config, at its line:column', 'gates:\n  failUnderDomain:\n    4: 3\n    99: 4.9\n', `${SETTINGS} (permenpanrb-59-2020):\nspbe.config.yaml:4:5: permenpanrb-59-2020 has no domain 99 (domain 1, 2, 3, 4): the gate would never apply\n`),
  configCase('a config key that is no domain number', 'gates:\n  failUnderDomain: {"0": 1, "": 2, "01": 3}\n', 'spbe: error: invalid configuration:\nspbe.config.yaml:2:21: "0" is not a domain number (1, 2, 3, ...)\nspbe.config.yaml:2:29: "" is not a domain number (1, 2, 3, ...)\nspbe.config.yaml:2:36: "01" is not a domain number (1, 2, 3, ...)\n'),
  configCase('a config predikat gate the framework lacks', 'gates:\n  failUnder: Bagus\n', `${SETTINGS} (permenpanrb-59-2020):\nspbe.config.yaml:2:14: no predikat "Bagus" in permenpanrb-59-2020 (Memuaskan, Sangat Baik, Baik, Cukup, Kurang)\n`),
  ...['"\\""', '"\\n"', '"\\r"', '""', '";;"'].map((value) => configCase(`csvDelimiter: ${value} is refused as --csv-delimiter refuses it`, `csvDelimiter: ${value}\n`, 'spbe: error: invalid configuration:\nspbe.config.yaml:1:15: csvDelimiter must be one character, not a quote or a line break\n')),
  ...['"', '\n', '\r', '', ';;'].map((value): CliCase => ({ name: `settings: --csv-delimiter ${JSON.stringify(value)} is a usage error`, args: ['score', EXAMPLE, '--csv-delimiter', value], exitCode: 2, stderr: ['Expected one character (or "tab"), not a quote or a line break.'] })),
  {
    name: 'settings: --no-gates switches the config gates off, and their check with them',
    args: ['score', join(ROOT, EXAMPLE), '--no-gates', '-f', 'text'],
    cwd: sharedTree({ 'spbe.config.yaml': 'gates:\n  failUnderDomain: {99: 1}\n' }),
    exitCode: 0,
  },
  {
    name: 'settings: Indonesian',
    args: ['score', EXAMPLE, '--fail-under-domain', '9=1', '--lang', 'id'],
    exitCode: 2,
    stderr: 'spbe: kesalahan: pengaturan yang tidak cocok dengan kerangka yang dipakai (permenpanrb-59-2020):\n--fail-under-domain 9: permenpanrb-59-2020 tidak memiliki domain 9 (domain 1, 2, 3, 4): ambang batas ini tidak akan pernah berlaku\n',
  },
  {
    name: 'framework: ./x.yaml in an assessment: the file by its path from the assessment; an unreadable or invalid one is a finding of that file, the others scored',
    args: ['score', 'a/by-path.yaml', 'a/missing.yaml', 'a/bad.yaml', '-f', 'text'],
    cwd: customTree,
    exitCode: 1,
    stdout: [
      '2024 · Internal variant · a/by-path.yaml\n',
      /^Predikat +Tinggi$/m,
      'a/missing.yaml:3:12  error  cannot read the framework file ./nope.yaml: no such file  FRAMEWORK_FILE_UNREADABLE\n',
      'a/bad.yaml:3:12  error  the framework file ./bad-fw.yaml is invalid (1 problem, the first INVALID_WEIGHT at line 18, column 38; spbe framework show on it lists them)  FRAMEWORK_FILE_INVALID\n',
      '3 files: 1 valid, 2 invalid (2 errors)',
    ],
  },
  {
    name: 'validate --framework FILE validates against a custom framework',
    args: ['validate', 'a/by-path.yaml', '--framework', 'frameworks/fw.yaml', '-f', 'json'],
    cwd: customTree,
    exitCode: 0,
    stdout: json((document) => expect(document.results[0]).toMatchObject({ valid: true, framework: { id: 'pemda-internal' } })),
  },
  {
    name: 'validate --framework ID overrides the file\'s framework: 47 missing indicators of 59/2020 are not asked for',
    args: ['validate', 'a/by-path.yaml', '--framework', 'permenpanrb-59-2020', '-f', 'text'],
    cwd: customTree,
    exitCode: 1,
    stdout: ['indikator 4-47 of permenpanrb-59-2020 are missing'],
  },
  {
    name: 'config frameworks: registers a framework: an assessment names it by id, --framework finds it',
    args: ['score', 'a/by-id.yaml', 'a/plain.yaml', '--framework', 'pemda-internal', '-f', 'text'],
    cwd: registeredTree,
    exitCode: 0,
    stdout: [/^a\/by-id\.yaml +Y +2024 +3\.00 +Tinggi$/m, /^a\/plain\.yaml +P +2024 +3\.00 +Tinggi$/m],
  },
  { name: 'config frameworks: by id without --framework', args: ['validate', 'a/by-id.yaml', '-f', 'text'], cwd: registeredTree, exitCode: 0, stdout: '1 file: 1 valid, 0 invalid\n' },
  { name: 'config frameworks: spbe frameworks lists the registered one after the built-ins', args: ['frameworks', '-f', 'json'], cwd: registeredTree, exitCode: 0, stdout: json((list) => expect(list.map((f: { id: string }) => f.id)).toEqual(['permenpanrb-5-2018', 'permenpanrb-59-2020', 'permenpanrb-8-2026', 'pemda-internal'])) },
  { name: 'config frameworks: framework show finds it by id', args: ['framework', 'show', 'pemda-internal', '-f', 'json'], cwd: registeredTree, exitCode: 0, stdout: json((f) => expect(f.id).toBe('pemda-internal')) },
  {
    name: 'config frameworks: without the config the id is unknown, and the finding lists the known ones',
    args: () => ['validate', join(registeredTree(), 'a/by-id.yaml'), '-f', 'text'],
    cwd: freshTree({}),
    exitCode: 1,
    stdout: [/by-id\.yaml:3:12 +error +unknown framework "pemda-internal"; known frameworks: permenpanrb-5-2018, permenpanrb-59-2020, permenpanrb-8-2026 \(or the path of a framework file\)/],
  },
  {
    name: 'config frameworks: an id taken by a built-in is refused at its line:column',
    args: ['score', join(ROOT, EXAMPLE)],
    cwd: sharedTree({ 'spbe.config.yaml': 'frameworks:\n  - fw.yaml\n', 'fw.yaml': readFileSync(join(ROOT, 'src/frameworks/permenpanrb-59-2020.yaml'), 'utf8') }),
    exitCode: 2,
    stderr: "spbe: error: invalid configuration:\nspbe.config.yaml:2:5: the framework id permenpanrb-59-2020 is a built-in framework's: give the file's framework another id\n",
  },
  {
    name: 'config frameworks: an invalid framework file is exit 2 with its positions',
    args: ['score', join(ROOT, EXAMPLE)],
    cwd: sharedTree({ 'spbe.config.yaml': 'frameworks: [fw.yaml]\n', 'fw.yaml': custom.replace('weight: 100/3', 'weight: abc') }),
    exitCode: 2,
    stderr: 'spbe: error: invalid framework file:\nfw.yaml:18:38: domains.0.aspects.0.indicators.2.weight must be a positive decimal, a fraction such as "20/6", or "equal"\n',
  },
  {
    name: 'the config is found upwards from a subfolder, and its paths are relative to it',
    args: ['validate', '../by-id.yaml', '-f', 'text'],
    cwd: () => {
      const root = registeredTree();
      mkdirSync(join(root, 'a/deeper'), { recursive: true });
      return join(root, 'a/deeper');
    },
    exitCode: 0,
    stdout: '1 file: 1 valid, 0 invalid\n',
  },
  {
    name: 'init: a name with no letter a-z or digit needs --agency-id, which is used as given',
    args: ['init', '--agency', '東京都', '--year', '2024'],
    exitCode: 2,
    stdout: '',
    stderr: 'spbe: error: --agency "東京都" has no letter a-z or digit to make agency.id from: give one with --agency-id (e.g. --agency-id kota-contoh)\n',
  },
  { name: 'init --agency-id sets agency.id', args: ['init', '--agency', '東京都', '--agency-id', 'tokyo', '--year', '2024'], exitCode: 0, stdout: ['\n  name: "東京都"\n  id: tokyo\n', '# previous: ./tokyo-2023.yaml'] },
  { name: 'init: --agency-id must be an id', args: ['init', '--agency', 'Kota', '--agency-id', 'Kota X', '--year', '2024'], exitCode: 2, stderr: 'spbe: error: --agency-id "Kota X" is not an id: lowercase letters a-z, digits and single hyphens (e.g. kota-banjarbaru)\n' },
  ...['Kota\nyear: 1999', 'Kota\r', '  ', '', 'a\tb', 'a\u2028b'].map((name): CliCase => ({
    name: `init: the name ${JSON.stringify(name)} is refused: one line of text, not empty`,
    args: ['init', '--agency', name, '--year', '2024'],
    exitCode: 2,
    stdout: '',
    stderr: [/^spbe: error: --agency "[^\n]*": an agency's name is one line of text, not empty\n$/],
  })),
  { name: 'init: the name null is quoted, its id too', args: ['init', '--agency', 'null', '--year', '2024'], exitCode: 0, stdout: ['\n  name: "null"\n  id: "null"\n'] },
  {
    name: 'Indonesian wording: ambang batas for a gate, valid / tidak valid, the self-assessment counts read as counts of indicators',
    args: ['score', 'examples/kabupaten-contoh-2024.yaml', '-f', 'text', '--lang', 'id', '--fail-under', '3'],
    exitCode: 1,
    stdout: [
      'Penilaian mandiri: 2,88 Baik (+0,33 terhadap nilai akhir 2,55); dari 47 indikator, 16 diklaim lebih tinggi dan 0 lebih rendah daripada nilai akhir.\n',
      'examples/kabupaten-contoh-2024.yaml  ambang batas  Indeks 2,55 di bawah ambang batas --fail-under 3.00\n',
      '1 berkas: 1 valid, 0 tidak valid\n',
      absent('kurang dari'),
    ],
  },
  {
    name: 'Indonesian wording: a --group-by summary is titled by its field in Indonesian (kategori, provinsi, tahun), the English stays',
    args: ['score', 'examples/', '-f', 'table', '--lang', 'id', '--group-by', 'category'],
    exitCode: 0,
    stdout: ['\nkategori: kota (2019 · permenpanrb-5-2018)\n', '\nkategori: kabupaten (2023 · permenpanrb-59-2020)\n', absent('category:')],
  },
  { name: 'English: a --group-by summary titled by its field', args: ['score', 'examples/', '-f', 'markdown', '--group-by', 'year'], exitCode: 0, stdout: ['### year: 2019 (2019 · permenpanrb-5-2018)\n'] },
  { name: 'Indonesian wording: Persentase for the over-claim rate', args: ['score', 'examples/', '-f', 'table', '--lang', 'id'], exitCode: 0, stdout: [/│ Domain +│ Instansi │ Indikator │ Klaim berlebih │ Persentase │ Klaim kurang │/] },
  {
    name: 'config lang: id words every message in Indonesian, --help too',
    args: ['score', 'x.yaml', '--help'],
    cwd: sharedTree({ 'spbe.config.yaml': 'lang: id\n' }),
    env: { LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined },
    exitCode: 0,
    stdout: ['Penggunaan:'],
  },
  {
    name: 'config lang: id, for errors of the run',
    args: () => ['score', join(ROOT, EXAMPLE), '--fail-under', 'Bagus'],
    cwd: sharedTree({ 'spbe.config.yaml': 'lang: id\n' }),
    env: { LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined },
    exitCode: 2,
    stderr: 'spbe: kesalahan: pengaturan yang tidak cocok dengan kerangka yang dipakai (permenpanrb-59-2020):\n--fail-under Bagus: tidak ada predikat "Bagus" dalam permenpanrb-59-2020 (Memuaskan, Sangat Baik, Baik, Cukup, Kurang)\n',
  },
  {
    name: 'config lang: --lang wins over it, and it wins over LANG',
    args: () => ['score', join(ROOT, EXAMPLE), '--fail-under', 'Bagus', '--lang', 'en'],
    cwd: sharedTree({ 'spbe.config.yaml': 'lang: id\n' }),
    env: { LANG: 'id_ID.UTF-8' },
    exitCode: 2,
    stderr: [/^spbe: error: settings that do not fit/],
  },
  {
    name: 'config lang: en wins over LANG=id, and --config names the file',
    args: () => ['score', join(ROOT, EXAMPLE), '--fail-under', 'Bagus', '--config', 'other.yaml'],
    cwd: sharedTree({ 'other.yaml': 'lang: en\n' }),
    env: { LANG: 'id_ID.UTF-8' },
    exitCode: 2,
    stderr: [/^spbe: error: settings that do not fit/],
  },
  {
    name: 'the upward search stops at the repository root (a folder with .git)',
    args: ['score', join(ROOT, EXAMPLE), '-f', 'text'],
    cwd: () => {
      const root = tempTree({ 'spbe.config.yaml': 'gates: {failUnder: 4}\n', 'repo/.git/HEAD': 'ref: refs/heads/main\n' });
      mkdirSync(join(root, 'repo/src'), { recursive: true });
      return join(root, 'repo/src');
    },
    exitCode: 0,
  },
  {
    name: 'a config error found upwards names the file by its path from the working directory',
    args: ['score', join(ROOT, EXAMPLE), '-f', 'text'],
    cwd: () => {
      const root = tempTree({ 'spbe.config.yaml': 'gates: {failUnder: Bagus}\n' });
      mkdirSync(join(root, 'x/y'), { recursive: true });
      return join(root, 'x/y');
    },
    exitCode: 2,
    stderr: `${SETTINGS} (permenpanrb-59-2020):\n../../spbe.config.yaml:1:20: no predikat "Bagus" in permenpanrb-59-2020 (Memuaskan, Sangat Baik, Baik, Cukup, Kurang)\n`,
  },
];

// ---------------------------------------------------------------------------------------------
// Batch statistics per framework and year (#14 item 6), --latest, --group-by year
// ---------------------------------------------------------------------------------------------

// Agencies A, B, C over 2021-2023 (uniform levels: each index is the level) and a 5/2018 file of 2019.
const LEVELS: Record<string, number[]> = { a: [1, 2, 3], b: [2, 3, 4], c: [4, 4, 5] };
const yearsTree = sharedTree({
  ...Object.fromEntries(Object.entries(LEVELS).flatMap(([id, levels]) => levels.map((level, i) => [`${id}-${2021 + i}.yaml`, assessmentYaml({ year: 2021 + i, agency: agency(`Kota ${id.toUpperCase()}`, `kota-${id}`, 'kota', 'Aceh'), indicators: uniformLevels(level) })]))),
  'banjarbaru-2019.yaml': readFileSync(join(ROOT, 'examples/kota-banjarbaru-2019.yaml'), 'utf8'),
});
/** Mean and median of a list of numbers, as the regulation's published 2 decimals (half up). */
const meanOf = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
const medianOf = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
const yearLevels = (i: number) => Object.values(LEVELS).map((levels) => levels[i]!);

const cohortCases: CliCase[] = [
  {
    name: 'statistics: a summary per framework and year, never a mean across them (no 5/2018 domain in a 59/2020 row)',
    args: ['score', '.', '-f', 'json'],
    cwd: yearsTree,
    exitCode: 0,
    stdout: json((document) => {
      const { summary } = document;
      expect(summary.scores).toBeUndefined();
      expect(summary.cohorts.map((c: { year: number; framework: string; count: number }) => [c.year, c.framework, c.count])).toEqual([[2019, 'permenpanrb-5-2018', 1], [2021, 'permenpanrb-59-2020', 3], [2022, 'permenpanrb-59-2020', 3], [2023, 'permenpanrb-59-2020', 3]]);
      for (const [i, cohort] of summary.cohorts.slice(1).entries()) {
        expect(cohort.index).toEqual({ mean: meanOf(yearLevels(i)), median: medianOf(yearLevels(i)), min: Math.min(...yearLevels(i)), max: Math.max(...yearLevels(i)) });
        expect(cohort.domains.map((d: { id: number; name: string }) => `${d.id} ${d.name}`)).toEqual(['1 Kebijakan Internal SPBE', '2 Tata Kelola SPBE', '3 Manajemen SPBE', '4 Layanan SPBE']);
      }
      expect(summary.cohorts[0].domains.map((d: { id: number; name: string }) => `${d.id} ${d.name}`)).toEqual(['1 Kebijakan Internal SPBE', '2 Tata Kelola SPBE', '3 Layanan SPBE']);
      expect(summary.cohorts[0].index.mean).toBe(2.77);
    }),
  },
  {
    name: 'statistics: the table titles each summary with its year and framework',
    args: ['score', '.', '-f', 'table'],
    cwd: yearsTree,
    exitCode: 0,
    stdout: ['Summary: 2019 · permenpanrb-5-2018\n', 'Summary: 2023 · permenpanrb-59-2020\n', /Summary: 2021 · permenpanrb-59-2020\n[^S]*│ Index +│ 2\.33 │ +2\.00 │ 1\.00 │ 4\.00 │/],
  },
  {
    name: 'statistics: markdown titles each summary with its year and framework',
    args: ['score', '.', '-f', 'markdown'],
    cwd: yearsTree,
    exitCode: 0,
    stdout: ['### Summary: 2022 · permenpanrb-59-2020\n', absent('### Summary\n')],
  },
  {
    name: '--latest keeps each agency\'s latest year, with its change from the year before, and says what it left out',
    args: ['score', '.', '-f', 'jsonl', '--latest'],
    cwd: yearsTree,
    exitCode: 0,
    stdout: jsonLines((rows) => expect(rows.map((r) => [r.agency.id, r.year, r.index, r.comparison?.delta.index])).toEqual([['kota-a', 2023, 3, 1], ['kota-b', 2023, 4, 1], ['kota-banjarbaru', 2019, 2.77, undefined], ['kota-c', 2023, 5, 1]])),
    stderr: ['spbe: notice: --latest: left out 6 results of an agency\'s earlier years\n'],
  },
  {
    name: '--latest: one summary per framework and year of what is left',
    args: ['score', '.', '-f', 'json', '--latest'],
    cwd: yearsTree,
    exitCode: 0,
    stdout: json(({ summary }) => {
      expect(summary.cohorts.map((c: { year: number; count: number; index: { mean: number } }) => [c.year, c.count, c.index.mean])).toEqual([[2019, 1, 2.77], [2023, 3, meanOf(yearLevels(2))]]);
      expect(summary.omittedEarlier).toBe(6);
      expect(summary.files).toBe(4);
    }),
  },
  {
    name: '--group-by year: a summary per year',
    args: () => ['score', ...['a', 'b', 'c'].map((id) => join(yearsTree(), `${id}-2022.yaml`)), ...['a', 'b'].map((id) => join(yearsTree(), `${id}-2023.yaml`)), '-f', 'json', '--group-by', 'year'],
    exitCode: 0,
    stdout: json(({ summary }) => expect(summary.groups.map((g: { year: number; count: number; index: { mean: number } }) => [g.year, g.count, g.index.mean])).toEqual([[2022, 3, meanOf(yearLevels(1))], [2023, 2, meanOf([3, 4])]])),
  },
  {
    name: '--group-by category within each framework and year',
    args: ['score', '.', '-f', 'json', '--group-by', 'category'],
    cwd: yearsTree,
    exitCode: 0,
    stdout: json(({ summary }) => expect(summary.groups.map((g: { category: string; year: number; count: number }) => [g.category, g.year, g.count])).toEqual([['kota', 2019, 1], ['kota', 2021, 3], ['kota', 2022, 3], ['kota', 2023, 3]])),
  },
  { name: 'the HTML report of several years draws the latest year\'s figures, not an internal error', args: ['report', '.'], cwd: yearsTree, exitCode: 0, stdout: ['data-testid="ranking"', NO_STACK] },
  { name: 'report --latest: each agency once, its latest year', args: ['report', '.', '--latest'], cwd: yearsTree, exitCode: 0, stdout: ['data-file="a-2023.yaml"', 'data-file="c-2023.yaml"', absent('data-file="a-2021.yaml"'), absent('data-file="b-2022.yaml"')], stderr: [/left out/] },
];


const withPrevious = (year: number, previous: string) => readFileSync(join(ROOT, EXAMPLE), 'utf8').replace(/^previous:[\s\S]*$/m, `previous: ${previous}\n`).replace('year: 2024', `year: ${year}`);
/** Published figures of the previous year (#11 review): read exactly, their predikat on that year's own practice. */
const previousFigures: CliCase[] = [
  { name: "-o '' is a usage error, not standard output", args: ['score', EXAMPLE, '-o', ''], exitCode: 2, stdout: '', stderr: [/-o, --output <file>.*Expected the name of a file/s] },
  {
    name: 'a previous index of 2.59999999999999999999 is not 2.6: Cukup under 2024 exact practice, and the predikat went up',
    args: ['score', 'a.yaml', '-f', 'json'],
    cwd: sharedTree({ 'a.yaml': withPrevious(2025, '{year: 2024, index: 2.59999999999999999999}') }),
    exitCode: 0,
    stdout: [/"predicate": "Cukup",\s+"source": "published"/, /"predicateChange": "up"/],
  },
  {
    name: 'a previous 2023 index of 2.595 is Baik: 2023 published on the index rounded to 2.60',
    args: ['score', 'a.yaml', '-f', 'json'],
    cwd: sharedTree({ 'a.yaml': withPrevious(2024, '{year: 2023, index: 2.595}') }),
    exitCode: 0,
    stdout: [/"predicate": "Baik",\s+"source": "published"/, /"predicateChange": "same"/],
  },
];

/** What the quick path of the binary (score FILE -f json) must leave to the full CLI, as the in-process run shows. */
const quickPathLimits: CliCase[] = [
  {
    name: 'score x.csv -f json: a YAML text named .csv is read as a table, by the quick path too',
    args: ['score', 'x.csv', '-f', 'json'],
    cwd: sharedTree({ 'x.csv': readFileSync(join(ROOT, EXAMPLE), 'utf8') }),
    exitCode: 1,
    stdout: [/TABLE_NO_HEADER/],
  },
  {
    name: 'a \\U escape past U+10FFFF is YAML_SYNTAX on either reader',
    args: ['score', 'u.yaml', '-f', 'json'],
    cwd: sharedTree({ 'u.yaml': readFileSync(join(ROOT, EXAMPLE), 'utf8').replace('name: Pemerintah Kota Banjarbaru', 'name: "\\U00110000"') }),
    exitCode: 1,
    stdout: [/"code": "YAML_SYNTAX"/, absent(/"valid": true/)],
  },
];

runCases([...scoreOneFile, ...batch, ...frameworks, ...analysis, ...languages, ...more, ...issue14, ...settings, ...cohortCases, ...quickPathLimits, ...previousFigures]);
