/** Every kind of bad input gives its code at the position of the offending key or value. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSource } from '../src/io/evaluate.js';
import { findingMessage } from '../src/index.js';

/** A valid file: indicator N stands on line N + 3 (`  N: 3`). */
function base(level: (id: number) => string = () => '3'): string {
  const lines = ['year: 2024', 'agency: Test Agency', 'indicators:'];
  for (let id = 1; id <= 47; id++) lines.push(`  ${id}: ${level(id)}`);
  return `${lines.join('\n')}\n`;
}

async function findingsOf(text: string) {
  const result = await evaluateSource({ file: 'test.yaml', text });
  return result.findings.map((f) => ({ code: f.code, severity: f.severity, line: f.line, column: f.column, pointer: f.pointer }));
}

describe('valid input', () => {
  it('the base file is valid', async () => {
    expect(await findingsOf(base())).toEqual([]);
  });

  it('accepts plain JSON, long forms, evidence as a string and a BOM-less CRLF file', async () => {
    const json = JSON.stringify({ year: 2024, agency: { name: 'X' }, indicators: Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, { level: 2, evidence: 'doc', explanation: 'why' }])) });
    expect(await findingsOf(json)).toEqual([]);
    expect(await findingsOf(base().replace(/\n/g, '\r\n'))).toEqual([]);
  });
});

describe('findings with codes and positions', () => {
  const cases: [string, string, { code: string; line: number; column: number; pointer?: string; severity?: string }[]][] = [
    ['YAML syntax error', base().replace('agency: Test Agency', 'agency: [Test Agency'), [{ code: 'YAML_SYNTAX', line: 3, column: 1 }]],
    ['duplicate indicator key', base().replace('  2: 3\n', '  2: 3\n  2: 4\n'), [{ code: 'DUPLICATE_KEY', line: 6, column: 3 }]],
    ['tab indentation', base().replace('  5: 3', '\t5: 3'), [{ code: 'YAML_TAB_INDENT', line: 8, column: 1 }]],
    ['year as a string', base().replace('year: 2024', 'year: "2024"'), [{ code: 'WRONG_TYPE', line: 1, column: 7, pointer: '/year' }]],
    ['level as a string', base((id) => (id === 12 ? '"3"' : '3')), [{ code: 'LEVEL_NOT_INTEGER', line: 15, column: 7, pointer: '/indicators/12' }]],
    ['level as a fraction', base((id) => (id === 3 ? '2.5' : '3')), [{ code: 'LEVEL_NOT_INTEGER', line: 6, column: 6, pointer: '/indicators/3' }]],
    ['level above the scale', base((id) => (id === 40 ? '7' : '3')), [{ code: 'LEVEL_OUT_OF_SCALE', line: 43, column: 7, pointer: '/indicators/40' }]],
    ['level 0 (no level 0 in 59/2020)', base((id) => (id === 1 ? '0' : '3')), [{ code: 'LEVEL_OUT_OF_SCALE', line: 4, column: 6, pointer: '/indicators/1' }]],
    ['negative level', base((id) => (id === 2 ? '-1' : '3')), [{ code: 'LEVEL_OUT_OF_SCALE', line: 5, column: 6, pointer: '/indicators/2' }]],
    ['missing indicators', base().replace('  20: 3\n', '').replace('  21: 3\n', '').replace('  33: 3\n', ''), [{ code: 'MISSING_INDICATOR', line: 3, column: 1, pointer: '/indicators' }]],
    ['unknown indicator number', `${base()}  48: 3\n`, [{ code: 'UNKNOWN_INDICATOR', line: 51, column: 3, pointer: '/indicators/48' }]],
    ['indicator key that is not a number', `${base()}  abc: 3\n`, [{ code: 'UNKNOWN_INDICATOR', line: 51, column: 3, pointer: '/indicators/abc' }]],
    ['unknown framework', `framework: permenpanrb-99-2030\n${base()}`, [{ code: 'UNKNOWN_FRAMEWORK', line: 1, column: 12, pointer: '/framework' }]],
    ['missing agency', base().replace('agency: Test Agency\n', ''), [{ code: 'MISSING_FIELD', line: 1, column: 1, pointer: '/agency' }]],
    ['unknown top-level field', `${base()}remarks: hello\n`, [{ code: 'UNKNOWN_FIELD', line: 51, column: 1, pointer: '/remarks' }]],
    ['long form without level', base((id) => (id === 5 ? '{self: 3}' : '3')), [{ code: 'MISSING_FIELD', line: 8, column: 3, pointer: '/indicators/5/level' }]],
    ['self level off the scale', base((id) => (id === 5 ? '{level: 3, self: 9, explanation: x, evidence: y}' : '3')), [{ code: 'LEVEL_OUT_OF_SCALE', line: 8, column: 23, pointer: '/indicators/5/self' }]],
    ['unknown field in the long form', base((id) => (id === 5 ? '{level: 3, levle: 4, explanation: x, evidence: y}' : '3')), [{ code: 'UNKNOWN_FIELD', line: 8, column: 17, pointer: '/indicators/5/levle' }]],
    ['agency category off the list', base().replace('agency: Test Agency', 'agency: {name: X, category: desa}'), [{ code: 'INVALID_VALUE', line: 2, column: 29, pointer: '/agency/category' }]],
    ['agency id that is not a slug', base().replace('agency: Test Agency', 'agency: {name: X, id: Kota X}'), [{ code: 'INVALID_FORMAT', line: 2, column: 23, pointer: '/agency/id' }]],
    ['empty agency name', base().replace('agency: Test Agency', 'agency: ""'), [{ code: 'INVALID_FORMAT', line: 2, column: 9, pointer: '/agency' }]],
    ['unknown predikat of the previous year', `${base()}previous: {year: 2023, index: 2.5, predicate: Bagus}\n`, [{ code: 'UNKNOWN_PREDICATE', line: 51, column: 47, pointer: '/previous/predicate' }]],
    ['previous index out of range', `${base()}previous: {year: 2023, index: 7}\n`, [{ code: 'OUT_OF_RANGE', line: 51, column: 31, pointer: '/previous/index' }]],
    ['previous domain that does not exist', `${base()}previous: {year: 2023, index: 2.5, domains: {9: 2.5}}\n`, [{ code: 'UNKNOWN_FIELD', line: 51, column: 46, pointer: '/previous/domains/9' }]],
    ['previous domain spelled "01": named once', `${base()}previous: {year: 2023, index: 2.5, domains: {"01": 2.5, 1: 2.5}}\n`, [{ code: 'UNKNOWN_FIELD', line: 51, column: 46, pointer: '/previous/domains/01' }]],
    ['previous year not earlier', `${base()}previous: {year: 2024, index: 2.5}\n`, [{ code: 'PREVIOUS_NOT_EARLIER', severity: 'warning', line: 51, column: 18, pointer: '/previous/year' }]],
    ['previous file that does not exist', `${base()}previous: ./nowhere-2023.yaml\n`, [{ code: 'PREVIOUS_UNREADABLE', line: 51, column: 11, pointer: '/previous' }]],
    ['a year no framework covers', base().replace('year: 2024', 'year: 2010'), [{ code: 'NO_FRAMEWORK_FOR_YEAR', line: 1, column: 7, pointer: '/year' }]],
    ['empty file', '', [{ code: 'EMPTY_FILE', line: 1, column: 1 }]],
    ['only comments', '# nothing here\n# yet\n', [{ code: 'EMPTY_FILE', line: 1, column: 1 }]],
    ['a list instead of a mapping', '- 1\n- 2\n', [{ code: 'NOT_A_MAPPING', line: 1, column: 1 }]],
    ['two YAML documents', `${base()}---\nyear: 2023\n`, [{ code: 'MULTIPLE_DOCUMENTS', line: 51, column: 1 }]],
    ['stage off the list', `stage: selesai\n${base()}`, [{ code: 'INVALID_VALUE', line: 1, column: 8, pointer: '/stage' }]],
  ];

  it.each(cases)('%s', async (_name, text, expected) => {
    const findings = await findingsOf(text);
    expect(findings).toEqual(expected.map((e) => ({ severity: 'error', pointer: '', ...e })));
  });

  it('an alias bomb is rejected quickly', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    const started = performance.now();
    const findings = await findingsOf(bomb);
    expect(findings.map((f) => f.code)).toEqual(['ALIAS_LIMIT']);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reports every problem of a file at once, in source order', async () => {
    const text = base((id) => (id === 3 ? '"x"' : id === 30 ? '6' : '3')).replace('agency: Test Agency', 'agency: 5');
    expect((await findingsOf(text)).map((f) => `${f.line}:${f.column} ${f.code}`)).toEqual([
      '2:9 WRONG_TYPE',
      '6:6 LEVEL_NOT_INTEGER',
      '33:7 LEVEL_OUT_OF_SCALE',
    ]);
  });

  it('a previous file that cannot be read says why, in words, also when it is no UTF-8 text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spbe-previous-'));
    writeFileSync(join(dir, 'utf16-2023.yaml'), Buffer.from([0xff, 0xfe, 0x79, 0x00]));
    const text = `${base()}previous: ./utf16-2023.yaml\n`;
    writeFileSync(join(dir, 'a.yaml'), text);
    const result = await evaluateSource({ file: 'a.yaml', path: join(dir, 'a.yaml') });
    expect(result.findings.map((f) => findingMessage(f))).toEqual(['cannot read the previous assessment ./utf16-2023.yaml: it is not UTF-8 text']);
    expect(result.findings.map((f) => findingMessage(f, 'id'))).toEqual(['penilaian tahun sebelumnya ./utf16-2023.yaml tidak dapat dibaca: bukan teks UTF-8']);
  });

  it('messages name the indicator and the scale', async () => {
    const result = await evaluateSource({ file: 't.yaml', text: base((id) => (id === 40 ? '7' : '3')) });
    expect(findingMessage(result.findings[0]!)).toBe('level 7 of indikator 40 is off the scale of permenpanrb-59-2020 (1..5)');
    const fraction = await evaluateSource({ file: 't.yaml', text: base((id) => (id === 3 ? '2.5' : '3')) });
    expect(findingMessage(fraction.findings[0]!)).toBe('level of indikator 3 must be a whole number from 1 to 5, not 2.5');
    const missing = await evaluateSource({ file: 't.yaml', text: base().replace('  20: 3\n', '').replace('  21: 3\n', '').replace('  33: 3\n', '') });
    expect(findingMessage(missing.findings[0]!)).toBe('indikator 20, 21, 33 of permenpanrb-59-2020 are missing; every indicator needs a level');
  });
});
