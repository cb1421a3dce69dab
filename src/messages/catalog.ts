/**
 * One catalog per language (en, id), chosen once per run: --lang, else LC_ALL / LC_MESSAGES / LANG
 * (a value starting with "id" means Indonesian), else English.
 */
import { en, type MessageParams } from './en.js';
import { id } from './id.js';

export type Lang = 'en' | 'id';
export const LANGS: readonly Lang[] = ['en', 'id'];
export type Catalog = {
  messages: Record<keyof typeof en.messages, (p: MessageParams) => string>;
  phrases: Record<keyof typeof en.phrases, (p: MessageParams) => string>;
  ui: typeof en.ui;
  help: typeof en.help;
  reason: (code: unknown) => string;
};

const catalogs: Record<Lang, Catalog> = { en, id };

export function catalogFor(lang: Lang): Catalog {
  return catalogs[lang];
}

export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^id/i.test(value) ? 'id' : 'en';
}

let current: Catalog = en;
let currentLang: Lang = 'en';

/** The catalog of this run; set by main() before anything is printed. */
export function t(): Catalog {
  return current;
}

export function useLanguage(lang: Lang): void {
  current = catalogs[lang];
  currentLang = lang;
}

export function language(): Lang {
  return currentLang;
}
