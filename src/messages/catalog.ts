/**
 * One catalog per language (en, id). There is no current language: whoever words output holds the
 * catalog of its run (the CLI picks it once from --lang, else LC_ALL / LC_MESSAGES / LANG; the
 * library API takes `lang`), so two runs in one process can speak two languages.
 */
import type { Finding } from '../core/findings.js';
import { english, type EnglishCatalog, type GateMessages, type Messages } from './en.js';
import { indonesian } from './id.js';
import type { NumberStyle } from './numbers.js';

export type Lang = 'en' | 'id';
export const LANGS: readonly Lang[] = ['en', 'id'];

export interface Catalog {
  lang: Lang;
  messages: Messages;
  gates: GateMessages;
  phrases: EnglishCatalog['phrases'];
  ui: EnglishCatalog['ui'];
  help: EnglishCatalog['help'];
  reason: (code: unknown) => string;
  /** How numbers are punctuated in this language's human views (machine formats never change). */
  numbers: NumberStyle;
}

/** A run builds only the languages it speaks (building both cost every start ~0.6 ms); each builds once. */
export function catalogFor(lang: Lang): Catalog {
  return lang === 'id' ? indonesian() : english();
}

/**
 * A language's catalog, built when a part of it is first read: a run that words nothing (the
 * quick path's valid file in json) then never builds it, which costs a start ~0.3 ms.
 */
export function lazyCatalog(lang: Lang): Catalog {
  const parts = ['messages', 'gates', 'phrases', 'ui', 'help', 'reason', 'numbers'] as const satisfies readonly Exclude<keyof Catalog, 'lang'>[];
  const lazy = { lang } as Catalog;
  for (const part of parts) Object.defineProperty(lazy, part, { get: () => catalogFor(lang)[part], enumerable: true });
  return lazy;
}

export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^id/i.test(value) ? 'id' : 'en';
}

/** The sentence of a finding in a catalog's language. */
export function formatMessage(finding: Finding, catalog: Catalog): string {
  return (catalog.messages[finding.code] as (p: typeof finding.params) => string)(finding.params);
}
