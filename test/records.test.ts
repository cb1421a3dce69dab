/**
 * National monitoring records (document/records.ts): each record scores from its exact aspect
 * values (recovered fractions), domains and index are recomputed by the regulation's formula, and
 * every stored figure that disagrees is reported where it stands in the JSON.
 */
import { describe, expect, it } from 'vitest';
import { add, div, mul, parseRational, rational, toExactString, toFixed, type Rational } from '../src/core/rational.js';
import { getBuiltInFramework } from '../src/core/registry.js';
import { aspectDenominator, recoverFraction } from '../src/document/records.js';
import { run } from './helpers/cli.js';
import { tempTree } from './helpers/files.js';

const F59 = getBuiltInFramework('permenpanrb-59-2020')!;

/** The sample of shared/reference/data-formats.md §1, verbatim. */
const SAMPLE = `{ "kode": "1111", "tahun": "2025", "nama_instansi": "Institution Z", "kategori": "Kementerian",
  "daerah": "Pusat",
  "nilai": { "D2001": "0.0000000000", "A2001": "5.0000000000", "D2002": "2.4000000000",
             "A2002": "3.7500000000", "A2003": "3.7500000000", "A2004": "5.0000000000",
             "D2003": "1.0909090909", "A2005": "3.0000000000", "A2006": "2.6666666667",
             "D2004": "1.3901098901", "A2007": "4.3000000000", "A2008": "5.0000000000",
             "indeks": "4.2125000000" } }`;

/** Indeks SPBE = Σ IA·BA / 100 with the aspect weights of Lampiran I (written out, not the product's units). */
const ASPECT_WEIGHTS = F59.aspects.map((a) => a.weight);
const indexOf = (aspects: Rational[]) => div(aspects.reduce((acc, a, i) => add(acc, mul(a, ASPECT_WEIGHTS[i]!)), rational(0)), rational(100));

function record(n: number, aspects: string[], domains: string[], index: string): string {
  const nilai = [...aspects.map((v, i) => `"A20${String(i + 1).padStart(2, '0')}": "${v}"`), ...domains.map((v, i) => `"D20${String(i + 1).padStart(2, '0')}": "${v}"`), `"indeks": "${index}"`];
  return `{ "kode": "${1000 + n}", "tahun": "2024", "nama_instansi": "Kabupaten ${n}", "kategori": "Pemerintah Kabupaten", "daerah": "Provinsi ${n % 3}",\n  "nilai": { ${nilai.join(', ')} } }`;
}

describe('recovering an aspect value', () => {
  it('finds the fraction with the aspect denominator that rounds back to the stored string', () => {
    const aspect6 = F59.aspects[5]!; // 3 equal indicators
    expect(aspectDenominator(aspect6)).toBe(3n);
    expect(toExactString(recoverFraction(parseRational('2.6666666667')!, 3n)!)).toBe('8/3');
    expect(recoverFraction(parseRational('2.6666666666')!, 3n)).toBeUndefined(); // 8/3 rounds to ...667
    expect(recoverFraction(parseRational('2.5000000000')!, 3n)).toBeUndefined(); // no n/3 is 2.5
  });
});

describe('spbe score over national records', () => {
  it('scores the published sample exactly and reports each stored domain that disagrees, positioned in the JSON', async () => {
    const dir = tempTree({ 'tauval.json': `[\n${SAMPLE}\n]\n` });
    const result = await run(['score', 'tauval.json', '-f', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    const r = JSON.parse(result.stdout).results[0];
    const aspects = ['5', '3.75', '3.75', '5', '3', '8/3', '4.3', '5'].map((v) => parseRational(v)!);
    expect(r.exactIndex).toBe(toExactString(indexOf(aspects))); // 4.2125, as stored
    expect(r.exactIndex).toBe('4.2125');
    expect(r.predicate).toBe('Memuaskan');
    expect(r.agency).toMatchObject({ name: 'Institution Z', category: 'kementerian', province: 'Pusat' });
    expect(r.findings.map((f: any) => [f.code, f.line, f.column, f.pointer])).toEqual([
      ['RECORD_MISMATCH', 4, 23, '/0/nilai/D2001'],
      ['RECORD_MISMATCH', 4, 73, '/0/nilai/D2002'],
      ['RECORD_MISMATCH', 6, 23, '/0/nilai/D2003'],
      ['RECORD_MISMATCH', 7, 23, '/0/nilai/D2004'],
    ]);
    expect(r.findings[0].message).toBe('D2001 is stored as 0.0000000000, but the aspects give 5.0000000000');
  });

  it('a file with one corrupted domain scores every record and reports that value alone', async () => {
    // Aspect values m/n from whole levels (n indicators of equal weight), stored with 10 decimals.
    const exact = F59.aspects.map((a, i) => rational(2 * a.indicators.length + i, a.indicators.length));
    const domainValue = (d: (typeof F59.domains)[number]) => div(d.aspects.reduce((acc, a) => add(acc, mul(exact[a.id - 1]!, a.weight)), rational(0)), d.weight);
    const domains = F59.domains.map((d) => toFixed(domainValue(d), 10));
    const aspects = exact.map((a) => toFixed(a, 10));
    const index = indexOf(exact);
    const records = Array.from({ length: 5 }, (_, n) => record(n, aspects, n === 3 ? domains.map((d, i) => (i === 1 ? '2.9999999999' : d)) : domains, toFixed(index, 10)));
    const dir = tempTree({ 'tauval.json': `[\n${records.join(',\n')}\n]\n` });
    const result = await run(['score', 'tauval.json', '-f', 'jsonl'], { cwd: dir });
    const results = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(results).toHaveLength(5);
    for (const r of results) expect(r.exactIndex).toBe(toExactString(index));
    const findings = results.flatMap((r, n) => r.findings.map((f: any) => ({ n, code: f.code, pointer: f.pointer, line: f.line, message: f.message })));
    expect(findings).toEqual([{ n: 3, code: 'RECORD_MISMATCH', pointer: '/3/nilai/D2002', line: 9, message: `D2002 is stored as 2.9999999999, but the aspects give ${domains[1]}` }]);
  });

  it('an aspect value no whole levels can give is an error of its record; the others still score', async () => {
    const good = record(0, ['3', '3', '3', '3', '3', '3', '3', '3'], ['3', '3', '3', '3'], '3.0000000000');
    const bad = record(1, ['3', '3', '3', '3', '3', '2.5000000000', '3', '3'], ['3', '3', '3', '3'], '3.0000000000');
    const dir = tempTree({ 'tauval.json': `[\n${good},\n${bad}\n]\n` });
    const result = await run(['score', 'tauval.json', '-f', 'jsonl'], { cwd: dir });
    expect(result.code).toBe(1);
    const [first, second] = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(first.valid).toBe(true);
    expect(second.valid).toBe(false);
    expect(second.findings.map((f: any) => [f.code, f.pointer, f.message])).toEqual([['RECORD_NOT_A_FRACTION', '/1/nilai/A2006', 'A2006 = 2.5000000000 is no value its indicators can give (a multiple of 1/3 rounded to 10 decimals)']]);
  });

  it('records of one agency under two frameworks link across them, without a decomposition (a record holds no indicator levels)', async () => {
    const nilai = (values: string[]) => JSON.stringify(Object.fromEntries(values.map((v, i) => [`A200${i + 1}`, v])));
    const text = `[
{"kode":"1018","tahun":"2021","nama_instansi":"Kabupaten 18","kategori":"Pemerintah Kabupaten","daerah":"Provinsi 0","nilai":${nilai(['5', '1', '1', '3', '5', '2', '4', '2'])}},
{"kode":"1018","tahun":"2019","nama_instansi":"Kabupaten 18","kategori":"Pemerintah Kabupaten","daerah":"Provinsi 0","nilai":${nilai(['2', '2', '2', '5', '2', '4', '4'])}}
]
`;
    const result = await run(['score', 'tauval.json', '-f', 'jsonl'], { cwd: tempTree({ 'tauval.json': text }) });
    expect([result.code, result.stderr.includes('internal error')]).toEqual([0, false]);
    const [later, earlier] = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    // The regulations' aspect weights: 59/2020 13, 10, 10, 5, 12, 4.5, 27.5, 18; 5/2018 7, 10, 8, 8, 12, 35, 20.
    expect([later.framework.id, later.exactIndex, earlier.framework.id, earlier.exactIndex]).toEqual(['permenpanrb-59-2020', '3.15', 'permenpanrb-5-2018', '3.34']);
    expect(later.comparison).toMatchObject({ previous: { year: 2019, framework: 'permenpanrb-5-2018', index: 3.34 }, likeForLike: false, delta: { index: -0.19 } });
    expect(later.comparison.decomposition).toBeUndefined();
  });

  it('records join rankings and --group-by like any other result', async () => {
    const records = [0, 1, 2].map((n) => record(n, Array(8).fill(String(2 + n)), Array(4).fill(String(2 + n)), `${2 + n}.0000000000`));
    const dir = tempTree({ 'tauval.json': `[\n${records.join(',\n')}\n]\n` });
    const result = await run(['score', 'tauval.json', '-f', 'json', '--group-by', 'province'], { cwd: dir });
    const document = JSON.parse(result.stdout);
    expect(document.results.map((r: any) => r.index)).toEqual([2, 3, 4]);
    expect(document.summary.groups.map((g: any) => g.province)).toEqual(['Provinsi 0', 'Provinsi 1', 'Provinsi 2']);
  });
});
