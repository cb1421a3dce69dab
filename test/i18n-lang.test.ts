/**
 * --lang id reaches every sentence the project writes, including the ones that used to stay English:
 * option parsers, user errors, framework tables and commander's own usage errors (worded through
 * catalog.ui.commanderErrors). Each command runs in-process twice in a row, in Indonesian and in
 * English: the Indonesian run holds its catalog's sentences and none of the English markers, and the
 * English run shows the markers are real (so a sentence falling back to English would be caught).
 */
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../src/messages/catalog.js';
import { run } from './helpers/cli.js';

const EXAMPLE = 'examples/kota-banjarbaru-2024.yaml';

/** Words of the project's English sentences and of commander's; none belongs in Indonesian output. */
const ENGLISH = ['must', 'is not', 'is neither', 'has no', 'writes a workbook', 'Expected', 'Allowed choices', 'unknown option', 'unknown command', 'missing required', 'too many arguments', 'not specified', 'Did you mean', 'error:', 'hint:'];
const englishIn = (text: string) => ENGLISH.filter((word) => new RegExp(`\\b${word}`, 'i').test(text));

/**
 * Framework notes are data (the `notes:` of the framework YAML, written in English), not catalog text:
 * their lines are left out of the marker check.
 */
const noteLabel = catalogFor('id').ui.frameworkLabels.note;
const withoutNotes = (text: string) => text.split('\n').filter((line) => !line.startsWith(`${noteLabel} `)).join('\n');

interface LangCase {
  name: string;
  args: string[];
  exitCode: number;
  /** Sentences of src/messages/id.ts, as the Indonesian run prints them. */
  id: string[];
  /** The same places in English. */
  en: string[];
}

const cases: LangCase[] = [
  {
    name: 'score --what-if with an indicator the framework lacks',
    args: ['score', EXAMPLE, '--what-if', '48=3'],
    exitCode: 2,
    id: [`spbe: kesalahan: --what-if: permenpanrb-59-2020 (${EXAMPLE}) tidak memiliki indikator 48`],
    en: [`spbe: error: --what-if: permenpanrb-59-2020 (${EXAMPLE}) has no indikator 48`],
  },
  {
    name: 'score -f xlsx without -o',
    args: ['score', EXAMPLE, '-f', 'xlsx'],
    exitCode: 2,
    id: ['spbe: kesalahan: --format xlsx menulis workbook: sebutkan berkasnya dengan -o FILE.xlsx'],
    en: ['--format xlsx writes a workbook: give the file with -o FILE.xlsx'],
  },
  {
    name: 'plan --target with a predikat the framework lacks',
    args: ['plan', EXAMPLE, '--target', 'Bagus'],
    exitCode: 2,
    id: ['--target "Bagus" bukan predikat permenpanrb-59-2020 dan bukan indeks dari 1 sampai 5', 'petunjuk: predikat: Memuaskan, Sangat Baik, Baik, Cukup, Kurang'],
    en: ['--target "Bagus" is neither a predikat of permenpanrb-59-2020 nor an index from 1 to 5', 'hint: predikat: Memuaskan'],
  },
  {
    name: 'frameworks',
    args: ['frameworks'],
    exitCode: 0,
    id: ['judul', 'tahun', 'indikator'],
    en: ['title', 'years'],
  },
  {
    name: 'framework show permenpanrb-59-2020',
    args: ['framework', 'show', 'permenpanrb-59-2020'],
    exitCode: 0,
    id: ['regulasi    Peraturan Menteri PANRB Nomor 59 Tahun 2020', 'rujukan ', 'nama level  process: 1 Rintisan', 'Bobot'],
    en: ['regulation  Peraturan Menteri PANRB Nomor 59 Tahun 2020', 'citation ', 'level names process: 1 Rintisan', 'Weight'],
  },
  {
    name: 'an unknown option',
    args: ['score', EXAMPLE, '--nope'],
    exitCode: 2,
    id: ["kesalahan: opsi '--nope' tidak dikenal"],
    en: ["error: unknown option '--nope'"],
  },
  {
    name: 'an unknown option close to a known one',
    args: ['score', EXAMPLE, '--no-colr'],
    exitCode: 2,
    id: ["opsi '--no-colr' tidak dikenal", '(Maksud Anda --no-color?)'],
    en: ['(Did you mean --no-color?)'],
  },
  {
    name: '--max-drop off the index scale',
    args: ['score', EXAMPLE, '--max-drop', '9'],
    exitCode: 2,
    id: ["kesalahan: argumen '9' untuk opsi '--max-drop <delta>' tidak valid. Seharusnya angka dari 0 sampai 5."],
    en: ["error: option '--max-drop <delta>' argument '9' is invalid. Expected a number from 0 to 5."],
  },
  {
    name: '--format with a format the command lacks',
    args: ['score', EXAMPLE, '-f', 'nope'],
    exitCode: 2,
    id: ["argumen 'nope' untuk opsi '-f, --format <format>' tidak valid. Pilihan yang diizinkan: table, text,"],
    en: ['Allowed choices are table, text,'],
  },
  {
    name: 'init --year before any evaluation',
    args: ['init', '--agency', 'Kota X', '--year', '1990'],
    exitCode: 2,
    id: ['spbe: kesalahan: --year 1990 bukan tahun evaluasi'],
    en: ['spbe: error: --year 1990 is not an evaluation year'],
  },
  {
    name: 'init without its required --agency',
    args: ['init', '--year', '1990'],
    exitCode: 2,
    id: ["kesalahan: opsi wajib '--agency <name>' tidak diberikan"],
    en: ["error: required option '--agency <name>' not specified"],
  },
  {
    name: 'an unknown command',
    args: ['scor', EXAMPLE],
    exitCode: 2,
    id: ["kesalahan: perintah 'scor' tidak dikenal", '(Maksud Anda score?)'],
    en: ["error: unknown command 'scor'"],
  },
  {
    name: 'a missing argument',
    args: ['framework', 'show'],
    exitCode: 2,
    id: ["kesalahan: argumen wajib 'id' tidak ada"],
    en: ["error: missing required argument 'id'"],
  },
  {
    name: 'too many arguments',
    args: ['framework', 'show', 'permenpanrb-59-2020', 'extra'],
    exitCode: 2,
    id: ['kesalahan: terlalu banyak argumen: seharusnya 1, diberikan 2.'],
    en: ['error: too many arguments'],
  },
  {
    name: 'an option without its value',
    args: ['score', EXAMPLE, '--compare'],
    exitCode: 2,
    id: ["kesalahan: opsi '--compare <file>' memerlukan argumen"],
    en: ["error: option '--compare <file>' argument missing"],
  },
];

describe('--lang id: no English left in what used to print English', () => {
  it.each(cases)('$name', async ({ args, exitCode, id, en }) => {
    const indonesian = await run(['--lang', 'id', ...args]);
    const english = await run(['--lang', 'en', ...args]);
    const idOut = indonesian.stdout + indonesian.stderr;
    const enOut = english.stdout + english.stderr;

    expect(indonesian.code).toBe(exitCode);
    expect(english.code).toBe(exitCode);
    for (const sentence of id) expect(idOut).toContain(sentence);
    expect(englishIn(withoutNotes(idOut))).toEqual([]);
    for (const sentence of en) expect(enOut).toContain(sentence);
  });

  it('the English runs of the error cases do hold the markers (the check above can fail)', async () => {
    for (const { args, exitCode } of cases.filter((c) => c.exitCode !== 0)) {
      const english = await run(['--lang', 'en', ...args]);
      expect(englishIn(english.stderr), args.join(' ')).not.toEqual([]);
      expect(english.code).toBe(exitCode);
    }
  });

  it('LANG=id_ID chooses Indonesian for these errors as --lang id does', async () => {
    const result = await run(['score', EXAMPLE, '--max-drop', '9'], { env: { LANG: 'id_ID.UTF-8' } });
    expect(result.stderr).toContain('Seharusnya angka dari 0 sampai 5.');
    expect(englishIn(result.stderr)).toEqual([]);
  });
});
