/**
 * Whether to colour, decided once: --color/--no-color win; then a non-empty NO_COLOR turns it off
 * (chalk ignores NO_COLOR, chalk#547); then FORCE_COLOR; otherwise only on a terminal.
 */
import { plainPalette, type Palette } from '../format/terminal.js';
import type { CliIo } from './io.js';

export function wantsColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force);
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

export async function createPalette(color: boolean): Promise<Palette> {
  if (!color) return plainPalette;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { bold: chalk.bold, dim: chalk.dim, green: chalk.green, red: chalk.red, yellow: chalk.yellow, cyan: chalk.cyan };
}
