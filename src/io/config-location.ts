/**
 * Where the run's config file is, when --config does not say: apart from io/config.ts so that
 * cli/quick.ts, which must know whether there is one, loads no YAML or validator to find out.
 *
 * The rule (as ESLint and Prettier search): the working directory, then each parent folder in
 * turn; the first folder holding one of CONFIG_NAMES wins (in that order); the search stops after
 * the repository root (a folder holding .git, a folder or a worktree's file) or at the filesystem root.
 */
import { statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The config files looked for, in order. */
export const CONFIG_NAMES = ['spbe.config.yaml', 'spbe.config.yml', 'spbe.config.json'];

const exists = (path: string) => statSync(path, { throwIfNoEntry: false }) !== undefined;

/** The config file found for a working directory (as a path relative to it), or undefined. */
export function findConfigFile(cwd: string): string | undefined {
  const start = resolve(cwd);
  for (let dir = start; ; dir = dirname(dir)) {
    const name = CONFIG_NAMES.find((n) => exists(join(dir, n)));
    if (name) return dir === start ? name : relative(start, join(dir, name));
    if (exists(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}
