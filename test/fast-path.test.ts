/**
 * The fast path (document/fast-read.ts) against the positioned path (document/parse.ts), over more
 * than 100,000 mutated and random inputs: wherever the fast reader accepts a text, eemeli/yaml reads
 * it without a syntax finding into deep-equal data with the same exact value at every number; wherever
 * the fast path scores a file, the positioned path gives the same result; and over a sample, every
 * output format prints the same bytes from either path's results. Inputs the fast path refuses take
 * the positioned path itself, so their output is the positioned path's by construction. The link
 * keys of a streamed batch are checked over the same inputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { compileFramework, type Framework } from '../src/core/framework.js';
import { LINT_RULES } from '../src/core/lint.js';
import { buildReport } from '../src/core/report.js';
import type { FileResult } from '../src/core/result.js';
import { evaluateFast, evaluatePositioned, type EvaluateOptions } from '../src/document/evaluate.js';
import { commonLineAt, fastRead, fastReadData, LINE, linesInSubset, MAX_FAST_DEPTH, resolvePlain, type FastRead } from '../src/document/fast-read.js';
import { lineRead } from '../src/document/line-read.js';
import { linkKeyOfData, scanLinkKey } from '../src/document/link-key.js';
import { parseYaml, type ParsedSource } from '../src/document/parse.js';
import { segmentsToPointer } from '../src/document/pointers.js';
import { valueReader } from '../src/document/positioned-values.js';
import { writtenValueReader } from '../src/document/values.js';
import { FORMAT_NAMES, FORMATS, csvOptions, type FormatContext } from '../src/format/formats.js';
import { reportFonts } from '../src/io/fonts.js';
import { plainPalette } from '../src/format/terminal.js';
import { catalogFor } from '../src/messages/catalog.js';
import { ROOT } from './helpers/root.js';

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** A small framework, so that a hundred thousand whole assessments parse in seconds. */
const TINY: Framework = compileFramework({
  id: 'tiny',
  title: 'Tiny',
  status: 'official',
  source: { regulation: 'test' },
  scale: { min: 1, max: 5, values: 'fractional' },
  predicates: [
    { name: 'Baik', min: 3 },
    { name: 'Kurang', min: 0 },
  ],
  aspects: [
    { id: 1, name: 'Satu', weight: 60, indicators: [{ id: 1, name: 'I1', weight: 30 }, { id: 2, name: 'I2', weight: 30 }] },
    { id: 2, name: 'Dua', weight: 40, indicators: [{ id: 3, name: 'I3', weight: 40 }] },
  ],
});

/** Spellings of values the tiny framework takes (1 to 5, fractional), exact or through the float. */
const GOOD_VALUES = ['3', '1', '5', '2.5', '1.26', '"7/6"', '7/6', "'7/6'", '4.99999999999999999999', '3.0', '+3', '03', '"3"', '4.50', '1.', '2.25', '"1.26"', '3 # c', '0x3', '0o3', '3e0', '1.0000000000000000001'];
/** Number spellings and other scalars the values of an assessment may be written with. */
const VALUES = [
  '3', '3.0', '+3', '03', '0x3', '0o3', '3e0', '.5', '1.26', '"7/6"', "'7/6'", '7/6', '4.99999999999999999999', '"3"', "'2.5'", '~', 'null',
  'true', '3 # c', '-1', '6', '2.5', '', '"4.5"', '4.50', '1_0', '.inf', '-0', '1.', '5.000000000000000001', '2.25', '1e1', '0', '"1.26"',
];
const TEXTS = [
  'Sudah diterapkan', '"Sudah: diterapkan"', "'it''s done'", '>-\n      Baris satu\n      baris dua', '|\n      Baris satu\n      baris dua\n', '>\n      a\n\n      b\n',
  'Perbup No. 5 # catatan', '"tab\\there"', '"line\\nbreak"', 'x: y', '- a', '"é ü 中"', "''", '""', 'a#b', '"#"', 'yes', 'on', '12:30', '2024-01-01',
];

function tinyAssessment(rand: Rand): string {
  const lines = [pick(rand, ['# comment', '', '# yaml-language-server: $schema=x']), `year: ${rand() < 0.9 ? pick(rand, ['2024', '2023', '2025']) : pick(rand, ['"2024"', '2024.0', '2024 # tahun'])}`];
  lines.push(
    pick(rand, [
      'agency: Kota Contoh',
      'agency:\n  name: Kota Contoh\n  id: kota-contoh\n  category: kota\n  province: Aceh',
      'agency: {name: Kab Contoh, id: kab-contoh, category: kabupaten}',
      'agency:\n  name: "Kota \\"Contoh\\""',
    ]),
  );
  if (rand() < 0.5) lines.push(`stage: ${pick(rand, ['final', 'mandiri', 'dokumen', 'interviu', 'desk'])}`);
  if (rand() < 0.2) lines.push(pick(rand, ['previous:\n  year: 2023\n  index: 2.5', 'previous: {year: 2022, index: 2.61, predicate: Baik}', 'previous: other.yaml']));
  lines.push('indicators:');
  const value = () => (rand() < 0.85 ? pick(rand, GOOD_VALUES) : pick(rand, VALUES));
  for (const id of [1, 2, 3]) {
    if (rand() < 0.03) continue;
    const shape = rand();
    if (shape < 0.4) lines.push(`  ${id}: ${value()}`);
    else if (shape < 0.55) lines.push(`  ${id}: {level: ${value()}${rand() < 0.5 ? `, self: ${pick(rand, ['3', '4', '5'])}` : ''}}`);
    else {
      lines.push(`  ${id}:`, `    level: ${value()}`);
      if (rand() < 0.4) lines.push(`    self: ${pick(rand, ['3', '4', '5', '5', '2.5'])}`);
      if (rand() < 0.3) lines.push(`    target: ${pick(rand, ['4', '5'])}`);
      if (rand() < 0.6) lines.push(`    explanation: ${pick(rand, TEXTS)}`);
      if (rand() < 0.5) lines.push(pick(rand, ['    evidence:\n      - "Perbup 1"\n      - https://contoh.go.id/a', `    evidence: ${pick(rand, TEXTS)}`, '    evidence: ["a", b]']));
    }
  }
  return `${lines.join('\n')}\n`;
}

const ALPHABET = [' ', ' ', '\n', ':', '-', '#', '"', "'", '>', '|', '{', '}', '[', ']', ',', '0', '7', '.', '/', 'a', 'x', '\\', '+', '~', 'e', '&', '*', '!', '?', '\t', '\r\n', '%', '@', '`', '  ', 'é'];

/** One to three random edits: characters, lines, indentation, value spellings, line ends. */
function mutate(text: string, rand: Rand): string {
  const edits = 1 + Math.floor(rand() * 3);
  for (let e = 0; e < edits; e++) {
    const lines = text.split('\n');
    const at = Math.floor(rand() * lines.length);
    const kind = rand();
    if (kind < 0.3) {
      const pos = Math.floor(rand() * (text.length + 1));
      const cut = rand() < 0.4 ? 1 : 0;
      text = text.slice(0, pos) + (rand() < 0.8 ? pick(rand, ALPHABET) : '') + text.slice(pos + cut);
      continue;
    }
    if (kind < 0.4) lines.splice(at, 0, lines[at] ?? '');
    else if (kind < 0.5) lines.splice(at, 1);
    else if (kind < 0.6) lines[at] = (rand() < 0.5 ? ' ' : '  ') + (lines[at] ?? '');
    else if (kind < 0.65) lines[at] = (lines[at] ?? '').replace(/^ {1,2}/, '');
    else if (kind < 0.85) lines[at] = (lines[at] ?? '').replace(/: .*$/, `: ${pick(rand, [...VALUES, ...TEXTS])}`);
    else if (kind < 0.9) lines[at] = `${lines[at] ?? ''}${pick(rand, [' # note', '  ', ' #', '#x'])}`;
    else if (kind < 0.95) return lines.join('\r\n');
    else {
      const other = Math.floor(rand() * lines.length);
      [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
    }
    text = lines.join('\n');
  }
  return text;
}

/** Random small YAML, mostly outside any assessment's shape: structure and scalars alone. */
function randomYaml(rand: Rand, depth = 0): string {
  const scalar = () => pick(rand, [...VALUES, ...TEXTS.filter((t) => !t.includes('\n')), 'a b', 'k', '"k"']);
  const lines: string[] = [];
  const count = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < count; i++) {
    const key = pick(rand, ['a', 'b', '1', '01', '"1"', "'x y'", '~', 'null', 'true', '1.0', '0x1F', 'é', '-1', 'a b']);
    if (depth < 3 && rand() < 0.3) lines.push(`${key}:`, ...randomYaml(rand, depth + 1).split('\n').filter(Boolean).map((l) => `  ${l}`));
    else if (depth < 3 && rand() < 0.2) lines.push(`${key}:`, ...Array.from({ length: 1 + Math.floor(rand() * 3) }, () => `  - ${scalar()}`));
    else if (rand() < 0.1) lines.push(`${key}: {${scalar()}: ${scalar()}}`);
    else if (rand() < 0.1) lines.push(`${key}: [${scalar()}, ${scalar()}]`);
    else lines.push(`${key}: ${scalar()}`);
  }
  return `${lines.join('\n')}\n`;
}

function numbersIn(data: unknown, path: (string | number)[] = [], out: [string, number][] = []): [string, number][] {
  if (typeof data === 'number') out.push([segmentsToPointer(path), data]);
  else if (Array.isArray(data)) data.forEach((v, i) => numbersIn(v, [...path, i], out));
  else if (typeof data === 'object' && data !== null) for (const [k, v] of Object.entries(data)) numbersIn(v, [...path, k], out);
  return out;
}

const serialise = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v instanceof Map || (typeof v === 'object' && v !== null && Symbol.iterator in v && !Array.isArray(v)) ? [...(v as Iterable<unknown>)] : v));

interface Tally {
  inputs: number;
  readAccepted: number;
  /** Of those, read by the line reader (the rest by js-yaml). */
  readByLines: number;
  scoredFast: number;
}
const newTally = (): Tally => ({ inputs: 0, readAccepted: 0, readByLines: 0, scoredFast: 0 });

/** Whether the fast reader took the text by its line reader (the first it tries), not by js-yaml. */
const byLines = (text: string) => lineRead(text, resolvePlain, null, MAX_FAST_DEPTH) !== undefined;

/**
 * The fast reader on one input against eemeli/yaml's positioned document (parsed now, or given):
 * wherever it reads the text, the document has no finding, the same data and the same exact value
 * at every number. Returns what the fast reader read.
 */
function checkRead(text: string, tally: Tally, parsed: () => ParsedSource = () => parseYaml(text)): FastRead | undefined {
  tally.inputs++;
  const fast = fastRead(text);
  if (!fast) return undefined;
  tally.readAccepted++;
  if (byLines(text)) tally.readByLines++;
  const document = parsed();
  if (document.findings.length > 0 || !isDeepStrictEqual(document.data, fast.data)) {
    expect({ text, findings: document.findings, data: document.data }).toEqual({ text, findings: [], data: fast.data });
  }
  const positioned = valueReader(document);
  const written = writtenValueReader(fast.numbers);
  for (const [pointer, value] of numbersIn(fast.data)) {
    if (!isDeepStrictEqual(positioned(pointer, value), written(pointer, value))) expect({ text, pointer, value: written(pointer, value) }).toEqual({ text, pointer, value: positioned(pointer, value) });
  }
  return fast;
}

/** The reader and the evaluation of one input, against the positioned path; returns the fast result if there is one. */
function check(text: string, options: EvaluateOptions, tally: Tally): FileResult | undefined {
  let slow: ReturnType<typeof evaluatePositioned> | undefined;
  const positioned = () => (slow = evaluatePositioned(text, 'f.yaml', options)).positioned;
  if (!checkRead(text, tally, positioned) || !slow) return undefined;
  const result = evaluateFast(text, 'f.yaml', options);
  if (!result) return undefined;
  tally.scoredFast++;
  if (serialise(result) !== serialise(slow.result)) expect({ text, result: serialise(result) }).toEqual({ text, result: serialise(slow.result) });
  return result;
}

function corpus(): string[] {
  const dir = join(ROOT, 'examples');
  const examples = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));
  // The bench's generator writes the two shapes a batch is made of.
  const lines = (long: boolean, seed: number) => {
    const rand = random(seed);
    const out = ['framework: permenpanrb-59-2020', `year: ${2021 + (seed % 4)}`, 'agency:', `  name: Pemda ${seed}`, `  id: pemda-${seed}`, 'indicators:'];
    for (let id = 1; id <= 47; id++) {
      const level = 1 + Math.floor(rand() * 5);
      out.push(...(long ? [`  ${id}:`, `    level: ${level}`, `    self: ${Math.min(5, level + 1)}`, '    explanation: >-', '      Diterapkan; reviu', '      berkala.', '    evidence:', `      - "Perbup ${id}"`] : [`  ${id}: ${level}`]));
    }
    return `${out.join('\n')}\n`;
  };
  return [...examples, lines(false, 1), lines(true, 2), lines(false, 3)];
}

describe('texts found by review where js-yaml and eemeli/yaml read different data: outside the subset', () => {
  // A folded scalar whose first line is blank, with lines more indented than its first (found by the review above).
  test('a folded scalar with a blank first line and more indented lines', () => {
    const text = 'a-b: {}\n0o1:\n  - true: >\n\n    True: # - x\n       # a: b\n      -  a~\n      - 1.2.3\n      - \n  -   1.0:  NULL  \n      false: 007\n      01:\n        0o1:  Bagian Organisasi\n        false: >\n          diterima\n\nb:\n  \n  -  1.0: a\u2003\n\n';
    expect(parseYaml(text).findings).toEqual([]);
    expect(fastRead(text)).toBeUndefined();
  });

  // A block scalar after a dash and a key took the key's sibling lines for its text.
  test('a key after a block scalar of a list item', () => {
    const text = '- e: >\n  a:\n  -\n- a\n';
    expect(parseYaml(text)).toMatchObject({ findings: [], data: [{ e: '', a: [null] }, 'a'] });
    expect(fastRead(text)).toBeUndefined();
  });

  test('a line longer than 1024 characters is left to the positioned path by the js-yaml reader, and read by the line reader', () => {
    const text = `a: ${'x '.repeat(600)}y\n"b": 1\n`;
    expect(linesInSubset(text)).toBe(false);
    expect(lineRead(`a: ${'x '.repeat(600)}y\n`, resolvePlain, null, MAX_FAST_DEPTH)).toEqual({ a: `${'x '.repeat(600)}y` });
  });
});

describe('texts found by review where js-yaml reads what eemeli/yaml refuses: outside the subset', () => {
  test.each([
    ['a list going on at a shallower indent after a bare dash', 'a:\n  -\n- y\n'],
    ['a \\U escape past U+10FFFF', 'a: "\\U00110000"\n'],
    // Found by a review of this round's line reader, in the js-yaml path's subset checks (not the line reader's):
    ['a flow mapping for a key, after a block scalar taken for its text', 'a:\n  - b: >\n      x\n    {c}: y\n'],
    ['a flow mapping as an entry of a flow mapping', 'a: {{ }}\n'],
    ['a flow sequence for a key in a flow mapping', 'a: {[b]: 1}\n'],
    ['a flow mapping for a key in a flow sequence', 'a: [{b}: 1]\n'],
    ['an empty flow sequence for a key', 'a: {[]: 1}\n'],
    ['a flow sequence for a key of a pair in a flow sequence', 'k: [a, [b, c]: d]\n'],
    ['a quoted key after a dash, whose block scalar took the next lines for its text', '- e: >\n  a: \'\'#\n'],
    ['a flow sequence going on to the next line, after such a block scalar', '- e: |\n  a: [1,\n  2]\n'],
    ['a plain key longer than 1024 characters', `${'a'.repeat(1025)}: 1\n`],
    ['such a key nested, in a list item, and with no value', `k:\n  ${'a'.repeat(1025)}: 1\nl:\n  - ${'b'.repeat(1025)}: 1\n${'c'.repeat(1025)}:\n`],
    ['a quoted key longer than 1024 characters', `"${'a'.repeat(1023)}": 1\n`],
    ['a key longer than 1024 characters of a pair in a flow sequence', `k: [${'a'.repeat(1030)}: 1]\n`],
  ])('%s', (_, text) => {
    expect(parseYaml(text).findings.map((f) => f.code)).toContain('YAML_SYNTAX');
    expect(fastRead(text)).toBeUndefined();
  });
});

/**
 * linesInSubset takes its commonest lines by a cheaper pattern (COMMON_LINE) before LINE: every line
 * it takes must be one LINE takes as a key or list item, with no flow collection or block scalar
 * (the line shapes that need the checks after LINE). Lines are drawn from the characters either
 * pattern turns on, so that many are taken and many fall just outside.
 */
describe('the common-line shortcut takes only lines LINE takes plainly', () => {
  test('200,000 lines near its shape', () => {
    const rand = random(99);
    const pieces = ['a', 'Z', '9', '_', ' ', ':', ': ', '- ', '-', '"', "'", '#', ' #', '|', '>', '{', '[', '.', ',', '/', '(', ')', '+', '\\', '\t', '&', '*', '!', '?', 'é', 'key: ', '- "', 'level: 3', '12: 4'];
    let taken = 0;
    for (let i = 0; i < 200_000; i++) {
      let line = rand() < 0.7 ? pick(rand, ['key: ', '- "', 'a:', '12: ', 'x_1: A']) : '';
      const length = 1 + Math.floor(rand() * 8);
      for (let j = 0; j < length; j++) line += pick(rand, pieces);
      if (!commonLineAt(`${line}\n`, 0, line.length)) continue;
      taken++;
      const match = LINE.exec(line);
      const shape = match && { dash: match.groups!.dash, key: match.groups!.key !== undefined, block: match.groups!.block, flow: match.groups!.flow };
      const plain = shape !== null && (shape.key || shape.dash === '- ') && shape.block === undefined && shape.flow === undefined;
      if (!plain) expect({ line, shape }).toEqual({ line, shape: 'a key or list item, no flow or block' });
    }
    expect(taken).toBeGreaterThan(4_000);
  });
});

/**
 * Texts made of the line reader's own line shapes and the ones just outside them (document/line-read.ts):
 * block scalars with blank lines, comments and trailing spaces, quotes with '' and escapes, lists of
 * mappings, keys with no value, indents one off, line ends with and without a carriage return, a last
 * line with and without its break. Wherever the fast reader takes one, it reads what eemeli/yaml reads.
 */
function lineShapedYaml(rand: Rand): string {
  /** Mostly one of the shapes the line reader takes, now and then one just outside. */
  const shape = <T>(inside: readonly T[], outside: readonly T[]): T => (rand() < 0.93 ? pick(rand, inside) : pick(rand, outside));
  const keyName = () => shape(['a', 'b', 'c', '1', '01', '1.0', 'x_y', 'a-b', 'true', 'null', 'level', 'self', 'k2'], ['a b', '"q"', "'r'", 'é', '-a', '.b', '~']);
  const value = () =>
    shape(
      [...GOOD_VALUES, 'kata', 'dua kata', 'a#b', 'a #c', '"q # not a comment"', "'it''s'", "''", '""', '-1', '-0.5', 'a, b', 'a[1]', 'https://contoh.go.id/a', '12:30', '"é"', 'a  ', '"x"  # c', 'null', '~', 'true', '0x1F', '.5', '1e3'],
      ['"a\\"b"', "'x'#c", 'x:', 'a: b', '-x', '- x', '"x"#c', '&a x', '!t x', '@x', '`x`', '%x', '? x', ': x', '-'],
    );
  /** One-line flow collections, the line reader's and their neighbours. */
  const flow = () =>
    shape(
      ['{}', '[]', '[a]', '{a: 1}', '{a: 1, b: "x"}', "[1, 2.50, 'q']", '{code: I1-L1-01, status: diterima, unit: Bagian Organisasi}', '[a b, c]', '{1: 2.70, 2: 2.20, 3: 1.45}', '[https://x.id/a, b]', '{a: -1}', '[~, null, true]', '[ 1 , 2 ]', '{ a: 1 }', '[a, b] # c', "{a: 'it''s'}"],
      ['{a:1}', '{a: 1,}', '[a ,b]', '{a: [1]}', '[a: b]', '{"a": 1}', '{a: 1, a: 2}', '[a, b # c]', '{a: x: y}', '[a', '{a: 1}x', '[a,b]', '{a: }', '[-]', '{a: b, : c}', '[a]#c'],
    );
  const lines: string[] = [];
  const open: number[] = [0];
  const count = 1 + Math.floor(rand() * 8);
  for (let i = 0; i < count; i++) {
    const indent = pick(rand, open) + (rand() < 0.04 ? pick(rand, [-1, 1]) : 0);
    const pad = ' '.repeat(Math.max(0, indent));
    const kind = rand();
    if (kind < 0.3) lines.push(`${pad}${keyName()}: ${value()}`);
    else if (kind < 0.4) lines.push(`${pad}${rand() < 0.6 ? `${keyName()}: ` : '- '}${flow()}`);
    else if (kind < 0.55) {
      lines.push(`${pad}${keyName()}:${shape(['', ' ', ' # c'], ['#c'])}`);
      const inner = Math.max(0, indent + shape([2, 2, 4, 1], [0]));
      open.push(inner);
      const items = rand() < 0.4;
      for (let j = 0; j < 1 + Math.floor(rand() * 3); j++) lines.push(`${' '.repeat(inner)}${items ? `${shape(['- ', '-  '], ['-', '- - '])}${rand() < 0.6 ? value() : `${keyName()}: ${value()}`}` : `${keyName()}: ${value()}`}`);
    } else if (kind < 0.85) {
      lines.push(`${pad}${rand() < 0.8 ? `${keyName()}: ` : '- '}${shape(['>-', '>', '|', '|-', '|-  # c', '> # c'], ['>+', '>2', '>-x', '|+'])}`);
      const content = Math.max(0, indent + shape([2, 2, 4, 3], [1, 0]));
      for (let j = 0; j < 1 + Math.floor(rand() * 4); j++) {
        lines.push(shape([`${' '.repeat(content)}${pick(rand, ['baris', 'dua kata', '# bukan komentar', 'a: b', '- x', 'é ü', '"q"'])}`, ''], [`${' '.repeat(content)}akhir  `, `${' '.repeat(content + 1)}lebih`, ' '.repeat(content), `${' '.repeat(Math.max(0, content - 1))}kurang`]));
      }
    } else if (kind < 0.97) lines.push(`${pad}${pick(rand, ['# komentar', '#', ''])}`);
    else lines.push(pick(rand, ['---', 'a:\tb', '{a: 1}', '[1, 2]', '? a', 'a: &x 1', 'a: !t 1', '- a']));
  }
  const breakAt = rand() < 0.1 ? '\r\n' : '\n';
  return lines.join(breakAt) + (rand() < 0.9 ? breakAt : '');
}

describe('the line reader agrees with the positioned path near its edges', () => {
  test('100,000 texts of its line shapes and their neighbours', { timeout: 300_000 }, () => {
    const rand = random(8026);
    const tally = newTally();
    for (let i = 0; i < 100_000; i++) checkRead(i % 4 === 3 ? mutate(lineShapedYaml(rand), rand) : lineShapedYaml(rand), tally);
    // Both readers are reached, and both refuse often: the shapes sit on the edges.
    expect(tally.readByLines).toBeGreaterThan(10_000);
    expect(tally.readAccepted - tally.readByLines).toBeGreaterThan(3_000);
    expect(tally.inputs - tally.readAccepted).toBeGreaterThan(20_000);
  });
});

describe('the fast path agrees with the positioned path', () => {
  test('100,000 mutated and random small assessments and documents', { timeout: 300_000 }, () => {
    const rand = random(20260);
    const tally = newTally();
    // Lint off for most, so that more files are free of findings and take the fast path.
    const quiet: EvaluateOptions = { framework: TINY, lint: { rules: Object.fromEntries(LINT_RULES.map((rule) => [rule, 'off'])) } };
    const linted: EvaluateOptions = { framework: TINY };
    for (let i = 0; i < 100_000; i++) {
      const shape = i % 10;
      const options = i % 7 === 0 ? linted : quiet;
      const text = shape < 4 ? tinyAssessment(rand) : shape < 9 ? mutate(tinyAssessment(rand), rand) : rand() < 0.5 ? randomYaml(rand) : mutate(randomYaml(rand), rand);
      check(text, options, tally);
    }
    // Enough of them take the fast path for the comparison to mean something.
    expect(tally.inputs).toBe(100_000);
    expect(tally.readAccepted).toBeGreaterThan(50_000);
    expect(tally.readByLines).toBeGreaterThan(8_000);
    expect(tally.scoredFast).toBeGreaterThan(15_000);
  });

  test('mutations of full-size assessments under the built-in frameworks', { timeout: 300_000 }, () => {
    const rand = random(59);
    const tally = newTally();
    const bases = corpus();
    for (let i = 0; i < 1500; i++) check(i < bases.length ? bases[i]! : mutate(pick(rand, bases), rand), {}, tally);
    expect(tally.scoredFast).toBeGreaterThan(250);
    expect(tally.readByLines).toBeGreaterThan(300);
  });

  test('every format prints the same bytes from either path', { timeout: 300_000 }, async () => {
    const rand = random(7);
    const tally = newTally();
    const fast: FileResult[] = [];
    const slow: FileResult[] = [];
    const bases = corpus();
    for (let i = 0; fast.length < 60; i++) {
      const text = i < bases.length ? bases[i]! : mutate(pick(rand, bases), rand);
      const result = check(text, {}, tally);
      if (!result) continue;
      fast.push({ ...result, file: `f${fast.length}.yaml` });
      slow.push({ ...evaluatePositioned(text, `f${slow.length}.yaml`).result });
    }
    for (const lang of ['en', 'id'] as const) {
      // The PDF's date and font, as the CLI hands them over.
      const context: FormatContext = { catalog: catalogFor(lang), palette: plainPalette, columns: 133, tool: { name: 'spbe', version: '0' }, csv: csvOptions(undefined, false), report: { date: '2025-01-01' }, assets: { fonts: reportFonts } };
      for (const name of FORMAT_NAMES) {
        const formatter = await FORMATS[name].load();
        const print = async (results: FileResult[]) => {
          const chunks = [...(await formatter(buildReport(results, { command: 'score', detail: ['aspects', 'indicators', 'self', 'targets'] }), context))];
          return Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c))));
        };
        const [a, b] = [await print(fast), await print(slow)];
        expect(a.length, name).toBeGreaterThan(0);
        // A workbook is a zip whose entries carry the time of writing: compare what is inside.
        const same = name === 'xlsx' ? isDeepStrictEqual(unzipSync(a), unzipSync(b)) : a.equals(b);
        expect(same, `${name} (${lang})`).toBe(true);
      }
    }
  });
});

/**
 * The link keys a streamed batch reads before evaluating (document/link-key.ts): wherever the header
 * scan gives a key, the fast reader's data give the same; wherever either gives a key and the file
 * scores on the positioned path, it is the assessment's key.
 */
describe('link keys agree with the assessment', () => {
  // Found by review: a plain value that goes on to the next, more indented line.
  test.each([
    ['a name that goes on to a dash line', 'year: 2023\nagency: Kota\n  - X\nindicators:\n  1: 3\n', 'kota-x'],
    ['a name that goes on to a plain line', 'year: 2023\nagency: Kota\n  Baru\nindicators:\n  1: 3\n', 'kota-baru'],
  ])('%s: read as the data read it', (_, text, agency) => {
    expect(scanLinkKey(text)).toBe('unread');
    const key = linkKeyOfData(fastReadData(text));
    if (key !== 'unread') expect(key.agency).toBe(agency);
  });

  test('100,000 mutated and random texts, and mutations of full-size assessments', { timeout: 300_000 }, () => {
    const rand = random(1234);
    const bases = corpus();
    const quiet: EvaluateOptions = { framework: TINY, lint: { rules: Object.fromEntries(LINT_RULES.map((rule) => [rule, 'off'])) } };
    let scanned = 0;
    let compared = 0;
    for (let i = 0; i < 100_000; i++) {
      const full = i % 10 === 9;
      const text = full ? mutate(pick(rand, bases), rand) : i % 3 === 0 ? tinyAssessment(rand) : mutate(tinyAssessment(rand), rand);
      const scan = scanLinkKey(text);
      const data = linkKeyOfData(fastReadData(text));
      if (scan !== 'unread') scanned++;
      // The scan against the data wherever both read; each against the assessment wherever the file scores.
      if (scan !== 'unread' && data !== 'unread' && !isDeepStrictEqual(scan, data)) expect({ text, key: scan }).toEqual({ text, key: data });
      if ((scan === 'unread' && data === 'unread') || (i % 4 !== 0 && (data !== 'unread' || scan === 'unread'))) continue;
      const { result } = evaluatePositioned(text, 'f.yaml', full ? {} : quiet);
      if (!result.score || !result.assessment) continue;
      compared++;
      const actual = { agency: result.assessment.agency.id, year: result.assessment.year, ownPrevious: result.comparison !== undefined || result.assessment.previous !== undefined };
      for (const key of [scan, data]) if (key !== 'unread' && !isDeepStrictEqual(key, actual)) expect({ text, key }).toEqual({ text, key: actual });
    }
    expect(scanned).toBeGreaterThan(25_000);
    expect(compared).toBeGreaterThan(3_000);
  });
});
