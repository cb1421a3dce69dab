/**
 * Streamed batches (run/stream.ts) against the whole-run path they replace for line formats: for a
 * folder built to exercise year linking (agencies whose years come in any input order, a candidate
 * later in the input than its file, duplicate agency-years, candidates that do not score, files
 * naming their own previous year by path and by figures, files the fast reader refuses, agencies
 * named by a string, three frameworks), the bytes written, the summary line and the exit code of
 * `spbe score -f jsonl|json` (in worker threads, in one thread, and in-process) equal what
 * evaluateAllInputs + buildReport + formatJsonl|formatJson give for the same files (json's summary
 * from the stat records: per framework and year, self-assessment rates, --group-by). linkCandidates is checked
 * against the rule written out naively.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { previousFromScore } from '../src/core/compare.js';
import { keyTable, linkCandidates, type LinkKey } from '../src/core/link.js';
import { buildReport, type ReportOptions } from '../src/core/report.js';
import type { FileResult } from '../src/core/result.js';
import { provisionalFrameworks } from '../src/format/ci-results.js';
import { formatSummaryLine } from '../src/format/findings.js';
import { formatJson, formatJsonl } from '../src/format/json.js';
import { csvOptions, type FormatContext } from '../src/format/formats.js';
import { plainPalette } from '../src/format/terminal.js';
import { evaluateAllInputs } from '../src/io/all-inputs.js';
import { evaluateSource } from '../src/io/evaluate.js';
import { expandInputs } from '../src/io/inputs.js';
import { VERSION } from '../src/generated/version.js';
import { catalogFor } from '../src/messages/catalog.js';
import { run } from './helpers/cli.js';
import { ROOT } from './helpers/root.js';
import { tempTree } from './helpers/files.js';
import { spawnBinary } from './helpers/spawn.js';

function random(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const EXAMPLES = join(ROOT, 'examples');
const YEARS: Record<string, number[]> = { 'permenpanrb-5-2018': [2018, 2019, 2020], 'permenpanrb-59-2020': [2021, 2022, 2023, 2024, 2025], 'permenpanrb-8-2026': [2026, 2027] };

function shortFile(agency: string, year: number, rand: () => number, broken: boolean): string {
  // Names of one, two, three and four UTF-8 bytes a character: the workers' pieces are UTF-8 at offsets in a shared buffer.
  const lines = ['framework: permenpanrb-59-2020', `year: ${year}`, 'agency:', `  name: Pemda ${agency} Pémérintah – 😀`, `  id: ${agency}`, 'indicators:'];
  for (let id = 1; id <= 47; id++) lines.push(`  ${id}: ${broken && id === 7 ? 9 : 1 + Math.floor(rand() * 5)}`);
  return `${lines.join('\n')}\n`;
}

/** A copy of an example file as another agency-year (its own previous year kept, or dropped so that it links). */
function exampleVariant(text: string, agency: string, rand: () => number): string {
  const year = Number(/^year: (\d+)$/m.exec(text)![1]);
  const framework = /^framework: (\S+)/m.exec(text)?.[1] ?? (year >= 2026 ? 'permenpanrb-8-2026' : year >= 2021 ? 'permenpanrb-59-2020' : 'permenpanrb-5-2018');
  const years = YEARS[framework]!;
  let out = text.replace(/^( {2}id: ).*$/m, `$1${agency}`).replace(/^year: \d+$/m, `year: ${years[Math.floor(rand() * years.length)]}`);
  if (rand() < 0.7) out = out.replace(/^previous:.*\n(?: {2}.*\n)*/m, '');
  // An anchor is outside the fast reader's subset: the key is learnt by evaluating the file.
  if (rand() < 0.2) out = out.replace(/^agency:$/m, 'agency: &who');
  return out;
}

function buildFolder(dir: string, count: number, seed: number): void {
  const rand = random(seed);
  mkdirSync(dir, { recursive: true });
  // The examples as they are (their previous: paths resolve), then variants.
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));
  for (const name of examples) copyFileSync(join(EXAMPLES, name), join(dir, name));
  const texts = examples.map((name) => readFileSync(join(EXAMPLES, name), 'utf8'));
  for (let i = 0; i < count; i++) {
    const agency = `ag-${Math.floor(rand() * 40)}`;
    const name = `f-${Math.floor(rand() * 1e9).toString(36)}-${i}.yaml`; // input order unrelated to years
    const kind = rand();
    let text: string;
    if (kind < 0.15) text = exampleVariant(texts[Math.floor(rand() * texts.length)]!, agency, rand);
    else if (kind < 0.2) text = `year: ${2021 + Math.floor(rand() * 5)}\nagency: Kabupaten ${agency}\nindicators:\n${Array.from({ length: 47 }, (_, j) => `  ${j + 1}: ${1 + Math.floor(rand() * 5)}`).join('\n')}\n`;
    else if (kind < 0.25) text = `${shortFile(agency, 2021 + Math.floor(rand() * 5), rand, false)}previous:\n  year: 2020\n  index: 2.5${Math.floor(rand() * 10)}\n`;
    else if (kind < 0.32) text = shortFile(agency, 2021 + Math.floor(rand() * 5), rand, true);
    else if (kind < 0.34) text = 'year: [unclosed\n';
    else text = shortFile(agency, 2021 + Math.floor(rand() * 5), rand, false);
    writeFileSync(join(dir, name), text);
  }
}

/** The whole-run path: every result kept, the report built once, then formatted; stderr as the CLI words it (warnings of --compare, notices, the summary line). */
async function wholeRun(cwd: string, folder: string, extra: Partial<ReportOptions> = {}, command: 'score' | 'validate' = 'score', compare?: { file: string; agency: string }, format: 'jsonl' | 'json' = 'jsonl') {
  const { inputs } = await expandInputs([folder], cwd);
  const options = { lint: { rules: {}, strict: false }, cwd, jobs: 0 };
  const results: FileResult[] = [];
  for await (const r of evaluateAllInputs(inputs, options)) results.push(r);
  const report = buildReport(results, { command, ...extra });
  const context: FormatContext = { catalog: catalogFor('en'), palette: plainPalette, columns: 80, tool: { name: 'spbe', version: VERSION }, csv: csvOptions(undefined, false) };
  const hasErrors = report.results.some((r) => r.findings.some((f) => f.severity === 'error'));
  const en = catalogFor('en');
  const warnings = compare ? report.results.flatMap((r) => (r.score && r.assessment && r.assessment.agency.id !== compare.agency ? [`spbe: warning: ${en.phrases.compareOtherAgency({ compare: compare.file, compareAgency: compare.agency, file: r.file, agency: r.assessment.agency.id })}\n`] : [])) : [];
  const notices = extra.errorsOnly ? [] : provisionalFrameworks(report).map((id) => `spbe: notice: ${en.phrases.provisional({ framework: id })}\n`);
  const stderr = [...warnings, ...notices, formatSummaryLine(report.summary, en)].join('');
  return { stdout: [...(format === 'json' ? formatJson : formatJsonl)(report, context)].join(''), stderr, code: hasErrors || report.failedGates > 0 ? 1 : 0 };
}

describe('streamed jsonl and json equal the whole-run path', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'spbe-stream-'));
    buildFolder(join(work, 'batch'), 260, 7);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test.each([{ jobs: ['--jobs', '2'] }, { jobs: ['--jobs', '0'] }, { jobs: [] }])('spbe score batch -f jsonl $jobs', async ({ jobs }) => {
    const expected = await wholeRun(work, 'batch');
    const got = await spawnBinary(['score', 'batch', '-f', 'jsonl', ...jobs], { cwd: work });
    expect(got.stdout).toBe(expected.stdout);
    expect(got.stderr).toBe(expected.stderr);
    expect(got.code).toBe(expected.code);
    // The folder links years both ways round, and some files do not score.
    expect(expected.stdout).toContain('"comparison"');
    expect(expected.code).toBe(1);
  }, 120_000);

  test('in-process (the worker bundle is not there: tasks run in this thread)', async () => {
    const expected = await wholeRun(work, 'batch');
    const got = await run(['score', 'batch', '-f', 'jsonl', '--jobs', '2'], { cwd: work });
    expect(got.stdout).toBe(expected.stdout);
    expect(got.code).toBe(expected.code);
  }, 120_000);

  test('--compare FILE, --quiet and a gate: no linking, the gate in every line', async () => {
    const compared = await evaluateSource({ file: 'batch/kota-banjarbaru-2021.yaml', path: join(work, 'batch/kota-banjarbaru-2021.yaml') }, { followPrevious: false });
    const previous = previousFromScore(compared.score!, compared.assessment!.year, 'batch/kota-banjarbaru-2021.yaml', compared.assessment!.indicators);
    const expected = await wholeRun(work, 'batch', { compare: previous, errorsOnly: true, gates: { failUnder: { num: 3n, den: 1n } } }, 'score', { file: 'batch/kota-banjarbaru-2021.yaml', agency: 'kota-banjarbaru' });
    const got = await spawnBinary(['score', 'batch', '-f', 'jsonl', '--compare', 'batch/kota-banjarbaru-2021.yaml', '--quiet', '--fail-under', '3'], { cwd: work });
    expect(got.stdout).toBe(expected.stdout);
    expect(got.stderr).toBe(expected.stderr);
    expect(got.code).toBe(1);
    expect(expected.stdout).toContain('"gates":[{"code":"GATE_FAIL_UNDER"');
  }, 120_000);

  test.each([{ args: [] as string[] }, { args: ['--jobs', '0', '--group-by', 'category'] }])('spbe score batch -f json $args: the summary (per framework and year, self-assessment rates, groups) from the stat records', async ({ args }) => {
    const groupBy = args.includes('--group-by') ? { groupBy: 'category' as const } : {};
    const expected = await wholeRun(work, 'batch', groupBy, 'score', undefined, 'json');
    const got = await spawnBinary(['score', 'batch', '-f', 'json', ...args], { cwd: work });
    expect(got.stdout).toBe(expected.stdout);
    expect(got.stderr).toBe(expected.stderr);
    expect(got.code).toBe(expected.code);
    expect(expected.stdout).toContain('"cohorts": [');
    expect(expected.stdout).toContain('"selfAssessment": {');
  }, 120_000);

  test('spbe validate -f json', async () => {
    const expected = await wholeRun(work, 'batch', {}, 'validate', undefined, 'json');
    const got = await spawnBinary(['validate', 'batch', '-f', 'json'], { cwd: work });
    expect(got.stdout).toBe(expected.stdout);
    expect(got.code).toBe(expected.code);
  }, 120_000);

  test('spbe validate -f jsonl', async () => {
    const expected = await wholeRun(work, 'batch', {}, 'validate');
    const got = await spawnBinary(['validate', 'batch', '-f', 'jsonl'], { cwd: work });
    expect(got.stdout).toBe(expected.stdout);
    expect(got.stderr).toBe(expected.stderr);
    expect(got.code).toBe(expected.code);
  }, 120_000);
});

describe('linkCandidates', () => {
  /** The rule as stated: same agency, earlier year; nearest year first, then input order; none for a file naming its own previous year. */
  function naive(keys: readonly (LinkKey | undefined)[]): Map<number, number[]> {
    const out = new Map<number, number[]>();
    keys.forEach((key, position) => {
      if (!key || key.ownPrevious) return;
      const earlier = keys.flatMap((k, p) => (k && k.agency === key.agency && k.year < key.year ? [p] : []));
      earlier.sort((a, b) => keys[b]!.year - keys[a]!.year || a - b);
      if (earlier.length > 0) out.set(position, earlier);
    });
    return out;
  }

  test.each([1, 2, 3, 4, 5, 6, 7, 8])('random keys, seed %i', (seed) => {
    const rand = random(seed);
    const keys = Array.from({ length: 300 }, () => (rand() < 0.1 ? undefined : { agency: `a${Math.floor(rand() * 12)}`, year: 2018 + Math.floor(rand() * 8), ownPrevious: rand() < 0.15 }));
    const candidates = linkCandidates(keyTable(keys));
    const got = new Map([...candidates.positions()].map((p) => [p, candidates.order(p)!.slice(candidates.from(p))]));
    expect(got).toEqual(naive(keys));
  });

  test('one agency of 50,000 files: every file\'s candidates are a tail of one shared list (memory linear in the files)', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => ({ agency: 'same', year: i % 9, ownPrevious: false }));
    const candidates = linkCandidates(keyTable(keys));
    const positions = [...candidates.positions()];
    expect(positions).toHaveLength(50_000 - Math.ceil(50_000 / 9));
    const orders = new Set(positions.map((p) => candidates.order(p)));
    expect(orders.size).toBe(1);
  });
});

describe('statistics only where the format prints them', () => {
  test('a jsonl reply carries no stat record; a json reply of a scored file does', async () => {
    const { createRunner } = await import('../src/run/task.js');
    const setup = (format: 'jsonl' | 'json', statistics: boolean) => ({ source: { lint: { rules: {}, strict: false } }, report: { command: 'score' as const }, format, lang: 'en' as const, context: { tool: { name: 'spbe', version: VERSION }, csv: csvOptions(undefined, false) }, keepText: false, statistics });
    const file = 'examples/kota-banjarbaru-2024.yaml';
    const task = { kind: 'result' as const, index: 0, input: { file, path: join(ROOT, file) }, keepPrevious: false };
    const jsonl = await (await createRunner(setup('jsonl', false)))(task);
    const json = await (await createRunner(setup('json', true)))(task);
    if (jsonl.kind !== 'result' || json.kind !== 'result') throw new Error('result replies expected');
    expect(jsonl.stat).toBeUndefined();
    expect(json.stat?.result.score?.frameworkId).toBe('permenpanrb-59-2020');
    expect(json.stat?.result.assessment?.agency.id).toBe('kota-banjarbaru');
  });
});

describe('a file changed between the two phases', () => {
  test('is neither linked nor a link when its agency or year is no longer the key phase 1 read', async () => {
    const { createRunner } = await import('../src/run/task.js');
    const { packPrevious } = await import('../src/run/packed-previous.js');
    const run = await createRunner({ source: { lint: { rules: {}, strict: false } }, report: { command: 'score' }, format: 'jsonl', lang: 'en', context: { tool: { name: 'spbe', version: VERSION }, csv: csvOptions(undefined, false) }, keepText: false, statistics: false });
    // Kota Banjarbaru 2024 without its own previous year, so that phase 1's link is what it is compared with.
    const dir = mkdtempSync(join(tmpdir(), 'spbe-changed-'));
    const file = join(dir, 'kota-banjarbaru-2024.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'examples/kota-banjarbaru-2024.yaml'), 'utf8').replace(/^previous:.*\n(?: {2}.*\n)*/m, ''));
    const input = { file: 'kota-banjarbaru-2024.yaml', path: file };
    const earlier = await evaluateSource({ file: 'examples/kota-banjarbaru-2021.yaml', path: join(ROOT, 'examples/kota-banjarbaru-2021.yaml') }, { followPrevious: false });
    const previous = packPrevious(previousFromScore(earlier.score!, 2021, earlier.file, earlier.assessment!.indicators));
    // The file as phase 1 read it: linked, and a link for later years.
    const same = await run({ kind: 'result', index: 0, input, key: { agency: 'kota-banjarbaru', year: 2024, ownPrevious: false }, previous, keepPrevious: true });
    // Phase 1 read another agency: the file has changed since.
    const changed = await run({ kind: 'result', index: 0, input, key: { agency: 'kota-lain', year: 2024, ownPrevious: false }, previous, keepPrevious: true });
    if (same.kind !== 'result' || changed.kind !== 'result') throw new Error('result replies expected');
    expect(same.linkable).toBe(true);
    expect(same.previous).toBeDefined();
    expect(changed.linkable).toBe(false);
    expect(changed.previous).toBeUndefined();
    const line = (piece: string | Uint8Array) => JSON.parse(typeof piece === 'string' ? piece : new TextDecoder().decode(piece));
    expect(line(same.piece).comparison.previous.year).toBe(2021);
    expect(line(changed.piece).comparison).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('workers started during the folder scan (run/early-workers.ts)', () => {
  const short = (agency: string, year: number) => `framework: permenpanrb-59-2020\nyear: ${year}\nagency:\n  name: Pemda ${agency}\n  id: ${agency}\nindicators:\n${Array.from({ length: 47 }, (_, i) => `  ${i + 1}: ${1 + ((i + year) % 5)}`).join('\n')}\n`;
  const framework = 'id: local-test\nscale: {min: 0, max: 5}\npredicates: []\n';

  /** A folder of these files (test/helpers/files.ts), removed after the tests. */
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const folder = (files: Record<string, string>) => {
    const dir = tempTree(files);
    made.push(dir);
    return dir;
  };

  test('the scan lists 5 files and starts 4 workers; 2 are assessments: 2 workers take them, the others stop, and the process ends', async () => {
    const dir = folder({ 'a-2023.yaml': short('a', 2023), 'a-2024.yaml': short('a', 2024), 'f1.yaml': framework, 'f2.yaml': framework, 'f3.yaml': framework });
    const inThread = await spawnBinary(['score', '.', '-f', 'jsonl', '--jobs', '0'], { cwd: dir });
    const early = await spawnBinary(['score', '.', '-f', 'jsonl', '--jobs', '4'], { cwd: dir });
    expect(early).toEqual(inThread);
    expect(early.code).toBe(0);
    expect(early.stdout.split('\n')).toHaveLength(3);
    expect(JSON.parse(early.stdout.split('\n')[1]!).comparison.previous.year).toBe(2023);
  }, 60_000);

  test('what the scan cannot take while workers start: an agency name that is not text, a glob longer than any path; each ends with its finding', async () => {
    // b.yaml is read whole by the scan for its link key: the name's toString is not a function.
    const dir = folder({ 'f/a.yaml': 'year: 2024\nagency: x\n', 'f/b.yaml': 'year: 2024\nagency: {name: {toString: x}}\n' });
    const named = await spawnBinary(['score', 'f/a.yaml', 'f/b.yaml', '-f', 'jsonl'], { cwd: dir });
    const scanned = await spawnBinary(['score', 'f', '-f', 'jsonl', '--jobs', '2'], { cwd: dir });
    expect(scanned).toEqual(named);
    expect(scanned.code).toBe(1);
    expect(scanned.stdout).toContain('"pointer":"/agency/name"');
    const glob = `f/${'a'.repeat(70_000)}*.yaml`;
    const long = await spawnBinary(['validate', 'f', glob, '-f', 'jsonl', '--jobs', '2'], { cwd: dir });
    expect(long.code).toBe(2);
    expect(long.stderr).toContain(`spbe: error: no assessment files match ${glob}`);
    expect(long.stderr).not.toContain('internal error');
  }, 60_000);

  test('a folder that cannot stream (a table among the files): the started workers stop and the run goes on without them', async () => {
    const dir = folder({ 'b-2021.yaml': short('b', 2021), 'b-2022.yaml': short('b', 2022), 'b-2023.yaml': short('b', 2023), 'rows.csv': 'agency,year,1\nKota C,2024,3\n' });
    const inThread = await spawnBinary(['score', '.', '-f', 'jsonl', '--jobs', '0'], { cwd: dir });
    const early = await spawnBinary(['score', '.', '-f', 'jsonl', '--jobs', '2'], { cwd: dir });
    expect(early).toEqual(inThread);
    expect(early.stdout.split('\n').filter(Boolean)).toHaveLength(4);
  }, 60_000);
});
