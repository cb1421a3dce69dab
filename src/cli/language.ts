/** The run's language: --lang wins; then LC_ALL / LC_MESSAGES / LANG. */
import { LANGS, languageFromEnv, type Lang } from '../messages/catalog.js';

export function chooseLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  return LANGS.includes(value as Lang) ? (value as Lang) : languageFromEnv(env);
}
