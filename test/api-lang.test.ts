/**
 * The library API's `lang` option: each call words its findings in its own language, with no state
 * shared between calls (there is no current language), so calls in either order, interleaved or
 * concurrent, give the same words for the same language.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as spbe from '../src/index.js';
import { tempTree } from './helpers/files.js';

const INVALID = 'year: 2024\nagency: X\nindicators: {1: 9}\n';

const ID = {
  MISSING_INDICATOR: 'indikator 2-47 dari permenpanrb-59-2020 belum diisi; setiap indikator memerlukan level',
  LEVEL_OUT_OF_SCALE: 'level 9 pada indikator 1 di luar skala permenpanrb-59-2020 (1..5)',
};
const EN = {
  MISSING_INDICATOR: 'indikator 2-47 of permenpanrb-59-2020 are missing; every indicator needs a level',
  LEVEL_OUT_OF_SCALE: 'level 9 of indikator 1 is off the scale of permenpanrb-59-2020 (1..5)',
};

type Findings = { findings: readonly Record<string, unknown>[] };
const messages = (result: Findings) => Object.fromEntries(result.findings.map((f) => [f.code, f.message]));
/** Everything but the words: codes, positions, pointers and severities do not depend on the language. */
const withoutWords = (result: Findings) => ({ ...result, findings: result.findings.map(({ message: _, ...rest }) => rest) });

describe('library API: lang per call, no global language', () => {
  it('scoreAssessment: id, en, id, en in one process', () => {
    const runs = (['id', 'en', 'id', 'en'] as const).map((lang) => spbe.scoreAssessment(INVALID, { lang }));
    expect(runs.map(messages)).toEqual([ID, EN, ID, EN]);
    expect(runs[0]).toEqual(runs[2]);
    expect(runs[1]).toEqual(runs[3]);
    expect(withoutWords(runs[0]!)).toEqual(withoutWords(runs[1]!));
    expect(runs[0]).toMatchObject({ valid: false, file: '<input>' });
  });

  it('validateAssessment: en, id, en, id in one process', () => {
    const runs = (['en', 'id', 'en', 'id'] as const).map((lang) => spbe.validateAssessment(INVALID, { lang }));
    expect(runs.map(messages)).toEqual([EN, ID, EN, ID]);
    expect(runs[0]).toEqual(runs[2]);
    expect(withoutWords(runs[0]!)).toEqual(withoutWords(runs[1]!));
    expect(runs[0]!.valid).toBe(false);
  });

  it('the two functions interleaved, and without lang (English)', () => {
    const mixed = [
      spbe.validateAssessment(INVALID, { lang: 'id' }),
      spbe.scoreAssessment(INVALID, { lang: 'en' }),
      spbe.scoreAssessment(INVALID),
      spbe.validateAssessment(INVALID, { lang: 'en' }),
      spbe.scoreAssessment(INVALID, { lang: 'id' }),
      spbe.validateAssessment(INVALID),
    ];
    expect(mixed.map(messages)).toEqual([ID, EN, EN, EN, ID, EN]);
  });

  it('scoreFile in both languages at once (concurrent calls)', async () => {
    const file = join(tempTree({ 'bad.yaml': INVALID }), 'bad.yaml');
    const [id, en, idAgain] = await Promise.all([spbe.scoreFile(file, { lang: 'id' }), spbe.scoreFile(file, { lang: 'en' }), spbe.scoreFile(file, { lang: 'id' })]);
    expect([id, en, idAgain].map(messages)).toEqual([ID, EN, ID]);
  });

  it('findingMessage words one finding in the language asked', () => {
    const finding: spbe.Finding = { code: 'UNKNOWN_INDICATOR', params: { indicator: '48', framework: 'permenpanrb-59-2020', range: '1..47' }, severity: 'error', pointer: '/indicators/48' };
    const id = 'permenpanrb-59-2020 tidak memiliki indikator 48 (indikatornya 1..47)';
    const en = 'permenpanrb-59-2020 has no indikator 48 (it has 1..47)';
    expect([spbe.findingMessage(finding, 'id'), spbe.findingMessage(finding, 'en'), spbe.findingMessage(finding, 'id'), spbe.findingMessage(finding)]).toEqual([id, en, id, en]);
  });
});
