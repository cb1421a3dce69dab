/**
 * Output injection, generated: a hostile string (every C0 and C1 control, DEL, ESC[2J, OSC 0 and 8,
 * a lone CR, newlines, U+2028/9, bidi overrides and isolates, zero-width characters, workflow
 * commands, backticks, pipes, HTML, quotes, Markdown, a formula) in every field of an assessment, of
 * an evidence plan and of a custom framework, and in file names and --stdin-filepath, through every
 * format, command and language. Each run is compared with the run of its "twin": the same inputs with
 * the hostile string replaced by the escaped text the reader should see (escape.ts: visible() for
 * terminals and line readers, folded() for prose views). Identical output means the raw string never
 * reached the output anywhere, so every line and every construct is one the tool produced for benign
 * text. On top: no raw control character in any output; GitHub commands only where we write them;
 * HTML (and Markdown rendered by a GFM parser) with exactly the elements and attributes of a run with
 * plain names; JSON that gives the hostile values back exactly.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { marked } from 'marked';
import { parse, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { parse as parseYaml, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { folded, visible } from '../src/format/escape.js';
import { run, type RunResult } from './helpers/cli.js';
import { tempTree } from './helpers/files.js';
import { ROOT } from './helpers/root.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
const HOSTILE = [
  'A',
  range(0x00, 0x1f),
  '\u007f',
  range(0x80, 0x9f),
  '\u001b[2J\u001b[H',
  '\u001b]0;pwned title\u0007',
  '\u001b]8;;evil\u001b\\click\u001b]8;;\u001b\\',
  'cr\ralone',
  '\n::stop-commands::tok\n::error file=x::forged\n',
  '%0A::error::forged%0D',
  ' ##[error]legacy',
  '\u2028\u2029\u0085',
  '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c',
  '\u200b\u200c\u200d\u2060\ufeff\u00ad',
  '`` ``` `',
  '| a | b |',
  '<img/src/onerror=alert(1)><script>alert(2)</script>',
  `"'&amp;`,
  '\n# heading\n- item\n===\n',
  '[link](javascript:alert(3)) *em* _u_ ~s~ $x$',
  '=cmd|\' /C calc\'!A0',
  'Z',
].join('');
/** What argv and file names can hold (no NUL, no slash; no glob characters in a path). */
const ARGV = HOSTILE.replace(/\0/g, '');
const FILE = `::stop-commands::tok \u001b]0;t\u0007 \r\n%0A::error::x \u202e|<img src=x onerror=alert(1)>"'=cmd \u2028#`;

type Variant = 'hostile' | 'visible' | 'folded' | 'plain';
const plain = (t: string) => t.split(HOSTILE).join('Plain').split(ARGV).join('Plain').split(FILE).join('plain-file');
const twin: Record<Variant, (text: string) => string> = { hostile: (t) => t, visible, folded, plain };
/** One line per scalar (double-quoted with escapes), so that positions are the same in every variant. */
const yaml = (value: unknown) => stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', doubleQuotedAsJSON: true });

/** The scored file: its path is escaped as a whole, as the tool shows it. */
const A = (h: (text: string) => string) => h(`a/${FILE}.yaml`);

/** The custom framework: every text of it hostile (ids must be slugs, and are). */
function framework(h: (text: string) => string): string {
  const levels = Object.fromEntries([1, 2, 3, 4].map((l) => [l, h(`${HOSTILE} level ${l}`)]));
  const indicator = (id: number) => ({ id, name: h(`${HOSTILE} indikator ${id}`), weight: 'equal' });
  return yaml(
    {
      id: 'hostile-framework',
      title: h(`${HOSTILE} title`),
      indexName: h(`${HOSTILE} index`),
      status: 'official',
      source: { regulation: h(`${HOSTILE} regulation`), citation: h(`${HOSTILE} citation`) },
      notes: [h(`${HOSTILE} note`)],
      scale: { min: 1, max: 4, levelNames: { process: levels } },
      predicates: [{ name: h(`${ARGV} top`), min: 3 }, { name: h(`${ARGV} middle`), min: 2 }, { name: h(`${ARGV} low`), min: 0 }],
      domains: [1, 2].map((d) => ({
        id: d,
        name: h(`${HOSTILE} domain ${d}`),
        weight: 50,
        aspects: [{ id: d, name: h(`${HOSTILE} aspek ${d}`), weight: 50, levelNames: 'process', indicators: [indicator(2 * d - 1), indicator(2 * d)] }],
      })),
    },
  );
}

/** The files of one variant: a scored file (two years), an invalid one, a Pemdi 2026 file with evidence items. */
function tree(variant: Variant): string {
  const h = twin[variant];
  const agency = { name: h(HOSTILE), id: 'kab-hostile', category: 'kabupaten', province: h(`${HOSTILE} province`) };
  const entry = (level: number, self: number) => ({ level, self, target: 4, explanation: h(`${HOSTILE} penjelasan`), evidence: [h(`${HOSTILE} bukti`), `https://x.example/${h(HOSTILE)}`] });
  const scored = (year: number, levels: number[]) => yaml({ framework: 'hostile-framework', year, agency, indicators: Object.fromEntries(levels.map((l, i) => [i + 1, entry(l, Math.min(4, l + 1))])) });
  // The level is quoted as JSON in its finding's sentence, so it is the same hostile text in every variant (the raw check still reads it).
  const invalid = yaml({ year: 2024, agency: { name: h(HOSTILE), id: h(HOSTILE), category: h(HOSTILE) }, [h(HOSTILE)]: 1, indicators: { 1: HOSTILE, [h(HOSTILE)]: 2 }, previous: `${h(FILE)}.yaml` });
  const pemdi = parseYaml(readFileSync(join(ROOT, 'examples/kabupaten-contoh-2026.yaml'), 'utf8'));
  delete pemdi.previous;
  pemdi.agency = { ...pemdi.agency, name: h(HOSTILE), province: h(`${HOSTILE} province`) };
  for (const e of Object.values(pemdi.indicators) as { evidenceItems?: { unit?: string; note?: string; link?: string }[]; explanation?: string }[]) {
    if (typeof e !== 'object') continue;
    if (e.explanation) e.explanation = h(`${HOSTILE} penjelasan`);
    for (const item of e.evidenceItems ?? []) Object.assign(item, { unit: h(`${HOSTILE} unit ${item.unit}`), note: h(`${HOSTILE} note`) });
  }
  const dir = tempTree({
    'fw.yaml': framework(h),
    'a/2023.yaml': scored(2023, [2, 2, 1, 2]),
    [A(h)]: scored(2024, [3, 2, 2, 3]),
    'b/invalid.yaml': invalid,
    'c/pemdi.yaml': yaml(pemdi),
  });
  mkdirSync(join(dir, 'out'));
  return dir;
}

const dirs = Object.fromEntries((Object.keys(twin) as Variant[]).map((v) => [v, tree(v)])) as Record<Variant, string>;

interface Case {
  name: string;
  /** The arguments, made for a variant (file names differ). */
  args: (h: (text: string) => string) => string[];
  /** The reader of stdout (stderr is always read as a terminal). */
  reader: 'visible' | 'folded' | 'json' | 'html' | 'xlsx' | 'pdf';
  stdin?: boolean;
  /** A file written with -o. */
  output?: string;
}

const BATCH = (h: (text: string) => string) => ['a', 'b', 'c', A(h)];
const FW = ['--framework', 'fw.yaml'];

const cases: Case[] = [];
for (const format of ['table', 'text', 'csv', 'github'] as const) {
  cases.push({ name: `score one file -f ${format}`, args: (h) => ['score', A(h), ...FW, '-f', format, '--detail', 'aspects,indicators,sensitivity,self,targets'], reader: 'visible' });
  cases.push({ name: `score a batch -f ${format}`, args: (h) => ['score', ...BATCH(h), '-f', format, '--group-by', 'province', '--benchmark', 'province', '--fail-under', '4.9'], reader: 'visible' });
  cases.push({ name: `validate a batch -f ${format}`, args: (h) => ['validate', ...BATCH(h), '-f', format], reader: 'visible' });
}
cases.push({ name: 'score the Pemdi file -f table --detail evidence', args: () => ['score', 'c/pemdi.yaml', '-f', 'table', '--detail', 'aspects,indicators,evidence,self'], reader: 'visible' });
for (const format of ['json', 'jsonl'] as const) {
  cases.push({ name: `score a batch -f ${format}`, args: (h) => ['score', ...BATCH(h), ...FW, '-f', format, '--detail', 'sensitivity', '--benchmark', 'province'], reader: 'json' });
}
cases.push({ name: 'score one agency -f markdown', args: () => ['score', 'a', ...FW, '-f', 'markdown', '--benchmark', 'province'], reader: 'folded' });
cases.push({ name: 'score a batch -f markdown', args: (h) => ['score', ...BATCH(h), '-f', 'markdown', '--group-by', 'province', '--benchmark', 'province'], reader: 'folded' });
cases.push({ name: 'score the Pemdi file -f markdown', args: () => ['score', 'c/pemdi.yaml', '-f', 'markdown'], reader: 'folded' });
cases.push({ name: 'report one agency', args: () => ['report', 'a', ...FW, '-o', 'out/one.html', '--benchmark', 'province'], reader: 'html', output: 'out/one.html' });
cases.push({ name: 'report a batch', args: (h) => ['report', ...BATCH(h), '-o', 'out/many.html', '--benchmark', 'province'], reader: 'html', output: 'out/many.html' });
// The PDF is read by pdftotext (poppler-utils, which .ci/run installs; missing under CI is a failure).
const pdfReadable = existsSync('/usr/bin/pdftotext');
if (!pdfReadable && process.env.CI) throw new Error('/usr/bin/pdftotext is missing: .ci/run installs poppler-utils');
if (pdfReadable) cases.push({ name: 'report one agency -o x.pdf', args: () => ['report', 'a', ...FW, '-o', 'out/one.pdf', '--report-date', '2025-03-14', '--signer-name', 'Budi', '--benchmark', 'province'], reader: 'pdf', output: 'out/one.pdf' });
if (pdfReadable) cases.push({ name: 'report a batch -f pdf', args: (h) => ['report', ...BATCH(h), '-f', 'pdf', '-o', 'out/many.pdf', '--report-date', '2025-03-14'], reader: 'pdf', output: 'out/many.pdf' });
cases.push({ name: 'score a batch -f xlsx', args: (h) => ['score', ...BATCH(h), ...FW, '-o', 'out/x.xlsx', '--benchmark', 'province'], reader: 'xlsx', output: 'out/x.xlsx' });
for (const format of ['table', 'markdown', 'json'] as const) {
  const reader = format === 'table' ? 'visible' : format === 'markdown' ? 'folded' : 'json';
  cases.push({ name: `plan -f ${format}`, args: (h) => ['plan', A(h), ...FW, '--target', h(`${ARGV} top`), '-f', format], reader });
  cases.push({ name: `evidence plan -f ${format}`, args: () => ['plan', 'c/pemdi.yaml', '--target', '2', '-f', format], reader });
  cases.push({ name: `framework show -f ${format}`, args: () => ['framework', 'show', 'fw.yaml', '-f', format], reader });
}
cases.push({ name: 'stdin with a hostile --stdin-filepath -f text', args: (h) => ['score', '-', ...FW, '--stdin-filepath', h(ARGV), '-f', 'text'], reader: 'visible', stdin: true });
cases.push({ name: 'stdin with a hostile --stdin-filepath -f github', args: (h) => ['validate', '-', '--stdin-filepath', h(ARGV), '-f', 'github'], reader: 'visible', stdin: true });
cases.push({ name: 'a path that matches nothing', args: (h) => ['score', `${h(ARGV)}.yaml`, '-f', 'text'], reader: 'visible' });
cases.push({ name: '--compare with an unreadable hostile path', args: (h) => ['score', A(h), ...FW, '--compare', `${h(ARGV)}.yaml`], reader: 'visible' });
cases.push({ name: 'an unknown framework named by argv', args: (h) => ['score', A(h), '--framework', h(ARGV)], reader: 'visible' });
cases.push({ name: 'a bad option value', args: (h) => ['score', A(h), '--format', h(ARGV)], reader: 'visible' });
cases.push({ name: 'plan: a target that is no predikat', args: (h) => ['plan', A(h), ...FW, '--target', h(`${ARGV} nope`)], reader: 'visible' });

/** Raw: a control, format, surrogate or separator character; \n separates lines (and \r\n in csv). */
const RAW = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
/** Where a raw character is, with what surrounds it (null when there is none). */
const raw = (text: string, crlf = false) => {
  const flat = text.replace(crlf ? /\r?\n/g : /\n/g, ' ');
  const at = flat.search(RAW);
  return at < 0 ? null : `U+${flat.codePointAt(at)!.toString(16)} after ${JSON.stringify(flat.slice(Math.max(0, at - 120), at))}`;
};
/** Source lengths (endColumn) differ with the text's length in the file: not output structure. */
const sameBut = (text: string) => text.replace(/endColumn=\d+/g, 'endColumn=N');

interface Outcome extends RunResult {
  file?: Uint8Array;
}

async function runCase(c: Case, variant: Variant, lang: string): Promise<Outcome> {
  const h = twin[variant];
  const cwd = dirs[variant];
  const stdin = c.stdin ? readFileSync(join(cwd, A(h)), 'utf8') : undefined;
  const result: Outcome = await run([...c.args(h), '--lang', lang], { cwd, ...(stdin !== undefined ? { stdin } : {}) });
  if (c.output) result.file = readFileSync(join(cwd, c.output));
  return result;
}

/** The elements and attribute names of an HTML document, in document order. */
function structure(htmlText: string): string[] {
  const out: string[] = [];
  const walk = (node: DefaultTreeAdapterMap['parentNode'] | DefaultTreeAdapterMap['childNode']) => {
    if ('tagName' in node) out.push(`${node.tagName}[${node.attrs.map((a) => (a.name === 'class' ? `class=${a.value}` : a.name)).join(' ')}]`);
    // A chart lays its labels out by their length (a longer name wraps onto more lines): inside
    // one, the element names must match, not their count or layout attributes.
    if ('tagName' in node && node.attrs.some((a) => a.name === 'data-chart')) {
      const inner = structure(`<svg>${node.childNodes.map((c) => ('value' in c ? '' : serializeOuter(c))).join('')}</svg>`).slice(4);
      out.push(...[...new Set(inner.map((e) => e.slice(0, e.indexOf('['))))].sort());
      return;
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    if ('content' in node) walk(node.content);
  };
  walk(parse(htmlText));
  return out;
}

/** RFC 4180 records: fields per record. */
function csvRecords(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) record.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += ch;
  }
  return records;
}

const xmlParts = (zip: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(zip)).filter(([name]) => /^xl\/(worksheets\/.*|sharedStrings)\.xml$/.test(name)).map(([name, bytes]) => [name, strFromU8(bytes)]));

describe.each(['en', 'id'])('output injection (%s)', (lang) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const hostile = await runCase(c, 'hostile', lang);
    const visibleTwin = await runCase(c, 'visible', lang);
    const plain = await runCase(c, 'plain', lang);
    expect(hostile.stderr, 'no stack trace').not.toMatch(/\n\s+at |internal error/);
    expect(hostile.code).toBe(visibleTwin.code);
    // stderr is read by a terminal whatever the format.
    expect(raw(hostile.stderr), 'raw character on stderr').toBeNull();
    expect(sameBut(hostile.stderr)).toBe(sameBut(visibleTwin.stderr));

    switch (c.reader) {
      case 'visible':
        expect(raw(hostile.stdout, c.args(twin.hostile).includes('csv')), 'raw character on stdout').toBeNull();
        expect(sameBut(hostile.stdout)).toBe(sameBut(visibleTwin.stdout));
        break;
      case 'folded': {
        const foldedTwin = await runCase(c, 'folded', lang);
        expect(raw(hostile.stdout), 'raw character on stdout').toBeNull();
        expect(hostile.stdout).toBe(foldedTwin.stdout);
        if (c.args(twin.hostile).includes('markdown')) expect(structure(await marked.parse(hostile.stdout, { gfm: true }))).toEqual(structure(await marked.parse(plain.stdout, { gfm: true })));
        break;
      }
      case 'json': {
        expect(raw(hostile.stdout), 'raw character in the JSON text').toBeNull();
        const documents = hostile.stdout.trim().split(/\n(?=\{)/).length > 1 && !hostile.stdout.startsWith('{\n') ? hostile.stdout.trim().split('\n').map((l) => JSON.parse(l)) : [JSON.parse(hostile.stdout)];
        // The values come back exactly as the input had them.
        const text = JSON.stringify(documents);
        expect(text, 'the hostile value, exactly').toContain(JSON.stringify(HOSTILE.slice(2)).slice(1, -1));
        break;
      }
      case 'html': {
        const page = new TextDecoder().decode(hostile.file);
        const foldedTwin = await runCase(c, 'folded', lang);
        expect(raw(page), 'raw character in the HTML').toBeNull();
        expect(page).toBe(new TextDecoder().decode(foldedTwin.file));
        expect(structure(page)).toEqual(structure(new TextDecoder().decode(plain.file)));
        break;
      }
      case 'pdf': {
        // The text a reader's tools take from the PDF (pdftotext; pages end in a form feed).
        const text = (file: Uint8Array) => execFileSync('pdftotext', ['-', '-'], { input: file, encoding: 'utf8' }).replace(/\f/g, '\n');
        const foldedTwin = await runCase(c, 'folded', lang);
        expect(raw(text(hostile.file!)), 'raw character in the PDF text').toBeNull();
        expect(text(hostile.file!)).toBe(text(foldedTwin.file!));
        break;
      }
      case 'xlsx': {
        const foldedTwin = await runCase(c, 'folded', lang);
        const parts = xmlParts(hostile.file!);
        expect(Object.keys(parts).length).toBeGreaterThan(1);
        for (const xml of Object.values(parts)) expect(raw(xml), 'raw character in the workbook').toBeNull();
        expect(parts).toEqual(xmlParts(foldedTwin.file!));
        break;
      }
    }

    const out = c.reader === 'html' || c.reader === 'xlsx' || c.reader === 'pdf' ? '' : hostile.stdout;
    for (const text of [out, hostile.stderr]) {
      // A GitHub Actions runner reads `::` at a line's start (after white space) and `##[` anywhere.
      const commands = text.split('\n').filter((line) => line.trimStart().startsWith('::'));
      for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) (file|title)=[^:\n]*::/);
      expect(commands).toHaveLength(plain.stdout.split('\n').filter((line) => line.startsWith('::')).length * (text === out ? 1 : 0));
      expect(text).not.toContain('##[');
    }
    if (c.args(twin.hostile).includes('csv')) {
      const records = csvRecords(hostile.stdout);
      expect(records.map((r) => r.length)).toEqual(csvRecords(plain.stdout).map((r) => r.length));
      for (const field of records.flat()) expect(field, 'a formula').not.toMatch(/^[=+@\t\r]|^-(?![\d.]+$)/);
    }
  });
});

it('--color: the only escape sequences are the colours spbe writes', async () => {
  for (const args of [['score', A(twin.hostile), ...FW, '-f', 'table', '--detail', 'indicators'], ['validate', ...BATCH(twin.hostile), '-f', 'text']]) {
    const result = await run([...args, '--color'], { cwd: dirs.hostile });
    const text = result.stdout + result.stderr;
    expect(text).toMatch(/\u001b\[\d+m/);
    expect(text.replace(/\u001b\[[\d;]*m/g, '').replace(/\n/g, '')).not.toMatch(RAW);
  }
});

it('the hostile inputs are what this test says they are', () => {
  // Every character class the test promises is in the string, so that no run above is vacuous.
  for (const cp of [0x00, 0x0a, 0x0d, 0x1b, 0x7f, 0x85, 0x9b, 0x2028, 0x202e, 0x2066, 0x200b, 0xfeff]) expect(HOSTILE).toContain(String.fromCodePoint(cp));
  for (const s of ['::stop-commands::', '%0A::error::', '##[', '```', '|', '<img/src/onerror=alert(1)>', '"', "'"]) expect(HOSTILE).toContain(s);
  writeFileSync(join(dirs.hostile, 'out', 'probe.txt'), FILE);
  expect(readFileSync(join(dirs.hostile, 'out', 'probe.txt'), 'utf8')).toBe(FILE);
});
