/** Option parsers shared by the commands; they throw commander's InvalidArgumentError (exit 2). */
import { InvalidArgumentError } from 'commander';

export function parseList<T extends string>(allowed: readonly T[]) {
  return (value: string, previous: T[] = []): T[] => {
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    for (const item of items) {
      if (!allowed.includes(item as T)) throw new InvalidArgumentError(`Allowed choices are ${allowed.join(', ')}.`);
    }
    return [...previous, ...(items as T[])];
  };
}

export function parsePositiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('Expected a positive whole number.');
  return n;
}
