/**
 * Where the run's config file is, when --config does not say: apart from io/config.ts so that
 * cli/quick.ts, which must know whether there is one, loads no YAML or validator to find out.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** The config files looked for, in order. */
export const CONFIG_NAMES = ['spbe.config.yaml', 'spbe.config.yml', 'spbe.config.json'];

/** The config file found for a working directory (as a path relative to it), or undefined. */
export function findConfigFile(cwd: string): string | undefined {
  return CONFIG_NAMES.find((name) => statSync(join(cwd, name), { throwIfNoEntry: false }) !== undefined);
}
