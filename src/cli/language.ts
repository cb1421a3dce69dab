/** The run's language: --lang wins; then the config's `lang` (when asked for); then LC_ALL / LC_MESSAGES / LANG. */
import { LANGS, languageFromEnv, type Lang } from '../messages/catalog.js';

/** The value of `--name VALUE` or `--name=VALUE` in argv, read before commander parses it. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  return at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.slice(name.length + 1) : argv[at + 1];
}

export function chooseLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, fromConfig?: () => Lang | undefined): Lang {
  const value = flagValue(argv, '--lang');
  return LANGS.includes(value as Lang) ? (value as Lang) : (fromConfig?.() ?? languageFromEnv(env));
}
