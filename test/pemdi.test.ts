/**
 * Indeks Pemerintah Digital (PermenPANRB 8/2026): exact fractional values, no domains, external
 * indices, evidence levels. Expected figures are computed here from the regulation's formula and
 * weights (shared/reference/pemdi-2026.md), not from the program:
 *   Indeks Aspek = Σ(wI·NI)/wA        Indeks Pemdi = Σ(wA·IA)/100, half-up to 2 decimals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateText } from '../src/document/evaluate.js';
import { evidenceLevel } from '../src/core/evidence.js';
import { buildReport } from '../src/core/report.js';
import { toExactString, toFixed } from '../src/core/rational.js';
import { findingMessage, scoreAssessment } from '../src/index.js';
import { ROOT } from './helpers/root.js';

// The regulation's weights, written out independently of src/frameworks/permenpanrb-8-2026.yaml.
const ASPECTS: [number, number, number[]][] = [
  [1, 10, [1, 2]], [2, 10, [3, 4]], [3, 15, [5, 6, 7, 8]], [4, 15, [9, 10, 11, 12]], [5, 10, [13, 14]], [6, 15, [15, 16, 17, 18]], [7, 25, [19, 20]],
];
const WEIGHT: Record<number, number> = { 1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 3, 7: 3, 8: 4, 9: 4, 10: 4, 11: 3, 12: 4, 13: 5, 14: 5, 15: 4, 16: 4, 17: 4, 18: 3, 19: 10, 20: 15 };

/** An exact fraction [num, den] from "1.26" or "7/6". */
function fraction(text: string): [bigint, bigint] {
  if (text.includes('/')) {
    const [n, d] = text.split('/');
    return [BigInt(n!), BigInt(d!)];
  }
  const [whole, decimals = ''] = text.split('.');
  return [BigInt(whole! + decimals), 10n ** BigInt(decimals.length)];
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const addF = ([a, b]: [bigint, bigint], [c, d]: [bigint, bigint]): [bigint, bigint] => {
  const n = a * d + c * b;
  const m = b * d;
  const g = gcd(n, m);
  return [n / g, m / g];
};
/** Half-up to 2 decimals of a non-negative exact fraction. */
const round2 = ([n, d]: [bigint, bigint]): string => {
  const scaled = (n * 1000n) / d;
  const hundredths = (scaled + 5n) / 10n;
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
};

function expected(values: Record<number, string>) {
  const aspects = ASPECTS.map(([id, wA, members]) => {
    let sum: [bigint, bigint] = [0n, 1n];
    for (const i of members) {
      const [n, d] = fraction(values[i]!);
      sum = addF(sum, [n * BigInt(WEIGHT[i]!), d]);
    }
    return { id, wA, value: [sum[0], sum[1] * BigInt(wA)] as [bigint, bigint] };
  });
  let index: [bigint, bigint] = [0n, 1n];
  for (const a of aspects) index = addF(index, [a.value[0] * BigInt(a.wA), a.value[1] * 100n]);
  return { aspects: aspects.map((a) => round2(a.value)), index: round2(index) };
}

const yamlOf = (values: Record<number, string>, extra = '') =>
  `framework: permenpanrb-8-2026\nyear: 2026\nagency: Kabupaten Uji\nindicators:\n${Object.entries(values).map(([id, v]) => `  ${id}: ${v}`).join('\n')}\n${extra}`;

// Kab. Aceh Tengah 2026, the assessors' interview recap (Niumination/PemdiAcehTengah
// data/evaluasi-asesor-2026.json @426abdd): published aspects 1.75 1.28 1.00 1.17 1.08 1.40 1.18, index 1.24.
const ACEH_TENGAH: Record<number, string> = {
  1: '2.0', 2: '1.5', 3: '1.26', 4: '1.3', 5: '1.0', 6: '1.0', 7: '1.0', 8: '1.0', 9: '1.0', 10: '1.0',
  11: '1.5', 12: '1.25', 13: '7/6', 14: '1.0', 15: '1.0', 16: '1.0', 17: '2.5', 18: '1.0', 19: '1.0', 20: '1.3',
};

describe('Indeks Pemerintah Digital 2026', () => {
  it('reproduces a real assessors result to the digit: every aspect, the index and the predikat', () => {
    const result = evaluateText(yamlOf(ACEH_TENGAH), 'aceh-tengah.yaml');
    expect(result.findings).toEqual([]);
    const s = result.score!;
    expect(s.aspects.map((a) => toFixed(a.index))).toEqual(['1.75', '1.28', '1.00', '1.17', '1.08', '1.40', '1.18']);
    expect(expected(ACEH_TENGAH)).toEqual({ aspects: ['1.75', '1.28', '1.00', '1.17', '1.08', '1.40', '1.18'], index: '1.24' });
    expect(toFixed(s.index)).toBe('1.24');
    expect(toExactString(s.index)).toBe('931/750');
    expect(s.predicate).toBe('Kurang');
    expect(s.domains).toEqual([]);
  });

  it('reads values from their source text: Teknologi with 13 = 7/6 and 14 = 2 is 1.58, with 13 = 1.17 it is 1.59', () => {
    for (const [value, aspect] of [['7/6', '1.58'], ['"7/6"', '1.58'], ['1.17', '1.59']] as const) {
      const values = { ...ACEH_TENGAH, 13: value, 14: '2' };
      const s = evaluateText(yamlOf(values), 'x.yaml').score!;
      expect(toFixed(s.aspects[4]!.index)).toBe(aspect);
      expect(toFixed(s.aspects[4]!.index)).toBe(expected({ ...values, 13: value.replace(/"/g, '') }).aspects[4]);
    }
    // 4.99999999999999999999 is not 5 (a float would say it is).
    const near = evaluateText(yamlOf({ ...ACEH_TENGAH, 20: '4.99999999999999999999' }), 'x.yaml').score!;
    expect(toExactString(near.aspects[6]!.index)).not.toBe(toExactString(evaluateText(yamlOf({ ...ACEH_TENGAH, 20: '5' }), 'x.yaml').score!.aspects[6]!.index));
  });

  it('keeps whole levels for 59/2020, and the 8/2026 scale from 1 to 5', () => {
    const spbe = evaluateText(`year: 2024\nagency: X\nindicators:\n${Array.from({ length: 47 }, (_, i) => `  ${i + 1}: ${i === 0 ? '4.99999999999999999999' : '3'}`).join('\n')}\n`, 'x.yaml');
    expect(spbe.findings.map((f) => f.code)).toEqual(['LEVEL_NOT_INTEGER']);
    expect(findingMessage(spbe.findings[0]!)).toBe('level of indikator 1 must be a whole number from 1 to 5, not 4.99999999999999999999');
    const fractionIn2020 = evaluateText(`year: 2024\nagency: X\nindicators:\n${Array.from({ length: 47 }, (_, i) => `  ${i + 1}: ${i === 1 ? '"7/3"' : '3'}`).join('\n')}\n`, 'x.yaml');
    expect(fractionIn2020.findings.map((f) => `${f.code} ${f.pointer}`)).toEqual(['LEVEL_NOT_INTEGER /indicators/2']);
    // Self and target levels stay whole under 8/2026 too.
    const fractionalSelf = evaluateText(yamlOf({ ...ACEH_TENGAH, 1: '{level: 2, self: 2.5}' }), 'x.yaml');
    expect(fractionalSelf.findings.map((f) => `${f.code} ${f.pointer}`)).toEqual(['LEVEL_NOT_INTEGER /indicators/1/self']);
    const off = evaluateText(yamlOf({ ...ACEH_TENGAH, 1: '0.5', 2: '5.01', 3: '"abc"' }), 'x.yaml');
    expect(off.findings.map((f) => `${f.code} ${f.pointer}`)).toEqual(['LEVEL_OUT_OF_SCALE /indicators/1', 'LEVEL_OUT_OF_SCALE /indicators/2', 'LEVEL_NOT_A_VALUE /indicators/3']);
    // "01" next to 1 is not a second spelling of indikator 1.
    const spelled = evaluateText(yamlOf(ACEH_TENGAH, '  "01": 5\n'), 'x.yaml');
    expect(spelled.findings.map((f) => f.code)).toEqual(['UNKNOWN_INDICATOR']);
  });

  it('an indicator waiting for another agency counts as 1 with an info finding (an error under --strict)', () => {
    const values = { ...ACEH_TENGAH, 5: '{external: {source: Skor SDI, status: waiting}, self: 3}' };
    const result = evaluateText(yamlOf(values), 'x.yaml');
    expect(result.findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['info EXTERNAL_WAITING']);
    expect(toFixed(result.score!.index)).toBe(expected(ACEH_TENGAH).index);
    expect(evaluateText(yamlOf(values), 'x.yaml', { lint: { strict: true } }).valid).toBe(false);
    // Indicator 18 converts a final SDI score with the framework's table: 40 is level 3.
    const converted = evaluateText(yamlOf({ ...ACEH_TENGAH, 18: '{external: {status: final, value: 40}}' }), 'x.yaml');
    expect(converted.findings).toEqual([]);
    expect(toFixed(converted.score!.aspects[5]!.index)).toBe(expected({ ...ACEH_TENGAH, 18: '3' }).aspects[5]);
    const mismatch = evaluateText(yamlOf({ ...ACEH_TENGAH, 18: '{level: 2, external: {status: final, value: 40}}' }), 'x.yaml');
    expect(mismatch.findings.map((f) => `${f.code} ${f.pointer}`)).toEqual(['EXTERNAL_MISMATCH /indicators/18/level']);
    expect(findingMessage(mismatch.findings[0]!)).toBe('indikator 18 has level 2, but its external score 40 converts to 3');
    const noValue = evaluateText(yamlOf({ ...ACEH_TENGAH, 6: '{external: {status: final}}' }), 'x.yaml');
    expect(noValue.findings.map((f) => `${f.code} ${f.pointer}`)).toEqual(['EXTERNAL_VALUE_MISSING /indicators/6/external']);
    // Without a conversion table the value is taken as given, on the framework's scale.
    const given = evaluateText(yamlOf({ ...ACEH_TENGAH, 6: '{external: {status: final, value: 2.5}}' }), 'x.yaml');
    expect(toFixed(given.score!.aspects[2]!.index)).toBe(expected({ ...ACEH_TENGAH, 6: '2.5' }).aspects[2]);
    const notExternal = evaluateText(yamlOf({ ...ACEH_TENGAH, 1: '{level: 2, external: {status: waiting}}' }), 'x.yaml');
    expect(notExternal.findings.map((f) => f.code)).toEqual(['EXTERNAL_NOT_ALLOWED']);
  });

  it('the evidence level is the highest level whose main items, and all below, are accepted', () => {
    const item = (code: string, status: string, main = true) => ({ code, level: Number(code.split('-L')[1]!.split('-')[0]), status: status as 'diterima', main });
    const scale = { min: 1, max: 5 };
    expect(evidenceLevel([], scale).level).toBe(1);
    expect(evidenceLevel([item('I1-L1-01', 'revisi')], scale).level).toBe(1);
    expect(evidenceLevel([item('I1-L1-01', 'diterima'), item('I1-L2-01', 'diterima'), item('I1-L2-02', 'proses')], scale)).toEqual({ level: 1, blocking: [{ code: 'I1-L2-02', status: 'proses' }], nextLevel: 2 });
    // A supporting item does not hold a level up; an accepted level 3 does not count over an open level 2.
    expect(evidenceLevel([item('I1-L1-01', 'diterima'), item('I1-L2-01', 'diterima'), item('I1-L2-02', 'belum', false), item('I1-L3-01', 'diterima')], scale).level).toBe(3);
    expect(evidenceLevel([item('I1-L1-01', 'diterima'), item('I1-L2-01', 'revisi'), item('I1-L3-01', 'diterima')], scale).level).toBe(1);
  });

  it('positions evidence codes that do not belong to their indicator', () => {
    const text = yamlOf({ ...ACEH_TENGAH, 13: '{level: 7/6, evidenceItems: [{code: I13-L2-01, status: diterima}, {code: I14-L2-01, status: revisi}, {code: I13-L9-01, status: draf}, {code: I13-L2-01, status: draf}]}' });
    const result = evaluateText(text, 'x.yaml');
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.code}`)).toEqual(['17:80 EVIDENCE_CODE_MISMATCH', '17:115 EVIDENCE_CODE_MISMATCH', '17:148 EVIDENCE_CODE_DUPLICATE']);
  });

  it('the example: three numbers side by side, no domain anywhere, the waiting indicator listed', () => {
    const text = readFileSync(`${ROOT}/examples/kabupaten-contoh-2026.yaml`, 'utf8');
    const json = scoreAssessment(text, { file: 'kabupaten-contoh-2026.yaml' }) as unknown as Record<string, unknown> & { aspects: { exactIndex: string }[]; evidenceAssessment: { index: number }; selfAssessment: { index: number }; waitingExternal: number[]; domains: unknown[]; indicators: { id: number; exactLevel?: string; evidence?: { level: number } }[] };
    expect(json.valid).toBe(true);
    expect(json.domains).toEqual([]);
    expect(json.waitingExternal).toEqual([5]);
    expect(json.indicators.find((x) => x.id === 13)).toMatchObject({ exactLevel: '7/6', evidence: { level: 1 } });
    // The assessors' values of the example, by hand: aspects and index from the weights.
    const values: Record<number, string> = { 1: '2.5', 2: '2', 3: '1.26', 4: '1.5', 5: '1', 6: '1.5', 7: '2', 8: '1', 9: '1.25', 10: '1.5', 11: '1', 12: '1.25', 13: '7/6', 14: '2', 15: '1.3', 16: '1.5', 17: '2.5', 18: '1', 19: '1.5', 20: '1.3' };
    expect(json.index).toBe(Number(expected(values).index));
    expect(json.selfAssessment.index).toBeGreaterThan(json.index as number);
    expect(json.evidenceAssessment.index).toBeLessThan(json.index as number);
    const report = buildReport([evaluateText(text, 'x.yaml')], { command: 'score' });
    // Accepted evidence items are bukti dukung: indicators 1 and 17 claim 2.5 with items and no lint warning.
    expect(evaluateText(text, 'x.yaml').findings.map((f) => f.code)).toEqual(['EXTERNAL_WAITING']);
    // --what-if on a fractional value sets a whole level: 13 from 7/6 to 3 lifts Teknologi to (5·3 + 5·2)/10 = 2.5.
    const whatIf = buildReport([evaluateText(text, 'x.yaml')], { command: 'score', whatIf: new Map([[13, 3]]) }).results[0]!.whatIf!;
    expect(whatIf.changes.map((c) => `${c.indicator}: ${toExactString(c.from)} → ${c.to}`)).toEqual(['13: 7/6 → 3']);
    expect(toExactString(whatIf.score.aspects[4]!.index)).toBe('2.5');
    expect(report.results[0]!.evidence!.indicators.map((d) => `${d.indicator.id}:${toExactString(d.other)}`)).toEqual(['1:2', '3:1', '8:1', '13:1', '17:2', '20:1']);
  });
});
