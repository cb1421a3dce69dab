/**
 * --lang id|en: the choice of language and complete catalogs. Every kind of interface text in
 * Indonesian, with codes and machine fields unchanged, is checked by cases in test/cli.cases.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { catalogFor, languageFromEnv } from '../src/messages/catalog.js';
import { english } from '../src/messages/en.js';

const en = english();

describe('language choice', () => {
  it('--lang wins; then LC_ALL, LC_MESSAGES, LANG (id* is Indonesian); else English', () => {
    expect(languageFromEnv({ LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(languageFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'id_ID.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LC_MESSAGES: 'id' })).toBe('id');
    expect(languageFromEnv({})).toBe('en');
  });

  it('both catalogs word every code, phrase, label and help text', () => {
    const id = catalogFor('id');
    expect(Object.keys(id.messages).sort()).toEqual(Object.keys(en.messages).sort());
    expect(Object.keys(id.phrases).sort()).toEqual(Object.keys(en.phrases).sort());
    expect(Object.keys(id.ui).sort()).toEqual(Object.keys(en.ui).sort());
    expect(Object.keys(id.help).sort()).toEqual(Object.keys(en.help).sort());
  });
});
